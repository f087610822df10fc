// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to the engine and its scoring models: the next steps an assessment advises, collected
// once per id and put in priority order.

#include "core/engine/Engine.h"
#include "core/engine/Result.h"
#include "core/text/ModelWording.h"
#include "core/text/Wording.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace zelfscan::engine {

using wording::both;

inline int impactRank(Impact impact)
{
    return impact == Impact::High ? 0 : impact == Impact::Medium ? 1 : 2;
}

inline int effortRank(Effort effort)
{
    return effort == Effort::Low ? 0 : effort == Effort::Medium ? 1 : 2;
}

class StepCollector
{
public:
    StepCollector(const Questionnaire& questionnaire, Expression::Resolver resolve)
        : m_questionnaire(questionnaire)
        , m_resolve(std::move(resolve))
    {
    }

    void addFix(const QString& stepId, const Question& question, double lostPoints, bool top)
    {
        const StepTemplate* step = m_questionnaire.step(stepId);
        if (!step)
            return;
        NextStep& next = entry(step->id, StepKind::Fix, question.sectionId);
        fill(next, *step, m_resolve);
        addQuestion(next, question.id);
        next.lostPoints += lostPoints;
        next.top = next.top || top;
    }

    void addFindOut(const Question& question, double lostPoints, bool top)
    {
        NextStep& next
            = entry(QStringLiteral("find-out-") + question.id, StepKind::FindOut, question.sectionId);
        addQuestion(next, question.id);
        next.lostPoints += lostPoints;
        next.top = next.top || top;
        next.title = stepTitle(m_questionnaire, next.id);
        // The guide that explains the fix is also where one finds out (e.g. whether a law applies).
        if (const StepTemplate* fix = m_questionnaire.step(question.stepId))
            next.links = fix->links;
        for (const QString& language : m_questionnaire.languages) {
            const bool dutch = language == QLatin1String("nl");
            const QString how = question.findOut.isEmpty()
                ? (dutch ? QStringLiteral("Vraag het na bij je IT-leverancier of bij wie je IT regelt.")
                         : QStringLiteral("Ask your IT supplier, or whoever looks after your IT."))
                : question.findOut.text(Language::declared(language));
            next.how.set(language, how);
            next.why.set(language,
                dutch ? QStringLiteral("Pas als je het weet, kun je beslissen of hier iets moet gebeuren.")
                      : QStringLiteral(
                          "Only once you know can you decide whether something needs to be done."));
        }
        next.effort = Effort::Low;
        next.impact = top ? Impact::High : Impact::Medium;
    }

    /** @p exposure: the measure belongs to a risk class rather than to a status. */
    void addMeasure(const Measure& measure, MeasureStatus status, bool exposure)
    {
        const StepTemplate* step = m_questionnaire.step(measure.stepId);
        NextStep& next = entry(
            step ? step->id : QStringLiteral("measure-") + measure.id, StepKind::Measure, measure.group);
        if (next.measureId.isEmpty() || measure.riskClass < next.fromClass)
            next.measureId = measure.id;
        next.fromClass
            = next.fromClass == 0 ? measure.riskClass : std::min(next.fromClass, measure.riskClass);
        next.requiredByClass = next.requiredByClass || status == MeasureStatus::Missing;
        if (step) {
            fill(next, *step, m_resolve);
        } else {
            next.title = measure.title;
            next.how
                = both("Bespreek deze maatregel met je IT-leverancier en leg vast wat er al geregeld is.",
                    "Discuss this measure with your IT supplier and write down what is already in place.");
            next.why = exposure ? wording::models::riskMeasureWhy() : wording::models::statusMeasureWhy();
        }
    }

    QList<NextStep> ordered()
    {
        QList<NextStep> steps = m_steps;
        std::stable_sort(steps.begin(), steps.end(), [](const NextStep& a, const NextStep& b) {
            const int tierA = (a.top || a.requiredByClass) ? 0 : 1;
            const int tierB = (b.top || b.requiredByClass) ? 0 : 1;
            if (tierA != tierB)
                return tierA < tierB;
            // What the lowest class already requires comes before what only a higher class adds.
            const int classA = a.fromClass == 0 ? std::numeric_limits<int>::max() : a.fromClass;
            const int classB = b.fromClass == 0 ? std::numeric_limits<int>::max() : b.fromClass;
            if (classA != classB)
                return classA < classB;
            if (impactRank(a.impact) != impactRank(b.impact))
                return impactRank(a.impact) < impactRank(b.impact);
            if (effortRank(a.effort) != effortRank(b.effort))
                return effortRank(a.effort) < effortRank(b.effort);
            if (a.lostPoints != b.lostPoints)
                return a.lostPoints > b.lostPoints;
            return false; // stable: the order of the file, which is the author's priority
        });
        for (int i = 0; i < steps.size(); ++i)
            steps[i].priority = i + 1;
        return steps;
    }

private:
    NextStep& entry(const QString& id, StepKind kind, const QString& sectionId)
    {
        const auto it = m_index.constFind(id);
        if (it != m_index.constEnd())
            return m_steps[*it];
        NextStep step;
        step.id = id;
        step.kind = kind;
        step.sectionId = sectionId;
        m_index.insert(id, int(m_steps.size()));
        m_steps.append(step);
        return m_steps.last();
    }

    static void fill(NextStep& next, const StepTemplate& step, const Expression::Resolver& resolve)
    {
        next.title = step.title;
        next.how = step.how;
        for (const HowVariant& variant : step.howVariants) {
            if (variant.when.evaluate(resolve)) {
                next.how = variant.how;
                break;
            }
        }
        next.why = step.why;
        next.effort = step.effort;
        next.impact = step.impact;
        next.links = step.links;
    }

    static void addQuestion(NextStep& next, const QString& questionId)
    {
        if (!next.questionIds.contains(questionId))
            next.questionIds.append(questionId);
    }

    const Questionnaire& m_questionnaire;
    Expression::Resolver m_resolve;
    QList<NextStep> m_steps;
    QHash<QString, int> m_index;
};

} // namespace zelfscan::engine
