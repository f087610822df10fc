// SPDX-License-Identifier: GPL-3.0-or-later
// The baselines for bench_startup: an empty Qt Widgets window, or with --text one holding a
// single wrapped line of text (what showing any text at all costs: fonts found and loaded,
// text shaped), shown, then "ready <peak RSS kB> <CPU time us> <shared objects mapped>".
#include <QApplication>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>
#include <QWidget>

#include <cstdio>
#include <link.h>
#include <sys/resource.h>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QWidget window;
    if (app.arguments().contains(QStringLiteral("--text"))) {
        auto* label = new QLabel(QStringLiteral("Hoe goed volgt je bedrijf de vijf basisprincipes?"));
        label->setWordWrap(true);
        (new QVBoxLayout(&window))->addWidget(label);
    }
    window.resize(1024, 700);
    window.show();
    QTimer::singleShot(0, &window, [] {
        rusage usage {};
        getrusage(RUSAGE_SELF, &usage);
        const long long cpuUs = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000000LL
            + usage.ru_utime.tv_usec + usage.ru_stime.tv_usec;
        int objects = 0;
        dl_iterate_phdr(
            [](dl_phdr_info*, size_t, void* data) {
                ++*static_cast<int*>(data);
                return 0;
            },
            &objects);
        std::printf("ready %ld %lld %d\n", usage.ru_maxrss, cpuUs, objects);
        std::fflush(stdout);
        QApplication::quit();
    });
    return app.exec();
}
