// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/questionnaire/Questionnaire.h"

#include <algorithm>

namespace zelfscan {

const AnswerOption* Question::option(const QString& optionId) const
{
    for (const AnswerOption& o : options) {
        if (o.id == optionId)
            return &o;
    }
    return nullptr;
}

namespace {

/**
 * The highest (or lowest) score one answer can give: an option that applies, or a number band.
 * Never below (above) 0, which stands for no answer.
 */
template<typename Pick> double singleAnswerExtreme(const Question& question, Pick pick)
{
    double extreme = 0;
    if (question.type == QuestionType::Number) {
        for (const NumberBand& b : question.bands)
            extreme = pick(extreme, b.score);
        return extreme;
    }
    for (const AnswerOption& o : question.options) {
        if (!o.notApplicable)
            extreme = pick(extreme, o.score);
    }
    return extreme;
}

} // namespace

double Question::maxScore() const
{
    if (type != QuestionType::Multiple)
        return singleAnswerExtreme(*this, [](double a, double b) { return std::max(a, b); });
    double best = 0;
    for (const AnswerOption& o : options)
        best += std::max(0.0, o.score);
    return best;
}

double Question::minScore() const
{
    if (type != QuestionType::Multiple)
        return singleAnswerExtreme(*this, [](double a, double b) { return std::min(a, b); });
    double worst = 0;
    double negatives = 0;
    for (const AnswerOption& o : options) {
        if (o.exclusive)
            worst = std::min(worst, o.score);
        else
            negatives += std::min(0.0, o.score);
    }
    return std::min(worst, negatives);
}

bool Question::isScored() const
{
    if (type == QuestionType::Number)
        return !bands.isEmpty() && maxScore() > minScore();
    return maxScore() > minScore();
}

const Question* Questionnaire::question(const QString& questionId) const
{
    for (const Section& s : sections) {
        for (const Question& q : s.questions) {
            if (q.id == questionId)
                return &q;
        }
    }
    return nullptr;
}

const Section* Questionnaire::section(const QString& sectionId) const
{
    for (const Section& s : sections) {
        if (s.id == sectionId)
            return &s;
    }
    return nullptr;
}

const StepTemplate* Questionnaire::step(const QString& stepId) const
{
    auto it = steps.constFind(stepId);
    return it == steps.constEnd() ? nullptr : &*it;
}

int Questionnaire::questionCount() const
{
    int count = 0;
    for (const Section& s : sections)
        count += int(s.questions.size());
    return count;
}

bool Questionnaire::isIntakeSection(const QString& sectionId) const
{
    if (riskModel && riskModel->exposure && riskModel->counts(sectionId))
        return true;
    return targetModel && sectionId == targetModel->intakeSectionId;
}

bool Questionnaire::isIntakeQuestion(const Question& q) const
{
    return isIntakeSection(q.sectionId);
}

QString Questionnaire::evidenceQuestionnaireId() const
{
    if (!riskModel)
        return {};
    for (const Measure& measure : riskModel->measures) {
        for (const MeasureEvidence& evidence : measure.evidence) {
            if (!evidence.questionnaireId.isEmpty() && evidence.questionnaireId != id)
                return evidence.questionnaireId;
        }
    }
    return {};
}

QString kindName(QuestionnaireKind kind)
{
    switch (kind) {
    case QuestionnaireKind::Scan:
        return QStringLiteral("scan");
    case QuestionnaireKind::RiskClass:
        return QStringLiteral("risk_class");
    case QuestionnaireKind::OtCheck:
        return QStringLiteral("ot_check");
    }
    return {};
}

QString questionTypeName(QuestionType type)
{
    switch (type) {
    case QuestionType::Statement:
        return QStringLiteral("statement");
    case QuestionType::Single:
        return QStringLiteral("single");
    case QuestionType::Multiple:
        return QStringLiteral("multiple");
    case QuestionType::Number:
        return QStringLiteral("number");
    }
    return {};
}

QString effortName(Effort effort)
{
    switch (effort) {
    case Effort::Low:
        return QStringLiteral("low");
    case Effort::Medium:
        return QStringLiteral("medium");
    case Effort::High:
        return QStringLiteral("high");
    }
    return {};
}

QString impactName(Impact impact)
{
    switch (impact) {
    case Impact::Low:
        return QStringLiteral("low");
    case Impact::Medium:
        return QStringLiteral("medium");
    case Impact::High:
        return QStringLiteral("high");
    }
    return {};
}

} // namespace zelfscan
