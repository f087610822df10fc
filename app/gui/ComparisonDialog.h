// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/Comparison.h"
#include "core/questionnaire/Questionnaire.h"

#include <QDialog>

class QChartView;
class QTextBrowser;

/** Last time against now: scores per part as a bar chart, and which steps were done or are new. */
class ComparisonDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonDialog)

public:
    ComparisonDialog(const zelfscan::Questionnaire& questionnaire, const zelfscan::Comparison& comparison,
        const zelfscan::AssessmentResult& before, const zelfscan::AssessmentResult& after,
        const zelfscan::Language& language, const QString& beforeLabel, QWidget* parent = nullptr);

    /** The bar chart's view, for tests. */
    QChartView* chartView() const { return m_chart; }
    QTextBrowser* details() const { return m_details; }

private:
    QChartView* m_chart = nullptr;
    QTextBrowser* m_details = nullptr;
};
