// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/Wording.h"

#include <cmath>

namespace zelfscan::wording {

QString decimal(const Language& language, double value, int decimals)
{
    return language.locale().toString(value, 'f', decimals);
}

QString shortNumber(const Language& language, double value)
{
    return language.locale().toString(value, 'g', 4);
}

QString score(const Language& language, double value)
{
    return decimal(language, value, std::round(value) == value ? 0 : 1);
}

} // namespace zelfscan::wording
