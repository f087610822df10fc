// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace zelfscan {

namespace detail {
class ShareBatch;
}

/** The groups' sector ids in a fixed order: Profile::sectorIds() and then "onbekend". */
const QStringList& groupSectors();
/** The groups' size ids in a fixed order: Profile::sizeIds() and then "onbekend". */
const QStringList& groupSizes();

/** One questionnaire version: results of different versions are never mixed in one statistic. */
struct StoredVersion
{
    QString tool;
    QString questionnaireId;
    QString questionnaireVersion;
    QString questionnaireHash;
    QStringList sections; ///< section ids seen, by index
    QStringList steps; ///< step ids seen, by index
    QStringList levels; ///< ot_check level ids seen, by index
};

/** The results of one version, column by column: compact enough for millions of results. */
struct VersionResults
{
    StoredVersion version;
    std::vector<std::uint8_t> sector; ///< index into groupSectors()
    std::vector<std::uint8_t> size; ///< index into groupSizes()
    std::vector<std::int16_t> overall; ///< score x 10; -1 for none
    std::vector<std::int16_t> category; ///< risk class, or index into levels; -1 for none
    std::vector<std::vector<std::int16_t>> sections; ///< [section][result]: score x 10; -1 for none
    std::vector<std::uint32_t> openStart; ///< open steps of result i: open[openStart[i] .. openStart[i + 1])
    std::vector<std::uint16_t> open; ///< indexes into version.steps

    qint64 count() const { return qint64(sector.size()); }
};

struct StoredResults
{
    QList<VersionResults> versions;

    qint64 count() const;
};

/**
 * The DTC staff's local database of imported shares: SQLite through Qt SQL (QSQLITE). Layout in
 * docs/share-format.md. Results are packed, up to 4096 per row, because a million one-row inserts
 * through Qt SQL take seconds where the rest of an import takes about one.
 *
 * Not thread-safe: each thread opens its own ShareStore (each has its own connection name);
 * SQLite's WAL mode lets the app read while a worker imports.
 */
class ShareStore
{
public:
    explicit ShareStore(const QString& path);
    ~ShareStore();
    ShareStore(const ShareStore&) = delete;
    ShareStore& operator=(const ShareStore&) = delete;

    /** Opens or creates the database; refuses files that are not a Zelfscan share database. */
    bool open(QString* error);
    QString path() const;

    /** Every result, decoded; nothing when the database cannot be read. */
    std::optional<StoredResults> load(QString* error);
    /** The number of results stored. */
    qint64 resultCount(QString* error);

    // Importing, all or nothing: begin, add, then commit (or roll back to leave the store as it was).
    /**
     * Takes the write lock and loads the ids already stored, so duplicates are found.
     * @p expectedShares (a guess is fine) sizes the set of ids once instead of growing it.
     */
    bool beginImport(QString* error, qint64 expectedShares = 0);
    enum class Added { New, Duplicate };
    /**
     * Starts on the shares of @p batch (checked and packed by a worker thread): its numbers for
     * versions and names are mapped to the store's as add() meets them.
     */
    void beginBatch(const detail::ShareBatch& batch);
    /**
     * Adds share @p index of the batch begun last. A share id already stored (or added in this
     * import) is a duplicate and is not added again.
     */
    Added add(const detail::ShareBatch& batch, int index);
    /** Starts loading what add() will look up for share @p index of @p batch. */
    void prefetch(const detail::ShareBatch& batch, int index) const;
    bool commitImport(QString* error);
    void rollbackImport();

private:
    /** Inside the write lock: creates the tables in an empty file; true when the store is there. */
    bool enableWal(QString* error);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace zelfscan
