// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class QSqlError;

namespace zelfscan {

/** A kind of SQLite file Zelfscan keeps (the share store, the advisory store). */
struct SqliteFileKind
{
    int applicationId = 0; ///< PRAGMA application_id: tells Zelfscan's files from any other
    int schemaVersion = 1; ///< PRAGMA user_version; a file with a higher one is refused
    QStringList schema; ///< the statements that make an empty file this kind of store
    QString name; ///< for messages: "a Zelfscan share database"
};

/**
 * Opens the SQLite file at @p path as connection @p connection into @p db, creating the schema
 * when the file is new. A new file is set up under the write lock in one transaction, so two
 * windows or threads opening it at once create it once and a crash midway leaves an empty file,
 * not half a store. Refuses a file of another kind, a non-empty file without the id, and one made
 * by a newer Zelfscan. Returns false with @p error set.
 */
bool openSqliteFile(QSqlDatabase& db, const QString& connection, const QString& path,
    const SqliteFileKind& kind, QString* error);

/**
 * One connection to a SQLite file, for the life of this object. Qt keeps every connection by name
 * until it is removed, so each object gets a name of its own and removes it when it goes.
 */
class SqliteFile
{
public:
    /** @p connectionPrefix names the store in Qt's connection list ("zelfscan-share-store"). */
    SqliteFile(const QString& path, const QString& connectionPrefix);
    ~SqliteFile();
    SqliteFile(const SqliteFile&) = delete;
    SqliteFile& operator=(const SqliteFile&) = delete;

    /** openSqliteFile() on this connection. */
    bool open(const SqliteFileKind& kind, QString* error);

    QSqlDatabase& db() { return m_db; }
    const QString& path() const { return m_path; }

    /** Runs @p sql; false with "@p what: the database's reason" in @p error. */
    bool exec(const QString& sql, const QString& what, QString* error);

private:
    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
};

/** "@p what: the database's reason". */
QString sqlError(const QString& what, const QSqlError& error);

} // namespace zelfscan
