// SPDX-License-Identifier: GPL-3.0-or-later
// Prints how long loading the questionnaires (parsed, and from the app's start-up cache), reading
// an answer file, scoring, and the result page's "what if" recompute take.
// A benchmark, not a test: the figures are for people, and nothing fails on them.
#include "core/assessment/AnswerFile.h"
#include "core/engine/Engine.h"
#include "core/questionnaire/QuestionnaireCache.h"
#include "core/questionnaire/QuestionnaireCatalog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace zelfscan;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = QCoreApplication::arguments();
    const QString dir = args.value(1, QStringLiteral(ZELFSCAN_SOURCE_DIR "/questionnaires"));
    const QString answersPath
        = args.value(2, QStringLiteral(ZELFSCAN_SOURCE_DIR "/tests/data/answers/basisscan-12.yaml"));

    QElapsedTimer timer;
    timer.start();
    constexpr int loads = 50;
    for (int i = 0; i < loads; ++i) {
        QuestionnaireCatalog catalog;
        catalog.loadDirectory(dir);
    }
    const double loadMs = timer.nsecsElapsed() / 1e6 / loads;

    // As the app starts: Checks::ErrorsOnly, from the cache (filled by the first load).
    QTemporaryDir cacheDir;
    const QuestionnaireCache cache(cacheDir.filePath(QStringLiteral("questionnaires")));
    {
        QuestionnaireCatalog warm;
        warm.setCache(&cache);
        warm.loadDirectory(dir, Checks::ErrorsOnly);
    }
    timer.restart();
    for (int i = 0; i < loads; ++i) {
        QuestionnaireCatalog catalog;
        catalog.setCache(&cache);
        catalog.loadDirectory(dir, Checks::ErrorsOnly);
    }
    const double cachedMs = timer.nsecsElapsed() / 1e6 / loads;

    QuestionnaireCatalog catalog;
    const Diagnostics problems = catalog.loadDirectory(dir);
    if (hasErrors(problems)) {
        QTextStream(stderr) << "cannot load " << dir << "\n";
        return 1;
    }
    const QuestionnaireLookup lookup = [&catalog](const QString& id) { return catalog.find(id); };
    timer.restart();
    AnswerLoadResult answers;
    constexpr int reads = 200;
    for (int i = 0; i < reads; ++i)
        answers = loadAnswerFile(answersPath, lookup);
    const double readUs = timer.nsecsElapsed() / 1e3 / reads;
    if (!answers.ok()) {
        QTextStream(stderr) << "cannot read " << answersPath << "\n";
        return 1;
    }
    const Questionnaire& questionnaire = *catalog.find(answers.answers->questionnaireId);

    constexpr int runs = 20000;
    int steps = 0;
    timer.restart();
    for (int i = 0; i < runs; ++i)
        steps += int(assess(questionnaire, *answers.answers).steps.size());
    const double assessUs = timer.nsecsElapsed() / 1e3 / runs;

    // The result page's "what if": the same answers with half of the advised steps ticked as done.
    AssessmentOptions whatIf;
    const AssessmentResult plain = assess(questionnaire, *answers.answers);
    for (qsizetype i = 0; i < plain.steps.size(); i += 2)
        whatIf.doneSteps.insert(plain.steps.at(i).id);
    timer.restart();
    double whatIfScore = 0;
    for (int i = 0; i < runs; ++i)
        whatIfScore += assess(questionnaire, *answers.answers, whatIf).overall.value_or(0);
    const double whatIfUs = timer.nsecsElapsed() / 1e3 / runs;

    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    out << "questionnaires loaded (" << catalog.questionnaires().size()
        << " files): " << QString::number(loadMs, 'f', 2) << " ms parsed, "
        << QString::number(cachedMs, 'f', 2) << " ms from the start-up cache\n";
    out << "answer file read and checked: " << QString::number(readUs, 'f', 1) << " us\n";
    out << "score + classify + advise (" << questionnaire.id << ", " << steps / runs
        << " steps): " << QString::number(assessUs, 'f', 1) << " us  (target: well under 1000 us)\n";
    out << "what-if recompute (" << whatIf.doneSteps.size() << " steps done, overall "
        << QString::number(whatIfScore / runs, 'f', 1) << "): " << QString::number(whatIfUs, 'f', 1)
        << " us  (target: under 1000 us)\n";
    out << "peak RSS: " << usage.ru_maxrss / 1024 << " MB\n";
    return 0;
}
