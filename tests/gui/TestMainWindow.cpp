// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/AutosaveStore.h"
#include "app/gui/ComparisonDialog.h"
#include "app/gui/IntakePage.h"
#include "app/gui/LanguageManager.h"
#include "app/gui/MainWindow.h"
#include "app/gui/QuestionPage.h"
#include "app/gui/QuestionWidget.h"
#include "app/gui/ResultPage.h"
#include "app/gui/ReviewPage.h"
#include "app/gui/Session.h"
#include "app/gui/StartPage.h"
#include "core/assessment/AnswerFile.h"
#include "core/assessment/Assessment.h"
#include "core/engine/Engine.h"
#include "core/plan/FirstSteps.h"
#include "tests/util/Files.h"
#include "tests/util/MainWindowFixture.h"
#include "tests/util/SettingsSandbox.h"
#include "tests/util/WidgetChecks.h"

#include <QAbstractButton>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLibraryInfo>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace zelfscan;

/**
 * Drives the real window headless: a whole scan with the keyboard, the language switch,
 * resuming after the window is gone without closing, and conditions hiding questions.
 * Set ZELFSCAN_SCREENSHOT_DIR to keep a picture of every page the walk passes.
 */
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void walksBasisscanWithKeyboard();
    void switchesLanguageAtRunTime();
    void resumesAfterKill();
    void conditionHidesQuestion();
    void riskClassTakesTheSizeFromTheIntake();
    void offersDeclaredLanguages();
    void savesOpensAndExports();
    void openingAfterTheQuestionnaireChangedSaysWhat();
    void everyInputHasAName();
    void riskResultStepsLinksAndOwnAnswers();
    void fileMenuMnemonicsAreUnique();

private:
    std::unique_ptr<MainWindow> makeWindow(const QString& language = QStringLiteral("nl"));
    void screenshot(const QString& name);
    void pressNext();
    /** Opens the Basisscan for a business of 2-9 people and goes on to its first questions. */
    void openBasisscanQuestions();
    void chooseSize(const QString& sizeId);
    void answerVisibleQuestions(const QString& optionId);

    testutil::MainWindowFixture m_gui;
    QuestionnaireCatalog m_bundled;
    QuestionnaireCatalog m_fixtures;
    std::unique_ptr<MainWindow> m_window;
    const QuestionnaireCatalog* m_catalog = nullptr;
};

void TestMainWindow::initTestCase()
{
    m_gui.initTestCase(QStringLiteral("zelfscan-test"));
    QVERIFY(!hasErrors(m_bundled.loadDirectory(QStringLiteral(QUESTIONNAIRES_DIR))));
    QVERIFY(m_fixtures.loadDirectory(QStringLiteral(TEST_DATA_DIR "/questionnaires")).isEmpty());
    QVERIFY2(m_bundled.find(QStringLiteral("basisscan")), "questionnaires/basisscan.yaml must load");
}

void TestMainWindow::init()
{
    m_gui.init();
    m_catalog = &m_bundled;
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_gui.cleanup();
}

std::unique_ptr<MainWindow> TestMainWindow::makeWindow(const QString& language)
{
    return m_gui.makeWindow(*m_catalog, language);
}

