// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/questionnaire/YamlReader.h"

#include <QTest>

using namespace zelfscan;

/**
 * YamlReader, shared by every YAML reader in core: each problem is reported with its file, line
 * and column instead of thrown, and what is fine reads back typed.
 */
class TestYamlReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTypedValues();
    void reportsWrongTypesWithPositions();
    void checkKeysNamesUnknownDuplicateAndMissing();
    void identifiers_data();
    void identifiers();
    void textNeedsEveryLanguage();
    void syntaxErrorIsADiagnostic();
    void aliasBombIsRefused();
};

namespace {

/** The messages of @p diagnostics as "LINE:COL: MESSAGE". */
QStringList messages(const Diagnostics& diagnostics)
{
    QStringList lines;
    for (const Diagnostic& d : diagnostics)
        lines << QStringLiteral("%1:%2: %3").arg(d.line).arg(d.column).arg(d.message);
    return lines;
}

} // namespace

void TestYamlReader::readsTypedValues()
{
    Diagnostics diagnostics;
    YamlReader reader(QStringLiteral("good.yaml"), &diagnostics);
    const YAML::Node root
        = parseYaml("name: Bakkerij\nweight: 2.5\ncount: 12\nactive: true\nid: p1_backup\n", reader);
    QVERIFY(reader.expectMap(root, QStringLiteral("the file")));
    QCOMPARE(reader.string(root, "name", QStringLiteral("the file"), true), QStringLiteral("Bakkerij"));
    QCOMPARE(reader.number(root, "weight", QStringLiteral("the file"), true), 2.5);
    QCOMPARE(reader.integer(root, "count", QStringLiteral("the file"), true), 12);
    QCOMPARE(reader.boolean(root, "active", QStringLiteral("the file")), true);
    QCOMPARE(reader.identifier(root, "id", QStringLiteral("the file"), true), QStringLiteral("p1_backup"));
    // Optional keys that are absent are no problem.
    QVERIFY(!reader.string(root, "notes", QStringLiteral("the file"), false));
    QVERIFY(!reader.boolean(root, "hidden", QStringLiteral("the file")));
    QCOMPARE(messages(diagnostics), QStringList());
    QCOMPARE(reader.fileName(), QStringLiteral("good.yaml"));
}

void TestYamlReader::reportsWrongTypesWithPositions()
{
    Diagnostics diagnostics;
    YamlReader reader(QStringLiteral("bad.yaml"), &diagnostics);
    const YAML::Node root
        = parseYaml("weight: heavy\ncount: 2.5\nactive: yes\nlist: [a, b]\nname: [x]\nempty: ~\n", reader);
    QVERIFY(!reader.number(root, "weight", QStringLiteral("question q1"), true));
    QVERIFY(!reader.integer(root, "count", QStringLiteral("question q1"), true));
    QVERIFY(!reader.boolean(root, "active", QStringLiteral("question q1")));
    QVERIFY(!reader.expectMap(root["list"], QStringLiteral("'list'")));
    QVERIFY(!reader.expectSequence(root["weight"], QStringLiteral("'weight'")));
    QVERIFY(!reader.string(root, "name", QStringLiteral("question q1"), true));
    QVERIFY(!reader.string(root, "empty", QStringLiteral("question q1"), true));
    QVERIFY(!reader.string(root, "missing", QStringLiteral("question q1"), true));
    QCOMPARE(messages(diagnostics),
        (QStringList { QStringLiteral("1:9: 'weight' of question q1 must be a number, not 'heavy'"),
            QStringLiteral("2:8: 'count' of question q1 must be a whole number"),
            QStringLiteral("3:9: 'active' of question q1 must be true or false, not 'yes'"),
            QStringLiteral("4:7: 'list' must be a mapping (key: value)"),
            QStringLiteral("1:9: 'weight' must be a list (- item)"),
            QStringLiteral("5:7: 'name' of question q1 must be a single value, not a list or mapping"),
            QStringLiteral("6:8: 'empty' of question q1 is empty"),
            QStringLiteral("1:1: question q1 is missing required key 'missing'") }));
    for (const Diagnostic& d : diagnostics) {
        QVERIFY(d.isError());
        QCOMPARE(d.file, QStringLiteral("bad.yaml"));
    }
}

