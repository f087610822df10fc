// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/share/Share.h"

#include "core/assessment/Profile.h"
#include "core/io/InputGuard.h"
#include "core/io/SafeWrite.h"
#include "core/share/Sha256.h"
#include "core/share/ShareParse_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>

namespace zelfscan {

using detail::ShareFields;
using detail::ShareScratch;

namespace {

constexpr int maxSections = 200;
constexpr int maxSteps = 500;
constexpr int maxNesting = 8;

const QByteArray formatName = QByteArrayLiteral("zelfscan-share");
const QString unknownValue = QStringLiteral("onbekend");

const QStringList& tools()
{
    static const QStringList ids = { kindName(QuestionnaireKind::Scan),
        kindName(QuestionnaireKind::RiskClass), kindName(QuestionnaireKind::OtCheck) };
    return ids;
}

bool inList(const QStringList& list, QByteArrayView value)
{
    for (const QString& item : list) {
        if (QLatin1StringView(value.data(), value.size()) == item)
            return true;
    }
    return false;
}

/** The sector and size ids (and "onbekend") as bytes, compared without converting to QString. */
bool isProfileValue(const QStringList& ids, QByteArrayView value)
{
    static const auto bytes = [](const QStringList& list) {
        QList<QByteArray> result;
        for (const QString& id : list)
            result.append(id.toLatin1());
        result.append(QByteArrayLiteral("onbekend"));
        return result;
    };
    static const QList<QByteArray> sectors = bytes(Profile::sectorIds());
    static const QList<QByteArray> sizes = bytes(Profile::sizeIds());
    for (const QByteArray& id : &ids == &Profile::sectorIds() ? sectors : sizes) {
        if (value == id)
            return true;
    }
    return false;
}

/** Character classes, looked up per byte: imports check hundreds of characters per share. */
enum CharClass : std::uint8_t {
    IdFirst = 1, ///< [a-z0-9]
    IdRest = 2, ///< [a-z0-9_+-]
    LowerHex = 4, ///< [0-9a-f]
    PlainText = 8, ///< printable ASCII except the quote and the backslash: what Qt writes as it is
};

constexpr std::array<std::uint8_t, 256> charClasses = [] {
    std::array<std::uint8_t, 256> classes {};
    for (int c = 0x20; c < 0x7f; ++c) {
        if (c != '"' && c != '\\')
            classes[std::size_t(c)] |= PlainText;
    }
    for (int c = 'a'; c <= 'z'; ++c)
        classes[std::size_t(c)] |= IdFirst | IdRest;
    for (int c = '0'; c <= '9'; ++c)
        classes[std::size_t(c)] |= IdFirst | IdRest | LowerHex;
    for (int c = 'a'; c <= 'f'; ++c)
        classes[std::size_t(c)] |= LowerHex;
    for (const char c : { '_', '-', '+' })
        classes[std::size_t(c)] |= IdRest;
    return classes;
}();

inline bool hasClass(char c, CharClass wanted)
{
    return charClasses[static_cast<unsigned char>(c)] & wanted;
}

bool isLowerHex(QByteArrayView value, qsizetype length)
{
    if (value.size() != length)
        return false;
    for (const char c : value) {
        if (!hasClass(c, LowerHex))
            return false;
    }
    return true;
}

/** The questionnaire format's ids ([a-z0-9][a-z0-9_+-]*), so step and option ids fit. */
bool isIdentifier(QByteArrayView value, qsizetype maxLength)
{
    if (value.isEmpty() || value.size() > maxLength)
        return false;
    const char* p = value.data();
    if (!hasClass(p[0], IdFirst))
        return false;
    for (qsizetype i = 1; i < value.size(); ++i) {
        if (!hasClass(p[i], IdRest))
            return false;
    }
    return true;
}

bool isVersionText(QByteArrayView value)
{
    if (value.isEmpty() || value.size() > 32)
        return false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value.at(i);
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!plain && (i == 0 || (c != '.' && c != '_' && c != '-' && c != '+')))
            return false;
    }
    return true;
}

