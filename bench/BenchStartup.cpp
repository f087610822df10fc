// SPDX-License-Identifier: GPL-3.0-or-later
// Time from process start to the start page shown (all questionnaires loaded), and peak memory,
// for Zelfscan and for an empty Qt Widgets window on the same machine. Prints both; fails nothing.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTextStream>

#include <algorithm>

namespace {

struct Figures
{
    double medianMs = 0;
    long peakKb = 0;
};

Figures measure(const QString& program, const QStringList& arguments, int runs)
{
    QList<double> times;
    long peak = 0;
    for (int i = 0; i < runs; ++i) {
        QProcess process;
        QElapsedTimer timer;
        timer.start();
        process.start(program, arguments);
        while (process.state() != QProcess::NotRunning && !process.canReadLine())
            process.waitForReadyRead(10000);
        const double ms = timer.nsecsElapsed() / 1e6;
        const QByteArray line = process.readLine().trimmed();
        process.waitForFinished(10000);
        if (!line.startsWith("ready ")) {
            QTextStream(stderr) << program << " did not report ready: " << process.readAllStandardError()
                                << "\n";
            return {};
        }
        times.append(ms);
        peak = std::max(peak, line.mid(6).toLong());
    }
    std::sort(times.begin(), times.end());
    return { times.at(times.size() / 2), peak };
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QString dir = QCoreApplication::applicationDirPath();
    const int runs = 7;
    const Figures empty = measure(dir + QStringLiteral("/bench_empty_window"), {}, runs);
    const Figures zelfscan
        = measure(QStringLiteral(ZELFSCAN_APP_PATH), { QStringLiteral("--bench-startup") }, runs);
    out << "empty Qt Widgets window: " << QString::number(empty.medianMs, 'f', 1) << " ms to shown, peak RSS "
        << empty.peakKb / 1024 << " MB\n";
    out << "Zelfscan start page:     " << QString::number(zelfscan.medianMs, 'f', 1)
        << " ms to shown, peak RSS " << zelfscan.peakKb / 1024 << " MB\n";
    if (empty.medianMs > 0)
        out << "ratio: " << QString::number(zelfscan.medianMs / empty.medianMs, 'f', 2)
            << "x (target: at most 1.5x, peak at most 40 MB)\n";
    out << "(median of " << runs << " runs each; QT_QPA_PLATFORM="
        << qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("default")) << ")\n";
    return 0;
}
