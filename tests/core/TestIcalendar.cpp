// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/Icalendar.h"

#include <QTest>

using namespace zelfscan;

/** The iCalendar writer's rules: escaping, folding at 75 octets with CRLF, stable UIDs, the items. */
class TestIcalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapesTextSpecials();
    void shortLinesAreNotFolded();
    void foldsAt75OctetsWithoutSplittingCharacters();
    void uidIsStablePerStep();
    void calendarHasOneAllDayEventPerStep();
};

namespace {

/** The content line @p folded unfolded again (RFC 5545 3.1): CRLF followed by one space goes. */
QByteArray unfold(QByteArray folded)
{
    return folded.replace("\r\n ", "");
}

} // namespace

void TestIcalendar::escapesTextSpecials()
{
    QCOMPARE(ical::escapeText(QStringLiteral("Back-up; één, twee\\drie\nvier\r\nvijf")),
        QStringLiteral("Back-up\\; één\\, twee\\\\drie\\nvier\\nvijf"));
    QCOMPARE(ical::escapeText(QStringLiteral("geen bijzonderheden: ok")),
        QStringLiteral("geen bijzonderheden: ok"));
}

void TestIcalendar::shortLinesAreNotFolded()
{
    QCOMPARE(ical::foldLine(QStringLiteral("SUMMARY:Maak een back-up")),
        QByteArray("SUMMARY:Maak een back-up\r\n"));
    const QString exact = QStringLiteral("X:") + QString(73, u'a');
    QCOMPARE(ical::foldLine(exact), exact.toUtf8() + "\r\n");
}

void TestIcalendar::foldsAt75OctetsWithoutSplittingCharacters()
{
    // "ë" and "é" are two octets, "€" three: a fold must fall between characters.
    const QString line = QStringLiteral("DESCRIPTION:")
        + QStringLiteral("Overleg met je IT-leverancier over de coöperatie, het café en de € kosten; ")
              .repeated(6);
    const QByteArray folded = ical::foldLine(line);
    QVERIFY(folded.endsWith("\r\n"));
    const QList<QByteArray> lines = folded.chopped(2).split('\n');
    QVERIFY(lines.size() > 1);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray physical = lines.at(i);
        if (i + 1 < lines.size()) {
            QVERIFY(physical.endsWith('\r'));
            physical.chop(1);
        }
        QVERIFY2(physical.size() <= 75, physical.constData());
        if (i > 0)
            QVERIFY(physical.startsWith(' '));
        // Each physical line is valid UTF-8 on its own: no character was cut in two.
        const QString decoded = QString::fromUtf8(i > 0 ? physical.mid(1) : physical);
        QCOMPARE(decoded.toUtf8(), i > 0 ? physical.mid(1) : physical);
        QVERIFY(!decoded.contains(QChar::ReplacementCharacter));
    }
    QCOMPARE(QString::fromUtf8(unfold(folded).chopped(2)), line);
}

void TestIcalendar::uidIsStablePerStep()
{
    QCOMPARE(
        ical::uidOf(QStringLiteral("basisscan/p4_mfa")), QStringLiteral("basisscan-p4_mfa@plan.zelfscan"));
    QCOMPARE(
        ical::uidOf(QStringLiteral("basisscan/p4_mfa")), ical::uidOf(QStringLiteral("basisscan/p4_mfa")));
}

void TestIcalendar::calendarHasOneAllDayEventPerStep()
{
    PlanEntry entry;
    entry.key = QStringLiteral("basisscan/p4_mfa");
    entry.step.title.set(QStringLiteral("nl"), QStringLiteral("Zet tweestapsverificatie aan, vandaag"));
    entry.step.how.set(QStringLiteral("nl"), QStringLiteral("Begin met e-mail; daarna de bank."));
    entry.step.links.append({ {}, QStringLiteral("https://www.digitaltrustcenter.nl/tweestapsverificatie") });
    entry.planning.due = QDate(2027, 1, 31);
    entry.planning.owner = QStringLiteral("Anouk");
    const QByteArray ics = ical::calendar(
        { entry, entry }, Language::dutch(), QDateTime(QDate(2026, 12, 1), QTime(10, 0, 5), Qt::UTC));
    QByteArray text = unfold(ics);
    QVERIFY(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
    QVERIFY(text.endsWith("END:VCALENDAR\r\n"));
    QCOMPARE(text.count("BEGIN:VEVENT\r\n"), 2);
    QVERIFY(text.contains("\r\nDTSTART;VALUE=DATE:20270131\r\nDTEND;VALUE=DATE:20270201\r\n"));
    QVERIFY(text.contains("\r\nDTSTAMP:20261201T100005Z\r\n"));
    QVERIFY(text.contains("\r\nSUMMARY:Zet tweestapsverificatie aan\\, vandaag\r\n"));
    QVERIFY(text.contains("\r\nDESCRIPTION:Begin met e-mail\\; daarna de bank.\\n\\nWie: Anouk\\n\\n"));
    QVERIFY(text.contains("\r\nURL:https://www.digitaltrustcenter.nl/tweestapsverificatie\r\n"));
    QVERIFY(text.contains("\r\nUID:basisscan-p4_mfa@plan.zelfscan\r\n"));
    QVERIFY(!text.replace("\r\n", "").contains('\n')); // every line ends in CRLF
}

QTEST_GUILESS_MAIN(TestIcalendar)
#include "TestIcalendar.moc"
