// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/AppIdentity.h"
#include "app/gui/AppSettings.h"
#include "app/gui/AppStyle.h"
#include "app/gui/AutosaveStore.h"
#include "app/gui/ExtrasLoader.h"
#include "app/gui/ExtrasModule.h"
#include "app/gui/LanguageManager.h"
#include "app/gui/MainWindow.h"
#include "app/gui/MessageBoxes.h"
#include "app/gui/SingleInstance.h"
#include "app/gui/staff/StaffWindow.h"
#include "core/questionnaire/QuestionnaireCache.h"
#include "core/questionnaire/QuestionnaireCatalog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>
#include <memory>
#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif
#ifdef Q_OS_LINUX
#include <link.h>
#endif

using namespace zelfscan;

namespace {

/** Made at build time from the shipped questionnaires (app/gui/CMakeLists.txt). */
const QString bundledQuestionnaires = QStringLiteral(":/questionnaires/questionnaires.qbundle");

/** The app's command line: options for people, and hidden ones for scripts and benchmarks. */
struct CommandLine
{
    QCommandLineParser parser;
    const QCommandLineOption lang { QStringLiteral("lang"),
        QStringLiteral("Language: nl, en or one the questionnaires declare."), QStringLiteral("LANG") };
    const QCommandLineOption questionnaires { QStringLiteral("questionnaires"),
        QStringLiteral("Folder with questionnaires."), QStringLiteral("DIR") };
    const QCommandLineOption tool { QStringLiteral("tool"),
        QStringLiteral("Open this questionnaire at start."), QStringLiteral("ID") };
    const QCommandLineOption screenshot { QStringLiteral("screenshot"),
        QStringLiteral("Save a picture of the window to FILE and quit."), QStringLiteral("FILE") };
    QCommandLineOption bench { QStringLiteral("bench-startup"),
        QStringLiteral(
            "Print 'ready PEAK_RSS_KB CPU_US LIBRARIES' once the start page is shown, then quit.") };
    // For scripts/screenshots.sh: with --tool, show this page (start, intake, questions, review, result).
    QCommandLineOption page { QStringLiteral("page"), QStringLiteral("Show this page."),
        QStringLiteral("PAGE") };
    // For scripts/check-packaging.sh: does this app find and load its extras module?
    QCommandLineOption checkExtras { QStringLiteral("check-extras"),
        QStringLiteral(
            "Load the module with the result page and the other windows, say whether it works, then quit.") };
    const QCommandLineOption staff { QStringLiteral("staff"),
        QStringLiteral("Open the DTC staff window: import shared results and show their aggregates.") };
    const QCommandLineOption demoComparison { QStringLiteral("demo-comparison"),
        QStringLiteral("For demonstrations only: compare results with the figures in FILE, made-up ones too, "
                       "labelled as a demo wherever they appear."),
        QStringLiteral("FILE") };

    void process(const QApplication& app)
    {
        parser.setApplicationDescription(
            QStringLiteral("Zelfscan: offline cyber self-assessments based on the DTC tools."));
        parser.addHelpOption();
        parser.addVersionOption();
        bench.setFlags(QCommandLineOption::HiddenFromHelp);
        page.setFlags(QCommandLineOption::HiddenFromHelp);
        checkExtras.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOptions(
            { lang, questionnaires, tool, screenshot, bench, staff, demoComparison, page, checkExtras });
        parser.addPositionalArgument(QStringLiteral("FILE"),
            QStringLiteral("A saved assessment (.zelfscan) to open."), QStringLiteral("[FILE]"));
        parser.process(app);
    }