void TestMainWindow::screenshot(const QString& name)
{
    const QString dir = qEnvironmentVariable("ZELFSCAN_SCREENSHOT_DIR");
    if (!dir.isEmpty() && m_window)
        m_window->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

void TestMainWindow::openBasisscanQuestions()
{
    m_window->openTool(QStringLiteral("basisscan"));
    chooseSize(QStringLiteral("2-9"));
    pressNext();
}

void TestMainWindow::pressNext()
{
    // Tab to the page's Next button and press Space, as a keyboard user does.
    auto* next = m_window->currentPage()->findChild<QPushButton*>(QStringLiteral("nextButton"));
    QVERIFY(next && next->isVisible() && next->isEnabled());
    next->setFocus(Qt::TabFocusReason);
    QTest::keyClick(next, Qt::Key_Space);
}

void TestMainWindow::chooseSize(const QString& sizeId)
{
    auto* size = m_window->findChild<QComboBox*>(QStringLiteral("sizeBox"));
    QVERIFY(size);
    size->setFocus();
    const int target = size->findData(sizeId);
    QVERIFY(target > 0);
    while (size->currentIndex() < target)
        QTest::keyClick(size, Qt::Key_Down);
    QCOMPARE(size->currentData().toString(), sizeId);
}

void TestMainWindow::answerVisibleQuestions(const QString& optionId)
{
    for (QuestionWidget* widget : m_window->questionPage()->questionWidgets()) {
        if (widget->isHidden())
            continue;
        auto* button = widget->findChild<QAbstractButton*>(QStringLiteral("option_") + optionId);
        QVERIFY2(button, qPrintable(widget->question().id));
        button->setFocus(Qt::TabFocusReason);
        QTest::keyClick(button, Qt::Key_Space);
        QVERIFY(button->isChecked());
    }
}

void TestMainWindow::walksBasisscanWithKeyboard()
{
    m_window = makeWindow();
    screenshot(QStringLiteral("1-start"));
    auto* tool = m_window->findChild<QCommandLinkButton*>(QStringLiteral("tool_basisscan"));
    QVERIFY(tool);
    tool->setFocus();
    QTest::keyClick(tool, Qt::Key_Space);
    QCOMPARE(m_window->currentPage(), static_cast<QWidget*>(m_window->intakePage()));
    // The keyboard goes on where the page starts: at its first question, not on a hidden button.
    auto* sectorBox = m_window->intakePage()->findChild<QComboBox*>(QStringLiteral("sectorBox"));
    QVERIFY(sectorBox);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(sectorBox));
    chooseSize(QStringLiteral("10-49"));
    screenshot(QStringLiteral("2-intake"));
    // The sector's hint sits between the two boxes without a gap of empty lines after it.
    auto* hint = m_window->intakePage()->findChild<QLabel*>(QStringLiteral("sectorHelp"));
    auto* sizeBox = m_window->intakePage()->findChild<QComboBox*>(QStringLiteral("sizeBox"));
    QVERIFY(hint && sizeBox);
    const int gap = sizeBox->geometry().top() - hint->geometry().top() - hint->heightForWidth(hint->width());
    QVERIFY2(gap < hint->fontMetrics().height(), qPrintable(QString::number(gap)));
    pressNext();
    QCOMPARE(m_window->currentPage(), static_cast<QWidget*>(m_window->questionPage()));

    // Every visible question answered "yes", except the first of each section "no".
    const int sections = int(m_window->session().visibleSections().size());
    QCOMPARE(sections, 5);
    for (int i = 0; i < sections; ++i) {
        QCOMPARE(m_window->questionPage()->sectionIndex(), i);
        answerVisibleQuestions(QStringLiteral("yes"));
        QuestionWidget* first = m_window->questionPage()->questionWidgets().first();
        auto* no = first->findChild<QAbstractButton*>(QStringLiteral("option_no"));
        no->setFocus();
        QTest::keyClick(no, Qt::Key_Space);
        if (i == 0)
            screenshot(QStringLiteral("3-question"));
        pressNext();
    }
    QCOMPARE(
        m_window->currentPage(), static_cast<QWidget*>(m_window->resultPage())); // nothing left unanswered
    screenshot(QStringLiteral("4-result"));

    // The result page shows exactly the engine's numbers.
    const AssessmentResult expected
        = assess(*m_bundled.find(QStringLiteral("basisscan")), m_window->session().answers());
    auto* table = m_window->findChild<QTableWidget*>(QStringLiteral("sectionTable"));
    QCOMPARE(table->rowCount(), 5);
    for (int row = 0; row < 5; ++row) {
        const SectionResult& section = expected.sections.at(row);
        QVERIFY(section.score);
        const QString shown = table->item(row, 1)->text();
        // Dutch puts a no-break space before the percent sign (core/text/Wording.h).
        QVERIFY2(shown.startsWith(QLocale().toString(*section.score, 'f', 0) + QStringLiteral("\u00A0%")),
            qPrintable(shown));
    }
    auto* steps = m_window->findChild<QListView*>(QStringLiteral("stepList"));
    QCOMPARE(steps->model()->rowCount(), int(expected.steps.size()));
    // The first three as chosen for this business's maturity (core/plan/FirstSteps.h).
    const FirstSteps first = firstStepsFor(expected, Language::dutch());
    const QString topMark = first.steps.first().top ? QStringLiteral("TOP · ") : QString();
    QCOMPARE(steps->model()->index(0, 0).data().toString(),
        QStringLiteral("1. ") + topMark + first.steps.first().title.text(Language::dutch()));
    QCOMPARE(m_window->findChild<QLabel*>(QStringLiteral("firstStepsWhyLabel"))->text(), first.why);
    // The step's detail names the questions it comes from and the answer given to each.
    const NextStep& shownFirst = first.steps.first();
    QVERIFY(!shownFirst.questionIds.isEmpty());
    const Question* source
        = m_bundled.find(QStringLiteral("basisscan"))->question(shownFirst.questionIds.first());
    QVERIFY(source);
    const QString detail = m_window->findChild<QTextBrowser*>(QStringLiteral("stepDetail"))->toPlainText();
    QVERIFY2(detail.contains(source->text.text(Language::dutch())), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("Jouw antwoord: Nee")), qPrintable(detail));

    // Ticking the first step updates the "what if" line.
    auto* whatIf = m_window->findChild<QLabel*>(QStringLiteral("whatIfLabel"));
    const QString before = whatIf->text();
    steps->model()->setData(steps->model()->index(0, 0), Qt::Checked, Qt::CheckStateRole);
    QVERIFY(m_window->session().doneSteps().contains(first.steps.first().id));
    QVERIFY(whatIf->text() != before);
    QVERIFY(whatIf->text().contains(QStringLiteral("totaalscore")));
}

