// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/questionnaire/QuestionnaireCatalog.h"
#include "core/questionnaire/QuestionnaireLoader.h"
#include "tests/util/QuestionnaireText.h"

#include <QTest>

using namespace zelfscan;

// Seven lines every broken document starts with, so expected line numbers stay readable:
// the first line after the header is line 8.
static const char header[] = "format: 1\n"
                             "id: t\n"
                             "version: \"1\"\n"
                             "kind: scan\n"
                             "languages: [nl, en]\n"
                             "title: {nl: T, en: T}\n"
                             "source: {nl: Gebaseerd op X, en: Based on X}\n";

static const char scale[] = "scales:\n" // line 8
                            "  s:\n"
                            "    - {id: \"yes\", label: {nl: Ja, en: \"Yes\"}, score: 1}\n"
                            "    - {id: \"no\", label: {nl: Nee, en: \"No\"}, score: 0}\n"; // line 11

using testutil::scaleQuestion;

static QString question(const QString& id, const QString& extra = QString())
{
    return scaleQuestion(id, extra);
}

class TestQuestionnaireLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsEveryFeature();
    void loadsRiskModel();
    void loadsTargetModel();
    void reportsErrors_data();
    void reportsErrors();
    void reportsWarnings_data();
    void reportsWarnings();
    void reportsAllProblemsAtOnce();
    void refusesHostileInput_data();
    void refusesHostileInput();
    void reportsMissingFile();
    void crossChecksEvidence();
};

static QuestionnaireLoadResult loadFixture(const QString& name)
{
    return loadQuestionnaireFile(QStringLiteral(TEST_DATA_DIR "/questionnaires/") + name);
}

static QString joined(const Diagnostics& diagnostics)
{
    QStringList lines;
    for (const Diagnostic& d : diagnostics)
        lines.append(d.toString());
    return lines.join(QLatin1Char('\n'));
}

void TestQuestionnaireLoader::loadsEveryFeature()
{
    const QuestionnaireLoadResult result = loadFixture(QStringLiteral("every-feature.yaml"));
    QVERIFY2(result.ok(), qPrintable(joined(result.diagnostics)));
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(joined(result.diagnostics)));
    const Questionnaire& q = *result.questionnaire;
    QCOMPARE(q.id, QStringLiteral("every_feature"));
    QCOMPARE(q.version, QStringLiteral("1.0"));
    QCOMPARE(q.kind, QuestionnaireKind::Scan);
    QCOMPARE(q.languages, (QStringList { QStringLiteral("nl"), QStringLiteral("en") }));
    QCOMPARE(q.title.text(Language::english()), QStringLiteral("Every feature"));
    QCOMPARE(q.minutes, 3);
    QCOMPARE(q.contentHash.size(), 64);
    QCOMPARE(q.scoring.topCap, std::optional<double>(50));
    QCOMPARE(q.scoring.greenFrom, 80.0);
    QCOMPARE(q.sections.size(), 2);
    QCOMPARE(q.questionCount(), 7);

    const Question* backup = q.question(QStringLiteral("backup"));
    QVERIFY(backup);
    QVERIFY(backup->top);
    QCOMPARE(backup->weight, 3.0); // TOP without own weight takes scoring.top_weight
    QCOMPARE(backup->options.size(), 5);
    QVERIFY(backup->option(QStringLiteral("na"))->notApplicable);
    QVERIFY(backup->option(QStringLiteral("unknown"))->unknown);
    QCOMPARE(backup->maxScore(), 2.0);
    QCOMPARE(backup->stepId, QStringLiteral("backup")); // inline step takes the question id
    QCOMPARE(q.step(QStringLiteral("backup"))->effort, Effort::Medium);
    QCOMPARE(backup->findOut.text(Language::dutch()), QStringLiteral("Vraag het je leverancier."));

    QCOMPARE(q.question(QStringLiteral("mfa_mail"))->stepId, QStringLiteral("shared_step"));
    QCOMPARE(q.question(QStringLiteral("mfa_bank"))->stepId, QStringLiteral("shared_step"));
    QCOMPARE(q.question(QStringLiteral("mfa_bank"))->weight, 2.0);

    const Section* staff = q.section(QStringLiteral("staff"));
    QVERIFY(staff->visibleIf.isValid());
    QCOMPARE(staff->topCap, std::optional<double>(40));

    const Question* count = q.question(QStringLiteral("staff_count"));
    QCOMPARE(count->type, QuestionType::Number);
    QCOMPARE(count->maximum, 100000.0);
    QCOMPARE(count->bands.size(), 3);
    QVERIFY(count->bands.at(1).contains(5));
    QVERIFY(!count->bands.at(1).contains(10));
    QCOMPARE(count->unit.text(Language::english()), QStringLiteral("people"));

    const Question* channels = q.question(QStringLiteral("channels"));
    QCOMPARE(channels->type, QuestionType::Multiple);
    QCOMPARE(channels->maxScore(), 2.0);
    QVERIFY(channels->option(QStringLiteral("none"))->exclusive);
    QCOMPARE(channels->option(QStringLiteral("training"))->stepId, QStringLiteral("do_training"));

    const Question* role = q.question(QStringLiteral("role"));
    QCOMPARE(role->visibleIf.source(), QStringLiteral("staff_count >= 10 and not ('none' in channels)"));
    QCOMPARE(
        role->option(QStringLiteral("nobody"))->help.text(Language::dutch()), QStringLiteral("Niemand dus."));
    QCOMPARE(role->instruction.text(Language::english()), QStringLiteral("Choose who has the final say."));
    QVERIFY(count->instruction.isEmpty());
}

