// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/AppStyle.h"
#include "app/gui/AutosaveStore.h"
#include "app/gui/HelpDialogs.h"
#include "app/gui/LanguageManager.h"
#include "app/gui/MainWindow.h"
#include "app/gui/QuestionPage.h"
#include "app/gui/QuestionWidget.h"
#include "app/gui/ResultPage.h"
#include "app/gui/Session.h"
#include "app/gui/StartPage.h"
#include "core/assessment/Assessment.h"
#include "core/engine/Engine.h"
#include "core/plan/FirstSteps.h"
#include "tests/util/MainWindowFixture.h"
#include "tests/util/SettingsSandbox.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QCommandLinkButton>
#include <QDialog>
#include <QFontMetrics>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace zelfscan;

/**
 * The start page as a dashboard (where each tool stands, the plan across tools with ticks that
 * stay, continuing the last tool), help and about, the remembered window, and the look: contrast
 * of the palettes, visible keyboard focus, and Alt keys unique on every page in both languages.
 */
class TestStartPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsWhereEachToolStands();
    void toolButtonsMakeRoomForEveryLine();
    void ticksInThePlanAreKeptAndCarriedOver();
    void emptyPlanSaysWhy();
    void offersToContinueTheLastTool();
    void remembersWindowGeometry();
    void helpForEveryPageAndAbout();
    void paletteContrastIsEnough();
    void focusIsVisibleOnTheStartPage();
    void uncheckedBoxesShowOnDark();
    void scrollBarThumbStandsOut();
    void topQuestionsAreMarked();
    void arrowKeysChooseAnswers();
    void mnemonicsAreUniqueOnEveryPage();

private:
    std::unique_ptr<MainWindow> makeWindow(const QString& language = QStringLiteral("nl"));
    Assessment finishedBasisscan() const;
    void answerAll(const QString& optionId);
    const Questionnaire& basisscan() const { return *m_catalog.find(QStringLiteral("basisscan")); }

    testutil::MainWindowFixture m_gui;
    QuestionnaireCatalog m_catalog;
    std::unique_ptr<MainWindow> m_window;
};

void TestStartPage::initTestCase()
{
    m_gui.initTestCase(QStringLiteral("zelfscan-startpage-test"));
    QVERIFY(!hasErrors(m_catalog.loadDirectory(QStringLiteral(QUESTIONNAIRES_DIR))));
    AppStyle::apply(*qApp);
}

void TestStartPage::init()
{
    m_gui.init();
}

void TestStartPage::cleanup()
{
    m_window.reset();
    m_gui.cleanup();
}

std::unique_ptr<MainWindow> TestStartPage::makeWindow(const QString& language)
{
    return m_gui.makeWindow(m_catalog, language);
}

Assessment TestStartPage::finishedBasisscan() const
{
    Assessment a;
    a.answers.questionnaireId = QStringLiteral("basisscan");
    a.answers.profile = { QStringLiteral("handel"), QStringLiteral("10-49") };
    a.answers.created = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    a.answers.modified = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
    for (const Section& section : basisscan().sections) {
        for (const Question& question : section.questions)
            a.answers.answers.insert(question.id, Answer::ofOption(QStringLiteral("no")));
    }
    return a;
}

