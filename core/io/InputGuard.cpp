// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/InputGuard.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace zelfscan {

QString checkTextInput(const QByteArray& bytes, qint64 maxBytes, int maxDepth)
{
    if (bytes.size() > maxBytes)
        return QStringLiteral("file is larger than %1 KiB; refusing to read it").arg(maxBytes / 1024);
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return QStringLiteral("file is UTF-16 encoded; save it as UTF-8");
    if (bytes.contains('\0'))
        return QStringLiteral("file contains NUL bytes; it is binary, not text");
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder.decode(bytes);
    if (decoder.hasError())
        return QStringLiteral("file is not valid UTF-8 (perhaps Latin-1 or Windows-1252); save it as UTF-8");
    Q_UNUSED(decoded);

    // Flow collections ([ and {) and indentation both nest; bound both.
    int flowDepth = 0;
    int maxIndent = 0;
    bool atLineStart = true;
    int indent = 0;
    for (const char c : bytes) {
        if (c == '\n') {
            atLineStart = true;
            indent = 0;
            continue;
        }
        if (atLineStart) {
            if (c == ' ' || c == '-') {
                ++indent;
                continue;
            }
            atLineStart = false;
            maxIndent = std::max(maxIndent, indent);
        }
        // Brackets inside quoted text are counted too; they balance, and real content never
        // comes near the limit.
        if (c == '[' || c == '{') {
            if (++flowDepth > maxDepth)
                return QStringLiteral("nesting is deeper than %1 levels; refusing to parse").arg(maxDepth);
        } else if (c == ']' || c == '}') {
            flowDepth = std::max(0, flowDepth - 1);
        }
    }
    // Two spaces per level is the usual YAML style; allow generous margin.
    if (maxIndent > maxDepth * 4)
        return QStringLiteral("indentation is deeper than %1 levels; refusing to parse").arg(maxDepth);
    return {};
}

QByteArray readInputFile(const QString& path, qint64 maxBytes, QString* error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = QStringLiteral("no such file");
        return {};
    }
    if (info.isDir()) {
        *error = QStringLiteral("is a directory, not a file");
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open: %1").arg(file.errorString());
        return {};
    }
    QByteArray bytes = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        *error = QStringLiteral("cannot read: %1").arg(file.errorString());
        return {};
    }
    return bytes;
}

} // namespace zelfscan
