// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assessment/AnswerFile.h"
#include "core/engine/Comparison.h"
#include "core/engine/Engine.h"
#include "core/engine/ResultFormat.h"
#include "core/plan/FirstSteps.h"
#include "core/plan/Progress.h"
#include "core/questionnaire/QuestionnaireCatalog.h"
#include "core/report/RadarPainter.h"
#include "core/report/Report.h"
#include "core/text/Wording.h"
#include "tests/util/Csv.h"

#include <QRegularExpression>
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
    void progressLeadsAfterARecheck();
    void tablesWritePercentagesAsSentencesDo();
    void stepsNameTheAnswersTheyComeFrom();
    void writesAtomicallyOrNotAtAll();
    void rendersFixtures_data();
    void rendersFixtures();
    void radarKeepsLabelsInside();

private:
    QuestionnaireCatalog m_catalog;
    QuestionnaireCatalog m_fixtures;
};

void TestReport::initTestCase()
{
    QVERIFY(m_catalog.loadDirectory(QStringLiteral(QUESTIONNAIRES_DIR)).isEmpty());
    QVERIFY(m_fixtures.loadDirectory(QStringLiteral(TEST_DATA_DIR "/questionnaires")).isEmpty());
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
    QTest::addColumn<QString>("languageCode");
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
    QFETCH(QString, languageCode);
    const Language language = Language::declared(languageCode);
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
        { data.result.steps.first().id }, Language::english() };
    const QByteArray csv = actionPlanCsv(input);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), data.result.steps.size() + 1);
    QCOMPARE(lines.first(), QStringLiteral("step,priority,effort,impact,why,how,link,status,id"));
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
        Language::dutch() };
    const QString html = reportHtml(input, false);
    const int glance = int(html.indexOf(QStringLiteral("In één oogopslag")));
    // The first step as chosen for this business (core/plan/FirstSteps.h), with the reason why.
    const FirstSteps first = firstStepsFor(data.result, Language::dutch());
    const int firstStep
        = int(html.indexOf(first.steps.first().title.text(Language::dutch()).toHtmlEscaped()));
    QVERIFY(html.contains(first.why.toHtmlEscaped()));
    const int details = int(html.indexOf(QStringLiteral("page-break-before")));
    QVERIFY(glance > 0 && firstStep > glance && details > firstStep);
    QVERIFY(html.contains(QStringLiteral("Beperk toegang"))); // the weakest principle is named
}

void TestReport::progressLeadsAfterARecheck()
{
    const Questionnaire& basisscan = *m_catalog.find(QStringLiteral("basisscan"));
    const Loaded before = loadAndAssess(m_catalog, QStringLiteral("basisscan-bakery.yaml"));
    const Loaded after = loadAndAssess(m_catalog, QStringLiteral("basisscan-best.yaml"));
    ReportInput input { basisscan, after.answers, after.result, {}, Language::dutch() };
    QVERIFY(!reportHtml(input, false).contains(QStringLiteral("Sinds de vorige keer")));
    input.previous = before.result;
    const QString html = reportHtml(input, false);
    const QString sentence
        = progressSentence(compareResults(before.result, after.result), basisscan, Language::dutch());
    QVERIFY(sentence.contains(QStringLiteral("stappen gedaan")));
    const int progress = int(html.indexOf(sentence.toHtmlEscaped()));
    QVERIFY(progress > 0);
    QVERIFY(progress < html.indexOf(QStringLiteral("In één oogopslag")));
}

