// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/Diagnostic.h"
#include "core/questionnaire/Questionnaire.h"

#include <QByteArray>

#include <optional>

namespace zelfscan {

class QuestionnaireCache;

/** The outcome of reading one questionnaire: the content when usable, and every problem found. */
struct QuestionnaireLoadResult
{
    std::optional<Questionnaire> questionnaire; ///< empty when any error was found
    Diagnostics diagnostics;
    bool fromCache = false; ///< read from a QuestionnaireCache instead of parsed

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
/**
 * Reads the file at @p path. With a @p cache and Checks::ErrorsOnly (the app's start-up), a cached
 * copy of the same bytes is used when there is one, and a freshly parsed questionnaire without
 * any diagnostic is cached for the next time; Checks::All (`validate`) always parses.
 */
QuestionnaireLoadResult loadQuestionnaireFile(
    const QString& path, Checks checks = Checks::All, const QuestionnaireCache* cache = nullptr);
/**
 * Only the quick part of loadQuestionnaireFile() with a cache: the questionnaire when @p cache
 * has it for exactly the bytes at @p path; nothing when it has not, or the file cannot be read
 * (loadQuestionnaireFile() then says why).
 */
std::optional<QuestionnaireLoadResult> loadCachedQuestionnaireFile(
    const QString& path, const QuestionnaireCache& cache);

} // namespace zelfscan
