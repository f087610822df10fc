// SPDX-License-Identifier: GPL-3.0-or-later
// Checks of the scoring models: the bands of a points total or of the maturity levels cover every
// total the answers can reach, each band can be reached, every name resolves, and no option's
// score or step is dead weight.

#include "core/questionnaire/QuestionnaireParser_p.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace zelfscan {

namespace {

/** Beyond this many different totals the checks treat the range as continuous. */
constexpr int maxExactTotals = 20000;

qint64 key(double value)
{
    return qint64(std::llround(value * 1e6));
}

/** The points one answer to @p question can give, before weight; 0 stands for no answer. */
QList<double> answerValues(const Question& question)
{
    QSet<qint64> seen { 0 };
    QList<double> values { 0 };
    const auto add = [&](double v) {
        if (!seen.contains(key(v))) {
            seen.insert(key(v));
            values.append(v);
        }
    };
    if (question.type == QuestionType::Number) {
        for (const NumberBand& band : question.bands)
            add(band.score);
    } else if (question.type == QuestionType::Multiple) {
        QList<double> sums { 0 };
        for (const AnswerOption& option : question.options) {
            if (option.exclusive) {
                add(option.score);
                continue;
            }
            const QList<double> before = sums;
            for (double sum : before)
                sums.append(sum + option.score);
            if (sums.size() > maxExactTotals)
                break;
        }
        for (double sum : sums)
            add(sum);
    } else {
        for (const AnswerOption& option : question.options) {
            if (!option.notApplicable)
                add(option.score);
        }
    }
    return values;
}

/** Every total the questions can add up to (each may also be unanswered, hidden or not applicable). */
QList<double> reachableTotals(const QList<const Question*>& questions)
{
    QMap<qint64, double> totals { { 0, 0.0 } };
    for (const Question* question : questions) {
        QMap<qint64, double> next;
        for (double value : answerValues(*question)) {
            const double weighted = value * question->weight;
            for (double total : std::as_const(totals))
                next.insert(key(total + weighted), total + weighted);
        }
        totals = next;
        if (totals.size() > maxExactTotals) {
            // Too many to list: keep the extremes, enough for the checks of the range.
            const double low = totals.first();
            const double high = totals.last();
            totals = { { key(low), low }, { key(high), high } };
        }
    }
    return totals.values();
}

} // namespace

void QuestionnaireParser::checkModels()
{
    checkOverrideSections();
    if (m_questionnaire.riskModel) {
        const PointsModel& model = *m_questionnaire.riskModel;
        for (const QString& id : model.sectionIds) {
            if (!m_questionnaire.section(id))
                m_reader.error(m_pointsSectionsPosition,
                    QStringLiteral("models.points counts section '%1', which does not exist").arg(id));
        }
        QList<const Question*> counted;
        for (const Section& section : m_questionnaire.sections) {
            if (!model.counts(section.id))
                continue;
            for (const Question& question : section.questions) {
                if (model.exposure || question.isScored())
                    counted.append(&question);
            }
        }
        QList<BandSpan> bands;
        for (int i = 0; i < model.classes.size(); ++i) {
            const RiskClassDefinition& band = model.classes.at(i);
            bands.append({ m_namedBands ? QStringLiteral("band '%1'").arg(band.id)
                                        : QStringLiteral("class %1").arg(band.number),
                band.minPoints, m_classPositions.value(i) });
        }
        if (m_namedBands)
            checkPointsBands();
        checkBandCoverage(bands, reachableTotals(counted), model.overrides, QStringLiteral("points total"));
    }
    if (m_questionnaire.targetModel) {
        const TargetModel& model = *m_questionnaire.targetModel;
        QList<const Question*> intake;
        if (const Section* section = m_questionnaire.section(model.intakeSectionId)) {
            for (const Question& question : section->questions)
                intake.append(&question);
        }
        QList<BandSpan> levels;
        for (int i = 0; i < model.levels.size(); ++i)
            levels.append({ QStringLiteral("level '%1'").arg(model.levels.at(i).id),
                model.levels.at(i).minPoints, m_levelPositions.value(i) });
        checkBandCoverage(levels, reachableTotals(intake), model.overrides, QStringLiteral("intake total"));
    }
}