void TestStartPage::toolButtonsMakeRoomForEveryLine()
{
    // A tool's description has a line of its own for where the tool stands. The button must be
    // sized for that line too: at a width where every line fits unwrapped, the description
    // takes one text line more than its first line alone (it was cut off when joined with '\n').
    m_window = makeWindow(QStringLiteral("nl"));
    const QList<QCommandLinkButton*> buttons = m_window->findChildren<QCommandLinkButton*>();
    QVERIFY(!buttons.isEmpty());
    for (QCommandLinkButton* button : buttons) {
        if (!button->objectName().startsWith(QStringLiteral("tool_")))
            continue;
        const QString description = button->description();
        const qsizetype firstBreak = description.indexOf(QChar(QChar::LineSeparator));
        QVERIFY2(firstBreak > 0, qPrintable(button->objectName()));
        constexpr int wide = 4000;
        const int full = button->heightForWidth(wide);
        button->setDescription(description.left(firstBreak));
        const int firstLineOnly = button->heightForWidth(wide);
        button->setDescription(description);
        QFont font = button->font();
        font.setPointSizeF(font.pointSizeF() * 0.9); // about the description's size
        QVERIFY2(full - firstLineOnly >= QFontMetrics(font).height(),
            qPrintable(
                QStringLiteral("%1: %2 against %3").arg(button->objectName()).arg(full).arg(firstLineOnly)));
    }
}

void TestStartPage::answerAll(const QString& optionId)
{
    for (QuestionWidget* widget : m_window->questionPage()->questionWidgets()) {
        if (auto* button = widget->findChild<QAbstractButton*>(QStringLiteral("option_") + optionId))
            button->click();
    }
}

void TestStartPage::showsWhereEachToolStands()
{
    const Assessment done = finishedBasisscan();
    const AssessmentResult expected = assess(basisscan(), done.answers);
    QVERIFY(expected.missing.isEmpty());
    QVERIFY(m_gui.store->save(done).isEmpty());
    m_window = makeWindow(QStringLiteral("en"));
    auto* tool = m_window->findChild<QCommandLinkButton*>(QStringLiteral("tool_basisscan"));
    QVERIFY(tool);
    QVERIFY2(tool->description().contains(QStringLiteral("Finished on")), qPrintable(tool->description()));
    QVERIFY(tool->description().contains(
        QStringLiteral("score %1").arg(QLocale().toString(*expected.overall, 'f', 0))));
    // The next step is the first the result page shows, chosen for the business (core/plan/FirstSteps.h).
    const NextStep next = firstStepsFor(expected, Language::english()).steps.first();
    QVERIFY(tool->description().contains(next.title.text(Language::english()).chopped(1)));
    auto* ot = m_window->findChild<QCommandLinkButton*>(QStringLiteral("tool_procesautomatisering"));
    QVERIFY2(ot->description().contains(QStringLiteral("Not started")), qPrintable(ot->description()));
    // English counts in words too (translations/zelfscan_en.ts): "about 12 minutes", not "minute(s)".
    const int otMinutes = m_catalog.find(QStringLiteral("procesautomatisering"))->minutes;
    QVERIFY2(ot->description().contains(QStringLiteral("about %1 minutes").arg(otMinutes)),
        qPrintable(ot->description()));

    // One click shows the result of a finished tool.
    tool->click();
    QCOMPARE(m_window->currentPage(), static_cast<QWidget*>(m_window->resultPage()));
}

void TestStartPage::ticksInThePlanAreKeptAndCarriedOver()
{
    const Assessment done = finishedBasisscan();
    const AssessmentResult expected = assess(basisscan(), done.answers);
    QVERIFY(m_gui.store->save(done).isEmpty());
    m_window = makeWindow(QStringLiteral("en"));
    auto* plan = m_window->findChild<QListWidget*>(QStringLiteral("planList"));
    QVERIFY(plan && plan->isVisible());
    QListWidgetItem* first = nullptr;
    for (int i = 0; i < plan->count() && !first; ++i) {
        if (plan->item(i)->flags() & Qt::ItemIsUserCheckable)
            first = plan->item(i);
    }
    QVERIFY(first);
    QVERIFY(first->text().contains(expected.steps.first().title.text(Language::english()).chopped(1)));
    // A TOP step says so in words.
    QCOMPARE(first->text().startsWith(QStringLiteral("TOP")), expected.steps.first().top);
    plan->setCurrentItem(first);
    plan->setFocus();
    QTest::keyClick(plan, Qt::Key_Space);
    const QString stepId = expected.steps.first().id;
    QVERIFY(m_gui.store->load(basisscan())->doneSteps.contains(stepId));

    // Kept when the window is made again, and once the tool is started again.
    m_window.reset();
    m_window = makeWindow(QStringLiteral("en"));
    auto* tool = m_window->findChild<QCommandLinkButton*>(QStringLiteral("tool_basisscan"));
    QVERIFY(!tool->description().contains(expected.steps.first().title.text(Language::english()).chopped(1)));
    m_window->openTool(QStringLiteral("basisscan"));
    m_window->session().restart();
    QVERIFY(m_window->session().doneSteps().contains(stepId));
}