void TestQuestionnaireLoader::loadsRiskModel()
{
    const QuestionnaireLoadResult result = loadFixture(QStringLiteral("risk-feature.yaml"));
    QVERIFY2(result.ok(), qPrintable(joined(result.diagnostics)));
    const RiskModel& model = *result.questionnaire->riskModel;
    QCOMPARE(model.classes.size(), 3);
    QCOMPARE(model.classes.at(2).minPoints, 8.0);
    QCOMPARE(model.overrides.size(), 2);
    QCOMPARE(model.overrides.at(0).atLeast, std::optional<int>(3));
    QCOMPARE(model.overrides.at(1).atMost, std::optional<int>(1));
    QCOMPARE(model.measures.size(), 4);
    QCOMPARE(model.measures.at(0).evidence.at(0).questionnaireId, QStringLiteral("every_feature"));
    QCOMPARE(model.measures.at(0).evidence.at(0).questionId, QStringLiteral("backup"));
    QCOMPARE(model.measures.at(0).stepId, QStringLiteral("backup_step"));
    QCOMPARE(model.measures.at(3).evidence.at(0).questionnaireId, QString());
}

void TestQuestionnaireLoader::loadsTargetModel()
{
    const QuestionnaireLoadResult result = loadFixture(QStringLiteral("ot-feature.yaml"));
    QVERIFY2(result.ok(), qPrintable(joined(result.diagnostics)));
    const TargetModel& model = *result.questionnaire->targetModel;
    QCOMPARE(model.intakeSectionId, QStringLiteral("intake"));
    QCOMPARE(model.levels.size(), 3);
    QCOMPARE(model.levels.at(2).targetFor(QStringLiteral("network")), 3.0);
    QCOMPARE(model.levels.at(2).targetFor(QStringLiteral("backup")), 2.0);
    QVERIFY(result.questionnaire->question(QStringLiteral("segmentation"))->basic);
}

