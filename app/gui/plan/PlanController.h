// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/ActionPlan.h"
#include "core/plan/AlertPlan.h"
#include "core/plan/PlanStore.h"

#include <QHash>
#include <QObject>
#include <QStringList>

/**
 * The user's action plan as the app keeps it: read from and written to the plan file (core's
 * PlanStore) on every change, so it survives runs and restarts. The rules are core's.
 */
class PlanController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanController)

public:
    PlanController(const QString& path, QObject* parent = nullptr);

    const zelfscan::PlanBook& book() const { return m_book; }
    /** What reading the plan file met: a file kept aside, or damaged entries left out. */
    struct LoadProblems
    {
        QString keptAs; ///< the unreadable file's new name; the plan started empty
        int leftOut = 0; ///< damaged entries of a file that was otherwise read
    };
    /** Taken once, for the window to tell the user. */
    LoadProblems takeLoadProblems();

    /** Keeps what the user decided about @p entry's step. An empty string, or why it could not be saved. */
    QString setPlanning(const zelfscan::PlanEntry& entry);
    /**
     * A tick given or taken elsewhere (the start page, the result page): ticked is status done;
     * unticked, a step the plan had as done is planned again when it has an owner or date, else open.
     */
    QString noteTick(const QString& questionnaireId, const QString& stepId, bool done);
    /** Takes the newer decisions from an opened document. */
    QString merge(const zelfscan::PlanBook& incoming);

    /**
     * The vulnerability alerts' steps to do as plan entries, read afresh from the user's systems
     * (@p inventoryPath) and advisory store (@p storePath); none, without an error, when the user
     * keeps neither. Remembered, so that a status chosen in the plan reaches the store.
     */
    QList<zelfscan::PlanEntry> alertEntries(
        const QString& inventoryPath, const QString& storePath, QString* error);
    /** Records the status of an alert entry in the advisory store. An empty string, or why not. */
    QString decideAlert(const zelfscan::PlanEntry& entry);

private:
    QString save();

    zelfscan::PlanStore m_store;
    zelfscan::PlanBook m_book;
    LoadProblems m_loadProblems;
    QString m_alertStorePath;
    QHash<QString, zelfscan::advisories::AdvisoryStep> m_alertSteps; ///< by plan key
};
