// SPDX-License-Identifier: GPL-3.0-or-later
// Writes tests/data/comparison/aggregates-synthetic.json: aggregates of made-up assessments of the
// real questionnaires, suppressed exactly like a real export, and labelled synthetic. Tests use
// it, and the app shows it only under --demo-comparison, labelled as made up; it is never
// installed. Run it again after a questionnaire changes (the file carries the content hashes):
//
//   make_synthetic_benchmark [QUESTIONNAIRE_DIR] [OUT.json]
#include "bench/SyntheticShares.h"
#include "core/questionnaire/QuestionnaireCatalog.h"
#include "core/share/Aggregate.h"
#include "core/share/ShareImporter.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

using namespace zelfscan;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    const QString directory = args.value(1, QStringLiteral(ZELFSCAN_SOURCE_DIR "/questionnaires"));
    const QString output = args.value(
        2, QStringLiteral(ZELFSCAN_SOURCE_DIR "/tests/data/comparison/aggregates-synthetic.json"));
    QuestionnaireCatalog catalog;
    if (hasErrors(catalog.loadDirectory(directory))) {
        err << "cannot load the questionnaires in " << directory << "\n";
        return 1;
    }
    QTemporaryDir dir;
    const QString lines = dir.filePath(QStringLiteral("synthetic.jsonl"));
    QFile file(lines);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    // A fixed seed: the same questionnaires always give the same file.
    SyntheticShares synthetic(catalog, 20260101u);
    for (const Questionnaire& questionnaire : catalog.questionnaires()) {
        const int count = questionnaire.kind == QuestionnaireKind::Scan ? 2400
            : questionnaire.kind == QuestionnaireKind::RiskClass        ? 1600
                                                                        : 600;
        for (int i = 0; i < count; ++i)
            file.write(serializeShareLine(synthetic.next(questionnaire)) + '\n');
    }
    file.close();

    const QString database = dir.filePath(QStringLiteral("synthetic.sqlite"));
    const ImportReport report = importShares(database, { lines });
    if (!report.ok() || report.rejected > 0) {
        err << "import failed: " << report.error << "\n";
        return 1;
    }
    QString error;
    std::optional<AggregateReport> aggregates = aggregateStore(database, {}, &error);
    if (!aggregates) {
        err << error << "\n";
        return 1;
    }
    aggregates->synthetic = true;
    aggregates->note.set(QStringLiteral("nl"),
        QStringLiteral(
            "Deze vergelijkingscijfers zijn synthetisch: verzonnen door een programma op basis van de "
            "vragenlijsten, niet gemeten bij echte bedrijven. Alleen voor tests en demonstraties."));
    aggregates->note.set(QStringLiteral("en"),
        QStringLiteral(
            "These comparison figures are synthetic: made up by a program from the questionnaires, not "
            "measured at real businesses. For tests and demonstrations only."));
    if (!writeAggregates(*aggregates, output, &error)) {
        err << error << "\n";
        return 1;
    }
    QTextStream(stdout) << "wrote " << output << ": " << aggregates->results << " synthetic results, "
                        << aggregates->suppressedGroups
                        << " group(s) suppressed (k = " << aggregates->minGroup << ")\n";
    return 0;
}
