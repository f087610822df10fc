// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/advisories/NextSteps.h"

#include "core/text/Wording.h"
#include "core/text/Words.h"

#include <QCryptographicHash>
#include <QLocale>

#include <algorithm>

namespace zelfscan::advisories {

QString remediationKey(const Remediation& remediation)
{
    const QByteArray text = (remediation.category + QChar(0x1f) + remediation.details.simplified()
        + QChar(0x1f) + remediation.url.trimmed())
                                .toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex().left(16));
}

namespace {

class Words
{
    ZELFSCAN_WORDS(NextSteps)
};

bool isExploited(const QString& exploitStatus)
{
    const QString text = exploitStatus.toLower();
    if (text.isEmpty())
        return false;
    for (const char* negative : { "no known", "not aware", "no exploit", "not known", "none" }) {
        if (text.contains(QLatin1String(negative)))
            return false;
    }
    return true;
}

} // namespace

QString severityText(const QString& severity, const Language& language)
{
    const QString s = severity.toUpper();
    if (s == QLatin1String("CRITICAL"))
        return Words::tr("critical", "severity").in(language);
    if (s == QLatin1String("HIGH"))
        return Words::tr("high", "severity").in(language);
    if (s == QLatin1String("MEDIUM"))
        return Words::tr("medium", "severity").in(language);
    if (s == QLatin1String("LOW"))
        return Words::tr("low", "severity").in(language);
    return severity.toLower();
}

namespace {

/**
 * @p text ended as a sentence: a full stop added only when the publisher wrote none (nor ! ? …),
 * also before closing quotes or brackets ("(see 2.1.)" stays as it is).
 */
QString asSentence(const QString& text)
{
    const QString trimmed = text.trimmed();
    qsizetype end = trimmed.size();
    while (end > 0 && QStringView(u")]\"'\u201D\u2019\u00BB").contains(trimmed.at(end - 1)))
        --end;
    if (trimmed.isEmpty() || (end > 0 && QStringView(u".!?\u2026").contains(trimmed.at(end - 1))))
        return trimmed;
    return trimmed + QLatin1Char('.');
}

/** A CVSS score as the language writes decimals: "9,8" in Dutch, "9.8" in English. */
QString score(double cvss, const Language& language)
{
    return language.locale().toString(cvss, 'f', 1);
}

StepStatus effectiveStatus(const Match& match, const QString& key, const StatusMap& statuses)
{
    // The step is as far along as its least advanced vulnerability; a decision taken on other
    // advice does not count.
    StepStatus result;
    bool first = true;
    for (const QString& vulnerability : match.vulnerabilities) {
        StepStatus stored = statuses.value({ match.assetId, vulnerability });
        if (stored.value != StepStatus::Value::Open && stored.remediationKey != key)
            stored = StepStatus();
        if (first || int(stored.value) < int(result.value))
            result = stored;
        first = false;
    }
    result.remediationKey = key;
    return result;
}

LocalizedText stepTitle(const Match& match, const QString& name, bool underInvestigation)
{
    const QString& category = match.remediation.category;
    const auto withName = [&name](const QString& text, const Language&) { return text.arg(name); };
    if (underInvestigation)
        return inDutchAndEnglish(Words::tr("Keep an eye on %1"), withName);
    if (category == QLatin1String("vendor_fix") && !match.fixedIn.isEmpty()) {
        return inDutchAndEnglish(Words::tr("Update %1 to %2"),
            [&](const QString& text, const Language&) { return text.arg(name, match.fixedIn); });
    }
    if (category == QLatin1String("vendor_fix"))
        return inDutchAndEnglish(Words::tr("Update %1"), withName);
    if (category == QLatin1String("mitigation") || category == QLatin1String("workaround"))
        return inDutchAndEnglish(Words::tr("Reduce the risk to %1"), withName);
    if (category == QLatin1String("none_available") || category == QLatin1String("no_fix_planned"))
        return inDutchAndEnglish(Words::tr("Replace %1 or isolate it from the network"), withName);
    return inDutchAndEnglish(Words::tr("Read the advisory on %1"), withName);
}

/** The vulnerabilities with their CVSS score and severity: "CVE-2024-1 (CVSS 9,8, kritiek)". */
QString listedVulnerabilities(const Match& match, const Language& language)
{
    QStringList listed;
    for (const MatchedVulnerability& v : match.details) {
        listed << (v.cvss >= 0
                ? QStringLiteral("%1 (CVSS %2, %3)")
                      .arg(v.label, score(v.cvss, language), severityText(v.severity, language))
                : v.label);
    }
    return listed.join(QStringLiteral(", "));
}

/** CVE ids with score and severity, exploitation, the publisher's notes, the confidence. */
LocalizedText stepWhy(const Match& match, const QString& name, const AdvisoryStep& step, QString exploit)
{
    // The publisher's sentence may end in its own full stop.
    while (exploit.endsWith(QLatin1Char('.')))
        exploit.chop(1);
    LocalizedText why;
    for (const Language& language : { Language::dutch(), Language::english() }) {
        QStringList sentences;
        sentences << Words::tr("%1 (%2) reports for %3: %4.")
                         .in(language)
                         .arg(
                             match.publisher, match.advisoryId, name, listedVulnerabilities(match, language));
        if (step.exploited)
            sentences << Words::tr("Exploitation is reported: %1.").in(language).arg(exploit);
        if (step.underInvestigation)
            sentences << Words::tr("The publisher is still investigating whether this system is affected.")
                             .in(language);
        // The publisher's own rating (NCSC's "Kans" and "Schade"), shown as written.
        for (const QString& note : match.publisherNotes) {
            if (note.size() <= 200 && !note.trimmed().isEmpty())
                sentences << asSentence(note);
        }
        sentences << Words::tr("Confidence of the match: %1.")
                         .in(language)
                         .arg(wording::percent(language, match.confidence * 100));
        why.set(language.code(), sentences.join(QLatin1Char(' ')));
    }
    return why;
}

/** The remediation in words, or replace / isolate when there is no fix, and the link. */
LocalizedText stepHow(const Match& match)
{
    const QString& category = match.remediation.category;
    LocalizedText how;
    for (const Language& language : { Language::dutch(), Language::english() }) {
        QString text;
        if (category == QLatin1String("none_available") || category == QLatin1String("no_fix_planned")) {
            text = Words::tr("The vendor offers no fix (\"%1\"). Replace the system, or put it in a separate "
                             "network segment that only those who need it can reach.")
                       .in(language)
                       .arg(match.remediation.details);
        } else if (!category.isEmpty()) {
            text = Words::tr("The publisher's advice: %1").in(language).arg(match.remediation.details);
        } else {
            text
                = Words::tr("The advisory names no remediation; read its notes and references.").in(language);
        }
        // The link follows as a sentence of its own, whether or not the publisher ended theirs.
        if (!match.remediation.url.isEmpty())
            text = asSentence(text)
                + Words::tr(" More information: %1").in(language).arg(match.remediation.url);
        how.set(language.code(), text);
    }
    return how;
}

} // namespace

