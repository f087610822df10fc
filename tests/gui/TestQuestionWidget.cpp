// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/QuestionWidget.h"
#include "core/questionnaire/QuestionnaireCatalog.h"

#include <QAbstractButton>
#include <QLabel>
#include <QTest>

using namespace zelfscan;

/**
 * What one question shows before anyone asks for help: its text, its options and, where the
 * options can be true together, how to choose between them.
 */
class TestQuestionWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void instructionIsAlwaysShown();
    void questionWithoutInstructionShowsNone();

private:
    const Question& bundledQuestion(const QString& questionnaire, const QString& id) const;

    QuestionnaireCatalog m_bundled;
};

void TestQuestionWidget::initTestCase()
{
    QVERIFY(!hasErrors(m_bundled.loadDirectory(QStringLiteral(QUESTIONNAIRES_DIR))));
}

const Question& TestQuestionWidget::bundledQuestion(const QString& questionnaire, const QString& id) const
{
    const Questionnaire* found = m_bundled.find(questionnaire);
    const Question* question = found ? found->question(id) : nullptr;
    if (!question)
        qFatal("no question %s in %s", qPrintable(id), qPrintable(questionnaire));
    return *question;
}

void TestQuestionWidget::instructionIsAlwaysShown()
{
    const Question& connectivity
        = bundledQuestion(QStringLiteral("procesautomatisering"), QStringLiteral("k2_connectivity"));
    QVERIFY(!connectivity.instruction.isEmpty());
    QuestionWidget widget(connectivity, Language::dutch());
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));

    auto* instruction = widget.findChild<QLabel*>(QStringLiteral("instructionText"));
    QVERIFY(instruction);
    QVERIFY(instruction->isVisible());
    QCOMPARE(instruction->text(), connectivity.instruction.text(Language::dutch()));
    QVERIFY(instruction->text().startsWith(QStringLiteral("Past er meer dan één?")));
    // The explanation still waits behind "?".
    auto* help = widget.findChild<QLabel*>(QStringLiteral("helpText"));
    QVERIFY(help && help->isHidden());
    // A screen reader hears how to choose with every option, as a sighted user sees it above them.
    const auto options
        = widget.findChildren<QAbstractButton*>(QRegularExpression(QStringLiteral("^option_")));
    QCOMPARE(options.size(), connectivity.options.size());
    for (const QAbstractButton* option : options)
        QVERIFY(option->accessibleDescription().contains(instruction->text()));

    widget.setLanguage(Language::english());
    QCOMPARE(instruction->text(), connectivity.instruction.text(Language::english()));
    QVERIFY(instruction->text().startsWith(QLatin1String("If more than one fits")));
    for (const QAbstractButton* option : options)
        QVERIFY(option->accessibleDescription().contains(instruction->text()));
}

void TestQuestionWidget::questionWithoutInstructionShowsNone()
{
    const Question& size = bundledQuestion(QStringLiteral("procesautomatisering"), QStringLiteral("k3_size"));
    QVERIFY(size.instruction.isEmpty());
    QuestionWidget widget(size, Language::dutch());
    QVERIFY(!widget.findChild<QLabel*>(QStringLiteral("instructionText")));
    const auto options
        = widget.findChildren<QAbstractButton*>(QRegularExpression(QStringLiteral("^option_")));
    QVERIFY(!options.isEmpty());
    QCOMPARE(options.first()->accessibleDescription(), size.text.text(Language::dutch()));
}

QTEST_MAIN(TestQuestionWidget)
#include "TestQuestionWidget.moc"
