// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <vector>

namespace zelfscan {

/**
 * Small-cell suppression for one additive table of counts: sector x size band (x risk class or
 * level), with an "all" margin on every axis, so totals are part of the table and are
 * suppressed by the same rules. The rules are in docs/share-format.md, "Small groups":
 *
 * 1. primary: an entry with 1 to k-1 results is hidden;
 * 2. lines: along every axis, a line (its entries plus its "all" total) must not let a hidden
 *    entry be recomputed: with the total shown, at least two entries with results are hidden
 *    and, as each holds at least one, each could still hold k (sum - (hidden - 1) >= k); with
 *    the total hidden, at least one other entry with results is hidden.
 *    Otherwise the smallest shown entry of the line is hidden too (the total last);
 * 3. audit: no hidden entry may be determined by all published lines together (solved exactly
 *    as a linear system), else one more entry next to it is hidden;
 * 4. with a linked axis (the distribution), a hidden group hides its whole distribution.
 *
 * Repeated until nothing changes. Deterministic: the same counts always hide the same entries.
 */
class SuppressionTable
{
public:
    /** @p axes: how many values each axis has, without its "all" margin (which has index axes[i]). */
    explicit SuppressionTable(const QList<int>& axes);

    int entryCount() const { return int(m_counts.size()); }
    int axisCount() const { return int(m_axes.size()); }
    /** The index of an entry; a coordinate equal to the axis size means "all". */
    int index(const QList<int>& coordinates) const;
    QList<int> coordinates(int index) const;

    /** Counts one result in an inner cell (no coordinate "all"). */
    void add(const QList<int>& cell, long long count = 1);
    /** Fills every margin with the sum of its cells; call once after add(). */
    void computeMargins();
    long long count(int index) const { return m_counts[std::size_t(index)]; }

    /** Hides an entry whatever its count (its group is hidden in another table). */
    void hide(int index);
    bool isHidden(int index) const { return m_hidden[std::size_t(index)]; }
    /** A hidden group hides its whole line along @p axis (the distribution of that group). */
    void linkAxis(int axis) { m_linkedAxis = axis; }

    /** Applies the rules for groups smaller than @p k. */
    void suppress(int k);

    /** The hidden entries that the published entries and line totals determine exactly; for tests. */
    QList<int> determinedHiddenEntries() const;

private:
    struct Line
    {
        std::vector<int> entries; ///< the inner entries, in order
        int total = 0;
    };

    bool applyLinks();
    /**
     * The entry to hide next on @p line: its smallest shown non-zero entry, else its total when
     * that is shown and non-zero; -1 when nothing is left to hide.
     */
    int smallestShownOnLine(const Line& line) const;
    bool fixLine(const Line& line, int k);
    bool fixAudit();

    std::vector<int> m_axes;
    std::vector<int> m_strides;
    std::vector<long long> m_counts;
    std::vector<bool> m_hidden;
    std::vector<Line> m_lines;
    int m_linkedAxis = -1;
};

} // namespace zelfscan
