// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/plan/PlanController.h"

#include "app/gui/ExtrasLoader.h"
#include "app/gui/ExtrasModule.h"
#include "core/advisories/AdvisoryPlan.h"
#include "core/plan/PlanEdit.h"
#include "core/plan/StepKinship.h"

#include <QFileInfo>

using namespace zelfscan;

PlanController::PlanController(const QString& path, QObject* parent)
    : QObject(parent)
    , m_store(path)
{
    QStringList problems;
    m_book = m_store.load(&problems, &m_loadProblems.keptAs);
    if (m_loadProblems.keptAs.isEmpty())
        m_loadProblems.leftOut = int(problems.size());
}

PlanController::LoadProblems PlanController::takeLoadProblems()
{
    return std::exchange(m_loadProblems, {});
}

QString PlanController::save()
{
    QString error;
    m_store.save(m_book, &error);
    return error;
}

QString PlanController::setPlanning(const PlanEntry& entry)
{
    if (m_book.value(entry.key) == entry.planning && m_book.contains(entry.key))
        return {};
    m_book.insert(entry.key, entry.planning);
    return save();
}

QString PlanController::noteTick(const QString& questionnaireId, const QString& stepId, bool done)
{
    const QString key = planKey(questionnaireId, stepId);
    const StepPlanning before = m_book.value(key);
    const StepPlanning after = planedit::setTicked(before, done, QDateTime::currentDateTimeUtc());
    if (after == before)
        return {};
    m_book.insert(key, after);
    return save();
}

QString PlanController::merge(const PlanBook& incoming)
{
    const PlanBook before = m_book;
    mergeNewer(m_book, incoming);
    return m_book == before ? QString() : save();
}

QList<PlanEntry> PlanController::alertEntries(
    const QString& inventoryPath, const QString& storePath, QString* error)
{
    m_alertSteps.clear();
    m_alertStorePath = storePath;
    if (!QFileInfo::exists(inventoryPath) || !QFileInfo::exists(storePath))
        return {};
    // The advisory store is read with Qt SQL, which comes with the extras module.
    ExtrasModule* extras = ExtrasLoader::module(error);
    if (!extras)
        return {};
    const std::optional<advisories::AdvisoryPlan> alerts
        = extras->loadAdvisoryPlan(inventoryPath, storePath, error);
    if (!alerts)
        return {};
    QList<PlanEntry> entries;
    for (const advisories::AdvisoryStep& step : alerts->steps) {
        entries.append(planEntryOf(step, m_book));
        m_alertSteps.insert(entries.constLast().key, step);
    }
    return entries;
}

QString PlanController::decideAlert(const PlanEntry& entry)
{
    const auto step = m_alertSteps.constFind(entry.key);
    if (step == m_alertSteps.cend())
        return {};
    const advisories::StepStatus::Value decision = decisionFor(entry.planning.status);
    if (decision == step->status.value && entry.planning.reason == step->status.reason)
        return {};
    QString error;
    ExtrasModule* extras = ExtrasLoader::module(&error);
    if (!extras
        || !extras->recordAlertDecision(m_alertStorePath, *step, decision, entry.planning.reason, &error))
        return error;
    advisories::AdvisoryStep decided = *step;
    decided.status.value = decision;
    decided.status.reason = entry.planning.reason;
    m_alertSteps.insert(entry.key, decided);
    return {};
}