void TestStartPage::emptyPlanSaysWhy()
{
    // Nothing finished: a result seen with questions open does not make the plan, so it says what does.
    m_window = makeWindow(QStringLiteral("en"));
    auto* label = m_window->findChild<QLabel*>(QStringLiteral("planLabel"));
    QVERIFY(label);
    QVERIFY2(label->text().contains(QStringLiteral("once you have answered every question of a tool")),
        qPrintable(label->text()));
    // No shortcut to a list that is not there.
    QVERIFY(!label->text().contains(QLatin1Char('&')));
    m_window.reset();

    // Finished with nothing to do: the plan is empty because all is in order, and says so.
    Assessment allYes = finishedBasisscan();
    for (auto it = allYes.answers.answers.begin(); it != allYes.answers.answers.end(); ++it)
        it.value() = Answer::ofOption(QStringLiteral("yes"));
    const AssessmentResult result = assess(basisscan(), allYes.answers);
    QVERIFY(result.missing.isEmpty());
    QVERIFY(result.steps.isEmpty());
    QVERIFY(m_gui.store->save(allYes).isEmpty());
    m_window = makeWindow(QStringLiteral("en"));
    label = m_window->findChild<QLabel*>(QStringLiteral("planLabel"));
    QVERIFY2(label->text().contains(QStringLiteral("everything your tools asked about is in order")),
        qPrintable(label->text()));
}

void TestStartPage::offersToContinueTheLastTool()
{
    m_window = makeWindow(QStringLiteral("en"));
    auto* resume = m_window->findChild<QPushButton*>(QStringLiteral("continueButton"));
    QVERIFY(resume);
    QVERIFY(!resume->isVisible());
    m_window->openTool(QStringLiteral("basisscan"));
    m_window->session().setProfile({ QStringLiteral("handel"), QStringLiteral("1") });
    m_window->session().setAnswer(QStringLiteral("p1_inventory"), Answer::ofOption(QStringLiteral("yes")));
    m_window.reset();

    m_window = makeWindow(QStringLiteral("en"));
    resume = m_window->findChild<QPushButton*>(QStringLiteral("continueButton"));
    QVERIFY(resume->isVisible());
    QVERIFY2(
        resume->text().contains(basisscan().title.text(Language::english())), qPrintable(resume->text()));
    QVERIFY2(resume->text().contains(QStringLiteral("1 of")), qPrintable(resume->text()));
    resume->click();
    QCOMPARE(m_window->currentPage(), static_cast<QWidget*>(m_window->questionPage()));
}

void TestStartPage::remembersWindowGeometry()
{
    m_window = makeWindow();
    m_window->resize(900, 640);
    m_window->move(40, 30);
    QTest::qWait(20);
    const QRect before = m_window->geometry();
    QVERIFY(m_window->close());
    m_window.reset();
    m_window = makeWindow();
    QCOMPARE(m_window->size(), before.size());
}

