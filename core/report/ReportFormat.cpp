// SPDX-License-Identifier: GPL-3.0-or-later
// Apart from the writers: the app offers the formats without loading them (libzip, libxlsxwriter).
#include "core/report/Report.h"

#include <QFileInfo>

namespace zelfscan {

std::optional<ReportFormat> reportFormatFor(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return ReportFormat::Pdf;
    if (suffix == QLatin1String("odt"))
        return ReportFormat::Odt;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return ReportFormat::Html;
    if (suffix == QLatin1String("csv"))
        return ReportFormat::Csv;
    if (suffix == QLatin1String("xlsx"))
        return ReportFormat::Xlsx;
    return std::nullopt;
}

} // namespace zelfscan
