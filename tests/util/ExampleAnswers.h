// SPDX-License-Identifier: GPL-3.0-or-later
// The example answer files (tests/data/answers) against the bundled questionnaires, and the
// parts of a result the content suites look at.
#pragma once

#include "core/assessment/AnswerFile.h"
#include "core/engine/Engine.h"
#include "core/engine/SectionChart.h"
#include "core/questionnaire/QuestionnaireCatalog.h"

#include <algorithm>

namespace testutil {

/** tests/data/answers/@p name read against @p catalog; stops the suite when it does not load. */
inline zelfscan::AnswerSet loadExampleAnswers(
    const zelfscan::QuestionnaireCatalog& catalog, const QString& name)
{
    const zelfscan::AnswerLoadResult result
        = zelfscan::loadAnswerFile(QStringLiteral(TEST_DATA_DIR "/answers/") + name,
            [&catalog](const QString& id) { return catalog.find(id); });
    if (!result.ok())
        qFatal("%s: %s", qPrintable(name), qPrintable(result.diagnostics.value(0).toString()));
    return *result.answers;
}

/** The ids of the first @p count steps, in the order they are advised. */
inline QStringList firstStepIds(const zelfscan::AssessmentResult& result, int count)
{
    QStringList ids;
    for (int i = 0; i < std::min<int>(count, int(result.steps.size())); ++i)
        ids.append(result.steps.at(i).id);
    return ids;
}

/** The part the app and the reports name as weakest (core's rule, not one of the tests' own). */
inline QString weakestSectionId(
    const zelfscan::Questionnaire& questionnaire, const zelfscan::AssessmentResult& result)
{
    const zelfscan::SectionResult* weakest = zelfscan::weakestSection(questionnaire, result);
    return weakest ? weakest->sectionId : QString();
}

} // namespace testutil