enum class StepsCheck { Valid, BadId, Twice };

/**
 * Whether every step id is an id and none occurs twice. One pass over the characters and linear
 * in the number of steps: an import checks millions of shares.
 */
StepsCheck checkSteps(
    const QVarLengthArray<QByteArrayView, 32>& open, const QVarLengthArray<QByteArrayView, 32>& done)
{
    std::uint32_t slots = 64; // a power of two, at least four times the number of steps
    while (slots < 4 * std::uint32_t(open.size() + done.size()))
        slots *= 2;
    QVarLengthArray<const QByteArrayView*, 256> table(slots, nullptr);
    for (const auto* list : { &open, &done }) {
        for (const QByteArrayView& step : *list) {
            if (step.isEmpty() || step.size() > 128)
                return StepsCheck::BadId;
            const char* p = step.data();
            if (!hasClass(p[0], IdFirst))
                return StepsCheck::BadId;
            std::uint32_t hash = 2166136261u; // FNV-1a
            for (qsizetype i = 0; i < step.size(); ++i) {
                if (!hasClass(p[i], IdRest))
                    return StepsCheck::BadId;
                hash = (hash ^ std::uint8_t(p[i])) * 16777619u;
            }
            for (std::uint32_t slot = hash & (slots - 1);; slot = (slot + 1) & (slots - 1)) {
                if (!table[slot]) {
                    table[slot] = &step;
                    break;
                }
                if (*table[slot] == step)
                    return StepsCheck::Twice;
            }
        }
    }
    return StepsCheck::Valid;
}

/** The canonical text form QUuid::toString(WithoutBraces) gives: lower-case 8-4-4-4-12. */
bool isUuidText(QByteArrayView value)
{
    if (value.size() != 36)
        return false;
    bool allZero = true;
    for (qsizetype i = 0; i < 36; ++i) {
        const char c = value.at(i);
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-')
                return false;
        } else if (hasClass(c, LowerHex)) {
            allZero = allZero && c == '0';
        } else {
            return false;
        }
    }
    return !allZero;
}