QList<AdvisoryStep> advisorySteps(
    const QList<Match>& matches, const Inventory& inventory, const StatusMap& statuses)
{
    QList<AdvisoryStep> steps;
    for (const Match& match : matches) {
        const Asset* asset = inventory.find(match.assetId);
        const QString name = asset ? asset->displayName() : match.assetId;
        AdvisoryStep step;
        step.assetId = match.assetId;
        step.assetName = name;
        step.advisoryId = match.advisoryId;
        step.advisoryTitle = match.advisoryTitle;
        step.publisher = match.publisher;
        step.vulnerabilities = match.vulnerabilities;
        step.cvss = match.cvss;
        step.url = match.remediation.url;
        step.underInvestigation = std::all_of(match.details.cbegin(), match.details.cend(),
            [](const MatchedVulnerability& v) { return v.status == QLatin1String("under_investigation"); });
        QString exploit;
        double highest = -1;
        for (const MatchedVulnerability& v : match.details) {
            if (v.cvss > highest) {
                highest = v.cvss;
                step.severity = v.severity;
            }
            if (isExploited(v.exploitStatus)) {
                step.exploited = true;
                exploit = v.exploitStatus;
            }
        }
        step.title = stepTitle(match, name, step.underInvestigation);
        step.why = stepWhy(match, name, step, exploit);
        step.how = stepHow(match);
        step.remediationKey = remediationKey(match.remediation);
        step.status = effectiveStatus(match, step.remediationKey, statuses);
        steps.append(step);
    }
    std::stable_sort(steps.begin(), steps.end(), [](const AdvisoryStep& a, const AdvisoryStep& b) {
        if (a.underInvestigation != b.underInvestigation)
            return b.underInvestigation;
        if (a.exploited != b.exploited)
            return a.exploited;
        if (a.cvss != b.cvss)
            return a.cvss > b.cvss;
        return a.assetId < b.assetId;
    });
    return steps;
}

} // namespace zelfscan::advisories
