// SPDX-License-Identifier: GPL-3.0-or-later
// The strict share reader: QJsonDocument, every field checked, and a reason for every refusal.
#include "core/io/InputGuard.h"
#include "core/io/Sha256.h"
#include "core/share/Share.h"
#include "core/share/ShareChecks_p.h"
#include "core/share/ShareParse_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <optional>

namespace zelfscan::detail {

namespace {

QString shortened(const QString& text)
{
    return text.size() > 40 ? text.left(40) + QStringLiteral("...") : text;
}

/** @p where is empty for the top level, else the object the keys are in ("questionnaire"). */
QString checkKeys(
    const QJsonObject& object, const QStringList& expected, const QString& where, const Language& language)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (expected.contains(it.key()))
            continue;
        if (where.isEmpty())
            return ShareWords::tr("unknown field '%1'; a share holds only the fields of the schema")
                .in(language)
                .arg(shortened(it.key()));
        return ShareWords::tr("unknown field '%1' in %2; a share holds only the fields of the schema")
            .in(language)
            .arg(shortened(it.key()), where);
    }
    for (const QString& key : expected) {
        if (object.contains(key))
            continue;
        if (where.isEmpty())
            return ShareWords::tr("missing field '%1'").in(language).arg(key);
        return ShareWords::tr("missing field '%1' in %2").in(language).arg(key, where);
    }
    return {};
}

std::optional<int> wholeNumber(const QJsonValue& value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!(number >= -1e9 && number <= 1e9) || std::floor(number) != number)
        return std::nullopt;
    return int(number);
}

/** A score as tenths: 0-1000, from a number with at most one decimal. */
std::optional<int> tenthsOf(const QJsonValue& value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double scaled = value.toDouble() * 10;
    if (!(scaled >= 0 && scaled <= 1000))
        return std::nullopt;
    const double rounded = std::round(scaled);
    if (std::fabs(scaled - rounded) > 1e-6)
        return std::nullopt;
    return int(rounded);
}

class StrictReader
{
public:
    StrictReader(ShareFields* fields, ShareScratch* scratch)
        : m_fields(fields)
        , m_scratch(scratch)
    {
        m_scratch->strings.clear();
    }

    QString read(QByteArrayView bytes)
    {
        const QByteArray data = QByteArray::fromRawData(bytes.data(), bytes.size());
        if (const QString problem = checkTextInput(data, maxShareBytes, maxNesting, m_scratch->language);
            !problem.isEmpty())
            return problem;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(data, &error);
        if (error.error != QJsonParseError::NoError)
            return ShareWords::tr("not valid JSON (%1 at byte %2); the file is damaged")
                .in(m_scratch->language)
                .arg(error.errorString())
                .arg(error.offset);
        if (!document.isObject())
            return ShareWords::tr("not a Zelfscan share file (not a JSON object)").in(m_scratch->language);
        const QJsonObject object = document.object();
        if (object.value(QStringLiteral("format")).toString() != QLatin1String(shareFormatName))
            return ShareWords::tr("not a Zelfscan share file (format is not \"zelfscan-share\")")
                .in(m_scratch->language);
        const std::optional<int> schema = wholeNumber(object.value(QStringLiteral("schema_version")));
        if (!schema)
            return ShareWords::tr("schema_version must be a whole number").in(m_scratch->language);
        if (*schema > shareSchemaVersion)
            return ShareWords::tr(
                "made by a newer Zelfscan (schema_version %1); update Zelfscan to import it")
                .in(m_scratch->language)
                .arg(*schema);
        if (*schema != shareSchemaVersion)
            return ShareWords::tr("unsupported schema_version %1").in(m_scratch->language).arg(*schema);

        // The checksum comes before any other check: a changed file is "damaged or altered",
        // whatever else is wrong with it.
        const QJsonValue checksum = object.value(QStringLiteral("checksum"));
        if (!checksum.isString())
            return ShareWords::tr("the file has no checksum; it is damaged or altered")
                .in(m_scratch->language);
        QJsonObject content = object;
        content.remove(QStringLiteral("checksum"));
        const QByteArray canonical = QJsonDocument(content).toJson(QJsonDocument::Compact);
        if (sha256Hex(canonical) != checksum.toString().toLatin1())
            return ShareWords::tr("the file is damaged or altered: its checksum does not match its content")
                .in(m_scratch->language);
        m_fields->checksum = keep(checksum.toString());

        if (QString problem = checkKeys(object,
                { QStringLiteral("checksum"), QStringLiteral("format"), QStringLiteral("level"),
                    QStringLiteral("overall"), QStringLiteral("period"), QStringLiteral("profile"),
                    QStringLiteral("questionnaire"), QStringLiteral("risk_class"),
                    QStringLiteral("schema_version"), QStringLiteral("section_scores"),
                    QStringLiteral("share_id"), QStringLiteral("steps"), QStringLiteral("tool") },
                QString(), m_scratch->language);
            !problem.isEmpty())
            return problem;
        m_fields->format = keep(QLatin1String(shareFormatName));
        m_fields->schemaVersion = *schema;
        if (QString problem = readContent(object); !problem.isEmpty())
            return problem;
        return checkShareFields(*m_fields, m_scratch->numbers, m_scratch->language);
    }

private:
    QByteArrayView keep(const QString& text)
    {
        m_scratch->strings.append(text.toUtf8());
        const QByteArray& kept = m_scratch->strings.last();
        return QByteArrayView(kept.constData(), kept.size());
    }

