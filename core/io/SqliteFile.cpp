// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/SqliteFile.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

namespace zelfscan {

namespace {

std::atomic<int> connectionCounter { 0 };

class SqliteOpener
{
public:
    SqliteOpener(QSqlDatabase& db, const QString& path, const SqliteFileKind& kind, QString* error)
        : m_db(db)
        , m_path(path)
        , m_kind(kind)
        , m_error(error)
    {
    }

    bool readPragma(const char* pragma, int* value)
    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("PRAGMA ") + QLatin1String(pragma)) || !query.next())
            return fail(QStringLiteral("%1 is not a database: %2").arg(m_path, query.lastError().text()));
        *value = query.value(0).toInt();
        return true;
    }

    bool exec(const QString& sql)
    {
        QSqlQuery query(m_db);
        if (!query.exec(sql))
            return fail(QStringLiteral("database error in %1: %2").arg(m_path, query.lastError().text()));
        return true;
    }

    bool fail(const QString& message)
    {
        if (m_error)
            *m_error = message;
        return false;
    }

    bool wrongKind() { return fail(QStringLiteral("%1 is not %2").arg(m_path, m_kind.name)); }

    /** Under the write lock: another connection may have created it while this one waited. */
    bool createIfEmpty()
    {
        if (!exec(QStringLiteral("BEGIN IMMEDIATE")))
            return false;
        int id = 0;
        bool ok = readPragma("application_id", &id);
        if (ok && id == 0) {
            QSqlQuery query(m_db);
            ok = query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && query.next();
            if (!ok)
                fail(QStringLiteral("cannot read %1: %2").arg(m_path, query.lastError().text()));
            else if (query.value(0).toInt() != 0)
                ok = wrongKind();
            query.finish();
            for (int i = 0; ok && i < m_kind.schema.size(); ++i)
                ok = exec(m_kind.schema.at(i));
            if (ok)
                ok = exec(QStringLiteral("PRAGMA application_id = %1").arg(m_kind.applicationId))
                    && exec(QStringLiteral("PRAGMA user_version = %1").arg(m_kind.schemaVersion));
        } else if (ok && id != m_kind.applicationId) {
            ok = wrongKind();
        }
        if (!ok || !exec(QStringLiteral("COMMIT"))) {
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
            return false;
        }
        return true;
    }

    bool checkExisting(int id)
    {
        if (id != m_kind.applicationId)
            return wrongKind();
        int version = 0;
        if (!readPragma("user_version", &version))
            return false;
        if (version > m_kind.schemaVersion)
            return fail(QStringLiteral("%1 was made by a newer Zelfscan").arg(m_path));
        return true;
    }

private:
    QSqlDatabase& m_db;
    const QString& m_path;
    const SqliteFileKind& m_kind;
    QString* m_error;
};

} // namespace

bool openSqliteFile(QSqlDatabase& db, const QString& connection, const QString& path,
    const SqliteFileKind& kind, QString* error)
{
    SqliteOpener opener(db, path, kind, error);
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return opener.fail(
            QStringLiteral("the SQLite driver for Qt (QSQLITE) is missing; install libqt6sql6-sqlite"));
    db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(path);
    if (!db.open())
        return opener.fail(QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text()));
    int id = 0;
    if (!opener.readPragma("application_id", &id))
        return false;
    return id == 0 ? opener.createIfEmpty() : opener.checkExisting(id);
}

SqliteFile::SqliteFile(const QString& path, const QString& connectionPrefix)
    : m_path(path)
    , m_connection(QStringLiteral("%1-%2").arg(connectionPrefix).arg(connectionCounter.fetch_add(1)))
{
}

SqliteFile::~SqliteFile()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool SqliteFile::open(const SqliteFileKind& kind, QString* error)
{
    return openSqliteFile(m_db, m_connection, m_path, kind, error);
}

bool SqliteFile::exec(const QString& sql, const QString& what, QString* error)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql)) {
        if (error)
            *error = sqlError(what, query.lastError());
        return false;
    }
    return true;
}

QString sqlError(const QString& what, const QSqlError& error)
{
    return QStringLiteral("%1: %2").arg(what, error.text());
}

} // namespace zelfscan
