// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace zelfscan {

/**
 * Writes @p bytes to @p path through QSaveFile: the file is either the old or the new complete
 * version, never half of one, even when the process is killed midway. Returns false and sets
 * @p error (when given) on any failure; the old file is then untouched.
 */
bool writeFileAtomically(const QString& path, const QByteArray& bytes, QString* error);

/**
 * Moves a file Zelfscan cannot read out of the way before the next save would overwrite it:
 * renamed to "<path>.<label>-<UTC time>" (a number added when that exists), never deleted.
 * Returns the new path, or an empty string when it could not be renamed.
 */
QString keepAside(const QString& path, const QString& label);

} // namespace zelfscan
