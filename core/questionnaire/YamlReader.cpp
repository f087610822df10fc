// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/questionnaire/YamlReader.h"

#include "core/io/InputGuard.h"

#include <QRegularExpression>

#include <cmath>
#include <vector>

namespace zelfscan {

namespace {

QString fromStd(const std::string& s)
{
    return QString::fromStdString(s);
}

// Aliases (*name) repeat a node without repeating its text, and may even point at the node that
// holds them, so a few lines can stand for billions of nodes. Without aliases a file has fewer
// nodes than bytes; walk the tree (iteratively, counting) and refuse what expands beyond that.
bool expandsBeyond(const YAML::Node& root, qint64 maxNodes)
{
    std::vector<YAML::Node> pending { root };
    qint64 count = 1;
    while (!pending.empty()) {
        const YAML::Node node = pending.back();
        pending.pop_back();
        if (node.IsSequence()) {
            for (const YAML::Node& child : node)
                pending.push_back(child);
            count += qint64(node.size());
        } else if (node.IsMap()) {
            for (const auto& entry : node) {
                pending.push_back(entry.first);
                pending.push_back(entry.second);
            }
            count += 2 * qint64(node.size());
        }
        if (count > maxNodes)
            return true;
    }
    return false;
}

} // namespace

SourcePosition YamlReader::position(const YAML::Node& node)
{
    if (!node.IsDefined())
        return {};
    const YAML::Mark mark = node.Mark();
    if (mark.is_null())
        return {};
    return { mark.line + 1, mark.column + 1 };
}

void YamlReader::add(Diagnostic::Severity severity, const SourcePosition& position, const QString& message)
{
    m_diagnostics->append({ severity, m_fileName, position.line, position.column, message });
}

void YamlReader::error(const YAML::Node& node, const QString& message)
{
    add(Diagnostic::Severity::Error, position(node), message);
}

void YamlReader::error(const SourcePosition& position, const QString& message)
{
    add(Diagnostic::Severity::Error, position, message);
}

void YamlReader::warning(const YAML::Node& node, const QString& message)
{
    add(Diagnostic::Severity::Warning, position(node), message);
}

void YamlReader::warning(const SourcePosition& position, const QString& message)
{
    add(Diagnostic::Severity::Warning, position, message);
}

bool YamlReader::expectMap(const YAML::Node& node, const QString& what)
{
    if (node.IsMap())
        return true;
    error(node, QStringLiteral("%1 must be a mapping (key: value)").arg(what));
    return false;
}

bool YamlReader::expectSequence(const YAML::Node& node, const QString& what)
{
    if (node.IsSequence())
        return true;
    error(node, QStringLiteral("%1 must be a list (- item)").arg(what));
    return false;
}

bool YamlReader::checkKeys(
    const YAML::Node& map, const QString& what, const QStringList& allowed, const QStringList& required)
{
    if (!expectMap(map, what))
        return false;
    QSet<QString> seen;
    for (auto it = map.begin(); it != map.end(); ++it) {
        const YAML::Node key = it->first;
        if (!key.IsScalar()) {
            error(key, QStringLiteral("%1 has a key that is not a plain name").arg(what));
            continue;
        }
        const QString name = fromStd(key.Scalar());
        if (seen.contains(name))
            error(key, QStringLiteral("duplicate key '%1' in %2").arg(name, what));
        seen.insert(name);
        if (!allowed.contains(name))
            error(key,
                QStringLiteral("unknown key '%1' in %2 (allowed: %3)")
                    .arg(name, what, allowed.join(QStringLiteral(", "))));
    }
    for (const QString& name : required) {
        if (!seen.contains(name))
            error(map, QStringLiteral("%1 is missing required key '%2'").arg(what, name));
    }
    return true;
}

std::optional<QString> YamlReader::scalarText(const YAML::Node& node, const QString& what)
{
    if (node.IsNull()) {
        error(node, QStringLiteral("%1 is empty").arg(what));
        return std::nullopt;
    }
    if (!node.IsScalar()) {
        error(node, QStringLiteral("%1 must be a single value, not a list or mapping").arg(what));
        return std::nullopt;
    }
    return fromStd(node.Scalar());
}

std::optional<double> YamlReader::scalarNumber(const YAML::Node& node, const QString& what)
{
    if (node.IsNull()) {
        error(node, QStringLiteral("%1 is empty; a number is needed").arg(what));
        return std::nullopt;
    }
    if (!node.IsScalar()) {
        error(node, QStringLiteral("%1 must be a number").arg(what));
        return std::nullopt;
    }
    bool ok = false;
    const double value = fromStd(node.Scalar()).trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value)) {
        error(
            node, QStringLiteral("%1 must be a number, not '%2'").arg(what, fromStd(node.Scalar()).left(40)));
        return std::nullopt;
    }
    return value;
}

YAML::Node YamlReader::member(const YAML::Node& map, const char* key, const QString& what, bool required)
{
    const YAML::Node node = map[key];
    if (!node && required)
        error(map, QStringLiteral("%1 is missing required key '%2'").arg(what, QLatin1String(key)));
    return node;
}

std::optional<QString> YamlReader::string(
    const YAML::Node& map, const char* key, const QString& what, bool required)
{
    const YAML::Node node = member(map, key, what, required);
    if (!node)
        return std::nullopt;
    return scalarText(node, QStringLiteral("'%1' of %2").arg(QLatin1String(key), what));
}

std::optional<double> YamlReader::number(
    const YAML::Node& map, const char* key, const QString& what, bool required)
{
    const YAML::Node node = member(map, key, what, required);
    if (!node)
        return std::nullopt;
    return scalarNumber(node, QStringLiteral("'%1' of %2").arg(QLatin1String(key), what));
}

