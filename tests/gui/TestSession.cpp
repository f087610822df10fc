// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/AutosaveStore.h"
#include "app/gui/Session.h"
#include "core/assessment/AssessmentHistory.h"
#include "tests/util/ExampleAnswers.h"
#include "tests/util/Files.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace zelfscan;

/**
 * The assessment in progress without any window: every change autosaved at once, a reopened
 * questionnaire resumed, save and open of a document, restart, and finished runs kept in the
 * history. Uses the bundled Basisscan and its example answers.
 */
class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void openUnknownQuestionnaireFails();
    void newSessionTakesTheDefaultProfile();
    void everyChangeIsAutosavedAndResumed();
    void unchangedAnswerChangesNothing();
    void doneStepsOnlyChangeTheWhatIf();
    void saveAsAndOpenFileKeepTheDocumentState();
    void damagedDocumentLeavesTheSessionAlone();
    void restartKeepsTheProfileAndTheTicks();
    void visibleQuestionsFollowTheAnswers();
    void finishedRunIsRecordedInTheHistory();
    void failedAutosaveIsReported();

private:
    /** Opens the Basisscan and gives the profile and every answer of tests/data/answers/@p name through the
     * session. */
    void answerAll(Session& session, const QString& name);

    QuestionnaireCatalog m_catalog;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AutosaveStore> m_store;
};

void TestSession::initTestCase()
{
    QVERIFY(!hasErrors(m_catalog.loadDirectory(QStringLiteral(QUESTIONNAIRES_DIR))));
    QVERIFY(m_catalog.find(QStringLiteral("basisscan")));
}

void TestSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<AutosaveStore>(m_dir->filePath(QStringLiteral("autosave")));
}

void TestSession::answerAll(Session& session, const QString& name)
{
    const AnswerSet answers = testutil::loadExampleAnswers(m_catalog, name);
    QVERIFY(session.open(QStringLiteral("basisscan"), answers.profile));
    // An autosave left by an earlier session wins over the default profile: set it as a user would.
    session.setProfile(answers.profile);
    for (auto it = answers.answers.begin(); it != answers.answers.end(); ++it)
        session.setAnswer(it.key(), it.value());
}

void TestSession::openUnknownQuestionnaireFails()
{
    Session session(m_catalog, *m_store);
    QSignalSpy opened(&session, &Session::opened);
    QVERIFY(!session.open(QStringLiteral("no_such_scan"), {}));
    QVERIFY(!session.isOpen());
    QCOMPARE(opened.count(), 0);
    QCOMPARE(session.result().sections.size(), 0);
}

void TestSession::newSessionTakesTheDefaultProfile()
{
    Session session(m_catalog, *m_store);
    QSignalSpy opened(&session, &Session::opened);
    const Profile profile { QStringLiteral("zorg"), QStringLiteral("10-49") };
    QVERIFY(session.open(QStringLiteral("basisscan"), profile));
    QCOMPARE(opened.count(), 1);
    QVERIFY(session.isOpen());
    QCOMPARE(session.answers().profile, profile);
    QCOMPARE(session.answers().questionnaireHash, m_catalog.find(QStringLiteral("basisscan"))->contentHash);
    QVERIFY(session.answers().answers.isEmpty());
    QVERIFY(!session.isModified());
    QVERIFY(session.filePath().isEmpty());
    // Opening alone writes nothing: an untouched questionnaire leaves no autosave behind.
    QVERIFY(!QFile::exists(m_store->pathFor(QStringLiteral("basisscan"))));
}

void TestSession::everyChangeIsAutosavedAndResumed()
{
    {
        Session session(m_catalog, *m_store);
        QVERIFY(session.open(QStringLiteral("basisscan"), {}));
        QSignalSpy changed(&session, &Session::answersChanged);
        session.setAnswer(QStringLiteral("p1_backup_offline"), Answer::ofOption(QStringLiteral("no")));
        QCOMPARE(changed.count(), 1);
        // On disk at once, before anything else happens.
        const std::optional<Assessment> saved = m_store->load(*session.questionnaire());
        QVERIFY(saved);
        QCOMPARE(
            saved->answers.answers.value(QStringLiteral("p1_backup_offline")).option, QStringLiteral("no"));
        session.setProfile({ QStringLiteral("ict"), QStringLiteral("1") });
        session.setStepDone(QStringLiteral("p1_backup_offline"), true);
        QCOMPARE(session.saveError(), QString());
    }
    // As after a crash: a new session resumes where the last one stopped.
    Session resumed(m_catalog, *m_store);
    QVERIFY(resumed.open(QStringLiteral("basisscan"), { QStringLiteral("zorg"), QStringLiteral("2-9") }));
    QCOMPARE(
        resumed.answers().answers.value(QStringLiteral("p1_backup_offline")).option, QStringLiteral("no"));
    QCOMPARE(resumed.answers().profile, (Profile { QStringLiteral("ict"), QStringLiteral("1") }));
    QCOMPARE(resumed.doneSteps(), QSet<QString> { QStringLiteral("p1_backup_offline") });
    QVERIFY(m_store->takeProblems().isEmpty());
}