void TestMainWindow::switchesLanguageAtRunTime()
{
    m_window = makeWindow(QStringLiteral("nl"));
    auto* tool = m_window->findChild<QCommandLinkButton*>(QStringLiteral("tool_basisscan"));
    const Questionnaire* basisscan = m_bundled.find(QStringLiteral("basisscan"));
    QCOMPARE(tool->text(), basisscan->title.text(Language::dutch()));
    QCOMPARE(m_window->menuBar()->actions().first()->text(), QStringLiteral("&Bestand"));

    auto* language = m_window->findChild<QComboBox*>(QStringLiteral("languageBox"));
    language->setFocus();
    QTest::keyClick(language, Qt::Key_Down);
    QCOMPARE(language->currentData().toString(), QStringLiteral("en"));
    QCOMPARE(m_gui.languages->language().code(), QStringLiteral("en"));
    QCOMPARE(tool->text(), basisscan->title.text(zelfscan::Language::english()));
    QCOMPARE(m_window->menuBar()->actions().first()->text(), QStringLiteral("&File"));
    screenshot(QStringLiteral("5-start-en"));

    // Question texts follow too, on a page already shown.
    openBasisscanQuestions();
    QuestionWidget* first = m_window->questionPage()->questionWidgets().first();
    auto* yes = first->findChild<QAbstractButton*>(QStringLiteral("option_yes"));
    QCOMPARE(yes->text(), QStringLiteral("Yes"));
    screenshot(QStringLiteral("6-question-en"));
    m_gui.languages->setLanguage(zelfscan::Language::dutch());
    QCOMPARE(yes->text(), QStringLiteral("Ja"));
    QCOMPARE(first->accessibleName(), first->question().text.text(Language::dutch()));
    // Qt's own words (message box buttons, the file dialog) follow, from qt6-translations-l10n.
    if (QFileInfo::exists(
            QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_nl.qm"))) {
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "&Yes"), QStringLiteral("&Ja"));
        m_gui.languages->setLanguage(zelfscan::Language::english());
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "&Yes"), QStringLiteral("&Yes"));
        m_gui.languages->setLanguage(zelfscan::Language::dutch());
    }

    // A window made in English shows questionnaire texts in English on every page, the result too.
    m_window.reset();
    m_window = makeWindow(QStringLiteral("en"));
    m_window->openTool(QStringLiteral("basisscan"));
    answerVisibleQuestions(QStringLiteral("no"));
    m_window->resultPage()->refresh();
    auto* table = m_window->findChild<QTableWidget*>(QStringLiteral("sectionTable"));
    QCOMPARE(table->item(0, 0)->text(), basisscan->sections.first().title.text(Language::english()));
}

