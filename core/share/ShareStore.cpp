// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/share/ShareStore.h"

#include "core/assessment/Profile.h"
#include "core/io/SqliteFile.h"
#include "core/share/ShareBatch_p.h"
#include "core/share/ShareRecords_p.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVarLengthArray>
#include <QVariant>

#include <cstring>

namespace zelfscan {

using detail::Id;
using detail::idOf;
using detail::IdSet;
using detail::NameTable;
using detail::RecordReader;
using detail::uuidBytes;
using detail::Writer;

namespace {

/** "ZSHR": marks the SQLite file as a Zelfscan share database. */
constexpr int applicationId = 0x5A534852;
constexpr int storeSchemaVersion = 1;
/** Results per row of the chunks table. */
constexpr int chunkSize = 4096;

enum NameKind { SectionName = 0, StepName = 1, LevelName = 2 };

/** Every questionnaire version; @p slot maps its row id to its place in @p results. */
bool loadVersions(QSqlQuery& query, StoredResults* results, QHash<int, int>* slot, QString* error)
{
    if (!query.exec(
            QStringLiteral("SELECT id, tool, questionnaire_id, questionnaire_version, questionnaire_hash "
                           "FROM versions ORDER BY id"))) {
        *error = sqlError(QStringLiteral("cannot read the database"), query.lastError());
        return false;
    }
    while (query.next()) {
        VersionResults version;
        version.version.tool = query.value(1).toString();
        version.version.questionnaireId = query.value(2).toString();
        version.version.questionnaireVersion = query.value(3).toString();
        version.version.questionnaireHash = query.value(4).toString();
        slot->insert(query.value(0).toInt(), int(results->versions.size()));
        results->versions.append(version);
    }
    return true;
}

/** The section, step and level names of every version, which must come in index order. */
bool loadNames(QSqlQuery& query, StoredResults* results, const QHash<int, int>& slot, QString* error)
{
    if (!query.exec(
            QStringLiteral("SELECT version_id, kind, idx, name FROM names ORDER BY version_id, kind, idx"))) {
        *error = sqlError(QStringLiteral("cannot read the database"), query.lastError());
        return false;
    }
    while (query.next()) {
        const auto it = slot.constFind(query.value(0).toInt());
        const int kind = query.value(1).toInt();
        if (it == slot.constEnd() || kind < 0 || kind > 2) {
            *error = QStringLiteral("the database is damaged (a name without its version)");
            return false;
        }
        StoredVersion& version = results->versions[*it].version;
        QStringList& list = kind == SectionName ? version.sections
            : kind == StepName                  ? version.steps
                                                : version.levels;
        if (query.value(2).toInt() != list.size()) {
            *error = QStringLiteral("the database is damaged (names out of order)");
            return false;
        }
        list.append(query.value(3).toString());
    }
    return true;
}

/** Sizes every column once from the stored counts, so decoding never reallocates. */
bool reserveColumns(QSqlQuery& query, StoredResults* results, const QHash<int, int>& slot, QString* error)
{
    if (!query.exec(QStringLiteral("SELECT version_id, sum(count) FROM chunks GROUP BY version_id"))) {
        *error = sqlError(QStringLiteral("cannot read the database"), query.lastError());
        return false;
    }
    while (query.next()) {
        const auto it = slot.constFind(query.value(0).toInt());
        if (it == slot.constEnd()) {
            *error = QStringLiteral("the database is damaged (results without their version)");
            return false;
        }
        VersionResults& version = results->versions[*it];
        const std::size_t count = std::size_t(query.value(1).toLongLong());
        version.sector.reserve(count);
        version.size.reserve(count);
        version.overall.reserve(count);
        version.category.reserve(count);
        version.openStart.reserve(count + 1);
        version.sections.assign(std::size_t(version.version.sections.size()), {});
        for (auto& column : version.sections)
            column.assign(count, -1);
    }
    for (VersionResults& version : results->versions) {
        version.sections.resize(std::size_t(version.version.sections.size()));
        version.openStart.push_back(0);
    }
    return true;
}

/** Appends the @p count records of one chunk to @p version; false when they do not fit. */
bool decodeChunk(int count, const QByteArray& records, VersionResults* version)
{
    RecordReader in(records);
    const int sectionCount = int(version->sections.size());
    const int stepCount = int(version->version.steps.size());
    for (int r = 0; r < count; ++r) {
        const std::size_t row = version->sector.size();
        if (sectionCount > 0 && row >= version->sections.front().size())
            return false;
        in.take(16);
        const int sector = in.u8();
        const int size = in.u8();
        in.take(3); // year and quarter: kept for later use, not aggregated
        const int overall = in.i16();
        const int category = in.i16();
        if (sector >= groupSectors().size() || size >= groupSizes().size())
            return false;
        version->sector.push_back(std::uint8_t(sector));
        version->size.push_back(std::uint8_t(size));
        version->overall.push_back(std::int16_t(overall));
        version->category.push_back(std::int16_t(category));
        const int sections = in.u8();
        for (int s = 0; s < sections; ++s) {
            const int index = in.u16();
            const int tenths = in.i16();
            if (index >= sectionCount)
                return false;
            version->sections[std::size_t(index)][row] = std::int16_t(tenths);
        }
        const int open = in.u16();
        for (int s = 0; s < open; ++s) {
            const int index = in.u16();
            if (index >= stepCount)
                return false;
            version->open.push_back(std::uint16_t(index));
        }
        version->openStart.push_back(std::uint32_t(version->open.size()));
        const int done = in.u16();
        in.take(std::size_t(done) * 2);
        if (!in.ok())
            return false;
    }
    return in.atEnd();
}

} // namespace

const QStringList& groupSectors()
{
    static const QStringList ids = Profile::sectorIds() + QStringList { QStringLiteral("onbekend") };
    return ids;
}

const QStringList& groupSizes()
{
    static const QStringList ids = Profile::sizeIds() + QStringList { QStringLiteral("onbekend") };
    return ids;
}

qint64 StoredResults::count() const
{
    qint64 total = 0;
    for (const VersionResults& version : versions)
        total += version.count();
    return total;
}

/** What an import has added to one version and not written yet, and that version's names. */
struct VersionState
{
    int databaseId = 0;
    QByteArray key; ///< tool, id, version and hash, each followed by \x1f
    NameTable names[3];
    QByteArray records;
    int count = 0;
};

struct ShareStore::Private
{
    explicit Private(const QString& path)
        : file(path, QStringLiteral("zelfscan-share-store"))
    {
    }

