// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace zelfscan {

/**
 * Cheap checks on raw bytes before they reach a parser: size, encoding and nesting depth.
 * yaml-cpp recurses per nesting level, so hostile input must be stopped before parsing.
 * Returns an empty string when the input may be parsed, otherwise the reason it may not.
 */
QString checkTextInput(const QByteArray& bytes, qint64 maxBytes, int maxDepth = 64);

/** Reads at most @p maxBytes + 1 bytes of @p path; sets @p error when it cannot. */
QByteArray readInputFile(const QString& path, qint64 maxBytes, QString* error);

} // namespace zelfscan
