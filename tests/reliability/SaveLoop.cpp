// SPDX-License-Identifier: GPL-3.0-or-later
// Child process for TestCrashSafeSave: saves two different assessments to one path, turn about,
// as fast as it can, until it is killed. Prints "started" once the first save is done.
#include "core/assessment/Assessment.h"

#include <QCoreApplication>

#include <cstdio>

using namespace zelfscan;

static Assessment version(int n)
{
    Assessment assessment;
    assessment.answers.questionnaireId = QStringLiteral("every_feature");
    assessment.answers.questionnaireVersion = QStringLiteral("1.0");
    assessment.answers.profile.size = QStringLiteral("10-49");
    // Large enough that a write takes several system calls, so a kill can land mid-write.
    assessment.answers.notes = QString(200000, QLatin1Char(n == 0 ? 'a' : 'b'));
    assessment.answers.answers.insert(
        QStringLiteral("backup"), Answer::ofOption(n == 0 ? QStringLiteral("yes") : QStringLiteral("no")));
    return assessment;
}

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QString path = QCoreApplication::arguments().value(1);
    const Assessment versions[2] = { version(0), version(1) };
    for (long i = 0;; ++i) {
        QString error;
        if (!saveAssessmentFile(versions[i % 2], path, &error)) {
            std::fprintf(stderr, "save failed: %s\n", qPrintable(error));
            return 1;
        }
        if (i == 0) {
            std::printf("started\n");
            std::fflush(stdout);
        }
    }
}