    SqliteFile file;
    bool importing = false;
    QString writeError;
    IdSet ids;
    QHash<QByteArray, std::shared_ptr<VersionState>> versions; ///< by VersionState::key
    /** The batch begun last: its version numbers mapped to the store's versions, as met. */
    std::vector<VersionState*> batchVersions;
    /** The batch's (version, kind, name) numbers mapped to the store's name indexes, as met. */
    detail::NumberMap batchNames;
    std::optional<QSqlQuery> insertChunk;
    std::optional<QSqlQuery> insertName;

    bool exec(const QString& sql, QString* error)
    {
        return file.exec(sql, QStringLiteral("database error"), error);
    }

    void fail(const QString& what, const QSqlError& error)
    {
        if (writeError.isEmpty())
            writeError = sqlError(what, error);
    }

    void reset()
    {
        versions.clear();
        batchVersions.clear();
        ids.clear();
    }

    bool loadVersions(QString* error)
    {
        versions.clear();
        QSqlQuery query(file.db());
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT id, tool, questionnaire_id, questionnaire_version, "
                                       "questionnaire_hash FROM versions"))) {
            *error = sqlError(QStringLiteral("cannot read the database"), query.lastError());
            return false;
        }
        QHash<int, std::shared_ptr<VersionState>> byId;
        while (query.next()) {
            auto state = std::make_shared<VersionState>();
            state->databaseId = query.value(0).toInt();
            for (int column = 1; column <= 4; ++column)
                state->key.append(query.value(column).toString().toUtf8()).append('\x1f');
            versions.insert(state->key, state);
            byId.insert(state->databaseId, state);
        }
        if (!query.exec(QStringLiteral(
                "SELECT version_id, kind, idx, name FROM names ORDER BY version_id, kind, idx"))) {
            *error = sqlError(QStringLiteral("cannot read the database"), query.lastError());
            return false;
        }
        while (query.next()) {
            const auto state = byId.value(query.value(0).toInt());
            const int kind = query.value(1).toInt();
            if (!state || kind < 0 || kind > 2 || query.value(2).toInt() != state->names[kind].size()) {
                *error = QStringLiteral("the database is damaged (names out of order)");
                return false;
            }
            const QByteArray name = query.value(3).toString().toUtf8();
            state->names[kind].add(name, detail::idHash(name));
        }
        return true;
    }

    bool flush(VersionState& state)
    {
        if (state.count == 0)
            return true;
        insertChunk->bindValue(0, state.databaseId);
        insertChunk->bindValue(1, state.count);
        insertChunk->bindValue(2, state.records);
        if (!insertChunk->exec()) {
            fail(QStringLiteral("cannot write to the database"), insertChunk->lastError());
            return false;
        }
        state.records.resize(0);
        state.count = 0;
        return true;
    }

    VersionState& stateFor(const detail::ShareBatch& batch, int number)
    {
        VersionState*& mapped = batchVersions[std::size_t(number)];
        if (mapped)
            return *mapped;
        const detail::ShareBatch::Version& version = batch.version(number);
        if (const auto it = versions.constFind(version.key); it != versions.constEnd())
            return *(mapped = it->get());
        auto state = std::make_shared<VersionState>();
        state->key = version.key;
        QSqlQuery insert(file.db());
        insert.prepare(QStringLiteral("INSERT INTO versions (tool, questionnaire_id, questionnaire_version, "
                                      "questionnaire_hash) VALUES (?, ?, ?, ?)"));
        for (const QByteArrayView part : { version.tool, version.id, version.version, version.hash })
            insert.addBindValue(QString::fromUtf8(part.data(), part.size()));
        if (insert.exec())
            state->databaseId = insert.lastInsertId().toInt();
        else
            fail(QStringLiteral("cannot write to the database"), insert.lastError());
        versions.insert(version.key, state);
        return *(mapped = state.get());
    }

    /** The store's index for name @p number of @p batch, as a @p kind id of batch version @p version. */
    int mapName(const detail::ShareBatch& batch, int version, VersionState& state, int kind, int number)
    {
        const std::uint64_t key
            = std::uint64_t(version + 1) << 34 | std::uint64_t(kind) << 32 | std::uint32_t(number);
        int index = batchNames.value(key);
        if (index < 0) {
            index = nameIndex(state, kind, batch.names().name(number));
            batchNames.insert(key, index);
        }
        return index;
    }

    int nameIndex(VersionState& state, int kind, QByteArrayView name)
    {
        const std::uint32_t hash = detail::idHash(name);
        const int found = state.names[kind].find(name, hash);
        if (found >= 0)
            return found;
        const int index = state.names[kind].add(name, hash);
        // A stored record holds an index in 16 bits.
        if (index > 0xFFFF && writeError.isEmpty())
            writeError = QStringLiteral(
                "cannot import: more than 65,536 different ids of one kind (sections, steps or "
                "levels) for one questionnaire version");
        insertName->bindValue(0, state.databaseId);
        insertName->bindValue(1, kind);
        insertName->bindValue(2, index);
        insertName->bindValue(3, QString::fromUtf8(name.data(), name.size()));
        if (!insertName->exec())
            fail(QStringLiteral("cannot write to the database"), insertName->lastError());
        return index;
    }
};

