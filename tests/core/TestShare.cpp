// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assessment/Assessment.h"
#include "core/engine/Engine.h"
#include "core/io/Sha256.h"
#include "core/questionnaire/QuestionnaireCatalog.h"
#include "core/share/Share.h"
#include "core/share/ShareChecks_p.h"
#include "core/share/ShareParse_p.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace zelfscan;

/** Share files: only the schema's fields, a checksum that catches any change, and strict reading. */
class TestShare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sha256MatchesQt();
    void containsOnlySchemaFields();
    void splitsAdvisedStepsIntoOpenAndDone();
    void roundTrips();
    void fastAndStrictReadersAgree();
    void plainTextScanMatchesTheTable();
    void tamperedFileIsRejected();
    void rejectsInvalid_data();
    void rejectsInvalid();
    void junkNeverCrashes();
    void describesExactlyWhatIsShared();
    void describesFindOutStepsByTheirTitle();
    void refusesToWriteWhatItWouldNotRead();

private:
    Share plantedShare() const;
    static QByteArray withChecksum(QJsonObject object);

    QuestionnaireCatalog m_catalog;
    Assessment m_planted;
};

/** Everything planted in tests/data/share/planted.zelfscan that must never reach a share. */
static const QStringList plantedStrings = {
    QStringLiteral("Bakkerij"),
    QStringLiteral("Geheimzinnig"),
    QStringLiteral("jan.jansen@example.nl"),
    QStringLiteral("Jansen"),
    QStringLiteral("06-12345678"),
    QStringLiteral("kluis"),
    QStringLiteral("2026-03-14"),
    QStringLiteral("2026-05-20"),
    QStringLiteral("09:26"),
    QStringLiteral("16:41"),
    QStringLiteral("mail"),
    QStringLiteral("partly"), // an answer: answers are not shared either
    QStringLiteral("nobody"),
};

void TestShare::initTestCase()
{
    QVERIFY(m_catalog.loadDirectory(QStringLiteral(TEST_DATA_DIR "/questionnaires")).isEmpty());
    const AssessmentLoadResult loaded
        = loadAssessmentFile(QStringLiteral(TEST_DATA_DIR "/share/planted.zelfscan"),
            [this](const QString& id) { return m_catalog.find(id); });
    QVERIFY(loaded.ok());
    m_planted = *loaded.assessment;
    QVERIFY(m_planted.answers.organisation.contains(QStringLiteral("Geheimzinnig")));
}

Share TestShare::plantedShare() const
{
    const Questionnaire& questionnaire = *m_catalog.find(m_planted.answers.questionnaireId);
    const AssessmentResult result = assess(questionnaire, m_planted.answers);
    return buildShare(questionnaire, m_planted.answers, result, m_planted.doneSteps, QDate(2026, 5, 20),
        QUuid(QStringLiteral("{6f1c2a8e-0b4d-4c55-9a77-3e2f1d0c9b8a}")));
}

QByteArray TestShare::withChecksum(QJsonObject object)
{
    object.remove(QStringLiteral("checksum"));
    const QByteArray canonical = QJsonDocument(object).toJson(QJsonDocument::Compact);
    object.insert(QStringLiteral("checksum"),
        QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex()));
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

