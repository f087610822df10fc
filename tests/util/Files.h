// SPDX-License-Identifier: GPL-3.0-or-later
// Files a test puts in place, and the problems core reports about them, as one text.
#pragma once

#include "core/io/Diagnostic.h"

#include <QFile>
#include <QStringList>

namespace testutil {

/** Writes @p bytes to @p path (replacing it); false when any of it could not be written. */
inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.flush();
}

/** The file's bytes, or empty when it cannot be read. */
inline QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** Every diagnostic as "FILE:LINE:COL: severity: message", one per line. */
inline QString diagnosticsText(const zelfscan::Diagnostics& diagnostics)
{
    QStringList lines;
    for (const zelfscan::Diagnostic& diagnostic : diagnostics)
        lines << diagnostic.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace testutil
