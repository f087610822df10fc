// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/advisories/CsafDocument.h"
#include "core/io/Diagnostic.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace zelfscan::advisories {

struct AdvisoryImportReport
{
    int files = 0;
    int added = 0;
    int replaced = 0; ///< a newer revision took the place of an older one
    int unchanged = 0; ///< the same revision again
    int older = 0; ///< an older revision than the one stored: kept out
    Diagnostics rejected; ///< one or more per file that could not be read
    QString error; ///< the store itself failed; nothing was imported
    bool cancelled = false;

    int rejectedFiles() const;
};

/** A person's decision on one vulnerability of one asset, kept across runs. */
struct StepStatus
{
    enum class Value { Open, InProgress, Done, NotRelevant };
    Value value = Value::Open;
    QString reason; ///< why it is not relevant
    QString remediationKey; ///< the advice it was decided on; see remediationKey()
};

QString statusId(StepStatus::Value value);
std::optional<StepStatus::Value> statusFromId(const QString& id);

/**
 * The local store of advisories: SQLite through Qt SQL (QSQLITE), like the share store. One row
 * per document (publisher namespace + tracking id) holding its JSON; a newer tracking version
 * replaces the stored one, the same or an older one changes nothing, so re-importing a folder
 * never doubles or loses a revision. Also the per (asset, vulnerability) statuses.
 *
 * Not thread-safe: each thread opens its own store (each has its own connection name).
 */
class AdvisoryStore
{
public:
    explicit AdvisoryStore(const QString& path);
    ~AdvisoryStore();
    AdvisoryStore(const AdvisoryStore&) = delete;
    AdvisoryStore& operator=(const AdvisoryStore&) = delete;

    /** Opens or creates the database; refuses files that are not a Zelfscan advisory store. */
    bool open(QString* error);

    /**
     * Imports CSAF files and folders in one transaction. @p progress gets (done, total) after
     * each file and stops the import, which is then rolled back, when it returns false.
     */
    AdvisoryImportReport import(const QStringList& paths, const std::function<bool(int, int)>& progress = {});

    /** Every stored document, read again; nothing when the database cannot be read. */
    std::optional<QList<CsafDocument>> documents(QString* error);
    int documentCount(QString* error);

    /** Statuses by asset id and vulnerability label. */
    std::optional<QHash<QPair<QString, QString>, StepStatus>> statuses(QString* error);
    bool setStatus(
        const QString& assetId, const QString& vulnerability, const StepStatus& status, QString* error);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace zelfscan::advisories