    std::optional<QByteArrayView> string(const QJsonValue& value)
    {
        if (!value.isString())
            return std::nullopt;
        return keep(value.toString());
    }

    // The fields in the order a reader meets them, so the first problem named is the first one
    // in the file's schema order.
    QString readContent(const QJsonObject& object)
    {
        const auto tool = string(object.value(QStringLiteral("tool")));
        if (!tool)
            return ShareWords::tr("tool must be a text").in(m_scratch->language);
        m_fields->tool = *tool;
        for (QString (StrictReader::*phase)(const QJsonObject&) :
            { &StrictReader::readQuestionnaire, &StrictReader::readProfile, &StrictReader::readPeriod,
                &StrictReader::readScores, &StrictReader::readRiskAndLevel, &StrictReader::readSteps }) {
            if (QString problem = (this->*phase)(object); !problem.isEmpty())
                return problem;
        }
        const auto shareId = string(object.value(QStringLiteral("share_id")));
        if (!shareId)
            return ShareWords::tr("share_id must be a text").in(m_scratch->language);
        m_fields->shareId = *shareId;
        return {};
    }

    QString readQuestionnaire(const QJsonObject& object)
    {
        const QJsonValue questionnaire = object.value(QStringLiteral("questionnaire"));
        if (!questionnaire.isObject())
            return ShareWords::tr("questionnaire must be an object").in(m_scratch->language);
        const QJsonObject q = questionnaire.toObject();
        if (QString problem
            = checkKeys(q, { QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("hash") },
                QStringLiteral("questionnaire"), m_scratch->language);
            !problem.isEmpty())
            return problem;
        const auto id = string(q.value(QStringLiteral("id")));
        const auto version = string(q.value(QStringLiteral("version")));
        const auto hash = string(q.value(QStringLiteral("hash")));
        if (!id || !version || !hash)
            return ShareWords::tr("questionnaire id, version and hash must be texts").in(m_scratch->language);
        m_fields->questionnaireId = *id;
        m_fields->questionnaireVersion = *version;
        m_fields->questionnaireHash = *hash;
        return {};
    }

    QString readProfile(const QJsonObject& object)
    {
        const QJsonValue profile = object.value(QStringLiteral("profile"));
        if (!profile.isObject())
            return ShareWords::tr("profile must be an object").in(m_scratch->language);
        const QJsonObject p = profile.toObject();
        if (QString problem = checkKeys(p, { QStringLiteral("sector"), QStringLiteral("size") },
                QStringLiteral("profile"), m_scratch->language);
            !problem.isEmpty())
            return problem;
        const auto sector = string(p.value(QStringLiteral("sector")));
        const auto size = string(p.value(QStringLiteral("size")));
        if (!sector || !size)
            return ShareWords::tr("profile sector and size must be texts").in(m_scratch->language);
        m_fields->sector = *sector;
        m_fields->size = *size;
        return {};
    }

