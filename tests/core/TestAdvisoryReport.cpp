// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/advisories/AdvisoryPlan.h"
#include "core/advisories/AdvisoryStore.h"
#include "core/assessment/AnswerFile.h"
#include "core/engine/Engine.h"
#include "core/questionnaire/QuestionnaireCatalog.h"
#include "core/report/AdvisorySection.h"
#include "core/report/Report.h"
#include "tests/util/Csv.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

using namespace zelfscan;
using namespace zelfscan::advisories;

/**
 * The vulnerability alerts beside the scan's steps: only the steps to do, in the order
 * core/advisories gives them, as a section of the report and rows of the action plan.
 */
class TestAdvisoryReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void planHoldsOnlyStepsToDo();
    void reportHasTheSection_data();
    void reportHasTheSection();
    void noPlanNoSection();
    void emptyPlanSaysSo();
    void csvHasARowPerStep();
    void csvKeepsAdvisoryTextFromRunningAsFormula();
    void xlsxHasASheetOfItsOwn();
    void badFilesGiveAnError();

private:
    ReportInput input(const Language& language) const;

    QuestionnaireCatalog m_catalog;
    AnswerSet m_answers;
    AssessmentResult m_result;
    QTemporaryDir m_dir;
    QString m_store;
    std::optional<AdvisoryPlan> m_plan;
};

namespace {

const QString newUser = QStringLiteral(TEST_DATA_DIR "/advisories/new-user");
const QString inventoryFile = newUser + QStringLiteral("/systemen.yaml");

QStringList assetIds(const QList<AdvisoryStep>& steps)
{
    QStringList ids;
    for (const AdvisoryStep& step : steps)
        ids << step.assetId;
    return ids;
}

QByteArray zipEntry(const QByteArray& bytes, const char* name)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &error);
    zip_t* archive = source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
    zip_error_fini(&error);
    if (!archive) {
        if (source)
            zip_source_free(source);
        return {};
    }
    QByteArray data;
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(archive, name, 0, &stat) == 0) {
        data.resize(qsizetype(stat.size));
        zip_file_t* file = zip_fopen(archive, name, 0);
        if (!file || zip_fread(file, data.data(), stat.size) != zip_int64_t(stat.size))
            data.clear();
        if (file)
            zip_fclose(file);
    }
    zip_close(archive);
    return data;
}

} // namespace

void TestAdvisoryReport::initTestCase()
{
    QVERIFY(m_catalog.loadDirectory(QStringLiteral(QUESTIONNAIRES_DIR)).isEmpty());
    const AnswerLoadResult loaded
        = loadAnswerFile(QStringLiteral(TEST_DATA_DIR "/answers/basisscan-zzp.yaml"),
            [this](const QString& id) { return m_catalog.find(id); });
    QVERIFY(loaded.ok());
    m_answers = *loaded.answers;
    m_result = assess(*m_catalog.find(m_answers.questionnaireId), m_answers);

    m_store = m_dir.filePath(QStringLiteral("advisories.sqlite"));
    QString error;
    {
        AdvisoryStore store(m_store);
        QVERIFY2(store.open(&error), qPrintable(error));
        const AdvisoryImportReport report = store.import({ newUser + QStringLiteral("/csaf") });
        QCOMPARE(report.added, 8);
    }
    // The press's PLC is updated already; the website is being worked on.
    std::optional<AdvisoryPlan> before = loadAdvisoryPlan(inventoryFile, m_store, &error);
    QVERIFY2(before, qPrintable(error));
    AdvisoryStore store(m_store);
    QVERIFY(store.open(&error));
    for (const AdvisoryStep& step : std::as_const(before->steps)) {
        StepStatus status;
        status.remediationKey = step.remediationKey;
        if (step.assetId == QLatin1String("plc-pers"))
            status.value = StepStatus::Value::Done;
        else if (step.assetId == QLatin1String("website"))
            status.value = StepStatus::Value::InProgress;
        else
            continue;
        for (const QString& vulnerability : step.vulnerabilities)
            QVERIFY(store.setStatus(step.assetId, vulnerability, status, &error));
    }
    m_plan = loadAdvisoryPlan(inventoryFile, m_store, &error);
    QVERIFY2(m_plan, qPrintable(error));
}

ReportInput TestAdvisoryReport::input(const Language& language) const
{
    ReportInput report { *m_catalog.find(m_answers.questionnaireId), m_answers, m_result, {}, language };
    report.advisories = m_plan;
    return report;
}