void TestStartPage::helpForEveryPageAndAbout()
{
    for (const HelpDialogs::Page page : { HelpDialogs::Page::Start, HelpDialogs::Page::Intake,
             HelpDialogs::Page::Questions, HelpDialogs::Page::Review, HelpDialogs::Page::Result }) {
        QVERIFY(HelpDialogs::helpText(page).size() > 100);
        QVERIFY(!HelpDialogs::helpTitle(page).isEmpty());
    }
    m_window = makeWindow(QStringLiteral("en"));
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    auto* help = m_window->findChild<QDialog*>(QStringLiteral("helpDialog"));
    QVERIFY(help && help->isVisible());
    QVERIFY(help->findChild<QTextBrowser*>()->toPlainText().contains(QStringLiteral("action plan")));
    help->close();
    QTest::qWait(1);

    // The "?" beside the menus opens help for the page shown.
    m_window->openTool(QStringLiteral("basisscan"));
    auto* button = m_window->findChild<QAbstractButton*>(QStringLiteral("helpButton"));
    QVERIFY(button && button->isVisible());
    button->click();
    auto* intakeHelp = m_window->findChildren<QDialog*>(QStringLiteral("helpDialog")).last();
    QVERIFY(intakeHelp->windowTitle().contains(QStringLiteral("business")));

    const QString about = HelpDialogs::aboutText();
    QVERIFY(about.contains(QApplication::applicationVersion()));
    QVERIFY(about.contains(QStringLiteral("GNU General Public License")));
    QVERIFY(about.contains(QStringLiteral("SOURCES.md")));
    QVERIFY(about.contains(QStringLiteral("not the official instrument")));
}

void TestStartPage::paletteContrastIsEnough()
{
    // WCAG 1.4.3: text at least 4.5:1 on what it stands on; the focus colour 3:1 on the window.
    const QList<QPair<QPalette::ColorRole, QPalette::ColorRole>> textPairs { { QPalette::WindowText,
                                                                                 QPalette::Window },
        { QPalette::Text, QPalette::Base }, { QPalette::Text, QPalette::AlternateBase },
        { QPalette::ButtonText, QPalette::Button }, { QPalette::HighlightedText, QPalette::Highlight },
        { QPalette::PlaceholderText, QPalette::Base }, { QPalette::PlaceholderText, QPalette::Window },
        { QPalette::Link, QPalette::Base }, { QPalette::Link, QPalette::Window },
        { QPalette::ToolTipText, QPalette::ToolTipBase }, { QPalette::WindowText, QPalette::Button } };
    for (const auto& [name, palette] : { qMakePair(QStringLiteral("light"), AppStyle::lightPalette()),
             qMakePair(QStringLiteral("dark"), AppStyle::darkPalette()) }) {
        for (const auto& [fg, bg] : textPairs) {
            const double ratio = AppStyle::contrastRatio(
                palette.color(QPalette::Active, fg), palette.color(QPalette::Active, bg));
            QVERIFY2(ratio >= 4.5,
                qPrintable(QStringLiteral("%1: role %2 on %3 is %4:1").arg(name).arg(fg).arg(bg).arg(ratio)));
        }
        QVERIFY(AppStyle::contrastRatio(palette.color(QPalette::Highlight), palette.color(QPalette::Window))
            >= 3.0);
        QVERIFY(AppStyle::contrastRatio(palette.color(QPalette::Link), palette.color(QPalette::Base)) >= 4.5);
    }
    QVERIFY(AppStyle::isDark(AppStyle::darkPalette()));
    QVERIFY(!AppStyle::isDark(AppStyle::lightPalette()));
    QCOMPARE(qRound(AppStyle::contrastRatio(Qt::black, Qt::white)), 21);
}

void TestStartPage::focusIsVisibleOnTheStartPage()
{
    // WCAG 2.4.7: moving the focus with Tab must change what is on screen.
    m_window = makeWindow(QStringLiteral("en"));
    QWidget* start = m_window->currentPage();
    auto* tool = m_window->findChild<QCommandLinkButton*>(QStringLiteral("tool_basisscan"));
    for (int i = 0; i < 3; ++i) {
        tool->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(tool->hasFocus());
        const QImage before = start->grab().toImage();
        QWidget* focused = QApplication::focusWidget();
        QTest::keyClick(focused, Qt::Key_Tab);
        QVERIFY(QApplication::focusWidget() != focused);
        const QImage after = start->grab().toImage();
        QVERIFY2(before != after, qPrintable(QApplication::focusWidget()->objectName()));
        tool = qobject_cast<QCommandLinkButton*>(QApplication::focusWidget());
        if (!tool)
            break;
    }
}

