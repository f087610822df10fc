// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace zelfscan {

/** One problem found in an input file, with a 1-based position (0 when unknown). */
struct Diagnostic
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString file;
    int line = 0;
    int column = 0;
    QString message;

    /**
     * "FILE:LINE:COL: error: MESSAGE", the form compilers use, so editors can jump to it. Control
     * characters from the input are shown escaped (see printable()).
     */
    QString toString() const;
    bool isError() const { return severity == Severity::Error; }
};

using Diagnostics = QList<Diagnostic>;

bool hasErrors(const Diagnostics& diagnostics);

/**
 * @p text with control characters written as \xNN: messages quote ids and file
 * names from untrusted input, and an escape sequence in one must not reach a terminal, nor a
 * newline forge a second message.
 */
QString printable(const QString& text);

} // namespace zelfscan
