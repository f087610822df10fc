// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/InputGuard.h"

#include "core/text/Words.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace zelfscan {

namespace {

class Words
{
    ZELFSCAN_WORDS(InputGuard)
};

} // namespace

QString checkTextInput(const QByteArray& bytes, qint64 maxBytes, int maxDepth, const Language& language)
{
    if (bytes.size() > maxBytes)
        return Words::tr("file is larger than %1 KiB; refusing to read it").in(language).arg(maxBytes / 1024);
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return Words::tr("file is UTF-16 encoded; save it as UTF-8").in(language);
    if (bytes.contains('\0'))
        return Words::tr("file contains NUL bytes; it is binary, not text").in(language);
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder.decode(bytes);
    if (decoder.hasError())
        return Words::tr("file is not valid UTF-8 (perhaps Latin-1 or Windows-1252); save it as UTF-8")
            .in(language);
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
                return Words::tr("nesting is deeper than %1 levels; refusing to parse")
                    .in(language)
                    .arg(maxDepth);
        } else if (c == ']' || c == '}') {
            flowDepth = std::max(0, flowDepth - 1);
        }
    }
    // Two spaces per level is the usual YAML style; allow generous margin.
    if (maxIndent > maxDepth * 4)
        return Words::tr("indentation is deeper than %1 levels; refusing to parse")
            .in(language)
            .arg(maxDepth);
    return {};
}

QByteArray readInputFile(const QString& path, qint64 maxBytes, QString* error, const Language& language)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = Words::tr("no such file").in(language);
        return {};
    }
    if (info.isDir()) {
        *error = Words::tr("is a directory, not a file").in(language);
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Words::tr("cannot open: %1").in(language).arg(file.errorString());
        return {};
    }
    QByteArray bytes = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        *error = Words::tr("cannot read: %1").in(language).arg(file.errorString());
        return {};
    }
    return bytes;
}

} // namespace zelfscan
