// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/share/ShareStore.h"

#include "core/assessment/Profile.h"
#include "core/io/SqliteFile.h"
#include "core/share/ShareParse_p.h"
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

/** The ids of @p list as bytes: pack() looks two of them up for every share. */
QList<QByteArray> latin1(const QStringList& list)
{
    QList<QByteArray> bytes;
    for (const QString& id : list)
        bytes.append(id.toLatin1());
    return bytes;
}

int indexIn(const QList<QByteArray>& list, QByteArrayView value)
{
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i) == value)
            return i;
    }
    return -1;
}

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
    // Shares of one version nearly always list the same sections in the same order.
    QByteArray lastSections;
    QVarLengthArray<int, 32> lastSectionIndexes;
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
    VersionState* lastVersion = nullptr;
    QByteArray key;
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
        lastVersion = nullptr;
        ids.clear();
    }

    bool loadVersions(QString* error)
    {
        versions.clear();
        lastVersion = nullptr;
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

    VersionState& stateFor(
        QByteArrayView tool, QByteArrayView id, QByteArrayView version, QByteArrayView hash)
    {
        key.resize(0);
        key.append(tool)
            .append('\x1f')
            .append(id)
            .append('\x1f')
            .append(version)
            .append('\x1f')
            .append(hash)
            .append('\x1f');
        if (lastVersion && lastVersion->key == key)
            return *lastVersion;
        const auto it = versions.constFind(key);
        if (it != versions.constEnd()) {
            lastVersion = it->get();
            return *lastVersion;
        }
        auto state = std::make_shared<VersionState>();
        state->key = key;
        QSqlQuery insert(file.db());
        insert.prepare(QStringLiteral("INSERT INTO versions (tool, questionnaire_id, questionnaire_version, "
                                      "questionnaire_hash) VALUES (?, ?, ?, ?)"));
        for (const QByteArrayView part : { tool, id, version, hash })
            insert.addBindValue(QString::fromUtf8(part.data(), part.size()));
        if (insert.exec())
            state->databaseId = insert.lastInsertId().toInt();
        else
            fail(QStringLiteral("cannot write to the database"), insert.lastError());
        versions.insert(key, state);
        lastVersion = state.get();
        return *lastVersion;
    }

    int nameIndex(VersionState& state, int kind, QByteArrayView name)
    {
        const std::uint32_t hash = detail::idHash(name);
        const int found = state.names[kind].find(name, hash);
        if (found >= 0)
            return found;
        const int index = state.names[kind].add(name, hash);
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

void ShareStore::pack(const detail::ShareFields& f, QByteArray* out)
{
    // Every text of a valid share is at most 128 bytes, so one length byte does.
    qsizetype bound = 2 + 16 + 10 + 5 + f.tool.size() + f.questionnaireId.size()
        + f.questionnaireVersion.size() + f.questionnaireHash.size() + f.level.size() + 1 + 4;
    for (const detail::ShareFields::Score& score : f.sections)
        bound += 3 + score.section.size();
    for (const QByteArrayView& step : f.open)
        bound += 1 + step.size();
    for (const QByteArrayView& step : f.done)
        bound += 1 + step.size();
    const qsizetype start = out->size();
    if (out->capacity() < start + bound)
        out->reserve(std::max(2 * out->capacity(), start + bound));
    out->resize(start + bound);
    Writer w(out->data() + start);
    w.u16(0); // the length, filled in below
    std::uint8_t id[16];
    uuidBytes(f.shareId, id);
    w.bytes(id, 16);
    static const QList<QByteArray> sectors = latin1(groupSectors());
    static const QList<QByteArray> sizes = latin1(groupSizes());
    w.u8(std::max(0, indexIn(sectors, f.sector)));
    w.u8(std::max(0, indexIn(sizes, f.size)));
    w.u16(f.year);
    w.u8(f.quarter);
    w.u16(f.overall);
    w.u16(f.riskClass);
    w.u8(f.hasLevel ? 1 : 0);
    w.text(f.tool);
    w.text(f.questionnaireId);
    w.text(f.questionnaireVersion);
    w.text(f.questionnaireHash);
    w.text(f.level);
    w.u8(int(f.sections.size()));
    for (const detail::ShareFields::Score& score : f.sections) {
        w.text(score.section);
        w.u16(score.tenths);
    }
    w.u16(int(f.open.size()));
    for (const QByteArrayView& step : f.open)
        w.text(step);
    w.u16(int(f.done.size()));
    for (const QByteArrayView& step : f.done)
        w.text(step);
    const qsizetype length = w.at() - (out->data() + start);
    Writer(out->data() + start).u16(int(length));
    out->resize(start + length);
}

void ShareStore::prefetch(QByteArrayView packed) const
{
    RecordReader in(packed);
    in.u16();
    if (const std::uint8_t* idBytes = in.take(16))
        d->ids.prefetch(idOf(idBytes));
}

ShareStore::Added ShareStore::add(QByteArrayView packed, qsizetype* used)
{
    RecordReader in(packed);
    *used = in.u16();
    const std::uint8_t* idBytes = in.take(16);
    if (!idBytes || !d->ids.insert(idOf(idBytes)))
        return Added::Duplicate;
    const int sector = in.u8();
    const int size = in.u8();
    const std::uint8_t* period = in.take(3);
    const int overall = in.i16();
    const int riskClass = in.i16();
    const bool hasLevel = in.u8() != 0;
    const QByteArrayView tool = in.text();
    const QByteArrayView questionnaireId = in.text();
    const QByteArrayView questionnaireVersion = in.text();
    const QByteArrayView questionnaireHash = in.text();
    const QByteArrayView level = in.text();
    VersionState& state = d->stateFor(tool, questionnaireId, questionnaireVersion, questionnaireHash);

    // The store's record: like the packed share, with names replaced by their indexes.
    QByteArray& out = state.records;
    const qsizetype start = out.size();
    if (out.capacity() < start + *used)
        out.reserve(std::max(2 * out.capacity(), start + *used + 64));
    out.resize(start + *used + 64);
    Writer w(out.data() + start);
    w.bytes(idBytes, 16);
    w.u8(sector);
    w.u8(size);
    w.bytes(period, 3);
    w.u16(overall);
    w.u16(riskClass != 0 ? riskClass : hasLevel ? d->nameIndex(state, LevelName, level) : -1);

    const int sections = in.u8();
    w.u8(sections);
    // Shares of one version nearly always list the same sections: compare the names with the
    // previous share's, and look them up only when they differ.
    bool same = sections == state.lastSectionIndexes.size();
    if (same) {
        RecordReader scan = in;
        qsizetype offset = 0;
        for (int i = 0; i < sections && same; ++i) {
            const QByteArrayView name = scan.text();
            scan.i16();
            same = state.lastSections.size() >= offset + name.size() + 1
                && std::memcmp(state.lastSections.constData() + offset, name.data(), std::size_t(name.size()))
                    == 0
                && state.lastSections.at(offset + name.size()) == '\x1f';
            offset += name.size() + 1;
        }
        same = same && offset == state.lastSections.size();
    }
    if (!same) {
        state.lastSections.resize(0);
        state.lastSectionIndexes.clear();
    }
    for (int i = 0; i < sections; ++i) {
        const QByteArrayView name = in.text();
        const int tenths = in.i16();
        if (!same) {
            state.lastSections.append(name).append('\x1f');
            state.lastSectionIndexes.append(d->nameIndex(state, SectionName, name));
        }
        w.u16(state.lastSectionIndexes.at(i));
        w.u16(tenths);
    }
    for (int list = 0; list < 2; ++list) {
        const int steps = in.u16();
        w.u16(steps);
        for (int i = 0; i < steps; ++i)
            w.u16(d->nameIndex(state, StepName, in.text()));
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