void TestAdvisoryReport::planHoldsOnlyStepsToDo()
{
    // Exploited first (Log4j, FortiOS, Ivanti by CVSS), then by CVSS; done steps left out, fixed
    // versions (the NAS, the switch) never in it.
    QCOMPARE(assetIds(m_plan->steps),
        (QStringList { QStringLiteral("planning"), QStringLiteral("firewall"), QStringLiteral("vpn"),
            QStringLiteral("inpakker"), QStringLiteral("website") }));
    QCOMPARE(m_plan->systems, 10);
    QCOMPARE(m_plan->advisories, 8);
    QCOMPARE(m_plan->checkByHand, 0);
    QCOMPARE(m_plan->steps.last().status.value, StepStatus::Value::InProgress);
    // The publisher's exploitation sentence keeps one full stop.
    for (const AdvisoryStep& step : std::as_const(m_plan->steps))
        QVERIFY2(!step.why.text(Language::dutch()).contains(QLatin1String("..")), qPrintable(step.assetId));
}

void TestAdvisoryReport::reportHasTheSection_data()
{
    QTest::addColumn<QString>("languageCode");
    QTest::newRow("nl") << QStringLiteral("nl");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestAdvisoryReport::reportHasTheSection()
{
    QFETCH(QString, languageCode);
    const Language language = Language::declared(languageCode);
    const bool nl = language.isDutch();
    const QString html = reportHtml(input(language), false);
    const qsizetype section = html.indexOf(advisorySectionTitle(language));
    QVERIFY(section
        > html.indexOf(nl ? QStringLiteral("Alle volgende stappen") : QStringLiteral("All next steps")));
    QVERIFY(section > 0);
    // In the advisories' own order, each with its CVE ids, severity, how and link.
    qsizetype previous = section;
    for (const AdvisoryStep& step : std::as_const(m_plan->steps)) {
        const qsizetype at = html.indexOf(step.title.text(language).toHtmlEscaped(), previous);
        QVERIFY2(at > previous, qPrintable(step.assetId));
        previous = at;
        for (const QString& cve : step.vulnerabilities)
            QVERIFY(html.indexOf(cve, section) > 0);
        QVERIFY(html.contains(QStringLiteral("<a href=\"%1\">").arg(step.url)));
    }
    QVERIFY(
        html.contains(nl ? QStringLiteral("kritiek (CVSS 10,0)") : QStringLiteral("critical (CVSS 10.0)")));
    QVERIFY(html.contains(nl ? QStringLiteral("(bezig)") : QStringLiteral("(in progress)")));
    QVERIFY(html.contains(nl ? QStringLiteral("Werk Planningsapp (Java) bij naar 2.17.1")
                             : QStringLiteral("Update Planningsapp (Java) to 2.17.1")));
    QVERIFY(!html.contains(QStringLiteral("CVE-2099-10005"))); // done
    QVERIFY(!html.contains(QStringLiteral("CVE-2099-10002"))); // fixed version
    // PDF and ODT are made from the same document.
    const QByteArray odt = renderReport(input(language), ReportFormat::Odt);
    QVERIFY(zipEntry(odt, "content.xml").contains(advisorySectionTitle(language).toUtf8()));
    QVERIFY(renderReport(input(language), ReportFormat::Pdf).startsWith("%PDF-"));
}

void TestAdvisoryReport::noPlanNoSection()
{
    ReportInput report = input(Language::dutch());
    report.advisories.reset();
    QVERIFY(!reportHtml(report, false).contains(advisorySectionTitle(Language::dutch())));
    QVERIFY(advisoryPlanRows(report).isEmpty());
}

void TestAdvisoryReport::emptyPlanSaysSo()
{
    ReportInput report = input(Language::dutch());
    report.advisories = AdvisoryPlan { {}, 3, 2, 1 };
    const QString html = reportHtml(report, false);
    QVERIFY(html.contains(advisorySectionTitle(Language::dutch())));
    QVERIFY(html.contains(QStringLiteral("Geen open stappen")));
    QVERIFY(html.contains(QStringLiteral("1 mogelijke treffer zelf nakijken")));
    report.language = Language::english();
    report.advisories->checkByHand = 2;
    QVERIFY(reportHtml(report, false).contains(QStringLiteral("2 possible matches need checking by hand")));
}

void TestAdvisoryReport::csvHasARowPerStep()
{
    for (const Language& language : { Language::dutch(), Language::english() }) {
        const QByteArray csv = actionPlanCsv(input(language));
        const QList<QStringList> rows
            = testutil::parseCsv(QString::fromUtf8(csv.mid(3)), csvSeparator(language)).rows;
        const int scanSteps = int(m_result.steps.size());
        QCOMPARE(rows.size(), 1 + scanSteps + m_plan->steps.size());
        for (const QStringList& row : rows)
            QCOMPARE(row.size(), 9);
        for (int i = 0; i < m_plan->steps.size(); ++i) {
            const AdvisoryStep& step = m_plan->steps.at(i);
            const QStringList& row = rows.at(1 + scanSteps + i);
            QCOMPARE(row.at(0), step.title.text(language));
            QVERIFY(row.at(1).isEmpty()); // the scan's priorities are not theirs
            QCOMPARE(row.at(3), advisorySeverity(step, language));
            QVERIFY(row.at(4).contains(step.vulnerabilities.first()));
            QCOMPARE(row.at(5), step.how.text(language));
            QCOMPARE(row.at(6), step.url);
            QCOMPARE(row.at(8), QStringLiteral("advisory/%1/%2").arg(step.assetId, step.advisoryId));
        }
        QCOMPARE(
            rows.last().at(7), language.isDutch() ? QStringLiteral("bezig") : QStringLiteral("in progress"));
    }
}

void TestAdvisoryReport::csvKeepsAdvisoryTextFromRunningAsFormula()
{
    // A CSAF file is anyone's text: its title must reach a spreadsheet as text, never as a formula.
    ReportInput report = input(Language::english());
    LocalizedText hostile;
    hostile.set(QStringLiteral("en"), QStringLiteral("=HYPERLINK(\"http://example.invalid\")"));
    report.advisories->steps.first().title = hostile;
    const QByteArray csv = actionPlanCsv(report);
    const QList<QStringList> rows = testutil::parseCsv(QString::fromUtf8(csv.mid(3)), QLatin1Char(',')).rows;
    QCOMPARE(rows.at(1 + int(m_result.steps.size())).at(0),
        QStringLiteral("'=HYPERLINK(\"http://example.invalid\")"));
}

void TestAdvisoryReport::xlsxHasASheetOfItsOwn()
{
    const QByteArray xlsx = renderReport(input(Language::dutch()), ReportFormat::Xlsx);
    const QByteArray workbook = zipEntry(xlsx, "xl/workbook.xml");
    QVERIFY(workbook.contains("name=\"Actieplan\""));
    QVERIFY(workbook.contains("name=\"Kwetsbaarheden in je systemen\""));
    QVERIFY(workbook.indexOf("Kwetsbaarheden in je systemen") < workbook.indexOf("Over dit plan"));
    const QByteArray strings = zipEntry(xlsx, "xl/sharedStrings.xml");
    for (const char* text :
        { "Kwetsbaarheden", "Ernst", "Firewall kantoor", "CVE-2099-10001", "kritiek (CVSS 9,8)",
            "advisory/firewall/NU-2025-0001", "https://vendor.example.test/fortios-7.2.5",
            "5 open of bezig, uit 8 beveiligingsadviezen naast je 10 systemen gelegd" })
        QVERIFY2(strings.contains(text), text);
    QVERIFY(!strings.contains("CVE-2099-10005"));
    // The status drop-down is on the new sheet too.
    QVERIFY(zipEntry(xlsx, "xl/worksheets/sheet2.xml").contains("<dataValidation"));
    // Without a plan the workbook is as before: two sheets.
    ReportInput report = input(Language::dutch());
    report.advisories.reset();
    QVERIFY(
        !zipEntry(renderReport(report, ReportFormat::Xlsx), "xl/workbook.xml").contains("Kwetsbaarheden"));
}

void TestAdvisoryReport::badFilesGiveAnError()
{
    QString error;
    const QString missing = m_dir.filePath(QStringLiteral("no-such.sqlite"));
    QVERIFY(!loadAdvisoryPlan(inventoryFile, missing, &error));
    QVERIFY(error.contains(QStringLiteral("no-such.sqlite")));
    QVERIFY(!QFile::exists(missing)); // never created by a typo
    error.clear();
    QVERIFY(!loadAdvisoryPlan(m_dir.filePath(QStringLiteral("none.yaml")), m_store, &error));
    QVERIFY(!error.isEmpty());
    // A file that is not an advisory store is refused.
    error.clear();
    QVERIFY(!loadAdvisoryPlan(inventoryFile, inventoryFile, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(TestAdvisoryReport)
#include "TestAdvisoryReport.moc"
