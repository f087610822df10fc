// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/staff/StaffLabels.h"

#include "core/assessment/Profile.h"
#include "core/share/Share.h"

#include <QLocale>

#include <algorithm>
#include <limits>

using namespace zelfscan;

Language StaffLabels::language()
{
    return Language::parse(QLocale().bcp47Name()).value_or(Language::english());
}

QString StaffLabels::sector(const QString& id)
{
    if (id == allGroups())
        return tr("All sectors");
    if (id == unknownProfileValue())
        return tr("Sector not given");
    const LocalizedText label = Profile::sectorLabel(id);
    return label.isEmpty() ? id : label.text(language());
}

QString StaffLabels::size(const QString& id)
{
    if (id == allGroups())
        return tr("All sizes");
    if (id == unknownProfileValue())
        return tr("Size not given");
    const LocalizedText label = Profile::sizeLabel(id);
    return label.isEmpty() ? id : label.text(language());
}

QString StaffLabels::group(const QString& sectorId, const QString& sizeId)
{
    return tr("%1, %2").arg(sector(sectorId), size(sizeId));
}

QString StaffLabels::tool(const QString& tool)
{
    if (tool == QLatin1String("scan"))
        return tr("Basic scan");
    if (tool == QLatin1String("risk_class"))
        return tr("Risk class");
    if (tool == QLatin1String("ot_check"))
        return tr("OT check");
    return tool;
}

QString StaffLabels::version(const AggregateVersion& version)
{
    // Eight hex digits tell versions with the same label apart; the export carries the full hash.
    const QString text = tr("%1: %2 %3 (%4)")
                             .arg(tool(version.tool), version.questionnaireId, version.questionnaireVersion,
                                 version.questionnaireHash.left(8));
    return version.suppressed ? tr("%1, suppressed: too few results").arg(text) : text;
}

QString StaffLabels::category(const QString& distribution, const QString& value)
{
    if (value == QLatin1String("none"))
        return distribution == QLatin1String("risk_class") ? tr("No class") : tr("No level");
    if (distribution == QLatin1String("risk_class"))
        return tr("Class %1").arg(value);
    return value;
}

QString StaffLabels::suppressed()
{
    return tr("suppressed");
}

QString StaffLabels::score(double value)
{
    return QLocale().toString(value, 'f', 1);
}

QString StaffLabels::count(qint64 value)
{
    return QLocale().toString(value);
}

int StaffLabels::numerus(qint64 value)
{
    return int(std::clamp<qint64>(value, 0, std::numeric_limits<int>::max()));
}
