// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/Words.h"

#include <QHash>
#include <QMutex>
#include <QTranslator>

#include <memory>

namespace zelfscan {

namespace {

/**
 * The translator for @p code, loaded once from the resources zelfscan_core embeds; null when
 * Zelfscan has no translation for it. Kept for the life of the program: there are a handful.
 */
const QTranslator* translatorFor(const QString& code)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<QTranslator>> cache;
    const QMutexLocker lock(&mutex);
    const auto found = cache.constFind(code);
    if (found != cache.constEnd())
        return found->get();
    auto translator = std::make_shared<QTranslator>();
    QString fileName = code;
    fileName.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (!translator->load(QStringLiteral(":/i18n/zelfscan_core_") + fileName + QStringLiteral(".qm")))
        translator.reset();
    cache.insert(code, translator);
    return translator.get();
}

QString translated(
    const Language& language, const char* context, const char* source, const char* disambiguation, int n)
{
    for (const QString& code : { language.code(), language.base() }) {
        if (const QTranslator* translator = translatorFor(code)) {
            const QString text = translator->translate(context, source, disambiguation, n);
            if (!text.isEmpty())
                return text;
        }
    }
    return QString::fromUtf8(source);
}

} // namespace

QString Phrase::in(const Language& language) const
{
    QString text = translated(language, m_context, m_source, m_disambiguation, m_n);
    if (m_n >= 0) // as QCoreApplication::translate does
        text.replace(QStringLiteral("%n"), QString::number(m_n));
    return text;
}

LocalizedText Phrase::in(const QStringList& codes) const
{
    LocalizedText text;
    text.set(QStringLiteral("en"), in(Language::english()));
    for (const QString& code : codes)
        text.set(code, in(Language::declared(code)));
    return text;
}

} // namespace zelfscan
