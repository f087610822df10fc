// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/MainWindow.h"
#include "app/gui/QuestionPage.h"
#include "app/gui/QuestionWidget.h"
#include "app/gui/ReviewPage.h"
#include "app/gui/Session.h"
#include "core/questionnaire/QuestionnaireCatalog.h"
#include "tests/util/MainWindowFixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QSet>
#include <QTest>

#include <memory>

using namespace zelfscan;

/**
 * The keyboard on a question page: Tab stops only on answers and the page's buttons (not on the
 * TOP badge or the "?" of each question), Shift+F1 shows a question's explanation, and a question
 * chosen on the review page gets the focus.
 */
class TestQuestionKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void tabWalksOnlyAnswersAndNavigation();
    void shiftF1TogglesTheQuestionsExplanation();
    void reviewListFocusesTheChosenQuestion();

private:
    void openBasisscanPage();
    static QuestionWidget* questionOf(QWidget* widget);

    testutil::MainWindowFixture m_gui;
    QuestionnaireCatalog m_bundled;
    std::unique_ptr<MainWindow> m_window;
};

void TestQuestionKeyboard::initTestCase()
{
    m_gui.initTestCase(QStringLiteral("zelfscan-test"));
    QVERIFY(!hasErrors(m_bundled.loadDirectory(QStringLiteral(QUESTIONNAIRES_DIR))));
}

void TestQuestionKeyboard::init()
{
    m_gui.init();
}

void TestQuestionKeyboard::cleanup()
{
    m_window.reset();
    m_gui.cleanup();
}

void TestQuestionKeyboard::openBasisscanPage()
{
    m_window = m_gui.makeWindow(m_bundled, QStringLiteral("en"));
    m_window->openTool(QStringLiteral("basisscan"));
    m_window->session().setProfile({ QString(), QStringLiteral("2-9") }); // every question shown
    QVERIFY(m_window->showPage(QStringLiteral("questions")));
    QCOMPARE(m_window->questionPage()->sectionIndex(), 0);
}

QuestionWidget* TestQuestionKeyboard::questionOf(QWidget* widget)
{
    for (QWidget* w = widget; w; w = w->parentWidget()) {
        if (auto* question = qobject_cast<QuestionWidget*>(w))
            return question;
    }
    return nullptr;
}

void TestQuestionKeyboard::tabWalksOnlyAnswersAndNavigation()
{
    openBasisscanPage();
    QuestionPage* page = m_window->questionPage();
    bool hasTop = false;
    for (QuestionWidget* question : page->questionWidgets())
        hasTop = hasTop || question->question().top;
    QVERIFY2(hasTop, "the first part of the Basisscan has a TOP question to walk past");

    QWidget* start = page->questionWidgets().first()->focusInput();
    QTRY_COMPARE(QApplication::focusWidget(), start);
    QSet<QuestionWidget*> reached { questionOf(start) };
    int stops = 0;
    for (; stops < 300; ++stops) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget* focus = QApplication::focusWidget();
        QVERIFY(focus);
        if (focus == start)
            break;
        const QString name = focus->objectName();
        QVERIFY2(name != QLatin1String("topBadge") && !qobject_cast<QLabel*>(focus), qPrintable(name));
        if (QuestionWidget* question = questionOf(focus)) {
            QVERIFY2(name.startsWith(QLatin1String("option_")) || name == QLatin1String("numberInput"),
                qPrintable(question->question().id + QLatin1Char('/') + name));
            reached.insert(question);
        } else {
            // The page's Back and Next; not the "?" beside the menus (F1 does what it does).
            const bool navigation = page->isAncestorOf(focus)
                && (name == QLatin1String("backButton") || name == QLatin1String("nextButton"));
            QVERIFY2(navigation,
                qPrintable(name + QStringLiteral(" (") + QString::fromLatin1(focus->metaObject()->className())
                    + QLatin1Char(')')));
        }
    }
    QVERIFY2(stops < 300, "Tab came back to the first answer");
    for (QuestionWidget* question : page->questionWidgets())
        QVERIFY2(question->isHidden() || reached.contains(question), qPrintable(question->question().id));
}

void TestQuestionKeyboard::shiftF1TogglesTheQuestionsExplanation()
{
    openBasisscanPage();
    QuestionWidget* question = m_window->questionPage()->questionWidgets().at(1);
    auto* help = question->findChild<QLabel*>(QStringLiteral("helpText"));
    QVERIFY2(help, "the second Basisscan question has an explanation");
    auto* button = question->findChild<QAbstractButton*>(QStringLiteral("helpButton"));
    QCOMPARE(button->focusPolicy(), Qt::ClickFocus);
    QVERIFY(button->toolTip().contains(QLatin1String("Shift+F1")));
    QWidget* input = question->focusInput();
    input->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), input);
    QVERIFY(help->isHidden());
    QTest::keyClick(input, Qt::Key_F1, Qt::ShiftModifier);
    QVERIFY(!help->isHidden());
    QVERIFY(button->isChecked());
    QCOMPARE(QApplication::focusWidget(), input); // the answer keeps the focus
    // Only the focused question's explanation: the others stay closed.
    for (QuestionWidget* other : m_window->questionPage()->questionWidgets()) {
        auto* otherHelp = other->findChild<QLabel*>(QStringLiteral("helpText"));
        QVERIFY(other == question || !otherHelp || otherHelp->isHidden());
    }
    QTest::keyClick(input, Qt::Key_F1, Qt::ShiftModifier);
    QVERIFY(help->isHidden());
}

void TestQuestionKeyboard::reviewListFocusesTheChosenQuestion()
{
    openBasisscanPage();
    const QList<const Section*> sections = m_window->session().visibleSections();
    QVERIFY(sections.size() >= 2);
    // A question far down a later part, so the page has to scroll to it.
    const Section& section = *sections.at(1);
    const Question& chosen = section.questions.last();
    QVERIFY(m_window->showPage(QStringLiteral("review")));
    auto* list = m_window->reviewPage()->findChild<QListWidget*>(QStringLiteral("missingList"));
    QVERIFY(list);
    int row = -1;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole + 1).toString() == chosen.id)
            row = i;
    }
    QVERIFY2(row > 0, qPrintable(chosen.id));
    list->setFocus();
    list->setCurrentRow(row);
    QTest::keyClick(list, Qt::Key_Return);

    QuestionPage* page = m_window->questionPage();
    QCOMPARE(m_window->currentPage(), static_cast<QWidget*>(page));
    QCOMPARE(page->sectionId(), section.id);
    auto* target = page->findChild<QuestionWidget*>(QStringLiteral("question_") + chosen.id);
    QVERIFY(target);
    QTRY_COMPARE(QApplication::focusWidget(), target->focusInput());
    // Anything still queued from showing the page must not take the focus back.
    QTest::qWait(50);
    QCOMPARE(QApplication::focusWidget(), target->focusInput());
    QCOMPARE(questionOf(QApplication::focusWidget()), target);
    auto* scroll = page->findChild<QScrollArea*>();
    const QRect shown(target->mapTo(scroll->viewport(), QPoint(0, 0)), target->size());
    QVERIFY2(scroll->viewport()->rect().intersects(shown), "the chosen question is scrolled into view");
}

QTEST_MAIN(TestQuestionKeyboard)
#include "TestQuestionKeyboard.moc"
