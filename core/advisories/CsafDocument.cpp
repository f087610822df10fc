// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/advisories/CsafDocument.h"

namespace zelfscan::advisories {

QString Vulnerability::label() const
{
    if (!cve.isEmpty())
        return cve;
    if (!ids.isEmpty())
        return ids.first();
    return title;
}

const Product* CsafDocument::product(const QString& id) const
{
    const auto it = productIndex.constFind(id);
    return it == productIndex.cend() ? nullptr : &products.at(it.value());
}

const QStringList& openStatuses()
{
    static const QStringList statuses = { QStringLiteral("known_affected"), QStringLiteral("first_affected"),
        QStringLiteral("last_affected"), QStringLiteral("under_investigation") };
    return statuses;
}

const QStringList& closedStatuses()
{
    static const QStringList statuses
        = { QStringLiteral("fixed"), QStringLiteral("first_fixed"), QStringLiteral("known_not_affected"),
              // CSAF 3.2.3.9: "these versions have a fix" and are the ones the vendor recommends.
              QStringLiteral("recommended") };
    return statuses;
}

bool isOpenStatus(const QString& status)
{
    return openStatuses().contains(status);
}

} // namespace zelfscan::advisories
