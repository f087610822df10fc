// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/share/Suppression.h"

#include <cmath>

namespace zelfscan {

SuppressionTable::SuppressionTable(const QList<int>& axes)
{
    int size = 1;
    for (const int axis : axes) {
        m_axes.push_back(axis);
        m_strides.push_back(0);
        size *= axis + 1;
    }
    // Row-major: the last axis varies fastest.
    int stride = 1;
    for (int a = int(m_axes.size()) - 1; a >= 0; --a) {
        m_strides[std::size_t(a)] = stride;
        stride *= m_axes[std::size_t(a)] + 1;
    }
    m_counts.assign(std::size_t(size), 0);
    m_hidden.assign(std::size_t(size), false);

    // Every line: along axis a, for every combination of the other coordinates (margins included).
    for (int a = 0; a < int(m_axes.size()); ++a) {
        for (int start = 0; start < size; ++start) {
            if (coordinates(start)[a] != 0)
                continue;
            Line line;
            for (int v = 0; v < m_axes[std::size_t(a)]; ++v)
                line.entries.push_back(start + v * m_strides[std::size_t(a)]);
            line.total = start + m_axes[std::size_t(a)] * m_strides[std::size_t(a)];
            m_lines.push_back(line);
        }
    }
}

int SuppressionTable::index(const QList<int>& coordinates) const
{
    int result = 0;
    for (int a = 0; a < int(m_axes.size()); ++a)
        result += coordinates.at(a) * m_strides[std::size_t(a)];
    return result;
}

QList<int> SuppressionTable::coordinates(int index) const
{
    QList<int> result;
    for (int a = 0; a < int(m_axes.size()); ++a) {
        result.append(index / m_strides[std::size_t(a)]);
        index %= m_strides[std::size_t(a)];
    }
    return result;
}

void SuppressionTable::add(const QList<int>& cell, long long count)
{
    m_counts[std::size_t(index(cell))] += count;
}

void SuppressionTable::computeMargins()
{
    const int axes = int(m_axes.size());
    for (int entry = 0; entry < entryCount(); ++entry) {
        const QList<int> cell = coordinates(entry);
        bool inner = true;
        for (int a = 0; a < axes; ++a)
            inner = inner && cell[a] < m_axes[std::size_t(a)];
        if (!inner || m_counts[std::size_t(entry)] == 0)
            continue;
        // The cell counts in every margin it belongs to: each subset of its axes set to "all".
        for (int mask = 1; mask < (1 << axes); ++mask) {
            int margin = 0;
            for (int a = 0; a < axes; ++a)
                margin += ((mask >> a) & 1 ? m_axes[std::size_t(a)] : cell[a]) * m_strides[std::size_t(a)];
            m_counts[std::size_t(margin)] += m_counts[std::size_t(entry)];
        }
    }
}

void SuppressionTable::hide(int index)
{
    m_hidden[std::size_t(index)] = true;
}

bool SuppressionTable::applyLinks()
{
    if (m_linkedAxis < 0)
        return false;
    bool changed = false;
    const std::size_t a = std::size_t(m_linkedAxis);
    for (int entry = 0; entry < entryCount(); ++entry) {
        if (!m_hidden[std::size_t(entry)] || coordinates(entry)[m_linkedAxis] != m_axes[a])
            continue;
        const int start = entry - m_axes[a] * m_strides[a];
        for (int v = 0; v < m_axes[a]; ++v) {
            // Zeros too: a hidden group must not even show which values it lacks.
            const std::size_t member = std::size_t(start + v * m_strides[a]);
            if (!m_hidden[member]) {
                m_hidden[member] = true;
                changed = true;
            }
        }
    }
    return changed;
}

int SuppressionTable::smallestShownOnLine(const Line& line) const
{
    int candidate = -1;
    for (const int entry : line.entries) {
        const std::size_t e = std::size_t(entry);
        if (!m_hidden[e] && m_counts[e] > 0
            && (candidate < 0 || m_counts[e] < m_counts[std::size_t(candidate)]))
            candidate = entry;
    }
    const std::size_t total = std::size_t(line.total);
    if (candidate < 0 && !m_hidden[total] && m_counts[total] > 0)
        candidate = line.total;
    return candidate;
}

bool SuppressionTable::fixLine(const Line& line, int k)
{
    // Only entries with results are listed as suppressed (an empty one is left out), so a reader
    // knows each of them holds at least one: with h of them summing to S, each holds at most
    // S - (h - 1). That bound must leave room for k, or five suppressed groups of a total of five
    // are each exactly one.
    int hiddenCells = 0;
    long long hiddenSum = 0;
    for (const int entry : line.entries) {
        if (m_hidden[std::size_t(entry)] && m_counts[std::size_t(entry)] > 0) {
            ++hiddenCells;
            hiddenSum += m_counts[std::size_t(entry)];
        }
    }
    const bool totalHidden = m_hidden[std::size_t(line.total)];
    if (hiddenCells == 0 && !totalHidden)
        return false;
    const bool safe
        = totalHidden ? hiddenCells >= 1 : (hiddenCells >= 2 && hiddenSum - (hiddenCells - 1) >= k);
    if (safe)
        return false;
    const int candidate = smallestShownOnLine(line);
    if (candidate < 0)
        return false; // everything else is zero: nothing left to protect with
    m_hidden[std::size_t(candidate)] = true;
    return true;
}

namespace {

/**
 * Which unknowns of A x = b are determined: reduces A to row echelon form (partial pivoting);
 * an unknown is determined when a reduced row has it as its only non-zero.
 */
std::vector<bool> determinedUnknowns(std::vector<std::vector<double>> rows, int unknowns)
{
    constexpr double eps = 1e-9;
    std::vector<bool> determined(std::size_t(unknowns), false);
    std::size_t rank = 0;
    std::vector<int> pivotColumn;
    for (int c = 0; c < unknowns && rank < rows.size(); ++c) {
        std::size_t pivot = rank;
        for (std::size_t i = rank + 1; i < rows.size(); ++i) {
            if (std::fabs(rows[i][std::size_t(c)]) > std::fabs(rows[pivot][std::size_t(c)]))
                pivot = i;
        }
        if (std::fabs(rows[pivot][std::size_t(c)]) < eps)
            continue;
        std::swap(rows[rank], rows[pivot]);
        const double scale = rows[rank][std::size_t(c)];
        for (double& value : rows[rank])
            value /= scale;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const double factor = rows[i][std::size_t(c)];
            if (i == rank || std::fabs(factor) < eps)
                continue;
            for (std::size_t j = 0; j < std::size_t(unknowns); ++j)
                rows[i][j] -= factor * rows[rank][j];
        }
        pivotColumn.push_back(c);
        ++rank;
    }
    for (std::size_t r = 0; r < rank; ++r) {
        int nonZero = 0;
        for (const double value : rows[r])
            nonZero += std::fabs(value) > eps ? 1 : 0;
        if (nonZero == 1)
            determined[std::size_t(pivotColumn[r])] = true;
    }
    return determined;
}

} // namespace