void TestMainWindow::resumesAfterKill()
{
    m_window = makeWindow();
    m_window->openTool(QStringLiteral("basisscan"));
    chooseSize(QStringLiteral("1"));
    pressNext();
    answerVisibleQuestions(QStringLiteral("partly"));
    pressNext();
    answerVisibleQuestions(QStringLiteral("no"));
    const AnswerSet given = m_window->session().answers();
    const QString section = m_window->questionPage()->sectionId();
    QVERIFY(!given.answers.isEmpty());

    // Gone without a close event, as after a crash or a kill: only what was autosaved survives.
    m_window.release()->deleteLater(); // no closeEvent
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    m_window = makeWindow();
    m_window->openTool(QStringLiteral("basisscan"));
    QCOMPARE(m_window->session().answers().answers, given.answers);
    QCOMPARE(m_window->session().answers().profile.size, QStringLiteral("1"));
    QCOMPARE(m_window->currentPage(), static_cast<QWidget*>(m_window->questionPage()));
    QCOMPARE(m_window->questionPage()->sectionId(), section);
    auto* no = m_window->questionPage()->questionWidgets().first()->findChild<QAbstractButton*>(
        QStringLiteral("option_no"));
    QVERIFY(no->isChecked());
}

void TestMainWindow::riskClassTakesTheSizeFromTheIntake()
{
    // The risk class asks how many people work in the business; the intake asked it first.
    m_window = makeWindow();
    m_window->openTool(QStringLiteral("risicoklasse"));
    chooseSize(QStringLiteral("10-49"));
    pressNext();
    QCOMPARE(m_window->currentPage(), static_cast<QWidget*>(m_window->questionPage()));
    QCOMPARE(m_window->session().answers().answers.value(QStringLiteral("r1_staff")),
        Answer::ofOption(QStringLiteral("medium")));
    auto* staff = m_window->findChild<QuestionWidget*>(QStringLiteral("question_r1_staff"));
    QVERIFY(staff);
    auto* medium = staff->findChild<QAbstractButton*>(QStringLiteral("option_medium"));
    QVERIFY(medium && medium->isChecked());
    // The keyboard starts on that answer, not on the first option: an arrow key moves from it.
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(medium));
    QTest::keyClick(medium, Qt::Key_Up);
    auto* small = staff->findChild<QAbstractButton*>(QStringLiteral("option_small"));
    QVERIFY(small);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(small));
    QCOMPARE(m_window->session().answers().answers.value(QStringLiteral("r1_staff")),
        Answer::ofOption(QStringLiteral("small")));
    // The user can still answer otherwise, with the mouse too.
    auto* large = staff->findChild<QAbstractButton*>(QStringLiteral("option_large"));
    QVERIFY(large);
    large->click();
    QCOMPARE(m_window->session().answers().answers.value(QStringLiteral("r1_staff")),
        Answer::ofOption(QStringLiteral("large")));
}

void TestMainWindow::conditionHidesQuestion()
{
    m_catalog = &m_fixtures;
    m_window = makeWindow();
    m_window->openTool(QStringLiteral("every_feature"));
    chooseSize(QStringLiteral("10-49"));
    pressNext();
    pressNext(); // to the staff section
    QCOMPARE(m_window->questionPage()->sectionId(), QStringLiteral("staff"));
    QuestionWidget* role = m_window->findChild<QuestionWidget*>(QStringLiteral("question_role"));
    QVERIFY(role);
    QVERIFY(role->isHidden()); // needs 10 or more people
    auto* count = m_window->findChild<QSpinBox*>(QStringLiteral("numberInput"));
    count->setFocus();
    QTest::keyClick(count, Qt::Key_A, Qt::ControlModifier); // replace "Not answered"
    QTest::keyClicks(count, QStringLiteral("12"));
    QCOMPARE(
        m_window->session().answers().answers.value(QStringLiteral("staff_count")), Answer::ofNumber(12));
    QVERIFY(!role->isHidden());
    // "none" is exclusive: choosing it clears the others and hides the role question again.
    QuestionWidget* channels = m_window->findChild<QuestionWidget*>(QStringLiteral("question_channels"));
    auto* training = channels->findChild<QAbstractButton*>(QStringLiteral("option_training"));
    auto* none = channels->findChild<QAbstractButton*>(QStringLiteral("option_none"));
    QTest::keyClick(training, Qt::Key_Space);
    QVERIFY(!role->isHidden());
    QTest::keyClick(none, Qt::Key_Space);
    QVERIFY(!training->isChecked());
    QVERIFY(role->isHidden());

    // A zzp'er never sees the staff section; the staff answers are kept and the result names them.
    m_window->session().setProfile({ QString(), QStringLiteral("1") });
    QCOMPARE(m_window->session().visibleSections().size(), 1);
    QVERIFY(m_window->session().answers().answers.contains(QStringLiteral("staff_count")));
    ResultView* result = m_window->resultPage(); // made when first needed
    result->refresh();
    auto* note = result->findChild<QLabel*>(QStringLiteral("hiddenAnswersNote"));
    QVERIFY(note && !note->isHidden());
    const Question& staffCount
        = *m_window->session().questionnaire()->question(QStringLiteral("staff_count"));
    QVERIFY2(note->text().contains(staffCount.text.text(m_gui.languages->language()).chopped(1)),
        qPrintable(note->text()));
    m_window->session().setProfile({ QString(), QStringLiteral("10-49") });
    result->refresh();
    QVERIFY(note->isHidden());
}

