// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/SyntheticShares.h"

#include "core/engine/Engine.h"

#include <algorithm>
#include <cmath>

namespace zelfscan {

namespace {

// Rough shape of Dutch business: many small firms, trade and engineering largest. Made up.
const QList<int> sectorWeights = { 14, 22, 10, 6, 5, 6, 18, 8, 9 };
const QList<int> sizeWeights = { 35, 30, 20, 10, 5 };
const QList<double> sectorMaturity = { 0.0, -0.05, 0.15, -0.12, 0.05, 0.0, -0.03, -0.05, 0.0 };
const QList<double> sizeMaturity = { 0.35, 0.45, 0.55, 0.65, 0.75 };

} // namespace

SyntheticShares::SyntheticShares(const QuestionnaireCatalog& catalog, std::uint32_t seed)
    : m_catalog(catalog)
    , m_random(seed)
{
}

double SyntheticShares::uniform()
{
    return double(m_random()) / 4294967296.0;
}

std::uint32_t SyntheticShares::below(std::uint32_t n)
{
    return std::uint32_t(uniform() * n);
}

QString SyntheticShares::pick(const QStringList& ids, const QList<int>& weights)
{
    int total = 0;
    for (const int w : weights)
        total += w;
    int roll = int(below(std::uint32_t(total)));
    for (int i = 0; i < ids.size(); ++i) {
        roll -= weights.at(i);
        if (roll < 0)
            return ids.at(i);
    }
    return ids.last();
}

QUuid SyntheticShares::randomId()
{
    QByteArray bytes(16, Qt::Uninitialized);
    for (char& b : bytes)
        b = char(m_random() & 0xFF);
    bytes[6] = char((bytes[6] & 0x0F) | 0x40); // version 4: random
    bytes[8] = char((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes);
}

AnswerSet SyntheticShares::answer(const Questionnaire& questionnaire, const Profile& profile, double maturity)
{
    AnswerSet answers;
    answers.questionnaireId = questionnaire.id;
    answers.questionnaireVersion = questionnaire.version;
    answers.questionnaireHash = questionnaire.contentHash;
    answers.profile = profile;
    for (const Section& section : questionnaire.sections) {
        for (const Question& question : section.questions) {
            // In file order, so conditions on earlier answers see them.
            if (!isQuestionVisible(questionnaire, question, answers))
                continue;
            switch (question.type) {
            case QuestionType::Statement:
            case QuestionType::Single: {
                QList<const AnswerOption*> plain;
                const AnswerOption* best = nullptr;
                const AnswerOption* special = nullptr;
                for (const AnswerOption& option : question.options) {
                    if (option.notApplicable || option.unknown) {
                        if (!special || below(2))
                            special = &option;
                        continue;
                    }
                    plain.append(&option);
                    if (!best || option.score > best->score)
                        best = &option;
                }
                const double roll = uniform();
                const AnswerOption* chosen = nullptr;
                if (special && roll < 0.06)
                    chosen = special;
                else if (best && roll < 0.06 + maturity * 0.94)
                    chosen = best;
                else if (!plain.isEmpty())
                    chosen = plain.at(qsizetype(below(std::uint32_t(plain.size()))));
                else
                    chosen = special;
                if (chosen)
                    answers.answers.insert(question.id, Answer::ofOption(chosen->id));
                break;
            }
            case QuestionType::Multiple: {
                QStringList chosen;
                for (const AnswerOption& option : question.options) {
                    if (!option.exclusive && uniform() < maturity)
                        chosen << option.id;
                }
                if (chosen.isEmpty()) {
                    for (const AnswerOption& option : question.options) {
                        if (option.exclusive) {
                            chosen << option.id;
                            break;
                        }
                    }
                }
                answers.answers.insert(question.id, Answer::ofOptions(chosen));
                break;
            }
            case QuestionType::Number: {
                const double top = std::min(question.maximum, question.minimum + 250);
                answers.answers.insert(question.id,
                    Answer::ofNumber(std::floor(question.minimum + uniform() * (top - question.minimum))));
                break;
            }
            }
        }
    }
    return answers;
}

Share SyntheticShares::next(const Questionnaire& questionnaire)
{
    Profile profile;
    // OT is about machines: mostly engineering, agriculture and transport.
    const QList<int> weights = questionnaire.kind == QuestionnaireKind::OtCheck
        ? QList<int> { 3, 2, 1, 8, 1, 1, 30, 8, 3 }
        : sectorWeights;
    profile.sector = pick(Profile::sectorIds(), weights);
    profile.size = pick(Profile::sizeIds(), sizeWeights);
    double maturity = sizeMaturity.at(Profile::sizeIds().indexOf(profile.size))
        + sectorMaturity.at(Profile::sectorIds().indexOf(profile.sector)) + (uniform() + uniform() - 1) * 0.2;
    maturity = std::clamp(maturity, 0.05, 0.95);
    const AnswerSet answers = answer(questionnaire, profile, maturity);

    AssessmentOptions options;
    std::optional<AnswerSet> evidence;
    if (questionnaire.riskModel) {
        // The same business's Basisscan shows which risk-class measures are in place.
        if (const Questionnaire* basisscan = m_catalog.find(QStringLiteral("basisscan"))) {
            evidence = answer(*basisscan, profile, maturity);
            options.evidenceAnswers = &*evidence;
            options.evidenceQuestionnaire = basisscan;
        }
    }
    const AssessmentResult result = assess(questionnaire, answers, options);
    QSet<QString> done;
    for (const NextStep& step : result.steps) {
        if (uniform() < 0.15)
            done.insert(step.id);
    }
    Share share = buildShare(questionnaire, answers, result, done, QDate(2025, 1, 1), QUuid());
    renew(share);
    return share;
}

void SyntheticShares::renew(Share& share)
{
    share.shareId = randomId();
    share.year = 2025 + int(below(2));
    share.quarter = 1 + int(below(4));
}

} // namespace zelfscan
