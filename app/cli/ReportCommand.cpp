// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/AssessmentInput.h"
#include "app/cli/Commands.h"
#include "core/engine/Engine.h"
#include "core/report/Report.h"

#include <QCommandLineParser>

namespace zelfscan::cli {

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
        "systemen'; in XLSX a sheet of its own)."));
    parser.addHelpOption();
    AssessmentInput input(AssessmentInput::Sources::AnswersOrAssessment);
    input.addOptions(parser);
    const QCommandLineOption outOption(QStringLiteral("out"),
        QStringLiteral("The report to write: .pdf, .odt, .html, .xlsx or .csv."), QStringLiteral("OUT"));
    parser.addOption(outOption);
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
        return context.usageError(QStringLiteral("--out OUT.pdf|.odt|.html|.xlsx|.csv is required"));
    const QString out = parser.value(outOption);
    if (!reportFormatFor(out))
        return context.usageError(
            QStringLiteral("cannot tell the format of '%1': use .pdf, .odt, .html, .xlsx or .csv").arg(out));
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

    const Questionnaire& questionnaire = input.questionnaire();
    const AnswerSet& answers = input.answers();
    const QSet<QString>& done = input.doneSteps();
    const Language language = input.language();
    // The scores as answered; steps the assessment marks done are shown as done in the plan.
    const AssessmentOptions options = input.assessmentOptions();
    const AssessmentResult result = assess(questionnaire, answers, options);
    ReportInput report { questionnaire, answers, result, done, language };
    report.advisories = plan;
    QString error;
    if (!writeReport(report, out, &error)) {
        context.err << "zelfscan-cli report: " << error << "\n";
        return InputProblem;
    }
    context.out << "wrote " << out << "\n";
    return Success;
}

} // namespace zelfscan::cli