/** The checks both readers share, on fields whose types are already right. */
QString checkShareFields(const ShareFields& f)
{
    if (f.format != formatName)
        return QStringLiteral("not a Zelfscan share file");
    if (f.schemaVersion != shareSchemaVersion)
        return QStringLiteral("unsupported schema_version %1").arg(f.schemaVersion);
    // An import sees the same few questionnaire versions over and over: remember the last one
    // that passed (per thread), and check only what differs from it.
    thread_local QByteArray lastVersion;
    const auto sameAsLast = [&]() {
        const char* p = lastVersion.constData();
        const char* end = p + lastVersion.size();
        for (const QByteArrayView part :
            { f.tool, f.questionnaireId, f.questionnaireVersion, f.questionnaireHash }) {
            if (end - p < part.size() + 1 || std::memcmp(p, part.data(), std::size_t(part.size())) != 0
                || p[part.size()] != '\x1f')
                return false;
            p += part.size() + 1;
        }
        return p == end;
    };
    if (!sameAsLast()) {
        if (!inList(tools(), f.tool))
            return QStringLiteral("tool must be one of %1").arg(tools().join(QStringLiteral(", ")));
        if (!isIdentifier(f.questionnaireId, 64))
            return QStringLiteral("questionnaire id is not a valid id");
        if (!isVersionText(f.questionnaireVersion))
            return QStringLiteral("questionnaire version is not a valid version");
        if (!isLowerHex(f.questionnaireHash, 64))
            return QStringLiteral("questionnaire hash must be 64 lower-case hex digits");
        lastVersion.resize(0);
        for (const QByteArrayView part :
            { f.tool, f.questionnaireId, f.questionnaireVersion, f.questionnaireHash })
            lastVersion.append(part).append('\x1f');
    }
    if (!isProfileValue(Profile::sectorIds(), f.sector))
        return QStringLiteral("profile sector must be one of %1 or onbekend")
            .arg(Profile::sectorIds().join(QStringLiteral(", ")));
    if (!isProfileValue(Profile::sizeIds(), f.size))
        return QStringLiteral("profile size must be one of %1 or onbekend")
            .arg(Profile::sizeIds().join(QStringLiteral(", ")));
    if (f.year < 2020 || f.year > 2100)
        return QStringLiteral("period year must be from 2020 to 2100");
    if (f.quarter < 1 || f.quarter > 4)
        return QStringLiteral("period quarter must be 1, 2, 3 or 4");
    if (f.sections.isEmpty() || f.sections.size() > maxSections)
        return QStringLiteral("section_scores must have 1 to %1 sections").arg(maxSections);
    for (const ShareFields::Score& score : f.sections) {
        if (!isIdentifier(score.section, 64))
            return QStringLiteral("section_scores has a key that is not a valid id");
        if (score.tenths < -1 || score.tenths > 1000)
            return QStringLiteral("a section score is out of range (0 to 100)");
    }
    if (f.overall < -1 || f.overall > 1000)
        return QStringLiteral("overall is out of range (0 to 100)");
    if (f.riskClass < 0 || f.riskClass > 9)
        return QStringLiteral("risk_class must be from 1 to 9, or null");
    if (f.riskClass != 0 && f.tool != QByteArrayView("risk_class"))
        return QStringLiteral("risk_class must be null for this tool");
    if (f.hasLevel && (f.tool != QByteArrayView("ot_check") || !isIdentifier(f.level, 64)))
        return QStringLiteral("level must be null, or a level id for the ot_check tool");
    if (f.open.size() > maxSteps || f.done.size() > maxSteps)
        return QStringLiteral("steps lists at most %1 open and %1 done steps").arg(maxSteps);
    switch (checkSteps(f.open, f.done)) {
    case StepsCheck::BadId:
        return QStringLiteral("steps has an entry that is not a valid step id");
    case StepsCheck::Twice:
        return QStringLiteral("steps lists a step twice");
    case StepsCheck::Valid:
        break;
    }
    if (!isUuidText(f.shareId))
        return QStringLiteral("share_id must be a random UUID in lower-case 8-4-4-4-12 form");
    // The checksum needs no check of its own: both readers compare it with the lower-case hex
    // they computed.
    return {};
}

// ---- the fast reader ---------------------------------------------------------------------

/**
 * Reads the exact layout Qt's JSON writer produces for a share (keys sorted, compact or indented),
 * and writes the canonical text (compact, without the checksum) as it goes. Anything it is not
 * sure about (escapes, other number forms, unexpected keys) makes it give up; the strict reader
 * then gives the verdict and the reason.
 */
class FastReader
{
public:
    FastReader(QByteArrayView in, QByteArray* out)
        : m_p(in.data())
        , m_end(in.data() + in.size())
        , m_buffer(out)
    {
        // The canonical text is never longer than the input (it only drops whitespace and the
        // checksum), so it is written straight into a buffer of that size.
        out->resize(in.size() + 16);
        m_o = out->data();
    }