    QString readPeriod(const QJsonObject& object)
    {
        const QJsonValue period = object.value(QStringLiteral("period"));
        if (!period.isObject())
            return ShareWords::tr("period must be an object").in(m_scratch->language);
        const QJsonObject when = period.toObject();
        if (QString problem = checkKeys(when, { QStringLiteral("year"), QStringLiteral("quarter") },
                QStringLiteral("period"), m_scratch->language);
            !problem.isEmpty())
            return problem;
        const auto year = wholeNumber(when.value(QStringLiteral("year")));
        const auto quarter = wholeNumber(when.value(QStringLiteral("quarter")));
        if (!year || !quarter)
            return ShareWords::tr("period year and quarter must be whole numbers").in(m_scratch->language);
        m_fields->year = *year;
        m_fields->quarter = *quarter;
        return {};
    }

    QString readScores(const QJsonObject& object)
    {
        const QJsonValue sections = object.value(QStringLiteral("section_scores"));
        if (!sections.isObject())
            return ShareWords::tr("section_scores must be an object").in(m_scratch->language);
        const QJsonObject scores = sections.toObject();
        if (scores.size() > maxSections)
            return ShareWords::tr("section_scores must have 1 to %1 sections")
                .in(m_scratch->language)
                .arg(maxSections);
        for (auto it = scores.begin(); it != scores.end(); ++it) {
            ShareFields::Score score;
            score.section = keep(it.key());
            if (!it.value().isNull()) {
                const auto tenths = tenthsOf(it.value());
                if (!tenths)
                    return ShareWords::tr(
                        "section score '%1' must be a number from 0 to 100 with at most one decimal, or null")
                        .in(m_scratch->language)
                        .arg(shortened(it.key()));
                score.tenths = *tenths;
            }
            m_fields->sections.append(score);
        }

        const QJsonValue overall = object.value(QStringLiteral("overall"));
        if (!overall.isNull()) {
            const auto tenths = tenthsOf(overall);
            if (!tenths)
                return ShareWords::tr(
                    "overall must be a number from 0 to 100 with at most one decimal, or null")
                    .in(m_scratch->language);
            m_fields->overall = *tenths;
        }
        return {};
    }

    QString readRiskAndLevel(const QJsonObject& object)
    {
        const QJsonValue riskClass = object.value(QStringLiteral("risk_class"));
        if (!riskClass.isNull()) {
            const auto number = wholeNumber(riskClass);
            if (!number || *number < 1 || *number > 9)
                return ShareWords::tr("risk_class must be from 1 to 9, or null").in(m_scratch->language);
            m_fields->riskClass = *number;
        }

        const QJsonValue level = object.value(QStringLiteral("level"));
        if (!level.isNull()) {
            const auto text = string(level);
            if (!text)
                return ShareWords::tr("level must be a text or null").in(m_scratch->language);
            m_fields->hasLevel = true;
            m_fields->level = *text;
        }
        return {};
    }

    QString readSteps(const QJsonObject& object)
    {
        const QJsonValue steps = object.value(QStringLiteral("steps"));
        if (!steps.isObject())
            return ShareWords::tr("steps must be an object").in(m_scratch->language);
        const QJsonObject lists = steps.toObject();
        if (QString problem = checkKeys(lists, { QStringLiteral("open"), QStringLiteral("done") },
                QStringLiteral("steps"), m_scratch->language);
            !problem.isEmpty())
            return problem;
        for (const auto& [name, target] : { std::pair { QStringLiteral("open"), &m_fields->open },
                 std::pair { QStringLiteral("done"), &m_fields->done } }) {
            const QJsonValue value = lists.value(name);
            if (!value.isArray())
                return ShareWords::tr("steps %1 must be a list").in(m_scratch->language).arg(name);
            const QJsonArray array = value.toArray();
            if (array.size() > maxSteps)
                return ShareWords::tr("steps lists at most %1 open and %1 done steps")
                    .in(m_scratch->language)
                    .arg(maxSteps);
            for (const QJsonValue& item : array) {
                const auto text = string(item);
                if (!text)
                    return ShareWords::tr("steps %1 must list step ids (texts)")
                        .in(m_scratch->language)
                        .arg(name);
                target->append(*text);
            }
        }
        return {};
    }

    ShareFields* m_fields;
    ShareScratch* m_scratch;
};

} // namespace

QString parseShareStrict(QByteArrayView bytes, ShareFields* fields, ShareScratch* scratch)
{
    fields->clear();
    return StrictReader(fields, scratch).read(bytes);
}

} // namespace zelfscan::detail