void TestSession::unchangedAnswerChangesNothing()
{
    Session session(m_catalog, *m_store);
    QVERIFY(session.open(QStringLiteral("basisscan"), {}));
    session.setAnswer(QStringLiteral("p2_wifi"), Answer::ofOption(QStringLiteral("yes")));
    QSignalSpy changed(&session, &Session::answersChanged);
    QSignalSpy steps(&session, &Session::doneStepsChanged);
    session.setAnswer(QStringLiteral("p2_wifi"), Answer::ofOption(QStringLiteral("yes")));
    session.clearAnswer(QStringLiteral("p2_encryption")); // was never answered
    session.setProfile(session.answers().profile);
    session.setStepDone(QStringLiteral("p4_mfa"), false); // was never done
    session.setMeasureAnswer(QStringLiteral("m1"), std::nullopt);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(steps.count(), 0);
    session.clearAnswer(QStringLiteral("p2_wifi"));
    QCOMPARE(changed.count(), 1);
    QVERIFY(session.answers().answers.isEmpty());
}

void TestSession::doneStepsOnlyChangeTheWhatIf()
{
    Session session(m_catalog, *m_store);
    answerAll(session, QStringLiteral("basisscan-zzp.yaml"));
    const AssessmentResult before = session.result();
    QVERIFY(before.missing.isEmpty());
    QVERIFY(!before.steps.isEmpty());
    const QString first = before.steps.first().id;
    QSignalSpy steps(&session, &Session::doneStepsChanged);
    session.setStepDone(first, true);
    QCOMPARE(steps.count(), 1);
    // The result stays as answered; only the what-if counts the step as carried out.
    QCOMPARE(session.result().overall, before.overall);
    QVERIFY(*session.whatIfResult().overall > *before.overall);
    session.setStepDone(first, false);
    QCOMPARE(session.whatIfResult().overall, before.overall);
    // A result's age (the re-check offer) counts from the last answer, not from the last tick.
    const QDateTime answered = session.answers().modified;
    QVERIFY(answered.isValid());
    QTest::qWait(5);
    session.setStepDone(first, true);
    QCOMPARE(session.answers().modified, answered);
}

void TestSession::saveAsAndOpenFileKeepTheDocumentState()
{
    const QString path = m_dir->filePath(QStringLiteral("studio.zelfscan"));
    {
        Session session(m_catalog, *m_store);
        answerAll(session, QStringLiteral("basisscan-zzp.yaml"));
        QSignalSpy state(&session, &Session::documentStateChanged);
        QString error;
        QVERIFY2(session.saveAs(path, &error), qPrintable(error));
        QCOMPARE(session.filePath(), path);
        QVERIFY(!session.isModified());
        session.setAnswer(QStringLiteral("p4_mfa"), Answer::ofOption(QStringLiteral("yes")));
        QVERIFY(session.isModified());
        QCOMPARE(state.count(), 2); // saved, then changed since
        session.close();
        QVERIFY(!session.isOpen());
        QVERIFY(session.filePath().isEmpty());
    }
    Session reopened(m_catalog, *m_store);
    QStringList problems;
    MigrationReport migration;
    QVERIFY(reopened.openFile(path, Language::english(), &problems, &migration));
    QCOMPARE(problems, QStringList());
    QCOMPARE(reopened.filePath(), path);
    QVERIFY(!reopened.isModified());
    // The document as saved: the later change was only autosaved.
    QCOMPARE(reopened.answers().answers.value(QStringLiteral("p4_mfa")).option, QStringLiteral("no"));
    QCOMPARE(reopened.answers().answers.size(),
        testutil::loadExampleAnswers(m_catalog, QStringLiteral("basisscan-zzp.yaml")).answers.size());
    // The opened document is now the one in progress, so the autosave holds it too.
    QCOMPARE(m_store->load(*reopened.questionnaire())->answers.answers, reopened.answers().answers);

    QString error;
    Session empty(m_catalog, *m_store);
    QVERIFY(!empty.saveAs(m_dir->filePath(QStringLiteral("nothing.zelfscan")), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("nothing.zelfscan"))));
}