ShareStore::ShareStore(const QString& path)
    : d(std::make_unique<Private>(path))
{
}

ShareStore::~ShareStore()
{
    if (d->importing)
        rollbackImport();
    d->insertChunk.reset();
    d->insertName.reset();
}

QString ShareStore::path() const
{
    return d->file.path();
}

bool ShareStore::open(QString* error)
{
    const QStringList schema = {
        QStringLiteral("CREATE TABLE versions (id INTEGER PRIMARY KEY, tool TEXT NOT NULL, "
                       "questionnaire_id TEXT NOT NULL, questionnaire_version TEXT NOT NULL, "
                       "questionnaire_hash TEXT NOT NULL, UNIQUE (tool, questionnaire_id, "
                       "questionnaire_version, questionnaire_hash))"),
        QStringLiteral("CREATE TABLE names (version_id INTEGER NOT NULL REFERENCES versions (id), "
                       "kind INTEGER NOT NULL, idx INTEGER NOT NULL, name TEXT NOT NULL, "
                       "PRIMARY KEY (version_id, kind, idx))"),
        QStringLiteral("CREATE TABLE chunks (id INTEGER PRIMARY KEY, version_id INTEGER NOT NULL "
                       "REFERENCES versions (id), count INTEGER NOT NULL, records BLOB NOT NULL)"),
    };
    const SqliteFileKind kind { applicationId, storeSchemaVersion, schema,
        QStringLiteral("a Zelfscan share database") };
    if (!d->file.open(kind, error))
        return false;
    return enableWal(error) && d->exec(QStringLiteral("PRAGMA synchronous = NORMAL"), error);
}

