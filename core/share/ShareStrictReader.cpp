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

QString checkKeys(const QJsonObject& object, const QStringList& expected, const QString& where)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!expected.contains(it.key()))
            return QStringLiteral("unknown field '%1'%2; a share holds only the fields of the schema")
                .arg(shortened(it.key()), where);
    }
    for (const QString& key : expected) {
        if (!object.contains(key))
            return QStringLiteral("missing field '%1'%2").arg(key, where);
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
        if (const QString problem = checkTextInput(data, maxShareBytes, maxNesting); !problem.isEmpty())
            return problem;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(data, &error);
        if (error.error != QJsonParseError::NoError)
            return QStringLiteral("not valid JSON (%1 at byte %2); the file is damaged")
                .arg(error.errorString())
                .arg(error.offset);
        if (!document.isObject())
            return QStringLiteral("not a Zelfscan share file (not a JSON object)");
        const QJsonObject object = document.object();
        if (object.value(QStringLiteral("format")).toString() != QLatin1String(shareFormatName))
            return QStringLiteral("not a Zelfscan share file (format is not \"zelfscan-share\")");
        const std::optional<int> schema = wholeNumber(object.value(QStringLiteral("schema_version")));
        if (!schema)
            return QStringLiteral("schema_version must be a whole number");
        if (*schema > shareSchemaVersion)
            return QStringLiteral(
                "made by a newer Zelfscan (schema_version %1); update Zelfscan to import it")
                .arg(*schema);
        if (*schema != shareSchemaVersion)
            return QStringLiteral("unsupported schema_version %1").arg(*schema);

        // The checksum comes before any other check: a changed file is "damaged or altered",
        // whatever else is wrong with it.
        const QJsonValue checksum = object.value(QStringLiteral("checksum"));
        if (!checksum.isString())
            return QStringLiteral("the file has no checksum; it is damaged or altered");
        QJsonObject content = object;
        content.remove(QStringLiteral("checksum"));
        const QByteArray canonical = QJsonDocument(content).toJson(QJsonDocument::Compact);
        if (sha256Hex(canonical) != checksum.toString().toLatin1())
            return QStringLiteral("the file is damaged or altered: its checksum does not match its content");
        m_fields->checksum = keep(checksum.toString());

        if (QString problem = checkKeys(object,
                { QStringLiteral("checksum"), QStringLiteral("format"), QStringLiteral("level"),
                    QStringLiteral("overall"), QStringLiteral("period"), QStringLiteral("profile"),
                    QStringLiteral("questionnaire"), QStringLiteral("risk_class"),
                    QStringLiteral("schema_version"), QStringLiteral("section_scores"),
                    QStringLiteral("share_id"), QStringLiteral("steps"), QStringLiteral("tool") },
                QString());
            !problem.isEmpty())
            return problem;
        m_fields->format = keep(QLatin1String(shareFormatName));
        m_fields->schemaVersion = *schema;
        if (QString problem = readContent(object); !problem.isEmpty())
            return problem;
        return checkShareFields(*m_fields, m_scratch->numbers);
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
            return QStringLiteral("tool must be a text");
        m_fields->tool = *tool;
        for (QString (StrictReader::*phase)(const QJsonObject&) :
            { &StrictReader::readQuestionnaire, &StrictReader::readProfile, &StrictReader::readPeriod,
                &StrictReader::readScores, &StrictReader::readRiskAndLevel, &StrictReader::readSteps }) {
            if (QString problem = (this->*phase)(object); !problem.isEmpty())
                return problem;
        }
        const auto shareId = string(object.value(QStringLiteral("share_id")));
        if (!shareId)
            return QStringLiteral("share_id must be a text");
        m_fields->shareId = *shareId;
        return {};
    }

    QString readQuestionnaire(const QJsonObject& object)
    {
        const QJsonValue questionnaire = object.value(QStringLiteral("questionnaire"));
        if (!questionnaire.isObject())
            return QStringLiteral("questionnaire must be an object");
        const QJsonObject q = questionnaire.toObject();
        if (QString problem
            = checkKeys(q, { QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("hash") },
                QStringLiteral(" in questionnaire"));
            !problem.isEmpty())
            return problem;
        const auto id = string(q.value(QStringLiteral("id")));
        const auto version = string(q.value(QStringLiteral("version")));
        const auto hash = string(q.value(QStringLiteral("hash")));
        if (!id || !version || !hash)
            return QStringLiteral("questionnaire id, version and hash must be texts");
        m_fields->questionnaireId = *id;
        m_fields->questionnaireVersion = *version;
        m_fields->questionnaireHash = *hash;
        return {};
    }

    QString readProfile(const QJsonObject& object)
    {
        const QJsonValue profile = object.value(QStringLiteral("profile"));
        if (!profile.isObject())
            return QStringLiteral("profile must be an object");
        const QJsonObject p = profile.toObject();
        if (QString problem = checkKeys(
                p, { QStringLiteral("sector"), QStringLiteral("size") }, QStringLiteral(" in profile"));
            !problem.isEmpty())
            return problem;
        const auto sector = string(p.value(QStringLiteral("sector")));
        const auto size = string(p.value(QStringLiteral("size")));
        if (!sector || !size)
            return QStringLiteral("profile sector and size must be texts");
        m_fields->sector = *sector;
        m_fields->size = *size;
        return {};
    }

    QString readPeriod(const QJsonObject& object)
    {
        const QJsonValue period = object.value(QStringLiteral("period"));
        if (!period.isObject())
            return QStringLiteral("period must be an object");
        const QJsonObject when = period.toObject();
        if (QString problem = checkKeys(
                when, { QStringLiteral("year"), QStringLiteral("quarter") }, QStringLiteral(" in period"));
            !problem.isEmpty())
            return problem;
        const auto year = wholeNumber(when.value(QStringLiteral("year")));
        const auto quarter = wholeNumber(when.value(QStringLiteral("quarter")));
        if (!year || !quarter)
            return QStringLiteral("period year and quarter must be whole numbers");
        m_fields->year = *year;
        m_fields->quarter = *quarter;
        return {};
    }

    QString readScores(const QJsonObject& object)
    {
        const QJsonValue sections = object.value(QStringLiteral("section_scores"));
        if (!sections.isObject())
            return QStringLiteral("section_scores must be an object");
        const QJsonObject scores = sections.toObject();
        if (scores.size() > maxSections)
            return QStringLiteral("section_scores must have 1 to %1 sections").arg(maxSections);
        for (auto it = scores.begin(); it != scores.end(); ++it) {
            ShareFields::Score score;
            score.section = keep(it.key());
            if (!it.value().isNull()) {
                const auto tenths = tenthsOf(it.value());
                if (!tenths)
                    return QStringLiteral(
                        "section score '%1' must be a number from 0 to 100 with at most one decimal, or null")
                        .arg(shortened(it.key()));
                score.tenths = *tenths;
            }
            m_fields->sections.append(score);
        }

        const QJsonValue overall = object.value(QStringLiteral("overall"));
        if (!overall.isNull()) {
            const auto tenths = tenthsOf(overall);
            if (!tenths)
                return QStringLiteral(
                    "overall must be a number from 0 to 100 with at most one decimal, or null");
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
                return QStringLiteral("risk_class must be from 1 to 9, or null");
            m_fields->riskClass = *number;
        }

        const QJsonValue level = object.value(QStringLiteral("level"));
        if (!level.isNull()) {
            const auto text = string(level);
            if (!text)
                return QStringLiteral("level must be a text or null");
            m_fields->hasLevel = true;
            m_fields->level = *text;
        }
        return {};
    }

    QString readSteps(const QJsonObject& object)
    {
        const QJsonValue steps = object.value(QStringLiteral("steps"));
        if (!steps.isObject())
            return QStringLiteral("steps must be an object");
        const QJsonObject lists = steps.toObject();
        if (QString problem = checkKeys(
                lists, { QStringLiteral("open"), QStringLiteral("done") }, QStringLiteral(" in steps"));
            !problem.isEmpty())
            return problem;
        for (const auto& [name, target] : { std::pair { QStringLiteral("open"), &m_fields->open },
                 std::pair { QStringLiteral("done"), &m_fields->done } }) {
            const QJsonValue value = lists.value(name);
            if (!value.isArray())
                return QStringLiteral("steps %1 must be a list").arg(name);
            const QJsonArray array = value.toArray();
            if (array.size() > maxSteps)
                return QStringLiteral("steps lists at most %1 open and %1 done steps").arg(maxSteps);
            for (const QJsonValue& item : array) {
                const auto text = string(item);
                if (!text)
                    return QStringLiteral("steps %1 must list step ids (texts)").arg(name);
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
