// SPDX-License-Identifier: GPL-3.0-or-later
// Made-up shares of a two-section scan ("demo": basics and staff) for the staff side's tests, and
// the check that an aggregates export publishes no count below k.
#pragma once

#include "core/share/Share.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QUuid>

#include <cmath>
#include <functional>
#include <optional>

namespace testutil {

/** Content hashes of two versions of the demo questionnaire: 1.0 and 2.0. */
inline const QString hashA = QString(64, QLatin1Char('a'));
inline const QString hashB = QString(64, QLatin1Char('b'));

/** A share of a two-section scan; scores in tenths, @p staff empty when not answered. */
inline zelfscan::Share makeShare(const QString& sector, const QString& size, int basics,
    std::optional<int> staff, const QStringList& open = {}, const QString& hash = hashA,
    const QString& tool = QStringLiteral("scan"), std::optional<int> riskClass = std::nullopt)
{
    zelfscan::Share share;
    share.tool = tool;
    share.questionnaireId = QStringLiteral("demo");
    share.questionnaireVersion = hash == hashA ? QStringLiteral("1.0") : QStringLiteral("2.0");
    share.questionnaireHash = hash;
    share.sector = sector;
    share.size = size;
    share.year = 2026;
    share.quarter = 1;
    share.sectionScores.insert(QStringLiteral("basics"), basics / 10.0);
    share.sectionScores.insert(
        QStringLiteral("staff"), staff ? std::optional<double>(*staff / 10.0) : std::optional<double>());
    share.overall = staff ? std::round((basics + *staff) / 2.0) / 10.0 : basics / 10.0;
    share.riskClass = riskClass;
    share.openSteps = open;
    share.shareId = QUuid::createUuid();
    return share;
}

/** Writes @p shares as a JSON Lines file at @p path, as a coordinator collects them; returns the path. */
inline QString writeShareLines(const QString& path, const QList<zelfscan::Share>& shares)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    for (const zelfscan::Share& share : shares)
        file.write(zelfscan::serializeShareLine(share) + '\n');
    return path;
}

/** Every count in an export is at least k; a suppressed one carries no number at all. */
inline void checkCounts(const QJsonObject& root, int k)
{
    std::function<void(const QJsonValue&)> walk = [&](const QJsonValue& value) {
        const QJsonObject object = value.toObject();
        if (object.value(QStringLiteral("suppressed")).toBool()) {
            QVERIFY(!object.contains(QStringLiteral("count")));
            QVERIFY(!object.contains(QStringLiteral("mean")));
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == QLatin1String("count"))
                QVERIFY2(it.value().toInteger() >= k, qPrintable(QString::number(it.value().toInteger())));
            walk(it.value());
        }
        for (const QJsonValue& item : value.toArray())
            walk(item);
    };
    for (const QJsonValue& version : root.value(QStringLiteral("versions")).toArray())
        walk(version.toObject().value(QStringLiteral("groups")));
}

} // namespace testutil