void TestStartPage::uncheckedBoxesShowOnDark()
{
    // An unticked box and an unchosen answer need a frame that stands out from a dark window (3:1).
    for (const bool radio : { false, true }) {
        std::unique_ptr<QAbstractButton> button;
        if (radio)
            button = std::make_unique<QRadioButton>(QStringLiteral("Yes"));
        else
            button = std::make_unique<QCheckBox>(QStringLiteral("Done"));
        button->setPalette(AppStyle::darkPalette());
        button->resize(button->sizeHint());
        const QImage image = button->grab().toImage();
        // Only the box or circle, not the label beside it.
        const int indicator = button->style()->pixelMetric(
            radio ? QStyle::PM_ExclusiveIndicatorWidth : QStyle::PM_IndicatorWidth, nullptr, button.get());
        const QColor window = AppStyle::darkPalette().color(QPalette::Window);
        double best = 1;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < std::min(image.width(), indicator); ++x)
                best = std::max(best, AppStyle::contrastRatio(image.pixelColor(x, y), window));
        }
        QVERIFY2(
            best >= 3.0, qPrintable(QStringLiteral("%1: %2:1").arg(radio ? "radio" : "check").arg(best)));
    }
}

void TestStartPage::scrollBarThumbStandsOut()
{
    // Where a page is scrolled shows in the thumb: 3:1 or more on its groove, light and dark.
    for (const bool dark : { false, true }) {
        QScrollBar bar(Qt::Vertical);
        bar.setPalette(dark ? AppStyle::darkPalette() : AppStyle::lightPalette());
        bar.setRange(0, 100);
        bar.setPageStep(25);
        bar.setValue(50);
        bar.resize(bar.sizeHint().width(), 300);
        const QImage image = bar.grab().toImage();
        QStyleOptionSlider option;
        option.initFrom(&bar);
        option.orientation = Qt::Vertical;
        option.minimum = bar.minimum();
        option.maximum = bar.maximum();
        option.sliderPosition = option.sliderValue = bar.value();
        option.pageStep = bar.pageStep();
        option.singleStep = bar.singleStep();
        const QRect thumb
            = bar.style()->subControlRect(QStyle::CC_ScrollBar, &option, QStyle::SC_ScrollBarSlider, &bar);
        const QRect groove
            = bar.style()->subControlRect(QStyle::CC_ScrollBar, &option, QStyle::SC_ScrollBarAddPage, &bar);
        QVERIFY(!thumb.isEmpty() && !groove.isEmpty());
        const double ratio
            = AppStyle::contrastRatio(image.pixelColor(thumb.center()), image.pixelColor(groove.center()));
        QVERIFY2(
            ratio >= 3.0, qPrintable(QStringLiteral("%1: %2:1").arg(dark ? "dark" : "light").arg(ratio)));
    }
}

void TestStartPage::topQuestionsAreMarked()
{
    m_window = makeWindow(QStringLiteral("en"));
    m_window->openTool(QStringLiteral("basisscan"));
    m_window->session().setProfile({ QStringLiteral("handel"), QStringLiteral("1") });
    int marked = 0;
    for (int s = 0; s < m_window->session().visibleSections().size(); ++s) {
        m_window->questionPage()->showSection(s);
        for (QuestionWidget* widget : m_window->questionPage()->questionWidgets()) {
            auto* badge = widget->findChild<QLabel*>(QStringLiteral("topBadge"));
            QCOMPARE(badge != nullptr, widget->question().top);
            if (!badge)
                continue;
            ++marked;
            QVERIFY(badge->text().contains(QStringLiteral("TOP")));
            QVERIFY(widget->accessibleDescription().contains(QStringLiteral("Critical")));
        }
    }
    QVERIFY(marked >= 3);
}

