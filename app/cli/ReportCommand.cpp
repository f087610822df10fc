// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/AssessmentInput.h"
#include "app/cli/Commands.h"
#include "app/cli/PlanCalendar.h"
#include "core/assessment/Assessment.h"
#include "core/engine/Engine.h"
#include "core/plan/PlanStore.h"
#include "core/report/Report.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace zelfscan::cli {

namespace {

int writeCalendar(const CliContext& context, const AssessmentInput& input, const QString& planPath,
    const std::optional<advisories::AdvisoryPlan>& alerts, const QString& out)
{
    PlanBook book = input.plan();
    if (!planPath.isEmpty()) {
        QStringList problems;
        if (!QFileInfo::exists(planPath))
            problems.append(QStringLiteral("%1 does not exist").arg(planPath));
        const PlanBook stored = PlanStore(planPath).load(&problems);
        for (const QString& problem : problems)
            context.err << "zelfscan-cli report: " << problem << "\n";
        if (!problems.isEmpty())
            return InputProblem;
        mergeNewer(book, stored);
    }
    const AssessmentResult result = assess(input.questionnaire(), input.answers(), input.assessmentOptions());
    QString error;
    const int written = writePlanCalendar(result, input.doneSteps(), book,
        alerts ? alerts->steps : QList<advisories::AdvisoryStep>(), input.language(), out, &error);
    if (written < 0) {
        context.err << "zelfscan-cli report: " << error << "\n";
        return InputProblem;
    }
    if (written == 0) {
        context.err << "zelfscan-cli report: no step is planned with a due date (and not done), so there is "
                       "no calendar to write; plan steps in the app or pass --plan\n";
        return InputProblem;
    }
    context.out << "wrote " << out << " (" << written << (written == 1 ? " planned step" : " planned steps")
                << " with a due date)\n";
    return Success;
}

/** The result of an earlier run: a saved assessment, or else an answer file. Problems are printed. */
std::optional<AssessmentResult> previousResult(
    const CliContext& context, const AssessmentInput& input, const QString& path)
{
    const AssessmentLoadResult saved = loadAssessmentFile(path, input.sameQuestionnaire());
    if (saved.ok())
        return assess(input.questionnaire(), saved.assessment->answers, input.assessmentOptions());
    const AnswerLoadResult answers = loadAnswerFile(path, input.sameQuestionnaire());
    if (answers.ok())
        return assess(input.questionnaire(), *answers.answers, input.assessmentOptions());
    for (const Diagnostic& problem : saved.diagnostics)
        context.err << problem.toString() << "\n";
    return std::nullopt;
}

/** The report proper (PDF, ODT, HTML, XLSX, CSV); with @p previousPath, led by the progress since. */
int writeReportFile(const CliContext& context, const AssessmentInput& input,
    const std::optional<advisories::AdvisoryPlan>& advisoryPlan, const QString& previousPath,
    const QString& out)
{
    const Questionnaire& questionnaire = input.questionnaire();
    const AnswerSet& answers = input.answers();
    const QSet<QString>& done = input.doneSteps();
    const Language language = input.language();
    // The scores as answered; steps the assessment marks done are shown as done in the plan.
    const AssessmentOptions options = input.assessmentOptions();
    const AssessmentResult result = assess(questionnaire, answers, options);
    ReportInput report { questionnaire, answers, result, done, language };
    report.advisories = advisoryPlan;
    if (!previousPath.isEmpty()) {
        std::optional<AssessmentResult> previous = previousResult(context, input, previousPath);
        if (!previous)
            return InputProblem;
        report.previous = previous;
    }
    QString error;
    if (!writeReport(report, out, &error)) {
        context.err << "zelfscan-cli report: " << error << "\n";
        return InputProblem;
    }
    context.out << "wrote " << out << "\n";
    return Success;
}

} // namespace

int runReport(const CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes a report of an answer file or a saved assessment: PDF, ODT (editable), HTML, "
        "or the action plan as XLSX (Excel) or CSV.\n"
        "The format follows the extension of --out. A Dutch CSV (--lang nl) is separated by ';', "
        "an English one by ','.\n"
        "With --inventory and --advisories the report and the action plan also list the steps still "
        "open for your systems from the advisories in the store (section 'Kwetsbaarheden in je "
        "systemen'; in XLSX a sheet of its own).\n"
        "OUT.ics writes the planned steps (a due date, not done; with --inventory and --advisories the "
        "alerts' steps too) as calendar items to import into "
        "Outlook, Google or Apple Calendar: the plan a saved assessment carries, or --plan.\n"
        "With --previous (an earlier assessment or answers of the same tool) the report leads with "
        "what improved since then."));
    parser.addHelpOption();
    AssessmentInput input(AssessmentInput::Sources::AnswersOrAssessment);
    input.addOptions(parser);
    const QCommandLineOption outOption(QStringLiteral("out"),
        QStringLiteral("The report to write: .pdf, .odt, .html, .xlsx, .csv, or .ics for the plan."),
        QStringLiteral("OUT"));
    parser.addOption(outOption);
    const QCommandLineOption planOption(QStringLiteral("plan"),
        QStringLiteral("The app's plan file (plan.json in its data folder) for status, owner and due dates."),
        QStringLiteral("FILE"));
    const QCommandLineOption previousOption(QStringLiteral("previous"),
        QStringLiteral(
            "An earlier assessment or answer file of the same tool, to report the progress since."),
        QStringLiteral("FILE"));
    parser.addOption(planOption);
    parser.addOption(previousOption);
    const QCommandLineOption inventoryOption(QStringLiteral("inventory"),
        QStringLiteral("Your list of systems (YAML), to add the vulnerability alerts' steps."),
        QStringLiteral("FILE"));
    const QCommandLineOption advisoriesOption(QStringLiteral("advisories"),
        QStringLiteral("The advisory store (made by 'advisories import') to match it against."),
        QStringLiteral("DB"));
    parser.addOption(inventoryOption);
    parser.addOption(advisoriesOption);
    if (const std::optional<int> done = context.parse(parser))
        return *done;
    if (const int usage = input.checkUsage(context, parser); usage != Success)
        return usage;
    if (!parser.isSet(outOption))
        return context.usageError(QStringLiteral("--out OUT.pdf|.odt|.html|.xlsx|.csv|.ics is required"));
    const QString out = parser.value(outOption);
    const bool calendar = out.endsWith(QLatin1String(".ics"), Qt::CaseInsensitive);
    if (!calendar && !reportFormatFor(out))
        return context.usageError(
            QStringLiteral("cannot tell the format of '%1': use .pdf, .odt, .html, .xlsx, .csv or .ics")
                .arg(out));
    if (parser.isSet(inventoryOption) != parser.isSet(advisoriesOption))
        return context.usageError(QStringLiteral("--inventory FILE and --advisories DB go together"));
    if (const int loaded = input.load(context, parser); loaded != Success)
        return loaded;
    std::optional<advisories::AdvisoryPlan> plan;
    if (parser.isSet(inventoryOption)) {
        QString error;
        plan = advisories::loadAdvisoryPlan(
            parser.value(inventoryOption), parser.value(advisoriesOption), &error);
        if (!plan) {
            context.err << "zelfscan-cli report: " << error << "\n";
            return InputProblem;
        }
    }

    if (calendar)
        return writeCalendar(context, input, parser.value(planOption), plan, out);
    return writeReportFile(context, input, plan, parser.value(previousOption), out);
}

} // namespace zelfscan::cli