    bool read(ShareFields* f)
    {
        if (!take('{') || !key("checksum", false, false) || !string(&f->checksum, false))
            return false;
        // The checksum is not part of what it covers.
        m_o = m_buffer->data();
        put('{');
        if (!key("format", true, false) || !string(&f->format))
            return false;
        if (!key("level", true, true))
            return false;
        if (null()) {
            f->hasLevel = false;
        } else {
            f->hasLevel = true;
            if (!string(&f->level))
                return false;
        }
        if (!key("overall", true, true) || !tenthsOrNull(&f->overall))
            return false;
        if (!key("period", true, true) || !open('{') || !key("quarter", false, false) || !integer(&f->quarter)
            || !key("year", true, true) || !integer(&f->year) || !close('}'))
            return false;
        if (!key("profile", true, true) || !open('{') || !key("sector", false, false) || !string(&f->sector)
            || !key("size", true, true) || !string(&f->size) || !close('}'))
            return false;
        if (!key("questionnaire", true, true) || !open('{') || !key("hash", false, false)
            || !string(&f->questionnaireHash) || !key("id", true, true) || !string(&f->questionnaireId)
            || !key("version", true, true) || !string(&f->questionnaireVersion) || !close('}'))
            return false;
        if (!key("risk_class", true, true))
            return false;
        // ShareFields stores "no class" as 0, so a literal 0 would pass as null here while the
        // strict reader refuses it (risk_class is 1-9 or null): leave it to the strict reader.
        if (!null() && (!integer(&f->riskClass) || f->riskClass == 0))
            return false;
        if (!key("schema_version", true, true) || !integer(&f->schemaVersion))
            return false;
        if (!key("section_scores", true, true) || !sectionScores(f))
            return false;
        if (!key("share_id", true, true) || !string(&f->shareId))
            return false;
        if (!key("steps", true, true) || !open('{') || !key("done", false, false) || !stringArray(&f->done)
            || !key("open", true, true) || !stringArray(&f->open) || !close('}'))
            return false;
        if (!key("tool", true, true) || !string(&f->tool) || !close('}'))
            return false;
        skipSpace();
        m_buffer->resize(m_o - m_buffer->data());
        return m_p == m_end;
    }

private:
    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    bool take(char c)
    {
        skipSpace();
        if (m_p == m_end || *m_p != c)
            return false;
        ++m_p;
        return true;
    }

    bool open(char c)
    {
        if (!take(c))
            return false;
        put(c);
        return true;
    }

    bool close(char c) { return open(c); }

    /** A key, preceded by a comma when @p comma; @p emitComma also writes that comma. */
    bool key(const char* name, bool comma, bool emitComma)
    {
        if (comma && !take(','))
            return false;
        skipSpace();
        const qsizetype length = qsizetype(std::strlen(name));
        if (m_end - m_p < length + 2 || m_p[0] != '"' || std::memcmp(m_p + 1, name, size_t(length)) != 0
            || m_p[length + 1] != '"')
            return false;
        m_p += length + 2;
        if (!take(':'))
            return false;
        if (emitComma)
            put(',');
        put('"');
        put(name, length);
        put("\":", 2);
        return true;
    }

    /** A string of printable ASCII without escapes: Qt writes those bytes as they are. */
    bool string(QByteArrayView* value, bool emit = true)
    {
        skipSpace();
        if (m_p == m_end || *m_p != '"')
            return false;
        const char* start = ++m_p;
        while (m_p < m_end && hasClass(*m_p, PlainText))
            ++m_p;
        if (m_p == m_end || *m_p != '"')
            return false;
        *value = QByteArrayView(start, m_p - start);
        ++m_p;
        if (emit) {
            put('"');
            put(value->data(), value->size());
            put('"');
        }
        return true;
    }

    bool null()
    {
        skipSpace();
        if (m_end - m_p < 4 || std::memcmp(m_p, "null", 4) != 0)
            return false;
        m_p += 4;
        put("null", 4);
        return true;
    }