void TestStartPage::arrowKeysChooseAnswers()
{
    m_window = makeWindow(QStringLiteral("en"));
    m_window->openTool(QStringLiteral("basisscan"));
    m_window->session().setProfile({ QStringLiteral("handel"), QStringLiteral("1") });
    m_window->questionPage()->showSection(0);
    QuestionWidget* first = m_window->questionPage()->questionWidgets().first();
    auto* yes = first->findChild<QAbstractButton*>(QStringLiteral("option_yes"));
    yes->setFocus(Qt::TabFocusReason);
    QTest::keyClick(yes, Qt::Key_Down);
    auto* partly = first->findChild<QAbstractButton*>(QStringLiteral("option_partly"));
    QVERIFY(partly->hasFocus());
    QCOMPARE(
        m_window->session().answers().answers.value(first->question().id).option, QStringLiteral("partly"));
    QTest::keyClick(partly, Qt::Key_Up);
    QVERIFY(yes->hasFocus() && yes->isChecked() && !partly->isChecked());
    QCOMPARE(m_window->session().answers().answers.value(first->question().id).option, QStringLiteral("yes"));
    QTest::keyClick(yes, Qt::Key_Up); // the first stays first
    QVERIFY(yes->hasFocus());
}

namespace {

/** The Alt letter of @p text, or a null QChar when it has none. */
QChar mnemonic(const QString& text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (text.at(i + 1) != QLatin1Char('&'))
                return text.at(i + 1).toLower();
            ++i;
        }
    }
    return {};
}

/** Every visible Alt letter on @p page and in the menu bar, with where it is; empty when all are unique. */
QStringList clashes(QWidget* page, QMenuBar* menus)
{
    QMap<QChar, QString> seen;
    QStringList found;
    auto add = [&](const QString& text) {
        const QChar key = mnemonic(text);
        if (key.isNull())
            return;
        if (seen.contains(key))
            found.append(QStringLiteral("'%1' and '%2' share Alt+%3").arg(seen.value(key), text, key));
        seen.insert(key, text);
    };
    for (QAction* action : menus->actions())
        add(action->text());
    for (QWidget* widget : page->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(page))
            continue;
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            add(button->text());
        else if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy())
            add(label->text());
        else if (auto* box = qobject_cast<QGroupBox*>(widget))
            add(box->title());
        else if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i))
                    add(tabs->tabText(i));
            }
        }
    }
    return found;
}

} // namespace

void TestStartPage::mnemonicsAreUniqueOnEveryPage()
{
    QVERIFY(m_gui.store->save(finishedBasisscan()).isEmpty());
    for (const QString& language : { QStringLiteral("nl"), QStringLiteral("en") }) {
        m_window = makeWindow(language);
        QMenuBar* menus = m_window->menuBar();
        auto check = [&](const char* name) {
            const QStringList found = clashes(m_window->currentPage(), menus);
            QVERIFY2(found.isEmpty(),
                qPrintable(language + QLatin1Char(' ') + QLatin1String(name) + QStringLiteral(": ")
                    + found.join(QStringLiteral("; "))));
        };
        check("start");
        m_window->openTool(QStringLiteral("risicoklasse"));
        check("intake");
        m_window->session().setProfile({ QStringLiteral("handel"), QStringLiteral("1") });
        m_window->questionPage()->showSection(0);
        m_window->openTool(QStringLiteral("risicoklasse"));
        check("questions");
        QVERIFY(m_window->showPage(QStringLiteral("review")));
        check("review");
        m_window->openTool(QStringLiteral("basisscan"));
        QCOMPARE(m_window->currentPage(), static_cast<QWidget*>(m_window->resultPage()));
        check("result");
        m_window.reset();
    }
}

QTEST_MAIN(TestStartPage)
#include "TestStartPage.moc"
