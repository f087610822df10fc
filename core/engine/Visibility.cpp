// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/Visibility_p.h"
#include "core/engine/models/MaturityModel.h"

namespace zelfscan::engine {

namespace {

const QString profileSize = QStringLiteral("profile.size");
const QString profileSector = QStringLiteral("profile.sector");
const QString levelName = QStringLiteral("level");

} // namespace

std::optional<double> answerPoints(const Question& question, const Answer& answer)
{
    switch (question.type) {
    case QuestionType::Statement:
    case QuestionType::Single: {
        const AnswerOption* option = question.option(answer.option);
        if (!option || option->notApplicable)
            return std::nullopt;
        return option->score;
    }
    case QuestionType::Multiple: {
        double sum = 0;
        for (const QString& id : answer.options) {
            if (const AnswerOption* option = question.option(id))
                sum += option->score;
        }
        return sum;
    }
    case QuestionType::Number:
        for (const NumberBand& band : question.bands) {
            if (band.contains(answer.number))
                return band.score;
        }
        return std::nullopt;
    }
    return std::nullopt;
}

VisibilityResolver::VisibilityResolver(const Questionnaire& questionnaire, const AnswerSet& answers)
    : m_questionnaire(questionnaire)
    , m_answers(answers)
{
}

bool VisibilityResolver::sectionVisible(const Section& section)
{
    const auto it = m_sections.constFind(section.id);
    if (it != m_sections.constEnd())
        return *it;
    const bool visible = section.visibleIf.evaluate(resolver());
    m_sections.insert(section.id, visible);
    return visible;
}

bool VisibilityResolver::questionVisible(const Question& question)
{
    const auto it = m_questions.constFind(question.id);
    if (it != m_questions.constEnd())
        return *it;
    m_questions.insert(question.id, false); // guards against cycles in malformed content
    const Section* section = m_questionnaire.section(question.sectionId);
    const bool visible = section && sectionVisible(*section) && question.visibleIf.evaluate(resolver());
    m_questions.insert(question.id, visible);
    return visible;
}

QVariant VisibilityResolver::value(const QString& name)
{
    if (name == profileSize)
        return m_answers.profile.size.isEmpty() ? QVariant() : QVariant(m_answers.profile.size);
    if (name == profileSector)
        return m_answers.profile.sector.isEmpty() ? QVariant() : QVariant(m_answers.profile.sector);
    if (name == levelName) {
        const TargetLevel* level = targetLevel();
        return level ? QVariant(level->id) : QVariant();
    }
    const Question* question = m_questionnaire.question(name);
    const auto answer = m_answers.answers.constFind(name);
    if (!question || answer == m_answers.answers.constEnd() || !questionVisible(*question))
        return {};
    return answer->toVariant();
}

Expression::Resolver VisibilityResolver::resolver()
{
    return [this](const QString& name) { return value(name); };
}

const TargetLevel* VisibilityResolver::targetLevel()
{
    if (!m_questionnaire.targetModel)
        return nullptr;
    if (m_levelComputed)
        return m_level;
    m_levelComputed = true;
    const TargetModel& model = *m_questionnaire.targetModel;
    const Section* intake = m_questionnaire.section(model.intakeSectionId);
    if (!intake)
        return nullptr;
    bool anyAnswered = false;
    m_levelPoints = 0;
    for (const Question& question : intake->questions) {
        const auto answer = m_answers.answers.constFind(question.id);
        if (answer == m_answers.answers.constEnd() || !questionVisible(question))
            continue;
        anyAnswered = true;
        m_levelPoints += answerPoints(question, *answer).value_or(0);
    }
    if (!anyAnswered)
        return nullptr;
    // While the overrides are weighed, a condition on `level` sees the level of the points.
    m_pointsLevel = models::levelForPoints(model, m_levelPoints);
    m_level = m_pointsLevel;
    m_level = models::overrideLevel(model, m_pointsLevel, resolver(), &m_levelOverrides);
    return m_level;
}

} // namespace zelfscan::engine