bool ShareStore::enableWal(QString* error)
{
    // WAL lets the app read (and aggregate) while a worker thread imports. The mode is kept in the
    // file, so only the first connection switches; when two switch at once SQLite refuses one
    // straight away instead of letting both wait for ever, so that one tries again.
    constexpr int attempts = 300;
    for (int attempt = 1;; ++attempt) {
        QSqlQuery query(d->file.db());
        if (query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next()
            && query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0)
            return true;
        query.finish();
        if (query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && query.next()
            && query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0)
            return true;
        if (attempt == attempts) {
            *error
                = sqlError(QStringLiteral("cannot switch %1 to WAL").arg(d->file.path()), query.lastError());
            return false;
        }
        query.finish();
        QThread::msleep(10);
    }
}

qint64 ShareStore::resultCount(QString* error)
{
    QSqlQuery query(d->file.db());
    if (!query.exec(QStringLiteral("SELECT coalesce(sum(count), 0) FROM chunks")) || !query.next()) {
        *error = sqlError(QStringLiteral("cannot read the database"), query.lastError());
        return -1;
    }
    return query.value(0).toLongLong();
}

std::optional<StoredResults> ShareStore::load(QString* error)
{
    QSqlQuery query(d->file.db());
    query.setForwardOnly(true);
    StoredResults results;
    QHash<int, int> slot; ///< versions.id -> index in results.versions
    if (!loadVersions(query, &results, &slot, error) || !loadNames(query, &results, slot, error)
        || !reserveColumns(query, &results, slot, error))
        return std::nullopt;
    if (!query.exec(QStringLiteral("SELECT version_id, count, records FROM chunks ORDER BY id"))) {
        *error = sqlError(QStringLiteral("cannot read the database"), query.lastError());
        return std::nullopt;
    }
    while (query.next()) {
        VersionResults& version = results.versions[slot.value(query.value(0).toInt())];
        if (!decodeChunk(query.value(1).toInt(), query.value(2).toByteArray(), &version)) {
            *error = QStringLiteral("the database is damaged (a packed result does not fit)");
            return std::nullopt;
        }
    }
    return results;
}

