// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/Diagnostic.h"
#include "core/questionnaire/Questionnaire.h"

#include <QByteArray>

#include <optional>

namespace zelfscan {

/** The outcome of reading one questionnaire: the content when usable, and every problem found. */
struct QuestionnaireLoadResult
{
    std::optional<Questionnaire> questionnaire; ///< empty when any error was found
    Diagnostics diagnostics;

    bool ok() const { return questionnaire.has_value(); }
};

/** Files larger than this are refused before parsing: no real questionnaire comes close. */
constexpr qint64 maxQuestionnaireBytes = 4 * 1024 * 1024;

/**
 * Parses and validates questionnaire YAML. Never throws and never crashes on bad input:
 * every problem becomes a Diagnostic with the file, line and column of the offending node.
 * References into other questionnaires (measure evidence) are checked by QuestionnaireCatalog.
 */
/** Errors only skips the checks that can only warn (reachability, missing advice): for start-up. */
enum class Checks { All, ErrorsOnly };

QuestionnaireLoadResult loadQuestionnaire(
    const QByteArray& bytes, const QString& fileName, Checks checks = Checks::All);
QuestionnaireLoadResult loadQuestionnaireFile(const QString& path, Checks checks = Checks::All);

} // namespace zelfscan