void TestShare::sha256MatchesQt()
{
    QRandomGenerator random(42);
    for (int length = 0; length < 300; ++length) {
        QByteArray bytes(length, Qt::Uninitialized);
        for (char& c : bytes)
            c = char(random.generate());
        QCOMPARE(sha256Hex(bytes), QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    }
    // In two parts, split anywhere (the SHA instructions' own padding and buffering), and long.
    QByteArray bytes(70000, Qt::Uninitialized);
    for (char& c : bytes)
        c = char(random.generate());
    for (const int length : { 130, 1000, 70000 }) {
        const QByteArray whole = bytes.left(length);
        const QByteArray expected = QCryptographicHash::hash(whole, QCryptographicHash::Sha256).toHex();
        for (const int split : { 0, 1, 55, 56, 63, 64, 65, 119, 128, length }) {
            QByteArray hex(64, Qt::Uninitialized);
            sha256Hex(QByteArrayView(whole).first(split), QByteArrayView(whole).sliced(split), hex.data());
            QCOMPARE(hex, expected);
        }
    }
}

void TestShare::containsOnlySchemaFields()
{
    const Share share = plantedShare();
    const QByteArray file = serializeShare(share);
    const QByteArray line = serializeShareLine(share);
    for (const QString& planted : plantedStrings) {
        QVERIFY2(!file.contains(planted.toUtf8()), qPrintable(planted));
        QVERIFY2(!line.contains(planted.toUtf8()), qPrintable(planted));
    }
    const QJsonObject object = QJsonDocument::fromJson(file).object();
    QStringList keys = object.keys();
    QCOMPARE(keys,
        QStringList({ "checksum", "format", "level", "overall", "period", "profile", "questionnaire",
            "risk_class", "schema_version", "section_scores", "share_id", "steps", "tool" }));
    QCOMPARE(object.value(QStringLiteral("period")).toObject().keys(), QStringList({ "quarter", "year" }));
    QCOMPARE(object.value(QStringLiteral("period")).toObject().value(QStringLiteral("quarter")).toInt(), 2);
    QCOMPARE(object.value(QStringLiteral("profile")).toObject(),
        QJsonObject({ { "sector", "ict" }, { "size", "10-49" } }));
    QCOMPARE(object.value(QStringLiteral("questionnaire")).toObject().keys(),
        QStringList({ "hash", "id", "version" }));
    QCOMPARE(object.value(QStringLiteral("steps")).toObject().keys(), QStringList({ "done", "open" }));
    QCOMPARE(object.value(QStringLiteral("tool")).toString(), QStringLiteral("scan"));
    QCOMPARE(
        object.value(QStringLiteral("section_scores")).toObject().keys(), QStringList({ "basics", "staff" }));
    QVERIFY(object.value(QStringLiteral("risk_class")).isNull());
    QVERIFY(object.value(QStringLiteral("level")).isNull());
    // Every string in the file is an id, a version, a hash or the share id: nothing free.
    const QRegularExpression allowed(QStringLiteral("^[a-z0-9][a-z0-9_.+-]*$"));
    std::function<void(const QJsonValue&)> walk = [&](const QJsonValue& value) {
        if (value.isString())
            QVERIFY2(allowed.match(value.toString()).hasMatch(), qPrintable(value.toString()));
        for (const QJsonValue& item : value.toArray())
            walk(item);
        const QJsonObject nested = value.toObject();
        for (auto it = nested.begin(); it != nested.end(); ++it)
            walk(it.value());
    };
    walk(object);
}

void TestShare::splitsAdvisedStepsIntoOpenAndDone()
{
    const Share share = plantedShare();
    // "backup" was advised and ticked; the free-text "done step" is not an advised step, so it is dropped.
    QCOMPARE(share.doneSteps, QStringList({ "backup" }));
    QVERIFY(!share.openSteps.contains(QStringLiteral("backup")));
    QVERIFY(share.openSteps.contains(QStringLiteral("shared_step")));
    QCOMPARE(share.year, 2026);
    QCOMPARE(share.quarter, 2);

    // A profile without sector or size is shared as "onbekend".
    AnswerSet anonymous = m_planted.answers;
    anonymous.profile = {};
    const Questionnaire& questionnaire = *m_catalog.find(anonymous.questionnaireId);
    const Share unknown = buildShare(questionnaire, anonymous, assess(questionnaire, anonymous), {},
        QDate(2026, 12, 31), QUuid::createUuid());
    QCOMPARE(unknown.sector, unknownProfileValue());
    QCOMPARE(unknown.size, unknownProfileValue());
    QCOMPARE(unknown.quarter, 4);
    QVERIFY(readShare(serializeShare(unknown)).ok());
}

void TestShare::roundTrips()
{
    const Share share = plantedShare();
    const ShareReadResult file = readShare(serializeShare(share), QStringLiteral("a.zelfshare"));
    QVERIFY2(file.ok(), qPrintable(file.reason));
    QCOMPARE(*file.share, share);
    const ShareReadResult line = readShare(serializeShareLine(share));
    QVERIFY2(line.ok(), qPrintable(line.reason));
    QCOMPARE(*line.share, share);

    // Risk class and OT level shares too.
    const QuestionnaireLookup lookup = [this](const QString& id) { return m_catalog.find(id); };
    for (const char* name : { "risk-basic.yaml", "ot-high.json" }) {
        const AnswerLoadResult answers
            = loadAnswerFile(QStringLiteral(TEST_DATA_DIR "/fixture-answers/") + QLatin1String(name), lookup);
        QVERIFY(answers.ok());
        const Questionnaire& questionnaire = *m_catalog.find(answers.answers->questionnaireId);
        const Share other = buildShare(questionnaire, *answers.answers,
            assess(questionnaire, *answers.answers), {}, QDate(2026, 1, 2), QUuid::createUuid());
        QVERIFY(other.riskClass.has_value() || !other.level.isEmpty());
        const ShareReadResult back = readShare(serializeShare(other));
        QVERIFY2(back.ok(), qPrintable(back.reason));
        QCOMPARE(*back.share, other);
    }
}

void TestShare::fastAndStrictReadersAgree()
{
    Share share = plantedShare();
    share.sectionScores[QStringLiteral("basics")] = 100.0;
    share.sectionScores[QStringLiteral("staff")] = std::nullopt;
    share.overall = 0.5;
    for (const QByteArray& bytes : { serializeShare(share), serializeShareLine(share) }) {
        detail::ShareFields fast;
        QByteArray canonical;
        QVERIFY(detail::parseShareFast(bytes, &fast, &canonical));
        QJsonObject object = QJsonDocument::fromJson(bytes).object();
        object.remove(QStringLiteral("checksum"));
        QCOMPARE(canonical, QJsonDocument(object).toJson(QJsonDocument::Compact));
        // So the fast reader's checksum matches and the import never needs the slow one for these.
        QCOMPARE(sha256Hex(canonical), fast.checksum.toByteArray());

        detail::ShareFields strict;
        detail::ShareScratch scratch;
        QCOMPARE(detail::parseShareStrict(bytes, &strict, &scratch), QString());
        QCOMPARE(fast.tool, strict.tool);
        QCOMPARE(fast.questionnaireHash, strict.questionnaireHash);
        QCOMPARE(fast.sector, strict.sector);
        QCOMPARE(fast.year, strict.year);
        QCOMPARE(fast.overall, strict.overall);
        QCOMPARE(fast.sections.size(), strict.sections.size());
        for (int i = 0; i < fast.sections.size(); ++i) {
            QCOMPARE(fast.sections[i].section, strict.sections[i].section);
            QCOMPARE(fast.sections[i].tenths, strict.sections[i].tenths);
        }
        QCOMPARE(fast.open.size(), strict.open.size());
        QCOMPARE(fast.done.size(), strict.done.size());
        QCOMPARE(fast.shareId, strict.shareId);
    }
    // Forms Qt does not write are left to the strict reader, which still accepts valid content.
    QByteArray reformatted = serializeShareLine(share);
    reformatted.replace("\"overall\":0.5", "\"overall\":0.50");
    detail::ShareFields fields;
    QByteArray canonical;
    QVERIFY(!detail::parseShareFast(reformatted, &fields, &canonical));
    QVERIFY(readShare(reformatted).ok());
}

void TestShare::plainTextScanMatchesTheTable()
{
    // The word-at-a-time scan stops exactly where the byte-by-byte one does: every byte value at
    // every place in and around a word, behind plain text and behind other stops.
    const auto byByte = [](const char* p, const char* end) {
        while (p < end && detail::hasClass(*p, detail::PlainText))
            ++p;
        return p;
    };
    for (int value = 0; value < 256; ++value) {
        for (int at = 0; at < 20; ++at) {
            for (const char filler : { 'a', '~', ' ', '\x1f', '\xff' }) {
                QByteArray text(20, 'x');
                for (int i = at + 1; i < text.size(); ++i)
                    text[i] = filler;
                text[at] = char(value);
                const char* begin = text.constData();
                const char* end = begin + text.size();
                QCOMPARE(detail::skipPlainText(begin, end) - begin, byByte(begin, end) - begin);
            }
        }
    }
    QRandomGenerator random(18);
    for (int round = 0; round < 2000; ++round) {
        QByteArray text(int(random.bounded(40)), 'a');
        for (char& c : text)
            c = random.bounded(8) == 0 ? char(random.bounded(256)) : char(0x20 + random.bounded(0x5f));
        const char* begin = text.constData();
        const char* end = begin + text.size();
        QCOMPARE(detail::skipPlainText(begin, end) - begin, byByte(begin, end) - begin);
    }
}

void TestShare::tamperedFileIsRejected()
{
    const QByteArray original = serializeShare(plantedShare());
    QVERIFY(original.contains("\"basics\": 25,"));
    QByteArray tampered = original;
    tampered.replace("\"basics\": 25,", "\"basics\": 95,");
    const ShareReadResult result = readShare(tampered, QStringLiteral("x.zelfshare"));
    QVERIFY(!result.ok());
    QVERIFY2(result.reason.contains(QStringLiteral("damaged or altered")), qPrintable(result.reason));
    QCOMPARE(result.message(), QStringLiteral("x.zelfshare: ") + result.reason);

    // Any changed byte of the content is caught (whitespace outside strings aside).
    QRandomGenerator random(7);
    for (int i = 0; i < 300; ++i) {
        QByteArray flipped = original;
        const int at = int(random.bounded(flipped.size()));
        if (QByteArray(" \n").contains(flipped.at(at)))
            continue;
        flipped[at] = char(flipped.at(at) ^ (1 << random.bounded(7)));
        const ShareReadResult read = readShare(flipped);
        if (read.ok()) // a change that does not change the content, like "e" in a number exponent
            QCOMPARE(*read.share, plantedShare());
    }
}

void TestShare::rejectsInvalid_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    const QJsonObject valid = QJsonDocument::fromJson(serializeShare(plantedShare())).object();
    const auto changed = [&](const QString& key, const QJsonValue& value) {
        QJsonObject object = valid;
        if (value.isUndefined())
            object.remove(key);
        else
            object.insert(key, value);
        return withChecksum(object);
    };
    const auto nested = [&](const QString& key, const QString& inner, const QJsonValue& value) {
        QJsonObject object = valid;
        QJsonObject child = object.value(key).toObject();
        child.insert(inner, value);
        object.insert(key, child);
        return withChecksum(object);
    };
    QTest::newRow("unknown field") << changed(QStringLiteral("organisation"), QStringLiteral("Bakkerij"))
                                   << "unknown field 'organisation'";
    QTest::newRow("missing field") << changed(QStringLiteral("overall"), QJsonValue::Undefined)
                                   << "missing field 'overall'";
    QTest::newRow("nested unknown") << nested(QStringLiteral("period"), QStringLiteral("day"), 14)
                                    << "unknown field 'day' in period";
    QTest::newRow("score above 100") << nested(QStringLiteral("section_scores"), QStringLiteral("basics"),
        100.5) << "section score 'basics' must be a number from 0 to 100";
    QTest::newRow("negative score") << nested(QStringLiteral("section_scores"), QStringLiteral("basics"), -1)
                                    << "must be a number from 0 to 100";
    QTest::newRow("two decimals") << changed(QStringLiteral("overall"), 37.55) << "at most one decimal";
    QTest::newRow("score as text") << changed(QStringLiteral("overall"), QStringLiteral("37.5"))
                                   << "overall must be a number";
    QTest::newRow("bad sector") << nested(
        QStringLiteral("profile"), QStringLiteral("sector"), QStringLiteral("bakkerij"))
                                << "profile sector must be one of";
    QTest::newRow("bad size") << nested(QStringLiteral("profile"), QStringLiteral("size"),
        QStringLiteral("12")) << "profile size must be one of";
    QTest::newRow("class on a scan") << changed(QStringLiteral("risk_class"), 2)
                                     << "risk_class must be null for this tool";
    QTest::newRow("bad quarter") << nested(QStringLiteral("period"), QStringLiteral("quarter"), 5)
                                 << "quarter must be 1, 2, 3 or 4";
    QTest::newRow("bad share id") << changed(
        QStringLiteral("share_id"), QStringLiteral("Bakkerij Geheimzinnig"))
                                  << "share_id must be a random UUID";
    QTest::newRow("free text step") << nested(QStringLiteral("steps"), QStringLiteral("done"),
        QJsonArray { QStringLiteral("mail jan.jansen@example.nl") })
                                    << "not a valid step id";
    QTest::newRow("step twice") << nested(
        QStringLiteral("steps"), QStringLiteral("done"), QJsonArray { QStringLiteral("role") })
                                << "steps lists a step twice";
    QTest::newRow("bad tool") << changed(QStringLiteral("tool"), QStringLiteral("quiz"))
                              << "tool must be one of";
    QTest::newRow("newer schema") << changed(QStringLiteral("schema_version"), 2)
                                  << "made by a newer Zelfscan";
    QTest::newRow("no checksum") << [&] {
        QJsonObject object = valid;
        object.remove(QStringLiteral("checksum"));
        return QJsonDocument(object).toJson();
    }() << "no checksum";
    QTest::newRow("other format") << QByteArray(R"({"format": "zelfscan-assessment"})")
                                  << "not a Zelfscan share file";
    QTest::newRow("not JSON") << QByteArray("{\"format\": \"zelfscan-share\", ") << "not valid JSON";
    QTest::newRow("array") << QByteArray("[1, 2, 3]") << "not a JSON object";
    QTest::newRow("empty") << QByteArray() << "not valid JSON";
    QTest::newRow("binary") << QByteArray("{\"a\0\": 1}", 10) << "NUL bytes";
    QTest::newRow("latin-1") << QByteArray("{\"format\": \"caf\xe9\"}") << "not valid UTF-8";
    QTest::newRow("deep") << QByteArray(100, '[') + QByteArray(100, ']') << "nesting is deeper";
    QTest::newRow("huge") << QByteArray(maxShareBytes + 10, ' ') << "larger than 64 KiB";
}