void QuestionnaireParser::checkPointsBands()
{
    const PointsModel& model = *m_questionnaire.riskModel;
    if (model.classes.isEmpty())
        m_reader.error(m_riskModelPosition, QStringLiteral("models.points needs at least one band"));
    checkBandOrder(QStringLiteral("band"), bandStarts(model.classes), m_classPositions);
}

void QuestionnaireParser::checkBandOrder(
    const QString& noun, const QList<QPair<QString, double>>& bands, const QList<SourcePosition>& positions)
{
    QSet<QString> ids;
    for (int i = 0; i < bands.size(); ++i) {
        const auto& [id, minPoints] = bands.at(i);
        const SourcePosition position = positions.value(i);
        if (ids.contains(id))
            m_reader.error(position, QStringLiteral("duplicate %1 id '%2'").arg(noun, id));
        ids.insert(id);
        if (i > 0 && minPoints <= bands.at(i - 1).second)
            m_reader.error(position,
                QStringLiteral("thresholds out of order: %1 '%2' starts at %3, not above '%4' (%5)")
                    .arg(noun, id)
                    .arg(minPoints)
                    .arg(bands.at(i - 1).first)
                    .arg(bands.at(i - 1).second));
    }
}

void QuestionnaireParser::checkBandCoverage(const QList<BandSpan>& bands, const QList<double>& reachable,
    const QList<BandOverride>& overrides, const QString& total)
{
    if (bands.isEmpty() || reachable.isEmpty())
        return;
    const double lowest = *std::min_element(reachable.begin(), reachable.end());
    const double highest = *std::max_element(reachable.begin(), reachable.end());
    if (lowest < bands.first().minPoints)
        m_reader.error(bands.first().position,
            QStringLiteral("a %1 from %2 to below %3 falls in no band: the first band, %4, must start at "
                           "min_points %2 or lower")
                .arg(total)
                .arg(lowest)
                .arg(bands.first().minPoints)
                .arg(bands.first().name));
    QSet<int> forced;
    for (const BandOverride& rule : overrides) {
        for (const std::optional<int>& bound : { rule.atLeast, rule.atMost }) {
            if (bound)
                forced.insert(*bound);
        }
    }
    for (int i = 0; i < bands.size(); ++i) {
        const double from = bands.at(i).minPoints;
        const double below = i + 1 < bands.size() ? bands.at(i + 1).minPoints : highest + 1;
        const bool hit = std::any_of(reachable.begin(), reachable.end(),
            [&](double value) { return (i == 0 || value >= from) && value < below; });
        if (!hit && !forced.contains(i + 1))
            m_reader.error(bands.at(i).position,
                QStringLiteral("%1 can never be reached: no %2 the answers can give (%3 to %4) falls in it, "
                               "and no override leads to it")
                    .arg(bands.at(i).name, total)
                    .arg(lowest)
                    .arg(highest));
    }
}

void QuestionnaireParser::checkOverrideSections()
{
    const QList<BandOverride>& overrides = m_questionnaire.scoring.overrides;
    for (int i = 0; i < overrides.size(); ++i) {
        const QString& id = overrides.at(i).sectionId;
        if (!id.isEmpty() && !m_questionnaire.section(id))
            m_reader.error(m_lightOverridePositions.value(i),
                QStringLiteral("override %1 names section '%2', which does not exist").arg(i + 1).arg(id));
    }
}

void QuestionnaireParser::checkDeadOptions()
{
    const Questionnaire& q = m_questionnaire;
    for (const Section& section : q.sections) {
        const bool counted = q.isIntakeSection(section.id) || (q.riskModel && q.riskModel->counts(section.id))
            || q.sectionScores || q.targetModel;
        for (const Question& question : section.questions) {
            if (!counted && question.isScored())
                m_reader.warning(question.position,
                    QStringLiteral("the scores of question '%1' count in no model: its section '%2' is "
                                   "neither scored nor counted by models.points")
                        .arg(question.id, section.id));
            if (q.isIntakeQuestion(question) || question.type == QuestionType::Multiple)
                continue;
            for (const AnswerOption& option : question.options) {
                // A step is advised for a gap; on the best answer it never is.
                if (!option.stepId.isEmpty() && !option.notApplicable && !option.unknown
                    && option.score >= question.maxScore())
                    m_reader.warning(question.position,
                        QStringLiteral("option '%1' of question '%2' has a step that is never advised: it "
                                       "is the best answer")
                            .arg(option.id, question.id));
            }
        }
    }
}

} // namespace zelfscan
