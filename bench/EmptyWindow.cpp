// SPDX-License-Identifier: GPL-3.0-or-later
// The baseline for bench_startup: an empty Qt Widgets window, shown, then "ready <peak RSS kB>".
#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <sys/resource.h>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QWidget window;
    window.resize(1024, 700);
    window.show();
    QTimer::singleShot(0, &window, [] {
        rusage usage {};
        getrusage(RUSAGE_SELF, &usage);
        std::printf("ready %ld\n", usage.ru_maxrss);
        std::fflush(stdout);
        QApplication::quit();
    });
    return app.exec();
}