void TestMainWindow::offersDeclaredLanguages()
{
    QuestionnaireCatalog languages;
    QVERIFY(languages.loadDirectory(QStringLiteral(TEST_DATA_DIR "/languages/questionnaires")).isEmpty());
    m_catalog = &languages;
    m_window = makeWindow(QStringLiteral("nl"));
    auto* box = m_window->findChild<QComboBox*>(QStringLiteral("languageBox"));
    QCOMPARE(box->count(), 3);
    QCOMPARE(box->itemText(0), QStringLiteral("Nederlands"));
    QCOMPARE(box->itemText(1), QStringLiteral("English"));
    QCOMPARE(box->itemText(2), QStringLiteral("Deutsch"));
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Down);
    QTest::keyClick(box, Qt::Key_Down);
    QCOMPARE(m_gui.languages->language().code(), QStringLiteral("de"));
    // Questionnaire texts in German, Zelfscan's own in English (no German translation).
    auto* tool = m_window->findChild<QCommandLinkButton*>(QStringLiteral("tool_three_languages"));
    QVERIFY(tool);
    QCOMPARE(tool->text(), QStringLiteral("Drei Sprachen"));
    QCOMPARE(m_window->menuBar()->actions().first()->text(), QStringLiteral("&File"));
    QStringList checked;
    for (QAction* menu : m_window->menuBar()->actions()) {
        for (QAction* action : menu->menu() ? menu->menu()->actions() : QList<QAction*>()) {
            if (action->isChecked())
                checked.append(action->text());
        }
    }
    QVERIFY2(checked.contains(QStringLiteral("Deutsch")), qPrintable(checked.join(QLatin1Char(','))));
    screenshot(QStringLiteral("7-start-de"));
    m_window.reset(); // before the catalog it shows goes
}

void TestMainWindow::openingAfterTheQuestionnaireChangedSaysWhat()
{
    m_window = makeWindow();
    openBasisscanQuestions();
    answerVisibleQuestions(QStringLiteral("yes"));
    const QString path = m_gui.home.filePath(QStringLiteral("edited.zelfscan"));
    QVERIFY(m_window->saveFile(path));
    // As if the questionnaire was edited since, keeping its version number, and one question is new.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonObject questionnaire = root.value(QStringLiteral("questionnaire")).toObject();
    const QString version = questionnaire.value(QStringLiteral("version")).toString();
    questionnaire.insert(QStringLiteral("hash"), QString(64, QLatin1Char('0')));
    root.insert(QStringLiteral("questionnaire"), questionnaire);
    const QString newId = QStringLiteral("p1_inventory");
    QJsonObject answers = root.value(QStringLiteral("answers")).toObject();
    answers.remove(newId);
    root.insert(QStringLiteral("answers"), answers);
    QJsonArray questions = root.value(QStringLiteral("questions")).toArray();
    for (qsizetype i = questions.size() - 1; i >= 0; --i) {
        if (questions.at(i).toString() == newId)
            questions.removeAt(i);
    }
    root.insert(QStringLiteral("questions"), questions);
    QVERIFY(testutil::writeFile(path, QJsonDocument(root).toJson()));

    QVERIFY(m_window->openFile(path));
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox*>(QStringLiteral("messageBox"))));
    const QString text = box->text();
    // Not "made with version 2026.2; Zelfscan now has version 2026.2", and the new question by its text.
    QVERIFY2(text.contains(QStringLiteral("eerdere uitgave van versie %1").arg(version)), qPrintable(text));
    const Question* question = m_window->session().questionnaire()->question(newId);
    QVERIFY(question);
    QVERIFY2(text.contains(QStringLiteral("• ") + question->text.text(Language::dutch())), qPrintable(text));
    QVERIFY2(!text.contains(newId), qPrintable(text));
    box->close();
}

