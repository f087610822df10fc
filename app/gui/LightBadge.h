// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/Result.h"

#include <QIcon>
#include <QString>

/**
 * The one place that turns a traffic light into an icon whose shape differs per light (so it is
 * not colour only). Its word is core's lightLabel(), as reports and the CLI write it.
 */
namespace LightBadge {

QIcon icon(zelfscan::Light light);
QIcon measureIcon(zelfscan::MeasureStatus status);

} // namespace LightBadge