    /** 0 or [1-9][0-9]{0,8}: Qt writes whole numbers exactly so. */
    bool integer(int* value)
    {
        skipSpace();
        const char* start = m_p;
        int digits = 0;
        // Ten digits are read to tell "too long" from "nine digits": 64 bits, so that the tenth
        // cannot overflow (signed overflow is undefined behaviour).
        qint64 result = 0;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9' && digits < 10) {
            result = result * 10 + (*m_p - '0');
            ++m_p;
            ++digits;
        }
        if (digits == 0 || digits > 9 || (digits > 1 && *start == '0') || followsNumber())
            return false;
        *value = int(result);
        put(start, m_p - start);
        return true;
    }

    /**
     * A score with at most one decimal, in Qt's shortest form: "72.5", "100", "0.5". A trailing
     * ".0" is not canonical (Qt writes 72.0 as 72), so it goes to the strict reader.
     */
    bool tenthsOrNull(int* value)
    {
        if (null()) {
            *value = -1;
            return true;
        }
        skipSpace();
        const char* start = m_p;
        int digits = 0;
        int whole = 0;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9' && digits < 4) {
            whole = whole * 10 + (*m_p - '0');
            ++m_p;
            ++digits;
        }
        if (digits == 0 || digits > 3 || (digits > 1 && *start == '0'))
            return false;
        int tenth = 0;
        if (m_p < m_end && *m_p == '.') {
            if (m_end - m_p < 2 || m_p[1] < '1' || m_p[1] > '9')
                return false;
            tenth = m_p[1] - '0';
            m_p += 2;
        }
        if (followsNumber())
            return false;
        *value = whole * 10 + tenth;
        put(start, m_p - start);
        return true;
    }

    bool followsNumber() const
    {
        return m_p < m_end
            && ((*m_p >= '0' && *m_p <= '9') || *m_p == '.' || *m_p == 'e' || *m_p == 'E' || *m_p == '-'
                || *m_p == '+');
    }

    bool sectionScores(ShareFields* f)
    {
        if (!open('{'))
            return false;
        if (take('}')) {
            put('}');
            return true;
        }
        QByteArrayView previous;
        for (;;) {
            ShareFields::Score score;
            if (!string(&score.section))
                return false;
            // Qt sorts keys; anything else was not written by it (or has a key twice).
            if (!f->sections.isEmpty() && !(previous < score.section))
                return false;
            if (!take(':'))
                return false;
            put(':');
            if (!tenthsOrNull(&score.tenths))
                return false;
            if (f->sections.size() == maxSections)
                return false;
            f->sections.append(score);
            previous = score.section;
            if (take(',')) {
                put(',');
                continue;
            }
            return close('}');
        }
    }

    bool stringArray(QVarLengthArray<QByteArrayView, 32>* list)
    {
        if (!open('['))
            return false;
        if (take(']')) {
            put(']');
            return true;
        }
        for (;;) {
            QByteArrayView value;
            if (!string(&value) || list->size() == maxSteps)
                return false;
            list->append(value);
            if (take(',')) {
                put(',');
                continue;
            }
            return close(']');
        }
    }

    void put(char c) { *m_o++ = c; }
    void put(const char* text, qsizetype length)
    {
        std::memcpy(m_o, text, std::size_t(length));
        m_o += length;
    }

    const char* m_p;
    const char* m_end;
    QByteArray* m_buffer;
    char* m_o;
};

