// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/questionnaire/Questionnaire.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace zelfscan {

/**
 * A loaded questionnaire as bytes (QDataStream) and back, for the start-up cache
 * (QuestionnaireCache): reading these takes a fraction of parsing the YAML. Conditions are kept
 * as their source text and parsed again. Bump questionnaireBinaryFormat whenever the model or
 * what the loader puts into it changes.
 */
constexpr int questionnaireBinaryFormat = 4;

QByteArray questionnaireToBinary(const Questionnaire& questionnaire);
/**
 * The questionnaire in @p bytes; nothing when they are damaged, cut short, of another format or
 * hold anything the model cannot (an invalid condition, absurd counts). Never trusts a length
 * it reads: lists longer than the bytes left are refused before any memory is reserved.
 */
std::optional<Questionnaire> questionnaireFromBinary(QByteArrayView bytes);

} // namespace zelfscan
