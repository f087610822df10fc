// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/share/Aggregate.h"

#include <QCoreApplication>
#include <QString>

/**
 * Readable words for the ids in aggregates (sectors, size bands, tools, classes), shared by the
 * staff window's table, charts and selectors so they always name a group the same way.
 */
class StaffLabels
{
    Q_DECLARE_TR_FUNCTIONS(StaffLabels)

public:
    /** The interface language, which LanguageManager sets as the default locale. */
    static zelfscan::Language language();

    static QString sector(const QString& id);
    static QString size(const QString& id);
    /** "Sector, size", e.g. "ICT, all sizes". */
    static QString group(const QString& sector, const QString& size);
    static QString tool(const QString& tool);
    /** Tool, questionnaire id, version and short hash; says when the version is suppressed. */
    static QString version(const zelfscan::AggregateVersion& version);
    /** A risk class or OT level of a distribution ("none" when the share had none). */
    static QString category(const QString& distribution, const QString& value);
    /** The word shown instead of a number that may not be shown. */
    static QString suppressed();
    static QString score(double value);
    static QString count(qint64 value);
    /** @p value as tr() takes it for a plural form and "%Ln" (an int; no store comes near its end). */
    static int numerus(qint64 value);
};
