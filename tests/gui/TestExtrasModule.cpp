// SPDX-License-Identifier: GPL-3.0-or-later
// The extras module as the app uses it: this suite links zelfscan_gui only (no built-in extras),
// so the result page comes from the module in the build tree, as in an installed app. A copy of
// the app without its module says so and does not crash.
#include "app/gui/ExtrasLoader.h"
#include "app/gui/ExtrasModule.h"
#include "app/gui/MainWindow.h"
#include "app/gui/ResultView.h"
#include "app/gui/StartPage.h"
#include "core/questionnaire/QuestionnaireCatalog.h"
#include "tests/util/MainWindowFixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace zelfscan;

class TestExtrasModule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { m_fixture.init(); }
    void cleanup() { m_fixture.cleanup(); }
    void loadsTheModuleBesideTheApp();
    void resultPageComesFromTheModule();
    void appWithoutItsModuleSaysSo();

private:
    testutil::MainWindowFixture m_fixture;
    QuestionnaireCatalog m_catalog;
};

void TestExtrasModule::initTestCase()
{
    m_fixture.initTestCase(QStringLiteral("zelfscan-test-extras"));
    QVERIFY(!hasErrors(m_catalog.loadDirectory(QStringLiteral(QUESTIONNAIRES_DIR))));
}

void TestExtrasModule::loadsTheModuleBesideTheApp()
{
    QString error;
    QVERIFY2(
        ExtrasLoader::module(&error), qPrintable(ExtrasLoader::modulePath() + QStringLiteral(": ") + error));
}

void TestExtrasModule::resultPageComesFromTheModule()
{
    std::unique_ptr<MainWindow> window = m_fixture.makeWindow(m_catalog, QStringLiteral("en"));
    window->openTool(QStringLiteral("basisscan"));
    QVERIFY(window->showPage(QStringLiteral("result")));
    ResultView* page = window->resultPage();
    QVERIFY(page);
    QCOMPARE(window->currentPage(), static_cast<QWidget*>(page));
    QCOMPARE(page->metaObject()->className(), "ResultPage");
    // A signal of the module's page reaches the window: back to the start page.
    auto* home = page->findChild<QPushButton*>(QStringLiteral("homeButton"));
    QVERIFY(home);
    home->click();
    QCOMPARE(window->currentPage(), static_cast<QWidget*>(window->startPage()));
}

void TestExtrasModule::appWithoutItsModuleSaysSo()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("bin")));
    const QString app = dir.filePath(QStringLiteral("bin/zelfscan"));
    QVERIFY(QFile::copy(QStringLiteral(APP_PATH), app));
    QProcess process;
    process.start(app, { QStringLiteral("--check-extras") });
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    const QString said = QString::fromLocal8Bit(process.readAllStandardError());
    QVERIFY2(said.contains(QStringLiteral("zelfscan_extras")), qPrintable(said));
}

QTEST_MAIN(TestExtrasModule)
#include "TestExtrasModule.moc"
