// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assessment/Profile.h"
#include "core/questionnaire/Questionnaire.h"
#include "core/share/Share.h"
#include "core/share/ShareChecks_p.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <algorithm>
#include <cstring>
#include <vector>

namespace zelfscan::detail {

namespace {

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

/** Whether every step id is an id and none occurs twice; linear in the number of steps. */
StepsCheck checkSteps(const QVarLengthArray<QByteArrayView, 32>& open,
    const QVarLengthArray<QByteArrayView, 32>& done, NameNumbers& numbers)
{
    for (const auto* list : { &open, &done }) {
        for (const QByteArrayView& step : *list) {
            const int number = numbers.step(step);
            if (number == NameNumbers::invalid)
                return StepsCheck::BadId;
            if (number == NameNumbers::twice)
                return StepsCheck::Twice;
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

/** The index of @p value in @p ids (as bytes), or -1. */
int indexIn(const QList<QByteArray>& ids, QByteArrayView value)
{
    for (int i = 0; i < ids.size(); ++i) {
        if (sameText(ids.at(i), value))
            return i;
    }
    return -1;
}

/**
 * @p ids and "onbekend" as bytes: the order of groupSectors() and groupSizes(), built here from
 * the profile's ids because those live with the store, which the app does not link.
 */
QList<QByteArray> withUnknown(const QStringList& ids)
{
    QList<QByteArray> bytes;
    for (const QString& id : ids)
        bytes.append(id.toLatin1());
    bytes.append(QByteArrayLiteral("onbekend"));
    return bytes;
}

} // namespace

int sectorIndex(QByteArrayView sector)
{
    static const QList<QByteArray> ids = withUnknown(Profile::sectorIds());
    return indexIn(ids, sector);
}

int sizeIndex(QByteArrayView size)
{
    static const QList<QByteArray> ids = withUnknown(Profile::sizeIds());
    return indexIn(ids, size);
}

void NameNumbers::clear()
{
    m_table.clear();
    m_seenIn.clear();
    m_round = 0;
    m_sections.clear();
    m_steps.clear();
    m_level = -1;
}

void NameNumbers::beginShare()
{
    m_sections.clear();
    m_steps.clear();
    m_level = -1;
    if (++m_round == 0) { // wrapped: no stamp may look like this round's
        std::fill(m_seenIn.begin(), m_seenIn.end(), 0);
        m_round = 1;
    }
}

int NameNumbers::numberOf(QByteArrayView name, qsizetype maxLength)
{
    // Every name in the table passed isIdentifier(name, 128); shorter limits are checked here.
    if (name.size() > maxLength)
        return invalid;
    const std::uint32_t hash = idHash(name);
    const int found = m_table.find(name, hash);
    if (found >= 0)
        return found;
    if (!isIdentifier(name, 128))
        return invalid;
    m_seenIn.push_back(0);
    return m_table.add(name, hash);
}

int NameNumbers::section(QByteArrayView name)
{
    const int number = numberOf(name, 64);
    if (number >= 0)
        m_sections.push_back(number);
    return number;
}

int NameNumbers::level(QByteArrayView name)
{
    return m_level = numberOf(name, 64);
}

int NameNumbers::step(QByteArrayView step)
{
    const int number = numberOf(step, 128);
    if (number < 0)
        return number;
    if (m_seenIn[std::size_t(number)] == m_round)
        return twice;
    m_seenIn[std::size_t(number)] = m_round;
    m_steps.push_back(number);
    return number;
}

QString checkShareFields(const ShareFields& f, NameNumbers* numbers, const Language& language)
{
    if (!numbers) {
        // Reading single shares: a table of this thread's own, emptied before it grows large.
        thread_local NameNumbers own;
        if (own.size() > 4096)
            own.clear();
        numbers = &own;
    }
    if (f.format != QByteArrayView(shareFormatName))
        return ShareWords::tr("not a Zelfscan share file").in(language);
    if (f.schemaVersion != shareSchemaVersion)
        return ShareWords::tr("unsupported schema_version %1").in(language).arg(f.schemaVersion);
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
            return ShareWords::tr("tool must be one of %1")
                .in(language)
                .arg(tools().join(QStringLiteral(", ")));
        if (!isIdentifier(f.questionnaireId, 64))
            return ShareWords::tr("questionnaire id is not a valid id").in(language);
        if (!isVersionText(f.questionnaireVersion))
            return ShareWords::tr("questionnaire version is not a valid version").in(language);
        if (!isLowerHex(f.questionnaireHash, 64))
            return ShareWords::tr("questionnaire hash must be 64 lower-case hex digits").in(language);
        lastVersion.resize(0);
        for (const QByteArrayView part :
            { f.tool, f.questionnaireId, f.questionnaireVersion, f.questionnaireHash })
            lastVersion.append(part).append('\x1f');
    }
    if (sectorIndex(f.sector) < 0)
        return ShareWords::tr("profile sector must be one of %1 or onbekend")
            .in(language)
            .arg(Profile::sectorIds().join(QStringLiteral(", ")));
    if (sizeIndex(f.size) < 0)
        return ShareWords::tr("profile size must be one of %1 or onbekend")
            .in(language)
            .arg(Profile::sizeIds().join(QStringLiteral(", ")));
    if (f.year < 2020 || f.year > 2100)
        return ShareWords::tr("period year must be from 2020 to 2100").in(language);
    if (f.quarter < 1 || f.quarter > 4)
        return ShareWords::tr("period quarter must be 1, 2, 3 or 4").in(language);
    if (f.sections.isEmpty() || f.sections.size() > maxSections)
        return ShareWords::tr("section_scores must have 1 to %1 sections").in(language).arg(maxSections);
    numbers->beginShare();
    for (const ShareFields::Score& score : f.sections) {
        if (numbers->section(score.section) == NameNumbers::invalid)
            return ShareWords::tr("section_scores has a key that is not a valid id").in(language);
        if (score.tenths < -1 || score.tenths > 1000)
            return ShareWords::tr("a section score is out of range (0 to 100)").in(language);
    }
    if (f.overall < -1 || f.overall > 1000)
        return ShareWords::tr("overall is out of range (0 to 100)").in(language);
    if (f.riskClass < 0 || f.riskClass > 9)
        return ShareWords::tr("risk_class must be from 1 to 9, or null").in(language);
    if (f.riskClass != 0 && f.tool != QByteArrayView("risk_class"))
        return ShareWords::tr("risk_class must be null for this tool").in(language);
    if (f.hasLevel
        && (f.tool != QByteArrayView("ot_check") || numbers->level(f.level) == NameNumbers::invalid))
        return ShareWords::tr("level must be null, or a level id for the ot_check tool").in(language);
    if (f.open.size() > maxSteps || f.done.size() > maxSteps)
        return ShareWords::tr("steps lists at most %1 open and %1 done steps").in(language).arg(maxSteps);
    switch (checkSteps(f.open, f.done, *numbers)) {
    case StepsCheck::BadId:
        return ShareWords::tr("steps has an entry that is not a valid step id").in(language);
    case StepsCheck::Twice:
        return ShareWords::tr("steps lists a step twice").in(language);
    case StepsCheck::Valid:
        break;
    }
    if (!isUuidText(f.shareId))
        return ShareWords::tr("share_id must be a random UUID in lower-case 8-4-4-4-12 form").in(language);
    // The checksum needs no check of its own: both readers compare it with the lower-case hex
    // they computed.
    return {};
}

} // namespace zelfscan::detail