void TestQuestionnaireLoader::reportsErrors_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    const QString h = QString::fromLatin1(header);
    const QString hs = h + QString::fromLatin1(scale);
    const QString sectionStart
        = QStringLiteral("sections:\n  - id: a\n    title: {nl: A, en: A}\n    questions:\n"); // 4 lines

    QTest::newRow("yaml syntax") << h + QStringLiteral("sections: [\n") << 9 << 1
                                 << "YAML syntax: end of sequence flow not found";
    QTest::newRow("unknown root key")
        << h + QStringLiteral("colour: red\n") + sectionStart + question(QStringLiteral("q")) << 8 << 1
        << "unknown key 'colour' in the questionnaire (allowed: format, id, version, kind, languages, title, "
           "summary, "
           "description, source, minutes, scales, scoring, steps, sections, risk_model, target_model, "
           "link_domains, models)";
    QTest::newRow("missing sections")
        << h << 1 << 1 << "the questionnaire is missing required key 'sections'";
    QTest::newRow("missing en text") << QString(h).replace(QStringLiteral("title: {nl: T, en: T}"),
                                            QStringLiteral("title: {nl: T}"))
            + sectionStart + question(QStringLiteral("q"))
                                     << 6 << 8 << "'title' of the questionnaire has no text in 'en'";
    QTest::newRow("text in unlisted language")
        << QString(h).replace(
               QStringLiteral("title: {nl: T, en: T}"), QStringLiteral("title: {nl: T, en: T, de: T}"))
            + sectionStart + question(QStringLiteral("q"))
        << 6 << 23 << "'title' of the questionnaire has text in 'de', which is not in languages [nl, en]";
    QTest::newRow("unsupported format")
        << QString(h).replace(QStringLiteral("format: 1"), QStringLiteral("format: 3")) << 1 << 9
        << "format 3 is not supported; this Zelfscan reads format 1 or 2";
    QTest::newRow("duplicate question id")
        << hs + sectionStart + question(QStringLiteral("q")) + question(QStringLiteral("q")) << 21 << 13
        << "duplicate question id 'q'";
    QTest::newRow("unknown scale") << hs + sectionStart
            + question(QStringLiteral("q")).replace(QStringLiteral("scale: s"), QStringLiteral("scale: z"))
                                   << 18 << 16 << "question 'q' uses unknown scale 'z' (defined: s)";
    QTest::newRow("unknown step") << hs + sectionStart
            + QStringLiteral("      - {id: q, type: statement, scale: s, text: {nl: V, en: Q}, step: nope}\n")
                                  << 16 << 72 << "unknown step 'nope' (define it under 'steps')";
    QTest::newRow("condition refers to later question")
        << hs + sectionStart
            + question(QStringLiteral("q1"), QStringLiteral("        visible_if: \"q2 == 'yes'\"\n"))
            + question(QStringLiteral("q2"))
        << 21 << 21
        << "question 'q1' refers to question 'q2', which comes later; a condition may only use earlier "
           "answers";
    QTest::newRow("condition refers to unknown question")
        << hs + sectionStart
            + question(QStringLiteral("q1"), QStringLiteral("        visible_if: \"ghost == 'yes'\"\n"))
        << 21 << 21 << "question 'q1' refers to unknown question 'ghost'";
    QTest::newRow("condition syntax")
        << hs + sectionStart
            + question(QStringLiteral("q1"), QStringLiteral("        visible_if: profile.size ==\n"))
        << 21 << 36 << "invalid condition in question 'q1': condition ends where a value was expected";
    QTest::newRow("condition compares with unknown option")
        << hs + sectionStart + question(QStringLiteral("q1"))
            + question(QStringLiteral("q2"), QStringLiteral("        visible_if: \"q1 == 'maybe'\"\n"))
        << 26 << 21 << "question 'q2' compares 'q1' with 'maybe', which is not one of its values (yes, no)";
    QTest::newRow("condition with unknown profile size")
        << hs + sectionStart
            + question(QStringLiteral("q1"), QStringLiteral("        visible_if: \"profile.size == '3'\"\n"))
        << 21 << 21
        << "question 'q1' compares 'profile.size' with '3', which is not one of its values (1, 2-9, 10-49, "
           "50-249, 250+)";
    QTest::newRow("level outside ot_check")
        << hs + sectionStart
            + question(QStringLiteral("q1"), QStringLiteral("        visible_if: \"level == 'high'\"\n"))
        << 21 << 21 << "question 'q1' uses 'level', which exists only in an ot_check";
    QTest::newRow("lights out of order")
        << hs + QStringLiteral("scoring:\n  lights: {green: 40, orange: 60}\n") + sectionStart
            + question(QStringLiteral("q"))
        << 13 << 31 << "thresholds out of order: orange (60) must be below green (40)";
    QTest::newRow("empty section") << hs
            + QStringLiteral("sections:\n  - id: a\n    title: {nl: A, en: A}\n    questions: []\n")
                                   << 15 << 16 << "section 'a' has no questions";
    QTest::newRow("weight not a number")
        << hs + sectionStart + question(QStringLiteral("q"), QStringLiteral("        weight: heavy\n")) << 21
        << 17 << "'weight' of question 'q' must be a number, not 'heavy'";
    QTest::newRow("negative weight") << hs + sectionStart
            + question(QStringLiteral("q"), QStringLiteral("        weight: -2\n"))
                                     << 21 << 17 << "weight of question 'q' must be above 0 and at most 100";
    QTest::newRow("duplicate key") << hs + sectionStart
            + question(QStringLiteral("q"), QStringLiteral("        text: {nl: X, en: X}\n"))
                                   << 21 << 9 << "duplicate key 'text' in a question in section 'a'";
    QTest::newRow("unknown question key")
        << hs + sectionStart + question(QStringLiteral("q"), QStringLiteral("        colour: blue\n")) << 21
        << 9
        << "unknown key 'colour' in a question in section 'a' (allowed: id, type, scale, options, text, "
           "help, instruction, weight, top, basic, visible_if, step, find_out, find_out_title, min_target, "
           "min, max, unit, bands)";
    QTest::newRow("bad id") << hs + sectionStart + question(QStringLiteral("Bad Id")) << 16 << 13
                            << "'Bad Id' is not a valid id for a question in section 'a': use lower-case "
                               "letters, digits, '_' or '-' (at most 64)";
    QTest::newRow("step without effort") << hs + sectionStart
            + QStringLiteral(
                "      - id: q\n        type: statement\n        scale: s\n        text: {nl: V, en: Q}\n"
                "        step: {title: {nl: S, en: S}, how: {nl: H, en: H}, why: {nl: W, en: W}, impact: "
                "low}\n") << 20 << 15 << "the step of question 'q' is missing required key 'effort'";
    QTest::newRow("risk_model on a scan")
        << hs + sectionStart + question(QStringLiteral("q")) + QStringLiteral("risk_model:\n  classes: []\n")
        << 22 << 3 << "risk_model is only allowed with kind: risk_class";
    QTest::newRow("risk classes out of order")
        << QString(hs).replace(QStringLiteral("kind: scan"), QStringLiteral("kind: risk_class"))
            + sectionStart + question(QStringLiteral("q"))
            + QStringLiteral("risk_model:\n  classes:\n"
                             "    - {class: 1, min_points: 0, title: {nl: A, en: A}}\n"
                             "    - {class: 2, min_points: 0, title: {nl: B, en: B}}\n")
        << 24 << 7 << "thresholds out of order: class 2 starts at 0, not above class 1 (0)";
    QTest::newRow("override class out of range")
        << QString(hs).replace(QStringLiteral("kind: scan"), QStringLiteral("kind: risk_class"))
            + sectionStart + question(QStringLiteral("q"))
            + QStringLiteral("risk_model:\n  classes:\n"
                             "    - {class: 1, min_points: 0, title: {nl: A, en: A}}\n"
                             "  overrides:\n"
                             "    - {when: \"q == 'yes'\", at_least: 4, reason: {nl: R, en: R}}\n")
        << 25 << 7 << "override 1 names class 4; classes run from 1 to 1";
    QTest::newRow("measure evidence unknown question")
        << QString(hs).replace(QStringLiteral("kind: scan"), QStringLiteral("kind: risk_class"))
            + sectionStart + question(QStringLiteral("q"))
            + QStringLiteral(
                "risk_model:\n  classes:\n"
                "    - {class: 1, min_points: 0, title: {nl: A, en: A}}\n"
                "  measures:\n"
                "    - {id: m, class: 1, title: {nl: M, en: M}, evidence: [{question: ghost}]}\n")
        << 25 << 70 << "measure 'm' refers to unknown question 'ghost'";
    QTest::newRow("target model intake missing")
        << QString(hs).replace(QStringLiteral("kind: scan"), QStringLiteral("kind: ot_check")) + sectionStart
            + question(QStringLiteral("q"))
            + QStringLiteral("target_model:\n  intake: nope\n  levels:\n    - {id: low, min_points: 0, "
                             "title: {nl: L, en: L}, target: 1}\n")
        << 22 << 3 << "target_model names intake section 'nope', which does not exist";
    // A step that links somewhere: %1 is the link list, written inline on line 16.
    const auto linkedQuestion = [&](const QString& links) -> QString {
        return sectionStart
            + QStringLiteral("      - {id: q, type: statement, scale: s, text: {nl: V, en: Q}, step: {title: "
                             "{nl: S, en: S}, how: {nl: H, en: H}, why: {nl: W, en: W}, effort: low, impact: "
                             "low, links: [%1]}}\n")
                  .arg(links);
    };
    QTest::newRow("link without https")
        << hs + QStringLiteral("link_domains: [ncsc.nl]\n")
            + linkedQuestion(QStringLiteral("{title: {nl: L, en: L}, url: \"http://www.ncsc.nl/\"}"))
        << 17 << 201
        << "a link in links of the step of question 'q': 'http://www.ncsc.nl/' is not an https address";
    QTest::newRow("link to an undeclared domain")
        << hs + QStringLiteral("link_domains: [ncsc.nl]\n")
            + linkedQuestion(
                QStringLiteral("{title: {nl: L, en: L}, url: \"https://ncsc.nl.example.com/x\"}"))
        << 17 << 201
        << "a link in links of the step of question 'q': 'https://ncsc.nl.example.com/x' is on "
           "ncsc.nl.example.com, which is not in link_domains (ncsc.nl)";
    QTest::newRow("link without link_domains")
        << hs + linkedQuestion(QStringLiteral("{title: {nl: L, en: L}, url: \"https://www.ncsc.nl/\"}")) << 16
        << 201
        << "a link in links of the step of question 'q': 'https://www.ncsc.nl/' is on www.ncsc.nl, but the "
           "file declares no link_domains";
    QTest::newRow("link domain with a scheme")
        << hs + QStringLiteral("link_domains: [\"https://ncsc.nl\"]\n") + sectionStart
            + question(QStringLiteral("q"))
        << 12 << 16
        << "link domain 'https://ncsc.nl' must be a host name such as ncsc.nl (no https://, path or port)";
    QTest::newRow("how variant on an unknown question")
        << hs + sectionStart
            + question(QStringLiteral("q"))
                  .replace(QStringLiteral("effort: low"),
                      QStringLiteral(
                          "how_variants: [{when: \"ghost == 'x'\", how: {nl: H, en: H}}], effort: low"))
        << 20 << 103
        << "a variant in how_variants of the step of question 'q' refers to unknown question 'ghost'";
    QTest::newRow("min_target outside ot_check")
        << hs + sectionStart + question(QStringLiteral("q"), QStringLiteral("        min_target: 2\n")) << 21
        << 21 << "min_target of question 'q' is only for kind: ot_check";
    QTest::newRow("empty file")
        << QString() << 1 << 1
        << "file is empty; a questionnaire needs at least format, id, version, kind and sections";
    QTest::newRow("not a mapping") << QStringLiteral("- just\n- a list\n") << 1 << 1
                                   << "the questionnaire must be a mapping (key: value)";
}