QList<int> SuppressionTable::determinedHiddenEntries() const
{
    std::vector<int> unknown(m_counts.size(), -1);
    std::vector<int> entries;
    for (int e = 0; e < entryCount(); ++e) {
        if (m_hidden[std::size_t(e)]) {
            unknown[std::size_t(e)] = int(entries.size());
            entries.push_back(e);
        }
    }
    if (entries.empty())
        return {};
    std::vector<std::vector<double>> rows;
    for (const Line& line : m_lines) {
        std::vector<double> row(entries.size(), 0.0);
        bool any = false;
        for (const int entry : line.entries) {
            if (unknown[std::size_t(entry)] >= 0) {
                row[std::size_t(unknown[std::size_t(entry)])] = 1;
                any = true;
            }
        }
        if (unknown[std::size_t(line.total)] >= 0) {
            row[std::size_t(unknown[std::size_t(line.total)])] = -1;
            any = true;
        }
        if (any)
            rows.push_back(row);
    }
    const std::vector<bool> determined = determinedUnknowns(rows, int(entries.size()));
    QList<int> result;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (determined[i])
            result.append(entries[i]);
    }
    return result;
}

bool SuppressionTable::fixAudit()
{
    const QList<int> determined = determinedHiddenEntries();
    if (determined.isEmpty())
        return false;
    const int target = determined.first();
    // Hide the smallest shown entry on a line through the determined one.
    for (const Line& line : m_lines) {
        bool through = line.total == target;
        for (const int entry : line.entries)
            through = through || entry == target;
        if (!through)
            continue;
        if (const int candidate = smallestShownOnLine(line); candidate >= 0) {
            m_hidden[std::size_t(candidate)] = true;
            return true;
        }
    }
    // No line through it has anything left to hide: hide the smallest shown entry anywhere.
    int candidate = -1;
    for (int e = 0; e < entryCount(); ++e) {
        if (!m_hidden[std::size_t(e)] && m_counts[std::size_t(e)] > 0
            && (candidate < 0 || m_counts[std::size_t(e)] < m_counts[std::size_t(candidate)]))
            candidate = e;
    }
    if (candidate < 0)
        return false;
    m_hidden[std::size_t(candidate)] = true;
    return true;
}

void SuppressionTable::suppress(int k)
{
    for (std::size_t e = 0; e < m_counts.size(); ++e) {
        if (m_counts[e] > 0 && m_counts[e] < k)
            m_hidden[e] = true;
    }
    for (;;) {
        bool changed = applyLinks();
        for (const Line& line : m_lines)
            changed = fixLine(line, k) || changed;
        if (changed)
            continue;
        if (!fixAudit())
            break;
    }
}

} // namespace zelfscan
