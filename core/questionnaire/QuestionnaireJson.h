// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/questionnaire/Questionnaire.h"

#include <QJsonObject>

namespace zelfscan {

QJsonObject toJson(const LocalizedText& text);

/** The questionnaire's structure as JSON, for scripts that build answer files (`describe`). */
QJsonObject describeQuestionnaire(const Questionnaire& questionnaire);

} // namespace zelfscan