void TestQuestionnaireLoader::reportsErrors()
{
    QFETCH(QString, yaml);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const QuestionnaireLoadResult result = loadQuestionnaire(yaml.toUtf8(), QStringLiteral("broken.yaml"));
    QVERIFY(!result.ok());
    const QString expected
        = QStringLiteral("broken.yaml:%1:%2: error: %3").arg(line).arg(column).arg(message);
    bool found = false;
    for (const Diagnostic& d : result.diagnostics)
        found = found || d.toString() == expected;
    QVERIFY2(found,
        qPrintable(QStringLiteral("expected\n  %1\ngot\n  %2")
                       .arg(expected,
                           joined(result.diagnostics).replace(QLatin1Char('\n'), QStringLiteral("\n  ")))));
}

void TestQuestionnaireLoader::reportsWarnings_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<QString>("expected");
    const QString hs = QString::fromLatin1(header) + QString::fromLatin1(scale);
    const QString sectionStart
        = QStringLiteral("sections:\n  - id: a\n    title: {nl: A, en: A}\n    questions:\n");

    QTest::newRow("never shown") << hs + sectionStart
            + question(QStringLiteral("q"),
                QStringLiteral("        visible_if: \"profile.size == '1' and profile.size == '2-9'\"\n"))
                                 << "broken.yaml:21:21: warning: question 'q' can never be shown: no answers "
                                    "make 'profile.size == '1' and profile.size == '2-9'' true";
    QTest::newRow("gap without step")
        << hs + sectionStart
            + QStringLiteral("      - {id: q, type: statement, scale: s, text: {nl: V, en: Q}}\n")
        << "broken.yaml:16:9: warning: question 'q' has no next step for the gap answer 'no'";
    QTest::newRow("unknown without find_out")
        << hs
            + QStringLiteral("    - {id: dk, label: {nl: Weet niet, en: Unsure}, score: 0, unknown: true}\n")
            + sectionStart + question(QStringLiteral("q"))
        << "broken.yaml:17:9: warning: question 'q' can be answered \"don't know\" but has no find_out text\n"
           "broken.yaml:17:9: warning: question 'q' can be answered \"don't know\" but has no find_out_title "
           "(\"Zoek uit of ...\" / \"Find out whether ...\")";
    QTest::newRow("source without attribution")
        << QString(hs).replace(QStringLiteral("Gebaseerd op X, en: Based on X"),
               QStringLiteral("De DTC-tool, en: The DTC tool"))
            + sectionStart + question(QStringLiteral("q"))
        << "broken.yaml:7:9: warning: source should say what the content is based on ('gebaseerd op' / "
           "'based on'); never present it as the official tool";
}

