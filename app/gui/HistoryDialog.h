// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assessment/AssessmentHistory.h"
#include "core/questionnaire/Questionnaire.h"

#include <QDialog>
#include <QList>

class QChartView;
class QLabel;
class QPushButton;
class QTableWidget;

/**
 * The earlier runs of one tool: a table (when, version, score) and a trend chart over all runs,
 * with a way to compare the current result with a chosen run. The numbers come from core's
 * historyTrend(); the dialog only shows them.
 */
class HistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryDialog)

public:
    /** @p currentPath is the snapshot of the run on screen, marked as such and not offered for comparing. */
    HistoryDialog(const zelfscan::Questionnaire& questionnaire, const QList<zelfscan::HistoryEntry>& entries,
        const QString& currentPath, const zelfscan::Language& language, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QChartView* chartView() const { return m_chart; }

Q_SIGNALS:
    /** The user wants to compare the current result with the run saved in @p path. */
    void compareRequested(const QString& path);
    /** The user confirmed removing the run saved in @p path from the history. */
    void removeRequested(const QString& path);

private:
    void fillTable(const QList<zelfscan::TrendPoint>& trend);
    void fillChart(const QList<zelfscan::TrendPoint>& trend);
    void updateButtons();
    QString selectedPath() const;

    const zelfscan::Questionnaire& m_questionnaire;
    QList<zelfscan::HistoryEntry> m_entries;
    QString m_currentPath;
    zelfscan::Language m_language;
    QTableWidget* m_table = nullptr;
    QChartView* m_chart = nullptr;
    QLabel* m_hint = nullptr;
    QPushButton* m_compare = nullptr;
    QPushButton* m_remove = nullptr;
};
