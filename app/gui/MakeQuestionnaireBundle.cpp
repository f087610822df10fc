// SPDX-License-Identifier: GPL-3.0-or-later
// Build tool: loads the shipped questionnaires and writes the bundle the app carries as a
// resource (QuestionnaireCache::setBundle), so that even its first start parses no YAML.
//
//   zelfscan_questionnaire_bundle QUESTIONNAIRE_DIR OUT
#include "core/io/SafeWrite.h"
#include "core/questionnaire/QuestionnaireCache.h"
#include "core/questionnaire/QuestionnaireLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

using namespace zelfscan;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        err << "usage: zelfscan_questionnaire_bundle QUESTIONNAIRE_DIR OUT\n";
        return 2;
    }
    const QDir dir(args.at(1));
    QList<Questionnaire> questionnaires;
    for (const QString& name :
        dir.entryList({ QStringLiteral("*.yaml"), QStringLiteral("*.yml") }, QDir::Files, QDir::Name)) {
        QuestionnaireLoadResult result
            = loadQuestionnaireFile(dir.filePath(name), Checks::ErrorsOnly, nullptr);
        // As in the per-user cache: only what loads without any remark, which the app would repeat.
        if (result.questionnaire && result.diagnostics.isEmpty())
            questionnaires.append(std::move(*result.questionnaire));
        else
            err << "not bundled (it has problems; the app parses it): " << name << "\n";
    }
    QString error;
    if (!writeFileAtomically(args.at(2), QuestionnaireCache::makeBundle(questionnaires), &error)) {
        err << error << "\n";
        return 1;
    }
    return 0;
}