void TestQuestionnaireLoader::reportsWarnings()
{
    QFETCH(QString, yaml);
    QFETCH(QString, expected);
    const QuestionnaireLoadResult result = loadQuestionnaire(yaml.toUtf8(), QStringLiteral("broken.yaml"));
    QVERIFY2(result.ok(), qPrintable(joined(result.diagnostics))); // warnings never block loading
    QCOMPARE(joined(result.diagnostics), expected);
}

void TestQuestionnaireLoader::reportsAllProblemsAtOnce()
{
    const QString yaml
        = QString::fromLatin1(header).replace(QStringLiteral("id: t"), QStringLiteral("id: T!"))
        + QStringLiteral("minutes: lots\nsections:\n  - id: a\n    title: {nl: A}\n    questions: []\n");
    const QuestionnaireLoadResult result = loadQuestionnaire(yaml.toUtf8(), QStringLiteral("many.yaml"));
    QVERIFY(!result.ok());
    QCOMPARE(result.diagnostics.size(), 4);
    QVERIFY(result.diagnostics.at(0).message.startsWith(QStringLiteral("'T!' is not a valid id")));
    QCOMPARE(result.diagnostics.at(1).line, 8);
    QCOMPARE(result.diagnostics.at(2).message, QStringLiteral("'title' of section 'a' has no text in 'en'"));
    QCOMPARE(result.diagnostics.at(3).message, QStringLiteral("section 'a' has no questions"));
}

