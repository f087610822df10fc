// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assessment/AnswerSet.h"
#include "core/questionnaire/Questionnaire.h"

#include <QStringList>

namespace zelfscan {

/**
 * Answers the unanswered questions that ask what the intake already asked: an option that names
 * the intake's size (`profile_size`) becomes the answer, so the two cannot disagree unless the
 * user changes it. An answer already given is never replaced. Returns the questions answered.
 */
QStringList answerFromProfile(const Questionnaire& questionnaire, AnswerSet* answers);

} // namespace zelfscan
