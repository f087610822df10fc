// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/ResultView.h"
#include "core/engine/Result.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QListView;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;
class QUrl;
class RadarChartWidget;
namespace zelfscan {
class BenchmarkSet;
}
class Session;
class StepListModel;

/**
 * The result: scores per section with a radar chart, the risk class with what drove it and its
 * measures, and the next steps in priority order, each with its how and why and a check box
 * that updates the "what if" score. Every number comes from core.
 */
class ResultPage final : public ResultView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultPage)

public:
    ResultPage(Session& session, QWidget* parent = nullptr);

    void refresh() override;
    void setLanguage(const zelfscan::Language& language) override;
    const zelfscan::AssessmentResult& result() const override { return m_result; }
    void setComparisonFigures(const zelfscan::BenchmarkSet* figures) override { m_figures = figures; }
    void setPreviousResult(const std::optional<zelfscan::AssessmentResult>& previous) override
    {
        m_previous = previous;
    }

private:
    /** Made-up comparison figures appear only under --demo-comparison, and then nobody may miss it. */
    QLabel* createDemoBanner();
    QHBoxLayout* createButtons();
    QWidget* createOverviewTab();
    QWidget* createStepsTab();
    QWidget* createMeasuresTab();
    void fillOverview();
    QString sectionTitle(const QString& sectionId) const;
    void fillRisk();
    /** The class, what raised it, overrides and how many measures are in place. */
    QString riskClassHtml(const zelfscan::RiskResult& risk, const zelfscan::RiskModel& model) const;
    void fillMeasures(const zelfscan::RiskResult& risk, const zelfscan::RiskModel& model);
    /**
     * The group's mean per section id, and a note saying whose figures they are (or why there are
     * none and how to get them); @p demo when they are made up (only under --demo-comparison).
     */
    QMap<QString, double> benchmarkMeans(QString* note, bool* demo) const;
    void fillSteps();
    void fillProgress();
    void showStepDetail();
    void openLink(const QUrl& url);
    /** A choice for a measure that no answer decides, so the class's list can be complete. */
    void addMeasureAnswer(QTreeWidgetItem* item, const zelfscan::MeasureResult& measure);
    void updateWhatIf();
    /** Names the kept answers that do not count because the profile (or another answer) hides them. */
    void updateHiddenNote();
    void retranslate() override;
    /** The title and the one-line summary; "Start with" follows the ticks. */
    void fillSummary();

    Session& m_session;
    zelfscan::Language m_language;
    zelfscan::AssessmentResult m_result;
    const zelfscan::BenchmarkSet* m_figures = nullptr;
    bool m_demoFigures = false;

    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_progress = nullptr;
    QLabel* m_firstWhy = nullptr;
    std::optional<zelfscan::AssessmentResult> m_previous;
    QLabel* m_demoBanner = nullptr;
    QLabel* m_hiddenNote = nullptr;
    QLabel* m_whatIf = nullptr;
    QTabWidget* m_tabs = nullptr;
    QWidget* m_overviewTab = nullptr;
    RadarChartWidget* m_chart = nullptr;
    QTableWidget* m_sectionTable = nullptr;
    QLabel* m_riskText = nullptr;
    QLabel* m_benchmarkNote = nullptr;
    QWidget* m_measuresTab = nullptr;
    QTreeWidget* m_measures = nullptr;
    QWidget* m_stepsTab = nullptr;
    QListView* m_stepList = nullptr;
    StepListModel* m_stepModel = nullptr;
    QTextBrowser* m_stepDetail = nullptr;
    QPushButton* m_showAllSteps = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_home = nullptr;
    QPushButton* m_history = nullptr;
    QPushButton* m_share = nullptr;
    QPushButton* m_again = nullptr;
};