// ---- the strict reader -------------------------------------------------------------------

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
        if (object.value(QStringLiteral("format")).toString() != QLatin1String(formatName))
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
        m_fields->format = keep(QLatin1String(formatName));
        m_fields->schemaVersion = *schema;
        if (QString problem = readContent(object); !problem.isEmpty())
            return problem;
        return checkShareFields(*m_fields);
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

    QString readContent(const QJsonObject& object)
    {
        ShareFields& f = *m_fields;
        const auto tool = string(object.value(QStringLiteral("tool")));
        if (!tool)
            return QStringLiteral("tool must be a text");
        f.tool = *tool;

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
        f.questionnaireId = *id;
        f.questionnaireVersion = *version;
        f.questionnaireHash = *hash;

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
        f.sector = *sector;
        f.size = *size;

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
        f.year = *year;
        f.quarter = *quarter;

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
            f.sections.append(score);
        }

        const QJsonValue overall = object.value(QStringLiteral("overall"));
        if (!overall.isNull()) {
            const auto tenths = tenthsOf(overall);
            if (!tenths)
                return QStringLiteral(
                    "overall must be a number from 0 to 100 with at most one decimal, or null");
            f.overall = *tenths;
        }

        const QJsonValue riskClass = object.value(QStringLiteral("risk_class"));
        if (!riskClass.isNull()) {
            const auto number = wholeNumber(riskClass);
            if (!number || *number < 1 || *number > 9)
                return QStringLiteral("risk_class must be from 1 to 9, or null");
            f.riskClass = *number;
        }

        const QJsonValue level = object.value(QStringLiteral("level"));
        if (!level.isNull()) {
            const auto text = string(level);
            if (!text)
                return QStringLiteral("level must be a text or null");
            f.hasLevel = true;
            f.level = *text;
        }

        const QJsonValue steps = object.value(QStringLiteral("steps"));
        if (!steps.isObject())
            return QStringLiteral("steps must be an object");
        const QJsonObject lists = steps.toObject();
        if (QString problem = checkKeys(
                lists, { QStringLiteral("open"), QStringLiteral("done") }, QStringLiteral(" in steps"));
            !problem.isEmpty())
            return problem;
        for (const auto& [name, target] : { std::pair { QStringLiteral("open"), &f.open },
                 std::pair { QStringLiteral("done"), &f.done } }) {
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

        const auto shareId = string(object.value(QStringLiteral("share_id")));
        if (!shareId)
            return QStringLiteral("share_id must be a text");
        f.shareId = *shareId;
        return {};
    }

    ShareFields* m_fields;
    ShareScratch* m_scratch;
};

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
    object.insert(QStringLiteral("format"), QLatin1String(formatName));
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

QString number(double value, const QString& language)
{
    // Scores carry one decimal; Dutch writes it with a comma.
    const QLocale locale(language == QLatin1String("nl") ? QLocale::Dutch : QLocale::English);
    return locale.toString(value, 'f', std::round(value) == value ? 0 : 1);
}

/** The title of a step id as the result page shows it. */
QString stepTitle(const Questionnaire& questionnaire, const QString& id, const QString& language)
{
    if (const StepTemplate* step = questionnaire.step(id))
        return step->title.text(language);
    const bool dutch = language == QLatin1String("nl");
    if (id.startsWith(QLatin1String("find-out-"))) {
        if (const Question* question = questionnaire.question(id.mid(9)))
            return (dutch ? QStringLiteral("Zoek uit: ") : QStringLiteral("Find out: "))
                + question->text.text(language);
    }
    if (id.startsWith(QLatin1String("measure-")) && questionnaire.riskModel) {
        for (const Measure& measure : questionnaire.riskModel->measures) {
            if (measure.id == id.mid(8))
                return measure.title.text(language);
        }
    }
    return id;
}

} // namespace

// ---- public API ----------------------------------------------------------------------------

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

bool parseShareFast(QByteArrayView bytes, ShareFields* fields, QByteArray* canonical)
{
    fields->clear();
    return FastReader(bytes, canonical).read(fields);
}

QString parseShareStrict(QByteArrayView bytes, ShareFields* fields, ShareScratch* scratch)
{
    fields->clear();
    return StrictReader(fields, scratch).read(bytes);
}

