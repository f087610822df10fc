// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/questionnaire/QuestionnaireCatalog.h"
#include "core/share/Share.h"

#include <cstdint>
#include <random>

namespace zelfscan {

/**
 * Made-up assessments of the real questionnaires, for benchmarks and the bundled synthetic
 * benchmark file. Deterministic for a seed on every platform (mt19937 with our own
 * distributions, since the standard ones differ between libraries).
 *
 * Each business gets a sector and size band, and a "maturity" that rises with size and differs
 * by sector; answers lean towards the best option in proportion. The engine then scores them, so
 * section scores, classes, levels and steps are what Zelfscan itself would produce.
 */
class SyntheticShares
{
public:
    SyntheticShares(const QuestionnaireCatalog& catalog, std::uint32_t seed);

    /** One business's assessment of @p questionnaire, as a share. */
    Share next(const Questionnaire& questionnaire);
    /** A fresh random share id and period for an existing share (to multiply a pool cheaply). */
    void renew(Share& share);

    double uniform(); ///< [0, 1)
    std::uint32_t below(std::uint32_t n); ///< [0, n)

private:
    QString pick(const QStringList& ids, const QList<int>& weights);
    AnswerSet answer(const Questionnaire& questionnaire, const Profile& profile, double maturity);
    QUuid randomId();

    const QuestionnaireCatalog& m_catalog;
    std::mt19937 m_random;
};

} // namespace zelfscan
