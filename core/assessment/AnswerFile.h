// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assessment/AnswerSet.h"
#include "core/io/Diagnostic.h"
#include "core/questionnaire/Questionnaire.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace zelfscan {

struct AnswerLoadResult
{
    std::optional<AnswerSet> answers; ///< empty when any error was found
    Diagnostics diagnostics;

    bool ok() const { return answers.has_value(); }
};

/** Finds a questionnaire by id; returns null when there is none. */
using QuestionnaireLookup = std::function<const Questionnaire*(const QString& id)>;

constexpr qint64 maxAnswerFileBytes = 1024 * 1024;

/**
 * Reads an answer file (YAML or JSON; see questionnaires/README.md, "Answer files") and checks
 * every answer against its questionnaire: unknown questions and options, wrong types, numbers out
 * of range. Nothing is guessed: any problem is an error. An answer to a question the profile or
 * other answers hide is kept with a warning; it does not count (see hiddenAnswers()).
 */
AnswerLoadResult loadAnswers(
    const QByteArray& bytes, const QString& fileName, const QuestionnaireLookup& lookup);
AnswerLoadResult loadAnswerFile(const QString& path, const QuestionnaireLookup& lookup);

/** Measure answers as answer files and assessments keep them: `{"m_edr": "in_place"}`. */
QJsonObject measureAnswersToJson(const QMap<QString, bool>& measureAnswers);

/** The answer-file form of @p answers, as JSON; loadAnswers() reads it back unchanged. */
QJsonObject answersToJson(const AnswerSet& answers);

/**
 * Checks @p answers against @p questionnaire; used by the loader and for sets built in memory.
 * A problem with an answer is placed at that answer's entry in @p positions when it has one.
 */
/**
 * The questions @p answers answers that its own profile and answers hide, in questionnaire order.
 * Their answers are kept (changing the profile back makes them count) but do not count now.
 */
QStringList hiddenAnswers(const Questionnaire& questionnaire, const AnswerSet& answers);

/** The warning for an answer to @p question while it is hidden: names it and what it needs. */
QString hiddenAnswerNote(const Question& question);

Diagnostics checkAnswers(const AnswerSet& answers, const Questionnaire& questionnaire,
    const QString& fileName = QString(), const QHash<QString, SourcePosition>& positions = {});

} // namespace zelfscan
