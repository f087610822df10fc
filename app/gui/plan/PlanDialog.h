// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/ActionPlan.h"

#include <QDialog>
#include <QHash>

class PlanModel;
class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QTableView;

/**
 * The action plan to edit: status, owner and due date per step, the re-check period per tool, and
 * the calendar export. Holds no plan of its own: edits go out as signals to the window.
 */
class PlanDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanDialog)

public:
    explicit PlanDialog(QWidget* parent = nullptr);
    ~PlanDialog() override;

    void setPlan(const QList<zelfscan::PlanEntry>& entries, const QHash<QString, QString>& toolNames,
        const zelfscan::Language& language);
    /** The tools (id, title) whose re-check period can be chosen, with the months chosen now. */
    void setRecheckPeriods(
        const QList<std::pair<QString, QString>>& tools, const QHash<QString, int>& months);

    /** Puts the keyboard in the table, on the first step's status when nothing is chosen yet. */
    void focusPlan();

    PlanModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QComboBox* periodBox(const QString& questionnaireId) const
    {
        return m_periodBoxes.value(questionnaireId);
    }
    QPushButton* exportButton() const { return m_export; }

Q_SIGNALS:
    void planningChanged(const zelfscan::PlanEntry& entry);
    void recheckMonthsChanged(const QString& questionnaireId, int months);
    void exportRequested();

private:
    /** The "why not relevant" column only takes room once a step is marked not relevant. */
    void showReasonColumnWhenUsed();

    PlanModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_intro = nullptr;
    QFormLayout* m_periods = nullptr;
    QHash<QString, QComboBox*> m_periodBoxes;
    QPushButton* m_export = nullptr;
};
