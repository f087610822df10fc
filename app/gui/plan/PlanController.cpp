// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/plan/PlanController.h"

#include "core/plan/PlanEdit.h"
#include "core/plan/StepKinship.h"

using namespace zelfscan;

PlanController::PlanController(const QString& path, QObject* parent)
    : QObject(parent)
    , m_store(path)
{
    m_book = m_store.load(&m_problems);
}

QStringList PlanController::takeProblems()
{
    return std::exchange(m_problems, {});
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