bool ShareStore::beginImport(QString* error, qint64 expectedShares)
{
    // IMMEDIATE takes the write lock now: no other import can add the same ids meanwhile.
    if (!d->exec(QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    d->importing = true;
    d->writeError.clear();
    d->reset();
    const qint64 stored = resultCount(error);
    if (stored < 0) {
        rollbackImport();
        return false;
    }
    d->ids.clear(std::size_t(stored + std::max<qint64>(0, expectedShares)));
    if (!d->loadVersions(error)) {
        rollbackImport();
        return false;
    }
    QSqlQuery query(d->file.db());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT count, records FROM chunks"))) {
        *error = sqlError(QStringLiteral("cannot read the database"), query.lastError());
        rollbackImport();
        return false;
    }
    while (query.next()) {
        const int count = query.value(0).toInt();
        const QByteArray records = query.value(1).toByteArray();
        RecordReader in(records);
        for (int r = 0; r < count && in.ok(); ++r) {
            const std::uint8_t* id = in.take(16);
            in.take(9);
            const int sections = in.u8();
            in.take(std::size_t(sections) * 4);
            in.take(std::size_t(in.u16()) * 2);
            in.take(std::size_t(in.u16()) * 2);
            if (id)
                d->ids.insert(idOf(id));
        }
        if (!in.ok() || !in.atEnd()) {
            *error = QStringLiteral("the database is damaged (a packed result does not fit)");
            rollbackImport();
            return false;
        }
    }
    d->insertChunk.emplace(d->file.db());
    d->insertChunk->prepare(
        QStringLiteral("INSERT INTO chunks (version_id, count, records) VALUES (?, ?, ?)"));
    d->insertName.emplace(d->file.db());
    d->insertName->prepare(
        QStringLiteral("INSERT INTO names (version_id, kind, idx, name) VALUES (?, ?, ?, ?)"));
    return true;
}

void ShareStore::beginBatch(const detail::ShareBatch& batch)
{
    d->batchVersions.assign(std::size_t(batch.versionCount()), nullptr);
    d->batchNames.clear();
}

void ShareStore::prefetch(const detail::ShareBatch& batch, int index) const
{
    detail::ShareBatch::Reader in(batch.share(index));
    d->ids.prefetch(idOf(in.id()));
}

ShareStore::Added ShareStore::add(const detail::ShareBatch& batch, int index)
{
    const QByteArrayView packed = batch.share(index);
    detail::ShareBatch::Reader in(packed);
    const std::uint8_t* idBytes = in.id();
    if (!d->ids.insert(idOf(idBytes)))
        return Added::Duplicate;
    const std::uint8_t* profileAndPeriod = in.take(2 + 3); // sector, size, year, quarter
    const int overall = in.i16();
    const int riskClass = in.i16();
    const bool hasLevel = in.u8() != 0;
    const int version = in.number();
    const int level = in.number();
    VersionState& state = d->stateFor(batch, version);

    // The store's record: the packed share with the batch's numbers replaced by the store's
    // indexes (two bytes each instead of four), so it is never longer than the packed share.
    QByteArray& out = state.records;
    const qsizetype start = out.size();
    if (out.capacity() < start + packed.size())
        out.reserve(std::max(2 * out.capacity(), start + packed.size() + 64));
    out.resize(start + packed.size());
    Writer w(out.data() + start);
    w.bytes(idBytes, 16);
    w.bytes(profileAndPeriod, 5);
    w.u16(overall);
    w.u16(riskClass != 0 ? riskClass : hasLevel ? d->mapName(batch, version, state, LevelName, level) : -1);
    const int sections = in.u8();
    w.u8(sections);
    for (int i = 0; i < sections; ++i) {
        const int section = in.number();
        w.u16(d->mapName(batch, version, state, SectionName, section));
        w.u16(in.i16());
    }
    for (int list = 0; list < 2; ++list) {
        const int steps = in.u16();
        w.u16(steps);
        for (int i = 0; i < steps; ++i)
            w.u16(d->mapName(batch, version, state, StepName, in.number()));
    }
    out.resize(w.at() - out.constData());
    if (++state.count == chunkSize)
        d->flush(state);
    return Added::New;
}

bool ShareStore::commitImport(QString* error)
{
    for (const auto& state : std::as_const(d->versions))
        d->flush(*state);
    if (!d->writeError.isEmpty()) {
        *error = d->writeError;
        rollbackImport();
        return false;
    }
    d->insertChunk.reset();
    d->insertName.reset();
    if (!d->exec(QStringLiteral("COMMIT"), error)) {
        rollbackImport();
        return false;
    }
    d->importing = false;
    d->reset();
    return true;
}

void ShareStore::rollbackImport()
{
    d->insertChunk.reset();
    d->insertName.reset();
    d->exec(QStringLiteral("ROLLBACK"), nullptr);
    d->importing = false;
    d->reset();
}

} // namespace zelfscan