void TestSession::damagedDocumentLeavesTheSessionAlone()
{
    Session session(m_catalog, *m_store);
    answerAll(session, QStringLiteral("basisscan-12.yaml"));
    const AnswerSet before = session.answers();
    const QString path = m_dir->filePath(QStringLiteral("damaged.zelfscan"));
    QVERIFY(testutil::writeFile(path, "{\"format\": \"zelfscan-assessment\", \"format_version\": 1, \"answ"));
    QSignalSpy opened(&session, &Session::opened);
    QStringList problems;
    MigrationReport migration;
    QVERIFY(!session.openFile(path, Language::dutch(), &problems, &migration));
    QCOMPARE(problems.size(), 1);
    // The reason alone (the app's message names the file), in the language asked for.
    QVERIFY2(problems.first().startsWith(QStringLiteral("het bestand is beschadigd of onvolledig")),
        qPrintable(problems.first()));
    QCOMPARE(opened.count(), 0);
    QCOMPARE(session.answers(), before);
    QVERIFY(session.filePath().isEmpty());
}

void TestSession::restartKeepsTheProfileAndTheTicks()
{
    Session session(m_catalog, *m_store);
    answerAll(session, QStringLiteral("basisscan-12.yaml"));
    const Profile profile = session.answers().profile;
    session.setStepDone(QStringLiteral("p4_mfa"), true);
    QSignalSpy steps(&session, &Session::doneStepsChanged);
    session.restart();
    QCOMPARE(steps.count(), 1);
    QVERIFY(session.answers().answers.isEmpty());
    QCOMPARE(session.answers().profile, profile);
    // Work done before is still done: a step id is the same in the next run.
    QCOMPARE(session.doneSteps(), QSet<QString> { QStringLiteral("p4_mfa") });
    const std::optional<Assessment> saved = m_store->load(*session.questionnaire());
    QVERIFY(saved && saved->answers.answers.isEmpty());
    QCOMPARE(saved->doneSteps, session.doneSteps());
}

void TestSession::visibleQuestionsFollowTheAnswers()
{
    Session session(m_catalog, *m_store);
    answerAll(session, QStringLiteral("basisscan-zzp.yaml"));
    const int freelancer = session.visibleQuestionCount();
    QCOMPARE(session.answeredVisibleQuestionCount(), freelancer);
    int all = 0;
    for (const Section& section : session.questionnaire()->sections)
        all += int(section.questions.size());
    // A business of one sees no questions about staff.
    QVERIFY2(freelancer < all, qPrintable(QStringLiteral("%1 of %2").arg(freelancer).arg(all)));

    Session office(m_catalog, *m_store);
    answerAll(office, QStringLiteral("basisscan-12.yaml"));
    QVERIFY(office.visibleQuestionCount() > freelancer);
    QVERIFY(!office.visibleSections().isEmpty());
    for (const Section* section : office.visibleSections())
        QVERIFY(office.isSectionVisible(*section));
}

void TestSession::finishedRunIsRecordedInTheHistory()
{
    AssessmentHistory history(m_dir->filePath(QStringLiteral("history")));
    Session session(m_catalog, *m_store);
    session.setHistory(&history);
    QCOMPARE(session.history(), &history);
    const QuestionnaireLookup lookup = [this](const QString& id) { return m_catalog.find(id); };
    const AnswerSet answers = testutil::loadExampleAnswers(m_catalog, QStringLiteral("basisscan-zzp.yaml"));
    QVERIFY(session.open(QStringLiteral("basisscan"), answers.profile));
    auto it = answers.answers.begin();
    session.setAnswer(it.key(), it.value());
    // Half a run is no run.
    QCOMPARE(history.entries(QStringLiteral("basisscan"), lookup).size(), 0);
    for (; it != answers.answers.end(); ++it)
        session.setAnswer(it.key(), it.value());
    const QList<HistoryEntry> runs = history.entries(QStringLiteral("basisscan"), lookup);
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().assessment.answers.answers, answers.answers);
    // Changing a finished run replaces its snapshot rather than adding one.
    session.setAnswer(QStringLiteral("p4_mfa"), Answer::ofOption(QStringLiteral("yes")));
    QCOMPARE(history.entries(QStringLiteral("basisscan"), lookup).size(), 1);
}

void TestSession::failedAutosaveIsReported()
{
    // A file where the autosave folder should be: every save fails, and says so.
    const QString blocked = m_dir->filePath(QStringLiteral("blocked"));
    QFile file(blocked);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    AutosaveStore store(blocked + QStringLiteral("/autosave"));
    Session session(m_catalog, store);
    QVERIFY(session.open(QStringLiteral("basisscan"), {}));
    QSignalSpy failed(&session, &Session::saveFailed);
    session.setAnswer(QStringLiteral("p2_wifi"), Answer::ofOption(QStringLiteral("yes")));
    QCOMPARE(failed.count(), 1);
    QVERIFY(!session.saveError().isEmpty());
    QCOMPARE(failed.first().first().toString(), session.saveError());
    // The answer is kept in memory all the same.
    QCOMPARE(session.answers().answers.value(QStringLiteral("p2_wifi")).option, QStringLiteral("yes"));
}

QTEST_GUILESS_MAIN(TestSession)
#include "TestSession.moc"