void TestQuestionnaireLoader::refusesHostileInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("binary junk") << QByteArray("\x7f"
                                               "ELF\x02\x01\x01\0\0\0",
        10) << "file contains NUL bytes; it is binary, not text";
    QTest::newRow("utf-16") << QByteArray("\xFF\xFE"
                                          "f\0o\0",
        6) << "file is UTF-16 encoded; save it as UTF-8";
    QTest::newRow("latin-1") << QByteArray("title: caf\xE9\n")
                             << "file is not valid UTF-8 (perhaps Latin-1 or Windows-1252); save it as UTF-8";
    QTest::newRow("too large") << QByteArray(maxQuestionnaireBytes + 1, 'a')
                               << "file is larger than 4096 KiB; refusing to read it";
    QTest::newRow("deep flow nesting")
        << QByteArray(5000, '[') << "nesting is deeper than 64 levels; refusing to parse";
    QByteArray indented;
    for (int i = 0; i < 300; ++i)
        indented += QByteArray(i * 2, ' ') + "k:\n";
    QTest::newRow("deep indentation")
        << indented << "indentation is deeper than 64 levels; refusing to parse";
}

void TestQuestionnaireLoader::refusesHostileInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const QuestionnaireLoadResult result = loadQuestionnaire(bytes, QStringLiteral("hostile.yaml"));
    QVERIFY(!result.ok());
    QCOMPARE(result.diagnostics.size(), 1);
    QCOMPARE(result.diagnostics.first().message, message);
}

void TestQuestionnaireLoader::reportsMissingFile()
{
    const QuestionnaireLoadResult missing = loadQuestionnaireFile(QStringLiteral("/nonexistent/q.yaml"));
    QVERIFY(!missing.ok());
    QCOMPARE(
        missing.diagnostics.first().toString(), QStringLiteral("/nonexistent/q.yaml: error: no such file"));
    const QuestionnaireLoadResult directory = loadQuestionnaireFile(QStringLiteral(TEST_DATA_DIR));
    QCOMPARE(directory.diagnostics.first().message, QStringLiteral("is a directory, not a file"));
}

void TestQuestionnaireLoader::crossChecksEvidence()
{
    QuestionnaireCatalog alone;
    QVERIFY(alone.loadFiles({ QStringLiteral(TEST_DATA_DIR "/questionnaires/risk-feature.yaml") }).isEmpty());
    const Diagnostics unresolved = alone.crossCheck();
    QCOMPARE(unresolved.size(), 3); // three evidence items point into every_feature, which is not loaded
    QVERIFY(!unresolved.first().isError());

    QuestionnaireCatalog both;
    QVERIFY(both.loadDirectory(QStringLiteral(TEST_DATA_DIR "/questionnaires")).isEmpty());
    QVERIFY2(both.crossCheck().isEmpty(), qPrintable(joined(both.crossCheck())));
    QVERIFY(both.find(QStringLiteral("ot_feature")));
}

QTEST_GUILESS_MAIN(TestQuestionnaireLoader)
#include "TestQuestionnaireLoader.moc"
