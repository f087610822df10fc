// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/questionnaire/Questionnaire.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace zelfscan {

/**
 * The start-up cache: questionnaires as they were loaded, one file per questionnaire file, keyed
 * by the SHA-256 of the YAML they came from. Reading one is several times quicker than parsing
 * the YAML, which was most of the app's start-up. A changed YAML file replaces its entry.
 *
 * A cache file is used only when everything matches: its own checksum, the format, the YAML's
 * hash and path, and the program that wrote it (a rebuilt or updated Zelfscan parses again).
 * Anything else (a cut-off, damaged, stale or foreign file) is ignored, never trusted, and
 * replaced on the next load. Only the app's start-up uses it; `validate` always reads the YAML.
 */
class QuestionnaireCache
{
public:
    explicit QuestionnaireCache(QString directory);

    /** The per-user cache folder (QStandardPaths::CacheLocation)/questionnaires. */
    static QString defaultDirectory();
    QString directory() const { return m_directory; }

    /** The questionnaire loaded from @p path, whose bytes hash to @p contentHash; nothing if not cached. */
    std::optional<Questionnaire> find(const QString& path, const QString& contentHash) const;
    /** Keeps @p questionnaire (loaded without any problem) for the next start; best effort. */
    void store(const Questionnaire& questionnaire) const;

    /** The cache file for the questionnaire file @p path. */
    QString filePath(const QString& path) const;

    /**
     * Also looks questionnaires up in @p file: a bundle of the shipped questionnaires made at
     * build time (makeBundle()), so that even the first start parses no YAML. A questionnaire is
     * taken from it only when its YAML has exactly the hash it was made from; a bundle that is
     * damaged, cut off or of another format is ignored, like a damaged cache file (each entry
     * carries its own SHA-256, checked when it is used).
     */
    void setBundle(QString file) { m_bundle = std::move(file); }
    /** The bytes of a bundle of @p questionnaires (each loaded without any problem). */
    static QByteArray makeBundle(const QList<Questionnaire>& questionnaires);

private:
    std::optional<Questionnaire> findInBundle(const QString& path, const QString& contentHash) const;

    QString m_directory;
    QString m_bundle;
};

} // namespace zelfscan
