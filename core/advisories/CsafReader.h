// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/advisories/CsafDocument.h"
#include "core/io/Diagnostic.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace zelfscan::advisories {

constexpr qint64 maxCsafBytes = 64 * 1024 * 1024;

struct CsafReadResult
{
    std::optional<CsafDocument> document; ///< set only when there are no errors
    Diagnostics diagnostics;
};

/**
 * Reads one CSAF 2.0 JSON document and runs the structural checks that decide whether it can be
 * matched: JSON syntax (FILE:LINE:COL), the required fields, csaf_version "2.0", and the
 * mandatory tests 6.1.1 (product id used but not defined), 6.1.2 (defined twice), 6.1.3
 * (circular relationship) and 6.1.6 (contradicting product status). Errors name their place as a
 * JSON pointer ("/vulnerabilities/0/product_status/fixed/1"). Any input gives a result, never a
 * crash; the tree's depth is bounded.
 */
CsafReadResult readCsaf(const QByteArray& bytes, const QString& fileName);
CsafReadResult readCsafFile(const QString& path);

/**
 * The CSAF files under @p paths: files as given, folders searched recursively for *.json (a
 * provider's YYYY/id.json layout included), skipping provider metadata and index files.
 * Sorted, so that runs are repeatable. @p missing gets the paths that give nothing: files that
 * do not exist and folders without any *.json; missingReason() words why.
 */
QStringList findCsafFiles(const QStringList& paths, QStringList* missing);
QString missingReason(const QString& path);

} // namespace zelfscan::advisories
