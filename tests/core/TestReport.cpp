// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnswerFile.h"
#include "Engine.h"
#include "QuestionnaireCatalog.h"
#include "Report.h"

#include <QTemporaryDir>
#include <QTest>

using namespace zelfscan;

/** One template, four outputs, for every tool in both languages. */
class TestReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rendersEveryFormat_data();
    void rendersEveryFormat();
    void csvHasARowPerStep();
    void summaryComesFirst();
    void writesAtomicallyOrNotAtAll();

private:
    QuestionnaireCatalog m_catalog;
};

void TestReport::initTestCase()
{
    QVERIFY(m_catalog.loadDirectory(QStringLiteral(QUESTIONNAIRES_DIR)).isEmpty());
}

struct Loaded
{
    AnswerSet answers;
    AssessmentResult result;
};

static Loaded loadAndAssess(const QuestionnaireCatalog& catalog, const QString& file)
{
    const AnswerLoadResult loaded = loadAnswerFile(QStringLiteral(TEST_DATA_DIR "/answers/") + file,
        [&catalog](const QString& id) { return catalog.find(id); });
    if (!loaded.ok())
        qFatal("cannot load %s", qPrintable(file));
    return { *loaded.answers, assess(*catalog.find(loaded.answers->questionnaireId), *loaded.answers) };
}

void TestReport::rendersEveryFormat_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("language");
    for (const char* file : { "basisscan-12.yaml", "risicoklasse-webshop.yaml", "ot-plant.yaml" }) {
        for (const char* language : { "nl", "en" })
            QTest::newRow(
                qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(file), QLatin1String(language))))
                << QString::fromLatin1(file) << QString::fromLatin1(language);
    }
}

void TestReport::rendersEveryFormat()
{
    QFETCH(QString, file);
    QFETCH(QString, language);
    const Loaded data = loadAndAssess(m_catalog, file);
    const Questionnaire& questionnaire = *m_catalog.find(data.answers.questionnaireId);
    const ReportInput input { questionnaire, data.answers, data.result, {}, language };

    const QByteArray pdf = renderReport(input, ReportFormat::Pdf);
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page ")
                + pdf.count("/Type /Page>")
            >= 2
        || pdf.size() > 20000);

    const QByteArray odt = renderReport(input, ReportFormat::Odt);
    QVERIFY(odt.startsWith("PK")); // a zip
    QVERIFY(odt.contains("content.xml"));
    QVERIFY(odt.contains("mimetypeapplication/vnd.oasis.opendocument.text"));

    const QString html = QString::fromUtf8(renderReport(input, ReportFormat::Html));
    QVERIFY(html.contains(questionnaire.title.text(language).toHtmlEscaped()));
    for (const Section& section : questionnaire.sections) {
        if (!questionnaire.isIntakeQuestion(section.questions.first())
            && questionnaire.kind != QuestionnaireKind::RiskClass)
            QVERIFY2(html.contains(section.title.text(language).toHtmlEscaped()), qPrintable(section.id));
    }
    QVERIFY(html.contains(
        questionnaire.source.text(language).toHtmlEscaped())); // never presented as the official tool
    if (questionnaire.kind != QuestionnaireKind::RiskClass)
        QVERIFY(html.contains(
            QStringLiteral("data:image/png;base64,"))); // the radar picture travels with the file
}

void TestReport::csvHasARowPerStep()
{
    const Loaded data = loadAndAssess(m_catalog, QStringLiteral("basisscan-zzp.yaml"));
    const ReportInput input { *m_catalog.find(QStringLiteral("basisscan")), data.answers, data.result,
        { data.result.steps.first().id }, QStringLiteral("en") };
    const QByteArray csv = actionPlanCsv(input);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), data.result.steps.size() + 1);
    QCOMPARE(lines.first(), QStringLiteral("step,priority,effort,impact,why,how,status,id"));
    QVERIFY(lines.at(1).contains(QStringLiteral(",done,")));
    QVERIFY(lines.at(2).contains(QStringLiteral(",open,")));
    // Quotes inside a field are doubled, so every row keeps eight fields.
    for (const QString& line : lines.mid(1)) {
        const int quotes = int(line.count(QLatin1Char('"')));
        QCOMPARE(quotes % 2, 0);
    }
}

void TestReport::summaryComesFirst()
{
    const Loaded data = loadAndAssess(m_catalog, QStringLiteral("basisscan-zzp.yaml"));
    const ReportInput input { *m_catalog.find(QStringLiteral("basisscan")), data.answers, data.result, {},
        QStringLiteral("nl") };
    const QString html = reportHtml(input, false);
    const int glance = int(html.indexOf(QStringLiteral("In één oogopslag")));
    const int firstStep
        = int(html.indexOf(data.result.steps.first().title.text(QStringLiteral("nl")).toHtmlEscaped()));
    const int details = int(html.indexOf(QStringLiteral("page-break-before")));
    QVERIFY(glance > 0 && firstStep > glance && details > firstStep);
    QVERIFY(html.contains(QStringLiteral("Beperk toegang"))); // the weakest principle is named
}

void TestReport::writesAtomicallyOrNotAtAll()
{
    const Loaded data = loadAndAssess(m_catalog, QStringLiteral("basisscan-12.yaml"));
    const ReportInput input { *m_catalog.find(QStringLiteral("basisscan")), data.answers, data.result, {},
        QStringLiteral("nl") };
    QTemporaryDir dir;
    QString error;
    QVERIFY(!writeReport(input, dir.filePath(QStringLiteral("report.docx")), &error));
    QVERIFY(error.contains(QStringLiteral("unknown report format")));
    QVERIFY(!writeReport(input, QStringLiteral("/dev/full"), &error)); // a full disk
    QVERIFY(!writeReport(input, dir.path(), &error)); // a folder
    QVERIFY(writeReport(input, dir.filePath(QStringLiteral("report.pdf")), &error));
    QVERIFY(QFile(dir.filePath(QStringLiteral("report.pdf"))).size() > 1000);
}

QTEST_MAIN(TestReport)
#include "TestReport.moc"
