// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/Result.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace zelfscan {

/** What changed between two results of the same questionnaire (say, last year and now). */
struct Comparison
{
    struct SectionChange
    {
        QString sectionId;
        std::optional<double> before;
        std::optional<double> after;
        std::optional<double> delta() const
        {
            return before && after ? std::optional<double>(*after - *before) : std::nullopt;
        }
    };

    QList<SectionChange> sections; ///< in questionnaire order
    std::optional<double> overallBefore;
    std::optional<double> overallAfter;
    std::optional<int> classBefore;
    std::optional<int> classAfter;
    QStringList stepsDone; ///< advised before, not any more: the gap was closed
    QStringList newGaps; ///< advised now, not before
    QStringList stillOpen; ///< advised both times
};

/** Compares by stable section and step ids, so results of different content versions line up. */
Comparison compareResults(const AssessmentResult& before, const AssessmentResult& after);

} // namespace zelfscan
