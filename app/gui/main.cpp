// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/AppIdentity.h"
#include "app/gui/AppSettings.h"
#include "app/gui/AppStyle.h"
#include "app/gui/AutosaveStore.h"
#include "app/gui/LanguageManager.h"
#include "app/gui/MainWindow.h"
#include "app/gui/SingleInstance.h"
#include "app/gui/staff/StaffWindow.h"
#include "core/questionnaire/QuestionnaireCache.h"
#include "core/questionnaire/QuestionnaireCatalog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>
#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace zelfscan;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    AppIdentity::apply();
    AppStyle::apply(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Zelfscan: offline cyber self-assessments based on the DTC tools."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QStringLiteral("Interface language: nl or en."), QStringLiteral("LANG"));
    const QCommandLineOption dirOption(QStringLiteral("questionnaires"),
        QStringLiteral("Folder with questionnaires."), QStringLiteral("DIR"));
    const QCommandLineOption toolOption(
        QStringLiteral("tool"), QStringLiteral("Open this questionnaire at start."), QStringLiteral("ID"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QStringLiteral("Save a picture of the window to FILE and quit."), QStringLiteral("FILE"));
    QCommandLineOption benchOption(QStringLiteral("bench-startup"),
        QStringLiteral("Print 'ready PEAK_RSS_KB' once the start page is shown, then quit."));
    benchOption.setFlags(QCommandLineOption::HiddenFromHelp);
    // For scripts/screenshots.sh: with --tool, show this page (start, intake, questions, review, result).
    QCommandLineOption pageOption(
        QStringLiteral("page"), QStringLiteral("Show this page."), QStringLiteral("PAGE"));
    pageOption.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption staffOption(QStringLiteral("staff"),
        QStringLiteral("Open the DTC staff window: import shared results and show their aggregates."));
    const QCommandLineOption demoComparisonOption(QStringLiteral("demo-comparison"),
        QStringLiteral("For demonstrations only: compare results with the figures in FILE, made-up ones too, "
                       "labelled as a demo wherever they appear."),
        QStringLiteral("FILE"));
    parser.addOptions({ langOption, dirOption, toolOption, screenshotOption, benchOption, staffOption,
        demoComparisonOption, pageOption });
    parser.addPositionalArgument(QStringLiteral("FILE"),
        QStringLiteral("A saved assessment (.zelfscan) to open."), QStringLiteral("[FILE]"));
    parser.process(app);

    // A plain launch (the menu, or a double-clicked file) goes to the Zelfscan that already runs,
    // so two processes never write the same autosave. Any option means a run of its own: a
    // screenshot, the staff window, another questionnaire folder or language.
    SingleInstance instance(SingleInstance::defaultDirectory(AppIdentity::id()));
    const bool plainLaunch = parser.optionNames().isEmpty();
    if (plainLaunch && !instance.claim()) {
        if (instance.handOff(parser.positionalArguments()))
            return 0;
        // The running one did not take it (busy or hung): a second window beats no window.
        std::fprintf(stderr, "zelfscan: the running Zelfscan did not answer; opening a new window\n");
    }

    LanguageManager languages;
    const zelfscan::Language language = parser.isSet(langOption)
        ? zelfscan::Language::parse(parser.value(langOption)).value_or(zelfscan::Language())
        : AppSettings().language();
    languages.setLanguage(language);

    if (parser.isSet(staffOption)) {
        // Staff work with share files: no autosave, no assessment.
        StaffWindow staff(StaffWindow::defaultDatabasePath());
        // Only to name sections by their titles; shares never need the questionnaires to load.
        QuestionnaireCatalog titles;
        const QuestionnaireCache cache(QuestionnaireCache::defaultDirectory());
        titles.setCache(&cache);
        const QString dir
            = parser.isSet(dirOption) ? parser.value(dirOption) : QuestionnaireCatalog::defaultDirectory();
        if (!dir.isEmpty()) {
            titles.loadDirectory(dir, Checks::ErrorsOnly);
            staff.setQuestionnaires(&titles);
        }
        staff.show();
        if (parser.isSet(screenshotOption)) {
            const QString file = parser.value(screenshotOption);
            QTimer::singleShot(600, &staff, [&staff, file] {
                staff.grab().save(file);
                QApplication::quit();
            });
        }
        return app.exec();
    }

    // Parsing the YAML was most of the start-up: a copy of what was loaded last time, checked
    // against the files' hashes, is read instead (validate and the CLI always parse).
    const QuestionnaireCache cache(QuestionnaireCache::defaultDirectory());
    QuestionnaireCatalog catalog;
    catalog.setCache(&cache);
    const QString dir
        = parser.isSet(dirOption) ? parser.value(dirOption) : QuestionnaireCatalog::defaultDirectory();
    Diagnostics problems = dir.isEmpty()
        ? Diagnostics { { Diagnostic::Severity::Error, QString(), 0, 0,
            QStringLiteral("no questionnaire folder found (looked in %1)")
                .arg(QuestionnaireCatalog::defaultSearchPaths().join(QStringLiteral(", "))) } }
        : catalog.loadDirectory(dir, Checks::ErrorsOnly); // content authors see warnings in `validate`
    problems += catalog.crossCheck();

    AutosaveStore store;
    MainWindow window(catalog, store, languages);
    window.show();
    if (parser.isSet(demoComparisonOption))
        window.setDemoComparison(parser.value(demoComparisonOption));

    if (hasErrors(problems)) {
        QStringList lines;
        for (const Diagnostic& d : problems) {
            if (d.isError())
                lines.append(d.toString());
        }
        // Not blocking: the window stays usable with the questionnaires that did load.
        auto* box = new QMessageBox(QMessageBox::Warning, QObject::tr("Questionnaires"),
            QObject::tr("Some questionnaires could not be loaded and are left out:\n\n%1")
                .arg(lines.join(QLatin1Char('\n'))),
            QMessageBox::Ok, &window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    if (parser.isSet(toolOption))
        window.openTool(parser.value(toolOption));
    if (parser.isSet(pageOption) && !window.showPage(parser.value(pageOption))) {
        std::fprintf(stderr, "zelfscan: unknown page '%s'\n", qPrintable(parser.value(pageOption)));
        return 2;
    }
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().first());
    QObject::connect(&instance, &SingleInstance::openRequested, &window,
        [&window](const QStringList& files) { window.openFileFromDesktop(files.value(0)); });
    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(600, &window, [&window, file] {
            window.grab().save(file);
            QApplication::quit();
        });
    }
    if (parser.isSet(benchOption)) {
        QTimer::singleShot(0, &window, [] {
            long peakKb = 0; // not measured outside Unix; bench_startup runs on Linux
#ifdef Q_OS_UNIX
            rusage usage {};
            getrusage(RUSAGE_SELF, &usage);
            peakKb = usage.ru_maxrss;
#endif
            std::printf("ready %ld\n", peakKb);
            std::fflush(stdout);
            QApplication::quit();
        });
    }
    return app.exec();
}
