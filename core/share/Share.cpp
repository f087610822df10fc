// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/share/Share.h"

#include "core/assessment/Profile.h"
#include "core/engine/Engine.h"
#include "core/io/InputGuard.h"
#include "core/io/SafeWrite.h"
#include "core/io/Sha256.h"
#include "core/share/ShareChecks_p.h"
#include "core/share/ShareParse_p.h"
#include "core/text/Wording.h"
#include "core/text/Words.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace zelfscan {

using detail::ShareFields;
using detail::ShareScratch;

namespace {

class Words
{
    ZELFSCAN_WORDS(Share)
};

const QString unknownValue = QStringLiteral("onbekend");

QString text(QByteArrayView value)
{
    return QString::fromUtf8(value.data(), value.size());
}

Share toShare(const ShareFields& f)
{
    Share share;
    share.tool = text(f.tool);
    share.questionnaireId = text(f.questionnaireId);
    share.questionnaireVersion = text(f.questionnaireVersion);
    share.questionnaireHash = text(f.questionnaireHash);
    share.sector = text(f.sector);
    share.size = text(f.size);
    share.year = f.year;
    share.quarter = f.quarter;
    for (const ShareFields::Score& score : f.sections)
        share.sectionScores.insert(text(score.section),
            score.tenths < 0 ? std::optional<double>() : std::optional<double>(score.tenths / 10.0));
    if (f.overall >= 0)
        share.overall = f.overall / 10.0;
    if (f.riskClass != 0)
        share.riskClass = f.riskClass;
    if (f.hasLevel)
        share.level = text(f.level);
    for (const QByteArrayView& step : f.open)
        share.openSteps.append(text(step));
    for (const QByteArrayView& step : f.done)
        share.doneSteps.append(text(step));
    share.shareId = QUuid::fromString(QLatin1StringView(f.shareId.data(), f.shareId.size()));
    return share;
}

QJsonObject contentJson(const Share& share)
{
    QJsonObject object;
    object.insert(QStringLiteral("format"), QLatin1String(detail::shareFormatName));
    object.insert(QStringLiteral("schema_version"), shareSchemaVersion);
    object.insert(QStringLiteral("tool"), share.tool);
    object.insert(QStringLiteral("questionnaire"),
        QJsonObject { { QStringLiteral("id"), share.questionnaireId },
            { QStringLiteral("version"), share.questionnaireVersion },
            { QStringLiteral("hash"), share.questionnaireHash } });
    object.insert(QStringLiteral("profile"),
        QJsonObject { { QStringLiteral("sector"), share.sector }, { QStringLiteral("size"), share.size } });
    object.insert(QStringLiteral("period"),
        QJsonObject { { QStringLiteral("year"), share.year }, { QStringLiteral("quarter"), share.quarter } });
    QJsonObject scores;
    for (auto it = share.sectionScores.begin(); it != share.sectionScores.end(); ++it)
        scores.insert(it.key(), it.value() ? QJsonValue(*it.value()) : QJsonValue());
    object.insert(QStringLiteral("section_scores"), scores);
    object.insert(QStringLiteral("overall"), share.overall ? QJsonValue(*share.overall) : QJsonValue());
    object.insert(
        QStringLiteral("risk_class"), share.riskClass ? QJsonValue(*share.riskClass) : QJsonValue());
    object.insert(QStringLiteral("level"), share.level.isEmpty() ? QJsonValue() : QJsonValue(share.level));
    object.insert(QStringLiteral("steps"),
        QJsonObject { { QStringLiteral("open"), QJsonArray::fromStringList(share.openSteps) },
            { QStringLiteral("done"), QJsonArray::fromStringList(share.doneSteps) } });
    object.insert(QStringLiteral("share_id"), share.shareId.toString(QUuid::WithoutBraces));
    return object;
}

std::optional<double> oneDecimal(std::optional<double> value)
{
    if (!value)
        return std::nullopt;
    return std::round(std::clamp(*value, 0.0, 100.0) * 10) / 10;
}

/** The title of a step id as the result page shows it; the id itself when the version has no such step. */
QString stepTitle(const Questionnaire& questionnaire, const QString& id, const Language& language)
{
    const LocalizedText title = zelfscan::stepTitle(questionnaire, id);
    return title.isEmpty() ? id : title.text(language);
}

} // namespace