void TestShare::rejectsInvalid()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const ShareReadResult result = readShare(bytes);
    QVERIFY(!result.ok());
    QVERIFY2(result.reason.contains(reason), qPrintable(result.reason));
}

void TestShare::junkNeverCrashes()
{
    QRandomGenerator random(99);
    const QByteArray valid = serializeShareLine(plantedShare());
    for (int i = 0; i < 2000; ++i) {
        QByteArray junk;
        if (i % 2) {
            junk = valid.left(int(random.bounded(valid.size())));
        } else {
            junk = QByteArray(int(random.bounded(600)), Qt::Uninitialized);
            for (char& c : junk)
                c = "{}[]\":,0123456789.-enulltrfas \\"[random.bounded(31)];
        }
        QVERIFY(!readShare(junk).ok());
    }
}

void TestShare::describesExactlyWhatIsShared()
{
    const Share share = plantedShare();
    const Questionnaire& questionnaire = *m_catalog.find(share.questionnaireId);
    const QString dutch = describeShare(share, questionnaire, Language::dutch()).join(QLatin1Char('\n'));
    const QString english = describeShare(share, questionnaire, Language::english()).join(QLatin1Char('\n'));
    for (const QString& planted : plantedStrings) {
        if (planted == QLatin1String("mail")) // "e-mail" is not written, but the word may be
            continue;
        QVERIFY2(!dutch.contains(planted), qPrintable(planted));
        QVERIFY2(!english.contains(planted), qPrintable(planted));
    }
    QVERIFY(dutch.contains(QStringLiteral("Sector: ICT")));
    QVERIFY(dutch.contains(QStringLiteral("2026, kwartaal 2 (geen datum)")));
    QVERIFY(dutch.contains(QStringLiteral("Totaalscore: 37,5")));
    QVERIFY(dutch.contains(QStringLiteral("Stappen die je al hebt gedaan (1): Maak back-ups")));
    QVERIFY(dutch.contains(QStringLiteral("6f1c2a8e-0b4d-4c55-9a77-3e2f1d0c9b8a")));
    QVERIFY(english.contains(QStringLiteral("Size of the business: 10 to 49 people")));
    QVERIFY(english.contains(QStringLiteral("Overall score: 37.5")));
    QVERIFY(english.contains(QStringLiteral("Not in the file: your business's name, your notes")));
}

