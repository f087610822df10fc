// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/Language.h"

#include <QByteArray>
#include <QString>

namespace zelfscan {

/** The deepest nesting checkTextInput() lets through unless told otherwise. */
constexpr int defaultMaxInputDepth = 64;

/**
 * Cheap checks on raw bytes before they reach a parser: size, encoding and nesting depth.
 * yaml-cpp recurses per nesting level, so hostile input must be stopped before parsing.
 * Returns an empty string when the input may be parsed, otherwise the reason it may not, in
 * @p language (English for the command line and logs; the app passes its own language).
 */
QString checkTextInput(const QByteArray& bytes, qint64 maxBytes, int maxDepth = defaultMaxInputDepth,
    const Language& language = Language::english());

/** Reads at most @p maxBytes + 1 bytes of @p path; sets @p error, in @p language, when it cannot. */
QByteArray readInputFile(
    const QString& path, qint64 maxBytes, QString* error, const Language& language = Language::english());

} // namespace zelfscan
