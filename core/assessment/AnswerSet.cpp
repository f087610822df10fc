// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assessment/AnswerSet.h"

namespace zelfscan {

QVariant Answer::toVariant() const
{
    switch (kind) {
    case Kind::Option:
        return option;
    case Kind::Options:
        return options;
    case Kind::Number:
        return number;
    }
    return {};
}

bool Answer::operator==(const Answer& other) const
{
    if (kind != other.kind)
        return false;
    switch (kind) {
    case Kind::Option:
        return option == other.option;
    case Kind::Options:
        return options == other.options;
    case Kind::Number:
        return number == other.number;
    }
    return false;
}

bool AnswerSet::operator==(const AnswerSet& other) const
{
    return questionnaireId == other.questionnaireId && questionnaireVersion == other.questionnaireVersion
        && questionnaireHash == other.questionnaireHash && profile == other.profile
        && answers == other.answers && measureAnswers == other.measureAnswers
        && organisation == other.organisation && notes == other.notes && created == other.created
        && modified == other.modified;
}

} // namespace zelfscan
