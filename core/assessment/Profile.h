// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/questionnaire/LocalizedText.h"

#include <QString>
#include <QStringList>

namespace zelfscan {

/**
 * The intake profile every tool shares. The ids are fixed and stable across versions so
 * that results and aggregates stay comparable; the sectors are those of the February 2022
 * letter to parliament (footnote 5).
 */
struct Profile
{
    QString sector; ///< one of sectorIds(), or empty when not given
    QString size; ///< one of sizeIds(), or empty when not given

    bool operator==(const Profile& other) const { return sector == other.sector && size == other.size; }
    bool operator!=(const Profile& other) const { return !(*this == other); }

    static const QStringList& sectorIds();
    static const QStringList& sizeIds();
    static LocalizedText sectorLabel(const QString& id);
    static LocalizedText sizeLabel(const QString& id);
};

} // namespace zelfscan