void TestMainWindow::savesOpensAndExports()
{
    m_window = makeWindow();
    openBasisscanQuestions();
    answerVisibleQuestions(QStringLiteral("partly"));
    const QString path = m_gui.home.filePath(QStringLiteral("mine.zelfscan"));
    QVERIFY(m_window->saveFile(path));
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("mine.zelfscan")));
    QVERIFY(!m_window->isWindowModified());
    const AnswerSet saved = m_window->session().answers();

    // A change marks the document modified; opening the file again brings back what was saved.
    answerVisibleQuestions(QStringLiteral("yes"));
    QVERIFY(m_window->isWindowModified());
    m_window->session().saveAs(path + QStringLiteral(".other"), nullptr);
    QVERIFY(m_window->openFile(path));
    QCOMPARE(m_window->session().answers().answers, saved.answers);
    QVERIFY(!m_window->isWindowModified());

    // A damaged file is refused and left as it was.
    const QString damaged = m_gui.home.filePath(QStringLiteral("damaged.zelfscan"));
    QFile file(damaged);
    const QByteArray cutOff = "{\"format\": \"zelfscan-assessment\", \"format_ver";
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(cutOff);
    file.close();
    QVERIFY(!m_window->openFile(damaged));
    // The user reads why in the window's language (Dutch here), not in core's English, as a
    // sentence of its own.
    QString refusal;
    for (QMessageBox* box : m_window->findChildren<QMessageBox*>(QStringLiteral("messageBox"))) {
        if (box->text().contains(QDir::toNativeSeparators(damaged)))
            refusal = box->text();
    }
    QVERIFY2(
        refusal.contains(QStringLiteral("\n\nHet bestand is beschadigd of onvolledig")), qPrintable(refusal));
    const QString reason = refusal.section(QDir::toNativeSeparators(damaged), 1);
    QVERIFY2(!reason.contains(QStringLiteral("error")) && !reason.contains(QStringLiteral("damaged")),
        qPrintable(reason));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), cutOff);
    QCOMPARE(m_window->session().filePath(), path);

    // Compare with the saved (earlier) version: the dialog shows a bar per part.
    m_window->session().setAnswer(
        QStringLiteral("p1_backup_offline"), Answer::ofOption(QStringLiteral("yes")));
    QVERIFY(m_window->compareWith(path));
    auto* dialog = m_window->findChild<ComparisonDialog*>(QStringLiteral("comparisonDialog"));
    QVERIFY(dialog);
    QCOMPARE(dialog->chartView()->chart()->series().size(), 1);
    QVERIFY(dialog->details()->toPlainText().contains(QStringLiteral("Gedaan sinds toen"))
        || dialog->details()->toPlainText().contains(QStringLiteral("Done since then")));
    dialog->close();

    const QString pdf = m_gui.home.filePath(QStringLiteral("report.pdf"));
    QVERIFY(m_window->exportReport(pdf));
    QFile report(pdf);
    QVERIFY(report.open(QIODevice::ReadOnly));
    QCOMPARE(report.read(4), QByteArray("%PDF"));

    // The action plan for Excel, and a CSV separated as Dutch Excel expects in the Dutch app.
    const QString xlsx = m_gui.home.filePath(QStringLiteral("plan.xlsx"));
    QVERIFY(m_window->exportReport(xlsx));
    QFile book(xlsx);
    QVERIFY(book.open(QIODevice::ReadOnly));
    QCOMPARE(book.read(2), QByteArray("PK"));
    const QString csv = m_gui.home.filePath(QStringLiteral("plan.csv"));
    QVERIFY(m_window->exportReport(csv));
    QFile plan(csv);
    QVERIFY(plan.open(QIODevice::ReadOnly));
    const QByteArray header = plan.readLine();
    QVERIFY2(header.startsWith("\xEF\xBB\xBFstap;prioriteit;"), header.constData());
}

void TestMainWindow::everyInputHasAName()
{
    m_window = makeWindow();
    openBasisscanQuestions();
    int checked = 0;
    const QStringList unnamed
        = testutil::unnamedControls(m_window.get(), testutil::Controls::VisibleOnly, &checked);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    QVERIFY(checked >= 5);
}

