// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/advisories/AdvisoryStore.h"

#include "core/advisories/CsafReader.h"
#include "core/advisories/Version.h"
#include "core/io/InputGuard.h"
#include "core/io/SqliteFile.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace zelfscan::advisories {

namespace {

/** "ZSCA" in PRAGMA application_id: tells this store from a share store or any other file. */
constexpr int applicationId = 0x5A534341;
constexpr int schemaVersion = 1;

} // namespace

int AdvisoryImportReport::rejectedFiles() const
{
    QSet<QString> names;
    for (const Diagnostic& diagnostic : rejected)
        names.insert(diagnostic.file);
    return int(names.size());
}

QString statusId(StepStatus::Value value)
{
    switch (value) {
    case StepStatus::Value::Open:
        return QStringLiteral("open");
    case StepStatus::Value::InProgress:
        return QStringLiteral("in_progress");
    case StepStatus::Value::Done:
        return QStringLiteral("done");
    case StepStatus::Value::NotRelevant:
        return QStringLiteral("not_relevant");
    }
    return {};
}

std::optional<StepStatus::Value> statusFromId(const QString& id)
{
    for (StepStatus::Value v : { StepStatus::Value::Open, StepStatus::Value::InProgress,
             StepStatus::Value::Done, StepStatus::Value::NotRelevant }) {
        if (statusId(v) == id)
            return v;
    }
    return std::nullopt;
}

struct AdvisoryStore::Private
{
    explicit Private(const QString& path)
        : file(path, QStringLiteral("zelfscan-advisory-store"))
    {
    }

    SqliteFile file;

    bool exec(const QString& sql, QString* error)
    {
        return file.exec(sql, QStringLiteral("database error in %1").arg(file.path()), error);
    }
};

AdvisoryStore::AdvisoryStore(const QString& path)
    : d(std::make_unique<Private>(path))
{
}

AdvisoryStore::~AdvisoryStore() = default;

bool AdvisoryStore::open(QString* error)
{
    const SqliteFileKind kind { applicationId, schemaVersion,
        { QStringLiteral("CREATE TABLE documents (namespace TEXT NOT NULL, tracking_id TEXT NOT NULL, "
                         "version TEXT NOT NULL, release_date TEXT NOT NULL, publisher TEXT NOT NULL, "
                         "title TEXT NOT NULL, file_name TEXT NOT NULL, imported TEXT NOT NULL, "
                         "json BLOB NOT NULL, PRIMARY KEY (namespace, tracking_id))"),
            QStringLiteral("CREATE TABLE statuses (asset_id TEXT NOT NULL, vulnerability TEXT NOT NULL, "
                           "status TEXT NOT NULL, reason TEXT NOT NULL, remediation_key TEXT NOT NULL, "
                           "changed TEXT NOT NULL, PRIMARY KEY (asset_id, vulnerability))") },
        QStringLiteral("a Zelfscan advisory database") };
    return d->file.open(kind, error);
}