void TestShare::describesFindOutStepsByTheirTitle()
{
    // The titles the result page shows: the question's find_out_title, else "Find out: " and the
    // question; a measure without a step of its own by its title; an id this version lacks as is.
    const Questionnaire& scan = *m_catalog.find(QStringLiteral("every_feature"));
    Share share = plantedShare();
    share.openSteps = QStringList { QStringLiteral("find-out-backup"), QStringLiteral("find-out-role"),
        QStringLiteral("gone_step") };
    share.doneSteps.clear();
    const QString dutch = describeShare(share, scan, Language::dutch()).join(QLatin1Char('\n'));
    const QString english = describeShare(share, scan, Language::english()).join(QLatin1Char('\n'));
    QVERIFY2(dutch.contains(QStringLiteral("Stappen die nog open staan (3): Zoek uit of je back-ups maakt; "
                                           "Zoek uit: Wie is verantwoordelijk?; gone_step")),
        qPrintable(dutch));
    QVERIFY2(
        english.contains(QStringLiteral("Find out whether you make back-ups; Find out: Who is responsible?")),
        qPrintable(english));

    share.openSteps = QStringList { QStringLiteral("measure-m_pentest") };
    const Questionnaire& risk = *m_catalog.find(QStringLiteral("risk_feature"));
    QVERIFY(describeShare(share, risk, Language::english())
                .contains(QStringLiteral("Steps still open (1): Pen test")));
}

void TestShare::refusesToWriteWhatItWouldNotRead()
{
    Share share = plantedShare();
    share.questionnaireVersion = QStringLiteral("version with spaces");
    QTemporaryDir dir;
    QString error;
    const QString path = dir.filePath(QStringLiteral("x.zelfshare"));
    QVERIFY(!writeShareFile(share, path, &error));
    QVERIFY2(error.contains(QStringLiteral("cannot share")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    QVERIFY(writeShareFile(plantedShare(), path, &error));
    QVERIFY(readShareFile(path).ok());
}

QTEST_GUILESS_MAIN(TestShare)
#include "TestShare.moc"