namespace detail {

void ShareFields::clear()
{
    format = {};
    schemaVersion = 0;
    tool = questionnaireId = questionnaireVersion = questionnaireHash = {};
    sector = size = {};
    year = quarter = 0;
    sections.clear();
    overall = -1;
    riskClass = 0;
    hasLevel = false;
    level = {};
    open.clear();
    done.clear();
    shareId = checksum = {};
}

QString readShareFields(QByteArrayView bytes, ShareFields* fields, ShareScratch* scratch)
{
    if (bytes.size() <= maxShareBytes) {
        char hex[64];
        QByteArrayView tail;
        const CompactRead compact = readCompactShare(bytes, fields, &tail);
        bool read = false;
        if (compact == CompactRead::Compact) {
            sha256Hex(QByteArrayView("{", 1), tail, hex);
            read = true;
        } else if (compact == CompactRead::NotCompact && parseShareFast(bytes, fields, &scratch->canonical)) {
            sha256Hex(scratch->canonical, hex);
            read = true;
        }
        if (read && fields->checksum == QByteArrayView(hex, 64)
            && checkShareFields(*fields, scratch->numbers, scratch->language).isEmpty())
            return {};
    }
    return parseShareStrict(bytes, fields, scratch);
}

} // namespace detail

QString shareFileExtension()
{
    return QStringLiteral(".zelfshare");
}

QString unknownProfileValue()
{
    return unknownValue;
}

bool Share::operator==(const Share& other) const
{
    return tool == other.tool && questionnaireId == other.questionnaireId
        && questionnaireVersion == other.questionnaireVersion && questionnaireHash == other.questionnaireHash
        && sector == other.sector && size == other.size && year == other.year && quarter == other.quarter
        && sectionScores == other.sectionScores && overall == other.overall && riskClass == other.riskClass
        && level == other.level && openSteps == other.openSteps && doneSteps == other.doneSteps
        && shareId == other.shareId;
}

bool isShareable(const AssessmentResult& result)
{
    return result.missing.isEmpty();
}

Share buildShare(const Questionnaire& questionnaire, const AnswerSet& answers, const AssessmentResult& result,
    const QSet<QString>& doneSteps, QDate today, QUuid id)
{
    Share share;
    share.tool = kindName(questionnaire.kind);
    share.questionnaireId = questionnaire.id;
    share.questionnaireVersion = questionnaire.version;
    share.questionnaireHash = questionnaire.contentHash;
    share.sector
        = Profile::sectorIds().contains(answers.profile.sector) ? answers.profile.sector : unknownValue;
    share.size = Profile::sizeIds().contains(answers.profile.size) ? answers.profile.size : unknownValue;
    share.year = today.year();
    share.quarter = (today.month() - 1) / 3 + 1;
    for (const Section& section : questionnaire.sections) {
        const SectionResult* sectionResult = result.section(section.id);
        share.sectionScores.insert(
            section.id, sectionResult ? oneDecimal(sectionResult->score) : std::nullopt);
    }
    share.overall = oneDecimal(result.overall);
    if (questionnaire.kind == QuestionnaireKind::RiskClass && result.risk)
        share.riskClass = result.risk->riskClass;
    if (questionnaire.kind == QuestionnaireKind::OtCheck && result.target)
        share.level = result.target->levelId;
    // Only advised steps: the done list can hold nothing the user typed or any id of their own.
    for (const NextStep& step : result.steps)
        (doneSteps.contains(step.id) ? share.doneSteps : share.openSteps).append(step.id);
    share.shareId = id;
    return share;
}

QString shareChecksum(const Share& share)
{
    return QString::fromLatin1(sha256Hex(QJsonDocument(contentJson(share)).toJson(QJsonDocument::Compact)));
}

QJsonObject shareToJson(const Share& share)
{
    QJsonObject object = contentJson(share);
    object.insert(QStringLiteral("checksum"),
        QString::fromLatin1(sha256Hex(QJsonDocument(object).toJson(QJsonDocument::Compact))));
    return object;
}

QByteArray serializeShare(const Share& share)
{
    return QJsonDocument(shareToJson(share)).toJson(QJsonDocument::Indented);
}

QByteArray serializeShareLine(const Share& share)
{
    return QJsonDocument(shareToJson(share)).toJson(QJsonDocument::Compact);
}

