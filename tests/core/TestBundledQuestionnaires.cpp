// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/questionnaire/QuestionnaireCatalog.h"

#include <QDir>
#include <QTest>

using namespace zelfscan;

/** The shipped content must load without a single error or warning (validate --werror). */
class TestBundledQuestionnaires : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFileIsClean_data();
    void everyFileIsClean();
    void referencesBetweenFilesResolve();
};

void TestBundledQuestionnaires::everyFileIsClean_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(QUESTIONNAIRES_DIR));
    const QStringList files
        = dir.entryList({ QStringLiteral("*.yaml"), QStringLiteral("*.yml") }, QDir::Files, QDir::Name);
    for (const QString& name : files)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
    if (files.isEmpty())
        QTest::newRow("no questionnaires") << QString();
}

void TestBundledQuestionnaires::everyFileIsClean()
{
    QFETCH(QString, path);
    QVERIFY2(!path.isEmpty(), "questionnaires/ holds no YAML files");
    QuestionnaireCatalog catalog;
    const Diagnostics diagnostics = catalog.loadFiles({ path });
    QStringList lines;
    for (const Diagnostic& d : diagnostics)
        lines.append(d.toString());
    QVERIFY2(diagnostics.isEmpty(), qPrintable(lines.join(QLatin1Char('\n'))));
    QCOMPARE(catalog.questionnaires().size(), 1);
}

void TestBundledQuestionnaires::referencesBetweenFilesResolve()
{
    QuestionnaireCatalog catalog;
    catalog.loadDirectory(QStringLiteral(QUESTIONNAIRES_DIR));
    const Diagnostics diagnostics = catalog.crossCheck();
    QStringList lines;
    for (const Diagnostic& d : diagnostics)
        lines.append(d.toString());
    QVERIFY2(diagnostics.isEmpty(), qPrintable(lines.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestBundledQuestionnaires)
#include "TestBundledQuestionnaires.moc"
