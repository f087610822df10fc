// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/AutosaveStore.h"
#include "core/questionnaire/QuestionnaireCatalog.h"
#include "tests/util/ExampleAnswers.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace zelfscan;

/**
 * The autosave of each questionnaire in progress, without any window: saved and read back
 * whole, listed, removed, and a damaged one moved aside (never deleted) with what could be
 * recovered from it.
 */
class TestAutosaveStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void defaultsToTheAppDataFolder();
    void savesAndLoadsTheWholeAssessment();
    void nothingSavedIsNothingLoaded();
    void entriesListEverySavedQuestionnaire();
    void damagedAutosaveIsKeptAsideAndRecovered();
    void unwritableFolderGivesAReason();

private:
    /** The Basisscan answered as tests/data/answers/basisscan-12.yaml, with one step done. */
    Assessment sample() const;
    const Questionnaire& basisscan() const { return *m_catalog.find(QStringLiteral("basisscan")); }

    QuestionnaireCatalog m_catalog;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AutosaveStore> m_store;
};

void TestAutosaveStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(!hasErrors(m_catalog.loadDirectory(QStringLiteral(QUESTIONNAIRES_DIR))));
    QVERIFY(m_catalog.find(QStringLiteral("basisscan")) && m_catalog.find(QStringLiteral("risicoklasse")));
}

void TestAutosaveStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<AutosaveStore>(m_dir->filePath(QStringLiteral("autosave")));
}

Assessment TestAutosaveStore::sample() const
{
    Assessment assessment;
    assessment.answers = testutil::loadExampleAnswers(m_catalog, QStringLiteral("basisscan-12.yaml"));
    assessment.answers.questionnaireVersion = basisscan().version;
    assessment.answers.questionnaireHash = basisscan().contentHash;
    assessment.answers.created = QDateTime(QDate(2026, 3, 14), QTime(9, 26), Qt::UTC);
    assessment.answers.modified = QDateTime(QDate(2026, 3, 14), QTime(16, 41), Qt::UTC);
    assessment.doneSteps.insert(QStringLiteral("p4_mfa"));
    return assessment;
}

void TestAutosaveStore::defaultsToTheAppDataFolder()
{
    const AutosaveStore store;
    QCOMPARE(store.directory(),
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave"));
    QCOMPARE(store.pathFor(QStringLiteral("basisscan")),
        store.directory() + QStringLiteral("/basisscan.zelfscan"));
}

void TestAutosaveStore::savesAndLoadsTheWholeAssessment()
{
    const Assessment saved = sample();
    QCOMPARE(m_store->save(saved), QString());
    QVERIFY(QFile::exists(m_store->pathFor(QStringLiteral("basisscan"))));
    const std::optional<Assessment> loaded = m_store->load(basisscan());
    QVERIFY(loaded);
    QCOMPARE(loaded->answers.answers, saved.answers.answers);
    QCOMPARE(loaded->answers.profile, saved.answers.profile);
    QCOMPARE(loaded->answers.organisation, saved.answers.organisation);
    QCOMPARE(loaded->doneSteps, saved.doneSteps);
    QCOMPARE(loaded->answers.created, saved.answers.created);
    QVERIFY(m_store->takeProblems().isEmpty());
    // Saving again replaces the file, leaving no temporary files beside it.
    QCOMPARE(m_store->save(saved), QString());
    QCOMPARE(QDir(m_store->directory()).entryList(QDir::Files | QDir::Hidden),
        QStringList { QStringLiteral("basisscan.zelfscan") });
}

void TestAutosaveStore::nothingSavedIsNothingLoaded()
{
    QVERIFY(!m_store->load(basisscan()));
    QVERIFY(m_store->entries().isEmpty());
    QVERIFY(m_store->takeProblems().isEmpty());
    QVERIFY(!m_store->remove(QStringLiteral("basisscan")));
}

void TestAutosaveStore::entriesListEverySavedQuestionnaire()
{
    QCOMPARE(m_store->save(sample()), QString());
    Assessment risk;
    risk.answers.questionnaireId = QStringLiteral("risicoklasse");
    risk.answers.created = QDateTime::currentDateTimeUtc();
    QCOMPARE(m_store->save(risk), QString());
    QStringList ids;
    for (const AutosaveStore::Entry& entry : m_store->entries()) {
        ids << entry.questionnaireId;
        QVERIFY(entry.modified.isValid());
    }
    ids.sort();
    QCOMPARE(ids, (QStringList { QStringLiteral("basisscan"), QStringLiteral("risicoklasse") }));
    QVERIFY(m_store->remove(QStringLiteral("risicoklasse")));
    QCOMPARE(m_store->entries().size(), 1);
    QCOMPARE(m_store->entries().first().questionnaireId, QStringLiteral("basisscan"));
}

void TestAutosaveStore::damagedAutosaveIsKeptAsideAndRecovered()
{
    QCOMPARE(m_store->save(sample()), QString());
    const QString path = m_store->pathFor(QStringLiteral("basisscan"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray whole = file.readAll();
    file.close();
    // Cut off as by a full disk, halfway through the answers: the first ones are still complete.
    const qsizetype at = whole.indexOf("\"p3_");
    QVERIFY(at > 0);
    const QByteArray cut = whole.left(at + 3);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(cut);
    file.close();

    const std::optional<Assessment> recovered = m_store->load(basisscan());
    const QList<AutosaveStore::Problem> problems = m_store->takeProblems();
    QCOMPARE(problems.size(), 1);
    const AutosaveStore::Problem& problem = problems.first();
    QCOMPARE(problem.questionnaireId, QStringLiteral("basisscan"));
    QVERIFY(!problem.reason.isEmpty());
    QVERIFY2(problem.keptAs.startsWith(path + QStringLiteral(".damaged-")), qPrintable(problem.keptAs));
    // Never deleted: the damaged bytes are there to look at.
    QFile kept(problem.keptAs);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), cut);
    QVERIFY(recovered);
    QVERIFY(problem.recoveredAnswers > 0);
    QCOMPARE(problem.recoveredAnswers, int(recovered->answers.answers.size()));
    QVERIFY(recovered->answers.answers.size() < sample().answers.answers.size());
    for (auto it = recovered->answers.answers.begin(); it != recovered->answers.answers.end(); ++it)
        QCOMPARE(it.value(), sample().answers.answers.value(it.key())); // nothing made up
    // What was recovered is the autosave now, and reads without a problem.
    QVERIFY(m_store->load(basisscan()));
    QVERIFY(m_store->takeProblems().isEmpty());
}

void TestAutosaveStore::unwritableFolderGivesAReason()
{
    const QString blocked = m_dir->filePath(QStringLiteral("blocked"));
    QFile file(blocked);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    AutosaveStore store(blocked + QStringLiteral("/autosave"));
    const QString error = store.save(sample());
    QVERIFY2(error.contains(blocked), qPrintable(error));
    QVERIFY(!store.load(basisscan()));
}

QTEST_GUILESS_MAIN(TestAutosaveStore)
#include "TestAutosaveStore.moc"