QString readShareFields(QByteArrayView bytes, ShareFields* fields, ShareScratch* scratch)
{
    if (bytes.size() <= maxShareBytes && parseShareFast(bytes, fields, &scratch->canonical)) {
        char hex[64];
        sha256Hex(scratch->canonical, hex);
        if (fields->checksum == QByteArrayView(hex, 64) && checkShareFields(*fields).isEmpty())
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

QStringList describeShare(const Share& share, const Questionnaire& questionnaire, const QString& language)
{
    const bool nl = language == QLatin1String("nl");
    QStringList lines;
    lines << (nl ? QStringLiteral("Test: %1 (versie %2)") : QStringLiteral("Tool: %1 (version %2)"))
                 .arg(questionnaire.title.text(language), share.questionnaireVersion);
    const auto profileText = [&](const QString& value, const LocalizedText& label) {
        if (value == unknownValue || label.isEmpty())
            return nl ? QStringLiteral("niet opgegeven") : QStringLiteral("not given");
        return label.text(language);
    };
    lines << (nl ? QStringLiteral("Sector: %1") : QStringLiteral("Sector: %1"))
                 .arg(profileText(share.sector, Profile::sectorLabel(share.sector)));
    lines << (nl ? QStringLiteral("Grootte van het bedrijf: %1") : QStringLiteral("Size of the business: %1"))
                 .arg(profileText(share.size, Profile::sizeLabel(share.size)));
    lines << (nl ? QStringLiteral("Periode: %1, kwartaal %2 (geen datum)")
                 : QStringLiteral("Period: %1, quarter %2 (no date)"))
                 .arg(share.year)
                 .arg(share.quarter);
    for (const Section& section : questionnaire.sections) {
        const auto it = share.sectionScores.constFind(section.id);
        if (it == share.sectionScores.constEnd())
            continue;
        const QString value = it.value() ? number(*it.value(), language)
                                         : (nl ? QStringLiteral("geen score") : QStringLiteral("no score"));
        lines << (nl ? QStringLiteral("Score %1: %2") : QStringLiteral("Score %1: %2"))
                     .arg(section.title.text(language), value);
    }
    if (share.overall)
        lines << (nl ? QStringLiteral("Totaalscore: %1") : QStringLiteral("Overall score: %1"))
                     .arg(number(*share.overall, language));
    if (share.riskClass)
        lines << (nl ? QStringLiteral("Risicoklasse: %1") : QStringLiteral("Risk class: %1"))
                     .arg(*share.riskClass);
    if (!share.level.isEmpty()) {
        QString title = share.level;
        if (questionnaire.targetModel) {
            for (const TargetLevel& level : questionnaire.targetModel->levels) {
                if (level.id == share.level)
                    title = level.title.text(language);
            }
        }
        lines << (nl ? QStringLiteral("Niveau procesautomatisering: %1")
                     : QStringLiteral("Process automation level: %1"))
                     .arg(title);
    }
    const auto stepList = [&](const QStringList& ids) {
        QStringList titles;
        for (const QString& id : ids)
            titles << stepTitle(questionnaire, id, language);
        return titles.join(QStringLiteral("; "));
    };
    lines << (share.openSteps.isEmpty() ? (nl ? QStringLiteral("Stappen die nog open staan: geen")
                                              : QStringLiteral("Steps still open: none"))
                                        : (nl ? QStringLiteral("Stappen die nog open staan (%1): %2")
                                              : QStringLiteral("Steps still open (%1): %2"))
                                              .arg(share.openSteps.size())
                                              .arg(stepList(share.openSteps)));
    lines << (share.doneSteps.isEmpty() ? (nl ? QStringLiteral("Stappen die je al hebt gedaan: geen")
                                              : QStringLiteral("Steps you have done: none"))
                                        : (nl ? QStringLiteral("Stappen die je al hebt gedaan (%1): %2")
                                              : QStringLiteral("Steps you have done (%1): %2"))
                                              .arg(share.doneSteps.size())
                                              .arg(stepList(share.doneSteps)));
    lines << (nl ? QStringLiteral("Een willekeurig nummer (%1), alleen om een bestand dat twee keer wordt "
                                  "ingelezen één keer te tellen. Het zegt niets over jou.")
                 : QStringLiteral("A random number (%1), only so that a file imported twice is counted once. "
                                  "It says nothing about you."))
                 .arg(share.shareId.toString(QUuid::WithoutBraces));
    lines << (nl ? QStringLiteral(
                  "Een controlegetal waarmee te zien is of het bestand beschadigd of veranderd is.")
                 : QStringLiteral("A checksum that shows whether the file was damaged or changed."));
    lines << (nl ? QStringLiteral("Niet in het bestand: de naam van je bedrijf, je notities, je antwoorden, "
                                  "datums en alles wat je zelf hebt getypt.")
                 : QStringLiteral("Not in the file: your business's name, your notes, your answers, dates, "
                                  "and anything you typed yourself."));
    return lines;
}

} // namespace zelfscan