void TestReport::tablesWritePercentagesAsSentencesDo()
{
    // Dutch puts a space before the percent sign (wording::notation), in sentences and tables alike.
    const Questionnaire& basisscan = *m_catalog.find(QStringLiteral("basisscan"));
    const Loaded data = loadAndAssess(m_catalog, QStringLiteral("basisscan-12.yaml"));
    QVERIFY(data.result.overall);
    for (const Language& language : { Language::dutch(), Language::english() }) {
        const QString html = reportHtml({ basisscan, data.answers, data.result, {}, language }, false);
        const QString overall = wording::percent(language, *data.result.overall);
        QVERIFY2(html.contains(QStringLiteral("</b></td><td>") + overall + QStringLiteral("</td>")),
            qPrintable(overall));
        for (const SectionResult& section : data.result.sections) {
            QVERIFY(section.score);
            const QString cell = QStringLiteral("<td align=\"center\">%1</td>")
                                     .arg(wording::percent(language, *section.score));
            QVERIFY2(html.contains(cell), qPrintable(cell));
        }
    }
    const QString dutch = reportHtml({ basisscan, data.answers, data.result, {}, Language::dutch() }, false);
    QVERIFY(dutch.contains(QStringLiteral("<td align=\"center\">29\u00A0%</td>")));
    QVERIFY(!dutch.contains(QRegularExpression(QStringLiteral("\\d%</td>"))));
}

void TestReport::stepsNameTheAnswersTheyComeFrom()
{
    const Questionnaire& basisscan = *m_catalog.find(QStringLiteral("basisscan"));
    const Loaded data = loadAndAssess(m_catalog, QStringLiteral("basisscan-12.yaml"));
    QVERIFY(!data.result.steps.isEmpty());
    const QString html = reportHtml({ basisscan, data.answers, data.result, {}, Language::dutch() }, false);
    int named = 0;
    for (const NextStep& step : data.result.steps) {
        for (const QString& id : step.questionIds) {
            const Question* question = basisscan.question(id);
            QVERIFY(question);
            const QString line
                = QStringLiteral("<p><b>Vanwege je antwoord op:</b> %1 <i>Jouw antwoord: %2.</i></p>")
                      .arg(question->text.text(Language::dutch()).toHtmlEscaped(),
                          answerLabel(*question, data.answers.answers.value(id), Language::dutch())
                              .toHtmlEscaped());
            QVERIFY2(html.contains(line), qPrintable(line));
            ++named;
        }
    }
    QVERIFY(named > 0);
}

void TestReport::writesAtomicallyOrNotAtAll()
{
    const Loaded data = loadAndAssess(m_catalog, QStringLiteral("basisscan-12.yaml"));
    const ReportInput input { *m_catalog.find(QStringLiteral("basisscan")), data.answers, data.result, {},
        Language::dutch() };
    QTemporaryDir dir;
    QString error;
    QVERIFY(!writeReport(input, dir.filePath(QStringLiteral("report.docx")), &error));
    QVERIFY(error.contains(QStringLiteral("unknown report format")));
    QVERIFY(!writeReport(input, QStringLiteral("/dev/full"), &error)); // a full disk
    QVERIFY(!writeReport(input, dir.path(), &error)); // a folder
    QVERIFY(writeReport(input, dir.filePath(QStringLiteral("report.pdf")), &error));
    QVERIFY(QFile(dir.filePath(QStringLiteral("report.pdf"))).size() > 1000);
}

void TestReport::rendersFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("languageCode");
    for (const char* file : { "every-mixed.yaml", "risk-basic.yaml", "ot-high.json" }) {
        for (const char* language : { "nl", "en" })
            QTest::newRow(
                qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(file), QLatin1String(language))))
                << QString::fromLatin1(file) << QString::fromLatin1(language);
    }
}