void TestYamlReader::checkKeysNamesUnknownDuplicateAndMissing()
{
    Diagnostics diagnostics;
    YamlReader reader(QStringLiteral("keys.yaml"), &diagnostics);
    const YAML::Node root = parseYaml("id: a\ncolour: red\nid: b\n", reader);
    QVERIFY(reader.checkKeys(root, QStringLiteral("section s1"),
        { QStringLiteral("id"), QStringLiteral("title") }, { QStringLiteral("title") }));
    const QString all = messages(diagnostics).join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("2:1: unknown key 'colour' in section s1 (allowed: id, title)")),
        qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("duplicate key 'id' in section s1")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("section s1 is missing required key 'title'")), qPrintable(all));
    QCOMPARE(diagnostics.size(), 3);

    Diagnostics none;
    YamlReader other(QStringLiteral("list.yaml"), &none);
    QVERIFY(!other.checkKeys(parseYaml("- a\n- b\n", other), QStringLiteral("the file"), {}));
    QCOMPARE(none.size(), 1);
}

void TestYamlReader::identifiers_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << QStringLiteral("p1_backup") << true;
    QTest::newRow("digits first") << QStringLiteral("10-49") << true;
    QTest::newRow("plus") << QStringLiteral("250+") << true;
    QTest::newRow("upper case") << QStringLiteral("Backup") << false;
    QTest::newRow("space") << QStringLiteral("back up") << false;
    QTest::newRow("leading dash") << QStringLiteral("-x") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("64 long") << QString(64, QLatin1Char('a')) << true;
    QTest::newRow("65 long") << QString(65, QLatin1Char('a')) << false;
}

void TestYamlReader::identifiers()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(YamlReader::isValidIdentifier(id), valid);
}

void TestYamlReader::textNeedsEveryLanguage()
{
    Diagnostics diagnostics;
    YamlReader reader(QStringLiteral("text.yaml"), &diagnostics);
    const YAML::Node root = parseYaml("good: {nl: ' Maak back-ups ', en: Make backups}\n"
                                      "half: {nl: Alleen Nederlands}\n"
                                      "extra: {nl: a, en: b, de: c}\n"
                                      "plain: just text\n",
        reader);
    const QStringList languages { QStringLiteral("nl"), QStringLiteral("en") };
    const LocalizedText good = reader.text(root, "good", QStringLiteral("step s1"), true, languages);
    QCOMPARE(good.text(Language::dutch()), QStringLiteral("Maak back-ups")); // trimmed
    QCOMPARE(good.text(Language::english()), QStringLiteral("Make backups"));
    QVERIFY(diagnostics.isEmpty());
    reader.text(root, "half", QStringLiteral("step s1"), true, languages);
    reader.text(root, "extra", QStringLiteral("step s1"), true, languages);
    reader.text(root, "plain", QStringLiteral("step s1"), true, languages);
    reader.text(root, "absent", QStringLiteral("step s1"), false, languages);
    QCOMPARE(messages(diagnostics),
        (QStringList { QStringLiteral("2:7: 'half' of step s1 has no text in 'en'"),
            QStringLiteral("3:23: 'extra' of step s1 has text in 'de', which is not in languages [nl, en]"),
            QStringLiteral(
                "4:8: 'plain' of step s1 must give a text per language, like {nl: ..., en: ...}") }));
}

void TestYamlReader::syntaxErrorIsADiagnostic()
{
    Diagnostics diagnostics;
    YamlReader reader(QStringLiteral("broken.yaml"), &diagnostics);
    const YAML::Node root = parseYaml("a: [1, 2\nb: c\n", reader);
    QVERIFY(!root || root.IsNull());
    QCOMPARE(diagnostics.size(), 1);
    QVERIFY(diagnostics.first().isError());
    QVERIFY2(diagnostics.first().message.startsWith(QStringLiteral("YAML syntax: ")),
        qPrintable(diagnostics.first().message));
    QVERIFY(diagnostics.first().line > 0);
    QVERIFY(diagnostics.first().toString().startsWith(QStringLiteral("broken.yaml:")));
}

void TestYamlReader::aliasBombIsRefused()
{
    // Nine levels of nine aliases: under a kilobyte of text, nearly 400 million nodes.
    QByteArray bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n";
    for (char level = 'b'; level <= 'i'; ++level) {
        const QByteArray previous(1, char(level - 1));
        bomb += QByteArray(1, level) + ": &" + QByteArray(1, level) + " [";
        for (int i = 0; i < 9; ++i)
            bomb += (i ? ", *" : "*") + previous;
        bomb += "]\n";
    }
    Diagnostics diagnostics;
    YamlReader reader(QStringLiteral("bomb.yaml"), &diagnostics);
    const YAML::Node root = parseYaml(bomb, reader);
    QVERIFY(!root || root.IsNull());
    QCOMPARE(diagnostics.size(), 1);
    QVERIFY2(diagnostics.first().message.contains(QStringLiteral("refusing to read it")),
        qPrintable(diagnostics.first().message));
}

QTEST_GUILESS_MAIN(TestYamlReader)
#include "TestYamlReader.moc"