bool writeShareFile(const Share& share, const QString& path, QString* error)
{
    const QByteArray bytes = serializeShare(share);
    // Never write a file that an import would refuse (for example a questionnaire version with spaces).
    const ShareReadResult check = readShare(bytes);
    if (!check.ok()) {
        if (error)
            *error = QStringLiteral("cannot share this assessment: %1").arg(check.reason);
        return false;
    }
    return writeFileAtomically(path, bytes, error);
}

QString ShareReadResult::message() const
{
    return fileName.isEmpty() ? reason : fileName + QStringLiteral(": ") + reason;
}

ShareReadResult readShare(const QByteArray& bytes, const QString& fileName)
{
    ShareReadResult result;
    result.fileName = fileName;
    ShareFields fields;
    ShareScratch scratch;
    result.reason = detail::readShareFields(bytes, &fields, &scratch);
    if (result.reason.isEmpty())
        result.share = toShare(fields);
    return result;
}

ShareReadResult readShareFile(const QString& path)
{
    QString error;
    const QByteArray bytes = readInputFile(path, maxShareBytes, &error);
    if (!error.isEmpty()) {
        ShareReadResult result;
        result.fileName = path;
        result.reason = error;
        return result;
    }
    return readShare(bytes, path);
}

QStringList describeShare(const Share& share, const Questionnaire& questionnaire, const Language& language)
{
    QStringList lines;
    lines << Words::tr("Tool: %1 (version %2)")
                 .in(language)
                 .arg(questionnaire.title.text(language), share.questionnaireVersion);
    const auto profileText = [&](const QString& value, const LocalizedText& label) {
        if (value == unknownValue || label.isEmpty())
            return Words::tr("not given").in(language);
        return label.text(language);
    };
    lines << Words::tr("Sector: %1")
                 .in(language)
                 .arg(profileText(share.sector, Profile::sectorLabel(share.sector)));
    lines << Words::tr("Size of the business: %1")
                 .in(language)
                 .arg(profileText(share.size, Profile::sizeLabel(share.size)));
    lines << Words::tr("Period: %1, quarter %2 (no date)").in(language).arg(share.year).arg(share.quarter);
    for (const Section& section : questionnaire.sections) {
        const auto it = share.sectionScores.constFind(section.id);
        if (it == share.sectionScores.constEnd())
            continue;
        const QString value
            = it.value() ? wording::score(language, *it.value()) : Words::tr("no score").in(language);
        lines << Words::tr("Score %1: %2").in(language).arg(section.title.text(language), value);
    }
    if (share.overall)
        lines << Words::tr("Overall score: %1").in(language).arg(wording::score(language, *share.overall));
    if (share.riskClass)
        lines << Words::tr("Risk class: %1").in(language).arg(*share.riskClass);
    if (!share.level.isEmpty()) {
        QString title = share.level;
        if (questionnaire.targetModel) {
            for (const TargetLevel& level : questionnaire.targetModel->levels) {
                if (level.id == share.level)
                    title = level.title.text(language);
            }
        }
        lines << Words::tr("Process automation level: %1").in(language).arg(title);
    }
    const auto stepList = [&](const QStringList& ids) {
        QStringList titles;
        for (const QString& id : ids)
            titles << stepTitle(questionnaire, id, language);
        return titles.join(QStringLiteral("; "));
    };
    lines << (share.openSteps.isEmpty() ? Words::tr("Steps still open: none").in(language)
                                        : Words::tr("Steps still open (%1): %2")
                                              .in(language)
                                              .arg(share.openSteps.size())
                                              .arg(stepList(share.openSteps)));
    lines << (share.doneSteps.isEmpty() ? Words::tr("Steps you have done: none").in(language)
                                        : Words::tr("Steps you have done (%1): %2")
                                              .in(language)
                                              .arg(share.doneSteps.size())
                                              .arg(stepList(share.doneSteps)));
    lines << Words::tr("A random number (%1), only so that a file imported twice is counted once. It says "
                       "nothing about you.")
                 .in(language)
                 .arg(share.shareId.toString(QUuid::WithoutBraces));
    lines << Words::tr("A checksum that shows whether the file was damaged or changed.").in(language);
    lines << Words::tr("Not in the file: your business's name, your notes, your answers, dates, and anything "
                       "you typed yourself.")
                 .in(language);
    return lines;
}

QString describeShareHeading(const Language& language)
{
    return Words::tr("The file contains:").in(language);
}

} // namespace zelfscan
