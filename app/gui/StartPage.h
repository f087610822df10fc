// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/Page.h"
#include "core/dashboard/SystemsSummary.h"
#include "core/dashboard/ToolOverview.h"
#include "core/questionnaire/QuestionnaireCatalog.h"

#include <QDate>
#include <QHash>
#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QVBoxLayout;

/**
 * Where the user stands: each tool with its state and one click to carry on, the action plan
 * across tools with ticks, the user's systems, and the language switch. It only shows what it is
 * given (setOverview); the rules are core's toolState() and actionPlan().
 */
class StartPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartPage)

public:
    explicit StartPage(const zelfscan::QuestionnaireCatalog& catalog, QWidget* parent = nullptr);

    void setLanguage(const zelfscan::Language& language);
    void setOverview(const QList<zelfscan::ToolState>& tools, const zelfscan::SystemsSummary& systems);
    /** After how many months each tool is offered again, and today's date (given, for tests). */
    void setRecheck(const QHash<QString, int>& months, const QDate& today);
    const QList<zelfscan::ToolState>& tools() const { return m_tools; }
    /** The tool the user worked on last: offered at the top when it is not finished. */
    void setLastTool(const QString& questionnaireId);
    /** Puts the keyboard focus on what comes next: Continue when offered, else the first tool. */
    void focusFirstChoice();

Q_SIGNALS:
    /** Start, continue or show the result of a tool: whatever comes next for it. */
    void toolChosen(const QString& questionnaireId);
    void stepTicked(const QString& questionnaireId, const QString& stepId, bool done);
    void languageChosen(const zelfscan::Language& language);
    void openFileRequested();
    void planRequested();
    void systemsRequested();

private:
    void createHeader(QVBoxLayout* outer);
    QGroupBox* createToolBox();
    QVBoxLayout* createSidePanel();
    void retranslate() override;
    void fillTools();
    void fillPlan();
    void fillSystems();
    void fillContinue();
    QString stateText(const zelfscan::ToolState& state) const;
    QString resultText(const zelfscan::Questionnaire& questionnaire, const zelfscan::ToolState& state) const;
    void onPlanItemChanged(QListWidgetItem* item);

    const zelfscan::QuestionnaireCatalog& m_catalog;
    zelfscan::Language m_language;
    QList<zelfscan::ToolState> m_tools;
    zelfscan::SystemsSummary m_systems;
    QLabel* m_welcome = nullptr;
    QLabel* m_intro = nullptr;
    QString m_lastTool;
    QPushButton* m_continue = nullptr;
    QLabel* m_disclaimer = nullptr;
    QLabel* m_languageLabel = nullptr;
    QComboBox* m_languageBox = nullptr;
    QGroupBox* m_toolBox = nullptr;
    QList<QPushButton*> m_toolButtons;
    QGroupBox* m_planBox = nullptr;
    QLabel* m_planLabel = nullptr;
    QListWidget* m_plan = nullptr;
    QPushButton* m_planButton = nullptr;
    QHash<QString, int> m_recheckMonths;
    QDate m_today = QDate::currentDate();
    QGroupBox* m_systemsBox = nullptr;
    QLabel* m_systemsText = nullptr;
    QPushButton* m_systemsButton = nullptr;
    QPushButton* m_openFile = nullptr;
    bool m_filling = false;
};
