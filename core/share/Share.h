// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assessment/AnswerSet.h"
#include "core/engine/Result.h"
#include "core/questionnaire/Questionnaire.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace zelfscan {

/** Version of the share schema this Zelfscan writes and reads (docs/share-format.md). */
constexpr int shareSchemaVersion = 1;
/** No share comes near this; larger input is refused before parsing. */
constexpr qint64 maxShareBytes = 64 * 1024;

/** ".zelfshare": one share per file. Folders are searched for it and for ".jsonl" (one per line). */
QString shareFileExtension();
/** The sector or size band of a profile that was not given. */
QString unknownProfileValue();

/**
 * What a user shares anonymously: the fixed schema of docs/share-format.md and nothing else.
 * There is deliberately no room for a name, notes, answers, free text or exact dates.
 */
struct Share
{
    QString tool; ///< the questionnaire kind: scan, risk_class or ot_check
    QString questionnaireId;
    QString questionnaireVersion;
    QString questionnaireHash; ///< SHA-256 of the questionnaire content, hex
    QString sector; ///< one of Profile::sectorIds(), or unknownProfileValue()
    QString size; ///< one of Profile::sizeIds(), or unknownProfileValue()
    int year = 0;
    int quarter = 0; ///< 1-4; never a day or month
    QMap<QString, std::optional<double>> sectionScores; ///< every section; 0-100, one decimal, or none
    std::optional<double> overall;
    std::optional<int> riskClass; ///< risk_class tool only
    QString level; ///< ot_check only: the criticality level id; empty when none
    QStringList openSteps; ///< advised step ids not done, in priority order
    QStringList doneSteps; ///< advised step ids the user marked done
    QUuid shareId; ///< random; only for counting a file once when it is imported twice

    bool operator==(const Share& other) const;
    bool operator!=(const Share& other) const { return !(*this == other); }
};

/**
 * Whether the assessment behind @p result may be shared: only finished ones (every visible
 * question answered), since half-finished assessments would drag every statistic down.
 */
bool isShareable(const AssessmentResult& result);

/**
 * The share of one assessment. @p result must be assess() of @p answers *without* done steps
 * (the scores as answered); the steps it advises are split into open and done by @p doneSteps,
 * so ids that are not advised steps never reach the file. Only the profile of @p answers is
 * used: organisation, notes, answers and dates stay out. @p today gives the year and quarter
 * and @p id the random share id; both are parameters so that tests are repeatable (the app
 * passes QDate::currentDate() and QUuid::createUuid()).
 */
Share buildShare(const Questionnaire& questionnaire, const AnswerSet& answers, const AssessmentResult& result,
    const QSet<QString>& doneSteps, QDate today, QUuid id);

/** The share as JSON, including its checksum. */
QJsonObject shareToJson(const Share& share);
/** The checksum: SHA-256 (hex) of the canonical form of everything but the checksum. */
QString shareChecksum(const Share& share);
/** The bytes of a share file (indented JSON, readable in any text editor). */
QByteArray serializeShare(const Share& share);
/** One line of a JSON Lines file (compact, no newline). */
QByteArray serializeShareLine(const Share& share);
/** Writes atomically; sets @p error when it cannot. */
bool writeShareFile(const Share& share, const QString& path, QString* error);

/**
 * Exactly what the file contains, in words, one item per line, in @p language (nl or en):
 * for the "you will share this" confirmation before saving, and for the CLI.
 */
QStringList describeShare(const Share& share, const Questionnaire& questionnaire, const Language& language);
/** The line the CLI puts before describeShare()'s items: "The file contains:". */
QString describeShareHeading(const Language& language);

struct ShareReadResult
{
    std::optional<Share> share; ///< empty when the file was refused
    QString reason; ///< why it was refused, e.g. "the file is damaged or altered (...)"
    QString fileName;

    bool ok() const { return share.has_value(); }
    /** "FILE: REASON" for messages. */
    QString message() const;
};

/**
 * Reads one share and checks everything: the checksum (any change makes the file "damaged or
 * altered"), every field's type and range, no unknown or missing field. Never crashes on junk:
 * oversized, binary and deeply nested input is refused before parsing.
 */
ShareReadResult readShare(const QByteArray& bytes, const QString& fileName = QString());
ShareReadResult readShareFile(const QString& path);

} // namespace zelfscan