std::optional<int> YamlReader::integer(
    const YAML::Node& map, const char* key, const QString& what, bool required)
{
    const std::optional<double> value = number(map, key, what, required);
    if (!value)
        return std::nullopt;
    if (*value != std::floor(*value) || std::abs(*value) > 1e9) {
        error(map[key], QStringLiteral("'%1' of %2 must be a whole number").arg(QLatin1String(key), what));
        return std::nullopt;
    }
    return int(*value);
}

std::optional<bool> YamlReader::boolean(const YAML::Node& map, const char* key, const QString& what)
{
    const YAML::Node node = map[key];
    if (!node)
        return std::nullopt;
    const std::optional<QString> text
        = scalarText(node, QStringLiteral("'%1' of %2").arg(QLatin1String(key), what));
    if (!text)
        return std::nullopt;
    if (*text == QLatin1String("true"))
        return true;
    if (*text == QLatin1String("false"))
        return false;
    error(node,
        QStringLiteral("'%1' of %2 must be true or false, not '%3'")
            .arg(QLatin1String(key), what, text->left(40)));
    return std::nullopt;
}

bool YamlReader::isValidIdentifier(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9_+-]{0,63}$"));
    return pattern.match(id).hasMatch();
}

std::optional<QString> YamlReader::identifier(
    const YAML::Node& map, const char* key, const QString& what, bool required)
{
    const std::optional<QString> id = string(map, key, what, required);
    if (!id)
        return std::nullopt;
    if (!isValidIdentifier(*id)) {
        error(map[key],
            QStringLiteral(
                "'%1' is not a valid id for %2: use lower-case letters, digits, '_' or '-' (at most 64)")
                .arg(id->left(40), what));
        return std::nullopt;
    }
    return id;
}

namespace {

/** The language a text missing in @p language is shown in: the first fallback that has one. */
QString fallbackFor(const LocalizedText& text, const QString& language)
{
    for (const QString& code : Language::declared(language).fallbacks()) {
        if (code != language && text.has(code))
            return code;
    }
    return QStringLiteral("en");
}

} // namespace

LocalizedText YamlReader::text(
    const YAML::Node& map, const char* key, const QString& what, bool required, const QStringList& languages)
{
    LocalizedText result;
    const YAML::Node node = member(map, key, what, required);
    const QString name = QStringLiteral("'%1' of %2").arg(QLatin1String(key), what);
    if (!node)
        return result;
    if (!node.IsMap()) {
        error(node, QStringLiteral("%1 must give a text per language, like {nl: ..., en: ...}").arg(name));
        return result;
    }
    for (auto it = node.begin(); it != node.end(); ++it) {
        const YAML::Node langNode = it->first;
        const QString language = langNode.IsScalar() ? fromStd(langNode.Scalar()) : QString();
        if (!languages.contains(language)) {
            error(langNode,
                QStringLiteral("%1 has text in '%2', which is not in languages [%3]")
                    .arg(name, language, languages.join(QStringLiteral(", "))));
            continue;
        }
        if (result.has(language)) {
            error(langNode, QStringLiteral("%1 has two texts in '%2'").arg(name, language));
            continue;
        }
        const std::optional<QString> value
            = scalarText(it->second, QStringLiteral("%1 (%2)").arg(name, language));
        if (!value)
            continue;
        if (value->trimmed().isEmpty()) {
            error(it->second, QStringLiteral("%1 is empty in '%2'").arg(name, language));
            continue;
        }
        result.set(language, value->trimmed());
    }
    for (const QString& language : languages) {
        if (result.has(language))
            continue;
        // Dutch and English carry the tools; a text missing in another language falls back to them.
        if (language == QLatin1String("nl") || language == QLatin1String("en"))
            error(node, QStringLiteral("%1 has no text in '%2'").arg(name, language));
        else
            warning(node,
                QStringLiteral("%1 has no text in '%2'; the '%3' text is shown instead")
                    .arg(name, language, fallbackFor(result, language)));
    }
    return result;
}

YAML::Node parseYaml(const QByteArray& bytes, YamlReader& reader)
{
    try {
        YAML::Node root = YAML::Load(bytes.toStdString());
        const qint64 maxNodes = 100000 + 2 * qint64(bytes.size());
        if (!expandsBeyond(root, maxNodes))
            return root;
        reader.error(SourcePosition { 1, 1 },
            QStringLiteral("aliases (*name) expand to more than %1 nodes; refusing to read it")
                .arg(maxNodes));
    } catch (const YAML::Exception& e) {
        SourcePosition position;
        if (!e.mark.is_null())
            position = { e.mark.line + 1, e.mark.column + 1 };
        reader.error(position, QStringLiteral("YAML syntax: %1").arg(fromStd(e.msg)));
    } catch (const std::exception& e) {
        reader.error(SourcePosition {},
            QStringLiteral("YAML could not be read: %1").arg(QString::fromLocal8Bit(e.what())));
    }
    return YAML::Node(YAML::NodeType::Undefined);
}

YAML::Node parseYamlDocument(
    const QByteArray& bytes, qint64 maxBytes, YamlReader& reader, const QString& emptyProblem)
{
    if (const QString problem = checkTextInput(bytes, maxBytes); !problem.isEmpty()) {
        reader.error(SourcePosition {}, problem);
        return YAML::Node(YAML::NodeType::Undefined);
    }
    const YAML::Node root = parseYaml(bytes, reader);
    if (root.IsDefined() && root.IsNull()) {
        reader.error(SourcePosition { 1, 1 }, emptyProblem);
        return YAML::Node(YAML::NodeType::Undefined);
    }
    return root;
}

} // namespace zelfscan