    QString questionnaireDirectory() const
    {
        return parser.isSet(questionnaires) ? parser.value(questionnaires)
                                            : QuestionnaireCatalog::defaultDirectory();
    }
};

void saveScreenshotLater(QWidget& window, const QString& file)
{
    QTimer::singleShot(600, &window, [&window, file] {
        window.grab().save(file);
        QApplication::quit();
    });
}

/** How many shared objects (the program, libraries, plugins) are mapped; 0 where not counted. */
int loadedObjects()
{
    int count = 0;
#ifdef Q_OS_LINUX
    dl_iterate_phdr(
        [](dl_phdr_info*, size_t, void* data) {
            ++*static_cast<int*>(data);
            return 0;
        },
        &count);
#endif
    return count;
}

/** For bench_startup: the peak memory, CPU time and libraries once the start page is up, then quit. */
void reportStartupLater(QObject& context)
{
    QTimer::singleShot(0, &context, [] {
        long peakKb = 0; // not measured outside Unix; bench_startup runs on Linux
        long long cpuUs = 0; // user and system time: steadier than wall time on a busy machine
#ifdef Q_OS_UNIX
        rusage usage {};
        getrusage(RUSAGE_SELF, &usage);
        peakKb = usage.ru_maxrss;
        cpuUs = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000000LL + usage.ru_utime.tv_usec
            + usage.ru_stime.tv_usec;
#endif
        std::printf("ready %ld %lld %d\n", peakKb, cpuUs, loadedObjects());
        std::fflush(stdout);
        QApplication::quit();
    });
}

int runStaffWindow(QApplication& app, const CommandLine& commandLine)
{
    // Only to name sections by their titles; shares never need the questionnaires to load.
    QuestionnaireCatalog titles;
    QuestionnaireCache cache(QuestionnaireCache::defaultDirectory());
    cache.setBundle(bundledQuestionnaires);
    titles.setCache(&cache);
    const QString dir = commandLine.questionnaireDirectory();
    if (!dir.isEmpty())
        titles.loadDirectory(dir, Checks::ErrorsOnly);
    ExtrasModule* extras = ExtrasLoader::moduleOrWarn(nullptr);
    if (!extras)
        return 1;
    // Staff work with share files: no autosave, no assessment.
    const std::unique_ptr<QWidget> staff(extras->createStaffWindow(
        StaffWindow::defaultDatabasePath(), dir.isEmpty() ? nullptr : &titles, nullptr));
    staff->show();
    if (commandLine.parser.isSet(commandLine.screenshot))
        saveScreenshotLater(*staff, commandLine.parser.value(commandLine.screenshot));
    return app.exec();
}

int checkExtrasModule()
{
    QString error;
    if (!ExtrasLoader::module(&error)) {
        std::fprintf(stderr, "zelfscan: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("%s: loaded\n", qPrintable(ExtrasLoader::modulePath()));
    return 0;
}

Diagnostics loadQuestionnaires(QuestionnaireCatalog& catalog, const QString& dir)
{
    Diagnostics problems = dir.isEmpty()
        ? Diagnostics { { Diagnostic::Severity::Error, QString(), 0, 0,
            QStringLiteral("no questionnaire folder found (looked in %1)")
                .arg(QuestionnaireCatalog::defaultSearchPaths().join(QStringLiteral(", "))) } }
        : catalog.loadDirectory(dir, Checks::ErrorsOnly); // content authors see warnings in `validate`
    problems += catalog.crossCheck();
    return problems;
}

/**
 * Empty when --lang and --tool name what the loaded questionnaires offer, else what is wrong:
 * a mistyped tool would otherwise open the start page as if nothing had been asked.
 */
QString checkStartOptions(const CommandLine& commandLine, const QuestionnaireCatalog& catalog)
{
    const QCommandLineParser& parser = commandLine.parser;
    if (parser.isSet(commandLine.lang)) {
        const std::optional<Language> language = Language::parse(parser.value(commandLine.lang));
        if (!language || !catalog.languages().contains(language->code()))
            return QStringLiteral("--lang must be %1").arg(catalog.languages().join(QStringLiteral(", ")));
    }
    if (parser.isSet(commandLine.tool) && !catalog.find(parser.value(commandLine.tool))) {
        QStringList ids;
        for (const Questionnaire& questionnaire : catalog.questionnaires())
            ids << questionnaire.id;
        return QStringLiteral("unknown tool '%1'; the questionnaires are: %2")
            .arg(parser.value(commandLine.tool), ids.join(QStringLiteral(", ")));
    }
    return {};
}

/** The start-up's own texts, under a context of their own in the translations. */
class Startup
{
    Q_DECLARE_TR_FUNCTIONS(Startup)
};

/** Not blocking: the window stays usable with the questionnaires that did load. */
void warnAboutLeftOutQuestionnaires(const Diagnostics& problems, QWidget* window)
{
    if (!hasErrors(problems))
        return;
    QStringList lines;
    for (const Diagnostic& d : problems) {
        if (d.isError())
            lines.append(d.toString());
    }
    showMessageBox(window, QMessageBox::Warning, Startup::tr("Questionnaires"),
        Startup::tr("Some questionnaires could not be loaded and are left out:\n\n%1")
            .arg(lines.join(QLatin1Char('\n'))));
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    AppIdentity::apply();
    AppStyle::apply(app);
    CommandLine commandLine;
    commandLine.process(app);
    const QCommandLineParser& parser = commandLine.parser;
    if (parser.isSet(commandLine.checkExtras))
        return checkExtrasModule();

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
    languages.setLanguage(parser.isSet(commandLine.lang)
            ? zelfscan::Language::parse(parser.value(commandLine.lang)).value_or(zelfscan::Language())
            : AppSettings().language());
    if (parser.isSet(commandLine.staff))
        return runStaffWindow(app, commandLine);

    // Parsing the YAML was most of the start-up: a copy of what was loaded last time (or at build
    // time, for the shipped files), checked against the files' hashes, is read instead (validate
    // and the CLI always parse).
    QuestionnaireCache cache(QuestionnaireCache::defaultDirectory());
    cache.setBundle(bundledQuestionnaires);
    QuestionnaireCatalog catalog;
    catalog.setCache(&cache);
    const Diagnostics problems = loadQuestionnaires(catalog, commandLine.questionnaireDirectory());
    if (const QString wrong = checkStartOptions(commandLine, catalog); !wrong.isEmpty()) {
        std::fprintf(stderr, "zelfscan: %s\n", qPrintable(wrong));
        return 2;
    }

    AutosaveStore store;
    MainWindow window(catalog, store, languages);
    window.show();
    if (parser.isSet(commandLine.demoComparison))
        window.setDemoComparison(parser.value(commandLine.demoComparison));
    warnAboutLeftOutQuestionnaires(problems, &window);
    if (parser.isSet(commandLine.tool))
        window.openTool(parser.value(commandLine.tool));
    if (parser.isSet(commandLine.page) && !window.showPage(parser.value(commandLine.page))) {
        std::fprintf(stderr, "zelfscan: unknown page '%s'\n", qPrintable(parser.value(commandLine.page)));
        return 2;
    }
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().first());
    QObject::connect(&instance, &SingleInstance::openRequested, &window,
        [&window](const QStringList& files) { window.openFileFromDesktop(files.value(0)); });
    if (parser.isSet(commandLine.screenshot))
        saveScreenshotLater(window, parser.value(commandLine.screenshot));
    if (parser.isSet(commandLine.bench))
        reportStartupLater(window);
    return app.exec();
}
