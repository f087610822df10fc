// SPDX-License-Identifier: GPL-3.0-or-later
// Time from process start to the start page shown (all questionnaires loaded), CPU time, peak
// memory and the shared objects mapped by then, for Zelfscan and for an empty Qt Widgets window,
// measured in turns in the same run.
// Prints both; fails nothing.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTextStream>

#include <algorithm>
#include <optional>

namespace {

struct Run
{
    double wallMs = 0;
    double cpuMs = 0;
    long peakKb = 0;
    int libraries = 0; ///< shared objects mapped (the program, libraries, plugins)
};

/** One start of @p program; nothing when it did not report ready. */
std::optional<Run> runOnce(const QString& program, const QStringList& arguments)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    while (process.state() != QProcess::NotRunning && !process.canReadLine())
        process.waitForReadyRead(10000);
    const double ms = timer.nsecsElapsed() / 1e6;
    const QList<QByteArray> fields = process.readLine().trimmed().split(' ');
    process.waitForFinished(10000);
    if (fields.size() != 4 || fields.at(0) != "ready") {
        QTextStream(stderr) << program << " did not report ready: " << process.readAllStandardError() << "\n";
        return std::nullopt;
    }
    return Run { ms, fields.at(2).toDouble() / 1000.0, fields.at(1).toLong(), fields.at(3).toInt() };
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

struct Figures
{
    QList<double> wall;
    QList<double> cpu;
    long peakKb = 0;
    int libraries = 0;

    void add(const Run& run)
    {
        wall.append(run.wallMs);
        cpu.append(run.cpuMs);
        peakKb = std::max(peakKb, run.peakKb);
        libraries = std::max(libraries, run.libraries);
    }
    QString line() const
    {
        return QStringLiteral("%1 ms wall, %2 ms CPU (median), peak RSS %3 MB, %4 shared objects")
            .arg(median(wall), 0, 'f', 1)
            .arg(median(cpu), 0, 'f', 1)
            .arg(peakKb / 1024)
            .arg(libraries);
    }
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QString emptyWindow
        = QCoreApplication::applicationDirPath() + QStringLiteral("/bench_empty_window");
    const QString zelfscan = QStringLiteral(ZELFSCAN_APP_PATH);
    const int runs = 7;
    Figures empty;
    Figures text;
    Figures start;
    // In turns, so that a burst of other work on a shared machine hits all alike.
    for (int i = 0; i < runs; ++i) {
        const std::optional<Run> a = runOnce(emptyWindow, {});
        const std::optional<Run> b = runOnce(zelfscan, { QStringLiteral("--bench-startup") });
        const std::optional<Run> c = runOnce(emptyWindow, { QStringLiteral("--text") });
        if (!a || !b || !c)
            return 1;
        empty.add(*a);
        start.add(*b);
        text.add(*c);
    }
    const auto ratio = [](const Figures& a, const Figures& b) {
        return QStringLiteral("%1x wall, %2x CPU")
            .arg(median(a.wall) / median(b.wall), 0, 'f', 2)
            .arg(median(a.cpu) / median(b.cpu), 0, 'f', 2);
    };
    out << "empty Qt Widgets window:  " << empty.line() << "\n";
    out << "window with one sentence: " << text.line() << "\n";
    out << "Zelfscan start page:      " << start.line() << "\n";
    out << "ratio to the empty window: " << ratio(start, empty)
        << " (target: at most 1.5x, peak at most 40 MB)\n";
    out << "ratio to the window with one sentence: " << ratio(start, text)
        << "; that window to the empty one: " << ratio(text, empty) << "\n";
    out << "(" << runs << " runs each, in turns; QT_QPA_PLATFORM="
        << qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("default")) << ")\n";
    return 0;
}
