// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assessment/ProfileAnswers.h"

namespace zelfscan {

QStringList answerFromProfile(const Questionnaire& questionnaire, AnswerSet* answers)
{
    QStringList answered;
    const QString& size = answers->profile.size;
    if (size.isEmpty())
        return answered;
    for (const Section& section : questionnaire.sections) {
        for (const Question& question : section.questions) {
            if (answers->answers.contains(question.id))
                continue;
            for (const AnswerOption& option : question.options) {
                if (!option.profileSizes.contains(size))
                    continue;
                answers->answers.insert(question.id,
                    question.type == QuestionType::Multiple ? Answer::ofOptions({ option.id })
                                                            : Answer::ofOption(option.id));
                answered.append(question.id);
                break;
            }
        }
    }
    return answered;
}

} // namespace zelfscan
