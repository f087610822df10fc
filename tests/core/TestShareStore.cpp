// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/share/ShareImporter.h"
#include "core/share/ShareStore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <thread>

using namespace zelfscan;

/**
 * The SQLite store of imported shares: refuses a database of another program, and survives two
 * first opens at once.
 */
class TestShareStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void refusesForeignDatabase();
    void newStoreOpenedTwiceAtOnce();

private:
    QString database() const { return m_dir->filePath(QStringLiteral("store.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestShareStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestShareStore::refusesForeignDatabase()
{
    const QString path = m_dir->filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE customers (name TEXT)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    ShareStore store(path);
    QString error;
    QVERIFY(!store.open(&error));
    QVERIFY2(error.contains(QStringLiteral("not a Zelfscan share database")), qPrintable(error));
    const ImportReport report = importShares(path, { m_dir->path() });
    QVERIFY(!report.ok());
}

void TestShareStore::newStoreOpenedTwiceAtOnce()
{
    // The app's window and its import thread may both be first to open a new store.
    for (int attempt = 0; attempt < 20; ++attempt) {
        const QString path = m_dir->filePath(QStringLiteral("new-%1.sqlite").arg(attempt));
        QString errors[2];
        bool opened[2] = { false, false };
        std::thread other([&] {
            ShareStore store(path);
            opened[1] = store.open(&errors[1]);
        });
        {
            ShareStore store(path);
            opened[0] = store.open(&errors[0]);
        }
        other.join();
        QVERIFY2(opened[0], qPrintable(errors[0]));
        QVERIFY2(opened[1], qPrintable(errors[1]));
        ShareStore again(path);
        QString error;
        QVERIFY2(again.open(&error), qPrintable(error));
        QCOMPARE(again.resultCount(&error), 0);
    }
}

QTEST_GUILESS_MAIN(TestShareStore)
#include "TestShareStore.moc"