AdvisoryImportReport AdvisoryStore::import(
    const QStringList& paths, const std::function<bool(int, int)>& progress)
{
    AdvisoryImportReport report;
    QStringList missing;
    const QStringList files = findCsafFiles(paths, &missing);
    for (const QString& path : missing)
        report.rejected.append(
            { Diagnostic::Severity::Error, path, 0, 0, QStringLiteral("no such file or folder") });
    report.files = int(files.size() + missing.size());
    if (!d->exec(QStringLiteral("BEGIN IMMEDIATE"), &report.error))
        return report;
    QSqlQuery find(d->file.db());
    QSqlQuery write(d->file.db());
    find.prepare(QStringLiteral("SELECT version FROM documents WHERE namespace = ? AND tracking_id = ?"));
    write.prepare(
        QStringLiteral("INSERT OR REPLACE INTO documents (namespace, tracking_id, version, release_date, "
                       "publisher, title, file_name, imported, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    auto fail = [&](const QString& what, const QSqlError& error) {
        report.error = sqlError(what, error);
        d->exec(QStringLiteral("ROLLBACK"), nullptr);
        return report;
    };
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString& file = files.at(i);
        QString readError;
        const QByteArray bytes = readInputFile(file, maxCsafBytes, &readError);
        CsafReadResult read;
        if (!readError.isEmpty())
            read.diagnostics.append({ Diagnostic::Severity::Error, file, 0, 0, readError });
        else
            read = readCsaf(bytes, file);
        if (!read.document) {
            report.rejected += read.diagnostics;
        } else {
            const CsafDocument& document = *read.document;
            find.bindValue(0, document.publisherNamespace);
            find.bindValue(1, document.trackingId);
            if (!find.exec())
                return fail(QStringLiteral("cannot read %1").arg(d->file.path()), find.lastError());
            bool store = true;
            if (find.next()) {
                const int comparison
                    = compareTrackingVersions(document.trackingVersion, find.value(0).toString());
                store = comparison > 0;
                if (comparison > 0)
                    ++report.replaced;
                else if (comparison == 0)
                    ++report.unchanged;
                else
                    ++report.older;
            } else {
                ++report.added;
            }
            find.finish();
            if (store) {
                write.bindValue(0, document.publisherNamespace);
                write.bindValue(1, document.trackingId);
                write.bindValue(2, document.trackingVersion);
                write.bindValue(3, document.currentReleaseDate);
                write.bindValue(4, document.publisherName);
                write.bindValue(5, document.title);
                write.bindValue(6, file);
                write.bindValue(7, now);
                write.bindValue(8, bytes);
                if (!write.exec())
                    return fail(QStringLiteral("cannot write to %1").arg(d->file.path()), write.lastError());
            }
        }
        if (progress && !progress(int(i + 1), int(files.size()))) {
            report.cancelled = true;
            d->exec(QStringLiteral("ROLLBACK"), nullptr);
            return report;
        }
    }
    if (!d->exec(QStringLiteral("COMMIT"), &report.error))
        d->exec(QStringLiteral("ROLLBACK"), nullptr);
    return report;
}

std::optional<QList<CsafDocument>> AdvisoryStore::documents(QString* error)
{
    QSqlQuery query(d->file.db());
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT file_name, json FROM documents ORDER BY namespace, tracking_id"))) {
        *error = sqlError(QStringLiteral("cannot read %1").arg(d->file.path()), query.lastError());
        return std::nullopt;
    }
    QList<CsafDocument> documents;
    while (query.next()) {
        CsafReadResult read = readCsaf(query.value(1).toByteArray(), query.value(0).toString());
        // Only documents that passed the checks are stored; one that fails now was altered.
        if (read.document)
            documents.append(std::move(*read.document));
    }
    return documents;
}

int AdvisoryStore::documentCount(QString* error)
{
    QSqlQuery query(d->file.db());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM documents")) || !query.next()) {
        *error = sqlError(QStringLiteral("cannot read %1").arg(d->file.path()), query.lastError());
        return -1;
    }
    return query.value(0).toInt();
}

std::optional<QHash<QPair<QString, QString>, StepStatus>> AdvisoryStore::statuses(QString* error)
{
    QSqlQuery query(d->file.db());
    if (!query.exec(QStringLiteral(
            "SELECT asset_id, vulnerability, status, reason, remediation_key FROM statuses"))) {
        *error = sqlError(QStringLiteral("cannot read %1").arg(d->file.path()), query.lastError());
        return std::nullopt;
    }
    QHash<QPair<QString, QString>, StepStatus> statuses;
    while (query.next()) {
        StepStatus status;
        status.value = statusFromId(query.value(2).toString()).value_or(StepStatus::Value::Open);
        status.reason = query.value(3).toString();
        status.remediationKey = query.value(4).toString();
        statuses.insert({ query.value(0).toString(), query.value(1).toString() }, status);
    }
    return statuses;
}

bool AdvisoryStore::setStatus(
    const QString& assetId, const QString& vulnerability, const StepStatus& status, QString* error)
{
    QSqlQuery query(d->file.db());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO statuses (asset_id, vulnerability, status, reason, "
                                 "remediation_key, changed) VALUES (?, ?, ?, ?, ?, ?)"));
    query.bindValue(0, assetId);
    query.bindValue(1, vulnerability);
    query.bindValue(2, statusId(status.value));
    // A null QString binds as NULL, which the NOT NULL columns refuse.
    query.bindValue(3, status.reason.isNull() ? QStringLiteral("") : status.reason);
    query.bindValue(4, status.remediationKey.isNull() ? QStringLiteral("") : status.remediationKey);
    query.bindValue(5, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!query.exec()) {
        *error = sqlError(QStringLiteral("cannot write to %1").arg(d->file.path()), query.lastError());
        return false;
    }
    return true;
}

} // namespace zelfscan::advisories