void TestMainWindow::riskResultStepsLinksAndOwnAnswers()
{
    // A bakery's risk-class answers, saved as a document and opened: the result page appears.
    const Questionnaire& risk = *m_bundled.find(QStringLiteral("risicoklasse"));
    const AnswerLoadResult answers
        = loadAnswerFile(QStringLiteral(TEST_DATA_DIR "/answers/risicoklasse-bakery.yaml"),
            [this](const QString& id) { return m_bundled.find(id); });
    QVERIFY(answers.ok());
    Assessment assessment;
    assessment.answers = *answers.answers;
    assessment.answers.questionnaireVersion = risk.version;
    assessment.answers.questionnaireHash = risk.contentHash;
    const QString path = m_gui.home.filePath(QStringLiteral("bakkerij.zelfscan"));
    QVERIFY(saveAssessmentFile(assessment, path, nullptr));
    m_window = makeWindow();
    QVERIFY(m_window->openFile(path));
    QCOMPARE(m_window->currentPage(), static_cast<QWidget*>(m_window->resultPage()));

    // The first five steps, and all of them on request.
    const int total = int(m_window->resultPage()->result().steps.size());
    QVERIFY(total > 5);
    auto* steps = m_window->findChild<QListView*>(QStringLiteral("stepList"));
    auto* showAll = m_window->findChild<QPushButton*>(QStringLiteral("showAllStepsButton"));
    QCOMPARE(steps->model()->rowCount(), 5);
    QVERIFY(!showAll->isHidden());
    QVERIFY(showAll->text().contains(QString::number(total)));
    QTest::mouseClick(showAll, Qt::LeftButton);
    QCOMPARE(steps->model()->rowCount(), total);
    screenshot(QStringLiteral("risk-steps"));

    // The first step (automatic updates) links to the DTC's guide, shown as a link to click.
    auto* detail = m_window->findChild<QTextBrowser*>(QStringLiteral("stepDetail"));
    QCOMPARE(m_window->resultPage()->result().steps.first().id, QStringLiteral("s_updates"));
    QVERIFY(detail->toHtml().contains(QStringLiteral("https://www.digitaltrustcenter.nl/index.php/updates")));

    // No answer shows whether payment requests are checked by phone: the owner says so here.
    auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("resultTabs"));
    tabs->setCurrentIndex(2);
    auto* choice = m_window->findChild<QComboBox*>(QStringLiteral("measureAnswer_m_payment_check"));
    QVERIFY(choice);
    choice->setFocus();
    QTest::keyClick(choice, Qt::Key_Down); // "In place"
    QTRY_VERIFY(m_window->session().answers().measureAnswers.value(QStringLiteral("m_payment_check"), false));
    QTRY_VERIFY(!m_window->resultPage()->result().step(QStringLiteral("s_payment_check")));
    screenshot(QStringLiteral("risk-measures"));
    bool inPlace = false;
    for (const MeasureResult& m : m_window->resultPage()->result().risk->measures)
        inPlace = inPlace
            || (m.measureId == QLatin1String("m_payment_check") && m.status == MeasureStatus::InPlace);
    QVERIFY(inPlace);
    // It is kept with the document.
    QVERIFY(m_window->saveFile(path));
    const AssessmentLoadResult saved
        = loadAssessmentFile(path, [this](const QString& id) { return m_bundled.find(id); });
    QVERIFY(saved.ok());
    QCOMPARE(saved.assessment->answers.measureAnswers.value(QStringLiteral("m_payment_check"), false), true);
}

void TestMainWindow::fileMenuMnemonicsAreUnique()
{
    // Two items with the same Alt letter make the second unreachable by that key.
    for (const QString& language : { QStringLiteral("nl"), QStringLiteral("en") }) {
        m_window = makeWindow(language);
        const QList<QAction*> menus = m_window->menuBar()->actions();
        QVERIFY(!menus.isEmpty());
        QMap<QChar, QString> seen;
        for (const QAction* action : menus.first()->menu()->actions()) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            const QString text = action->text();
            const int amp = text.indexOf(QLatin1Char('&'));
            QVERIFY2(amp >= 0 && amp + 1 < text.size(), qPrintable(language + QStringLiteral(": ") + text));
            const QChar key = text.at(amp + 1).toLower();
            QVERIFY2(!seen.contains(key),
                qPrintable(QStringLiteral("%1: '%2' and '%3' share Alt+%4")
                               .arg(language, seen.value(key), text, key)));
            seen.insert(key, text);
        }
        m_window.reset();
    }
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