/** The fixture questionnaires use every feature of the format: each report format copes with all. */
void TestReport::rendersFixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, languageCode);
    const Language language = Language::declared(languageCode);
    const AnswerLoadResult loaded = loadAnswerFile(QStringLiteral(TEST_DATA_DIR "/fixture-answers/") + file,
        [this](const QString& id) { return m_fixtures.find(id); });
    QVERIFY(loaded.ok());
    const Questionnaire& questionnaire = *m_fixtures.find(loaded.answers->questionnaireId);
    const AssessmentResult result = assess(questionnaire, *loaded.answers);
    QSet<QString> done;
    if (!result.steps.isEmpty())
        done.insert(result.steps.last().id);
    const ReportInput input { questionnaire, *loaded.answers, result, done, language };

    QVERIFY(renderReport(input, ReportFormat::Pdf).startsWith("%PDF-"));
    const QByteArray odt = renderReport(input, ReportFormat::Odt);
    QVERIFY(odt.startsWith("PK"));
    QVERIFY(odt.contains("content.xml"));

    const QString html = QString::fromUtf8(renderReport(input, ReportFormat::Html));
    for (const SectionResult& section : result.sections) {
        if (section.visible && questionnaire.kind != QuestionnaireKind::RiskClass
            && !(
                questionnaire.targetModel && questionnaire.targetModel->intakeSectionId == section.sectionId))
            QVERIFY2(
                html.contains(questionnaire.section(section.sectionId)->title.text(language).toHtmlEscaped()),
                qPrintable(section.sectionId));
    }
    for (const NextStep& step : result.steps)
        QVERIFY2(html.contains(step.title.text(language).toHtmlEscaped()), qPrintable(step.id));
    QVERIFY(html.contains(questionnaire.source.text(language).toHtmlEscaped()));

    // The CSV parses (RFC 4180: quoted fields, "" inside) into a header and one row per step,
    // separated as Excel expects in the language: ';' in Dutch, ',' in English.
    const QChar separator = language.isDutch() ? QLatin1Char(';') : QLatin1Char(',');
    const QByteArray csv = actionPlanCsv(input);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const testutil::CsvTable table = testutil::parseCsv(QString::fromUtf8(csv.mid(3)), separator);
    QVERIFY(!table.incomplete); // ends with a complete line
    const QList<QStringList>& rows = table.rows;
    QCOMPARE(rows.size(), result.steps.size() + 1);
    for (int i = 0; i < result.steps.size(); ++i) {
        const QStringList& fields = rows.at(i + 1);
        QCOMPARE(fields.size(), rows.first().size());
        QCOMPARE(fields.at(0), result.steps.at(i).title.text(language));
        QCOMPARE(fields.at(1), QString::number(result.steps.at(i).priority));
        QCOMPARE(fields.at(5), result.steps.at(i).how.text(language));
        QCOMPARE(fields.at(6), stepLinkText(result.steps.at(i), language));
        QCOMPARE(fields.at(8), result.steps.at(i).id);
        QCOMPARE(fields.at(7) == QLatin1String(language.isDutch() ? "gedaan" : "done"),
            done.contains(result.steps.at(i).id));
    }
}

void TestReport::radarKeepsLabelsInside()
{
    RadarPicture radar;
    radar.labels = { QStringLiteral("Ken je risico's en maak back-ups"),
        QStringLiteral("Kies veilige instellingen voor alle apparaten en diensten"),
        QStringLiteral("Voer updates uit"), QStringLiteral("Beperk toegang"),
        QStringLiteral("Voorkom virussen en andere malware op alle computers") };
    radar.values = { 88.0, 60.0, std::nullopt, 29.0, 75.0 };
    radar.targets = { 80.0, 80.0, 80.0, 80.0, 80.0 };
    radar.valueName = QStringLiteral("Jouw score");
    radar.targetName = QStringLiteral("Doel");
    const QImage image = radar.render(QSize(600, 420));
    QCOMPARE(image.size(), QSize(600, 420));
    // Something is drawn, and nothing touches the left or right edge: no label is cut off there.
    int inked = 0;
    for (int y = 0; y < image.height(); ++y) {
        QCOMPARE(image.pixel(0, y), qRgb(255, 255, 255));
        QCOMPARE(image.pixel(image.width() - 1, y), qRgb(255, 255, 255));
        for (int x = 0; x < image.width(); x += 3)
            inked += image.pixel(x, y) != qRgb(255, 255, 255);
    }
    QVERIFY(inked > 1000);
    // Fewer than three parts make no radar: a blank picture, not a crash.
    radar.labels = radar.labels.mid(0, 2);
    radar.values = radar.values.mid(0, 2);
    QCOMPARE(radar.render(QSize(100, 100)).pixel(50, 50), qRgb(255, 255, 255));
}

QTEST_MAIN(TestReport)
#include "TestReport.moc"
