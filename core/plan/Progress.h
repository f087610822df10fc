// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/Comparison.h"
#include "core/questionnaire/Questionnaire.h"
#include "core/text/Language.h"

#include <QString>

namespace zelfscan {

/**
 * What improved since the previous run, in one sentence that leads the result after a re-check:
 * "3 stappen gedaan, Beperk toegang van 29 % naar 71 %." A step counts as done when the earlier
 * run advised it and this one no longer does (the gap was closed, not merely ticked). Up to two
 * parts that went up most are named, largest gain first; a change too small to show in whole
 * percentages is no change. Parts that went down follow in a sentence of their own ("Lager dan
 * de vorige keer: …"), so a re-check never reads better than it is. Empty when nothing changed.
 */
QString progressSentence(
    const Comparison& comparison, const Questionnaire& questionnaire, const Language& language);

} // namespace zelfscan
