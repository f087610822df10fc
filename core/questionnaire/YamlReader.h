// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/Diagnostic.h"
#include "core/questionnaire/LocalizedText.h"
#include "core/questionnaire/Questionnaire.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <yaml-cpp/yaml.h>

#include <optional>

namespace zelfscan {

/**
 * Typed, checked access to yaml-cpp nodes that records problems instead of throwing.
 * Shared by every YAML reader in core (questionnaires, answer files) so that all of them
 * report `FILE:LINE:COL` the same way.
 */
class YamlReader
{
public:
    explicit YamlReader(QString fileName, Diagnostics* diagnostics)
        : m_fileName(std::move(fileName))
        , m_diagnostics(diagnostics)
    {
    }

    const QString& fileName() const { return m_fileName; }

    static SourcePosition position(const YAML::Node& node);

    void error(const YAML::Node& node, const QString& message);
    void error(const SourcePosition& position, const QString& message);
    void warning(const YAML::Node& node, const QString& message);
    void warning(const SourcePosition& position, const QString& message);

    /** Reports an error unless @p node is a map; @p what names it in the message. */
    bool expectMap(const YAML::Node& node, const QString& what);
    bool expectSequence(const YAML::Node& node, const QString& what);

    /**
     * Reports keys of @p map not in @p allowed, duplicate keys, and missing @p required keys.
     * Returns false when @p map is not a map.
     */
    bool checkKeys(const YAML::Node& map, const QString& what, const QStringList& allowed,
        const QStringList& required = {});

    std::optional<QString> string(const YAML::Node& map, const char* key, const QString& what, bool required);
    std::optional<double> number(const YAML::Node& map, const char* key, const QString& what, bool required);
    std::optional<int> integer(const YAML::Node& map, const char* key, const QString& what, bool required);
    std::optional<bool> boolean(const YAML::Node& map, const char* key, const QString& what);
    /** An id: lower-case letters, digits, '_' and '-', starting with a letter or digit. */
    std::optional<QString> identifier(
        const YAML::Node& map, const char* key, const QString& what, bool required);
    std::optional<QString> scalarText(const YAML::Node& node, const QString& what);
    std::optional<double> scalarNumber(const YAML::Node& node, const QString& what);

    /** A text map with one non-empty entry per language in @p languages. */
    LocalizedText text(const YAML::Node& map, const char* key, const QString& what, bool required,
        const QStringList& languages);

    static bool isValidIdentifier(const QString& id);

private:
    /** The value of @p key in @p map; an error when it is absent and @p required. */
    YAML::Node member(const YAML::Node& map, const char* key, const QString& what, bool required);
    void add(Diagnostic::Severity severity, const SourcePosition& position, const QString& message);

    QString m_fileName;
    Diagnostics* m_diagnostics;
};

/** Parses @p bytes with yaml-cpp; reports a syntax error (with position) and returns a null node. */
YAML::Node parseYaml(const QByteArray& bytes, YamlReader& reader);

/**
 * A whole user file: checks @p bytes as text of at most @p maxBytes (checkTextInput), then parses
 * them. Returns an undefined node after reporting why there is nothing to read: not text, too
 * big, a syntax error, or an empty file (@p emptyProblem, at 1:1).
 */
YAML::Node parseYamlDocument(
    const QByteArray& bytes, qint64 maxBytes, YamlReader& reader, const QString& emptyProblem);

} // namespace zelfscan
