// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/Language.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QSize>
#include <QString>

class QTextDocument;

namespace zelfscan {

/** A picture the document refers to by URL (its QTextImageFormat name), with its text alternative. */
struct OdtImage
{
    QByteArray png;
    QString title; ///< a short name, read out by screen readers first
    QString description; ///< what the picture shows, for those who cannot see it
};

struct OdtInfo
{
    QString title;
    Language language; ///< also the document language it declares
    QString footer; ///< shown at the foot of every page, before the page number
    QDateTime created = QDateTime::currentDateTime();
};

/**
 * Writes @p document as an OpenDocument text. Unlike Qt's own ODF writer (only text:p), headings
 * become text:h with their outline level, so Writer and Word show an outline and screen readers
 * find the headings; tables stay tables and pictures carry a title and description. Empty with
 * @p error set when zipping fails.
 */
QByteArray writeOdt(const QTextDocument& document, const OdtInfo& info, const QMap<QString, OdtImage>& images,
    QString* error);

} // namespace zelfscan
