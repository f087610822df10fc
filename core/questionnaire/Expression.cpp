// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/questionnaire/Expression.h"

#include <cmath>

namespace zelfscan {

struct Expression::Node
{
    enum class Kind { Literal, List, Name, Answered, Not, And, Or, Compare };
    enum class Op { Eq, Ne, Lt, Le, Gt, Ge, In };

    Kind kind = Kind::Literal;
    Op op = Op::Eq;
    QVariant literal;
    QString name;
    QList<std::shared_ptr<const Node>> children;
};

namespace {

using NodePtr = std::shared_ptr<const Expression::Node>;
using Node = Expression::Node;

// Deeper nesting than any real condition needs; keeps hostile input from exhausting the stack.
constexpr int maxDepth = 32;
// 'a or b or c' becomes a chain as deep as it is long, so chains are bounded as well.
constexpr int maxTerms = 64;

struct ParseError
{
    QString message;
    int offset;
};

class Parser
{
public:
    explicit Parser(const QString& text)
        : m_text(text)
    {
    }

    NodePtr parseAll()
    {
        NodePtr node = parseOr(0);
        skipSpace();
        if (m_pos < m_text.size())
            fail(QStringLiteral("unexpected '%1'").arg(m_text.mid(m_pos, 10)));
        return node;
    }

private:
    [[noreturn]] void fail(const QString& message) const { throw ParseError { message, m_pos }; }

    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }

    bool isNameChar(QChar c) const
    {
        return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('.')
            || c == QLatin1Char('-');
    }

    // Matches a keyword only when it is not the start of a longer name ("order" is not "or").
    bool acceptWord(QLatin1String word)
    {
        skipSpace();
        if (!QStringView(m_text).mid(m_pos).startsWith(word))
            return false;
        const int end = m_pos + int(word.size());
        if (end < m_text.size() && isNameChar(m_text.at(end)))
            return false;
        m_pos = end;
        return true;
    }

    bool acceptSymbol(QLatin1String symbol)
    {
        skipSpace();
        if (!QStringView(m_text).mid(m_pos).startsWith(symbol))
            return false;
        m_pos += int(symbol.size());
        return true;
    }

    void checkDepth(int depth) const
    {
        if (depth > maxDepth)
            fail(QStringLiteral("condition is nested too deeply"));
    }

    NodePtr makeNode(Node::Kind kind, QList<NodePtr> children)
    {
        auto node = std::make_shared<Node>();
        node->kind = kind;
        node->children = std::move(children);
        return node;
    }

    void checkTerms(int terms) const
    {
        if (terms > maxTerms)
            fail(QStringLiteral("condition has more than %1 terms joined by 'and' or 'or'").arg(maxTerms));
    }

    NodePtr parseOr(int depth)
    {
        checkDepth(depth);
        NodePtr left = parseAnd(depth + 1);
        for (int terms = 2; acceptWord(QLatin1String("or")); ++terms) {
            checkTerms(terms);
            left = makeNode(Node::Kind::Or, { left, parseAnd(depth + 1) });
        }
        return left;
    }

    NodePtr parseAnd(int depth)
    {
        NodePtr left = parseNot(depth + 1);
        for (int terms = 2; acceptWord(QLatin1String("and")); ++terms) {
            checkTerms(terms);
            left = makeNode(Node::Kind::And, { left, parseNot(depth + 1) });
        }
        return left;
    }

    NodePtr parseNot(int depth)
    {
        checkDepth(depth);
        if (acceptWord(QLatin1String("not")))
            return makeNode(Node::Kind::Not, { parseNot(depth + 1) });
        return parseCompare(depth + 1);
    }

    NodePtr parseCompare(int depth)
    {
        NodePtr left = parseOperand(depth + 1);
        static const struct
        {
            const char* symbol;
            Node::Op op;
        } operators[] = { { "==", Node::Op::Eq }, { "!=", Node::Op::Ne }, { "<=", Node::Op::Le },
            { ">=", Node::Op::Ge }, { "<", Node::Op::Lt }, { ">", Node::Op::Gt } };
        for (const auto& candidate : operators) {
            if (acceptSymbol(QLatin1String(candidate.symbol)))
                return makeCompare(candidate.op, left, parseOperand(depth + 1));
        }
        if (acceptWord(QLatin1String("in")))
            return makeCompare(Node::Op::In, left, parseOperand(depth + 1));
        return left;
    }

    NodePtr makeCompare(Node::Op op, NodePtr left, NodePtr right)
    {
        auto node = std::make_shared<Node>();
        node->kind = Node::Kind::Compare;
        node->op = op;
        node->children = { std::move(left), std::move(right) };
        return node;
    }

    NodePtr parseOperand(int depth)
    {
        checkDepth(depth);
        skipSpace();
        if (m_pos >= m_text.size())
            fail(QStringLiteral("condition ends where a value was expected"));
        const QChar c = m_text.at(m_pos);
        if (c == QLatin1Char('(')) {
            ++m_pos;
            NodePtr inner = parseOr(depth + 1);
            if (!acceptSymbol(QLatin1String(")")))
                fail(QStringLiteral("missing ')'"));
            return inner;
        }
        if (c == QLatin1Char('[')) {
            ++m_pos;
            auto list = std::make_shared<Node>();
            list->kind = Node::Kind::List;
            if (!acceptSymbol(QLatin1String("]"))) {
                do {
                    list->children.append(parseOperand(depth + 1));
                } while (acceptSymbol(QLatin1String(",")));
                if (!acceptSymbol(QLatin1String("]")))
                    fail(QStringLiteral("missing ']'"));
            }
            return list;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"'))
            return parseString(c);
        if (c.isDigit()
            || ((c == QLatin1Char('-') || c == QLatin1Char('.')) && m_pos + 1 < m_text.size()
                && m_text.at(m_pos + 1).isDigit()))
            return parseNumber();
        if (c.isLetter() || c == QLatin1Char('_'))
            return parseName();
        fail(QStringLiteral("unexpected '%1'").arg(c));
    }

    NodePtr parseString(QChar quote)
    {
        const int start = ++m_pos;
        const int end = m_text.indexOf(quote, start);
        if (end < 0) {
            m_pos = start - 1; // point at the opening quote
            fail(QStringLiteral("string is not closed"));
        }
        m_pos = end + 1;
        auto node = std::make_shared<Node>();
        node->kind = Node::Kind::Literal;
        node->literal = m_text.mid(start, end - start);
        return node;
    }

    NodePtr parseNumber()
    {
        const int start = m_pos;
        ++m_pos;
        while (m_pos < m_text.size() && (m_text.at(m_pos).isDigit() || m_text.at(m_pos) == QLatin1Char('.')))
            ++m_pos;
        bool ok = false;
        const double value = m_text.mid(start, m_pos - start).toDouble(&ok);
        if (!ok || !std::isfinite(value)) {
            m_pos = start;
            fail(QStringLiteral("'%1' is not a number").arg(m_text.mid(start, m_pos - start)));
        }
        auto node = std::make_shared<Node>();
        node->kind = Node::Kind::Literal;
        node->literal = value;
        return node;
    }

    NodePtr parseName()
    {
        const int start = m_pos;
        while (m_pos < m_text.size() && isNameChar(m_text.at(m_pos)) && m_text.at(m_pos) != QLatin1Char('-'))
            ++m_pos;
        const QString name = m_text.mid(start, m_pos - start);
        if (name == QLatin1String("and") || name == QLatin1String("or") || name == QLatin1String("not")
            || name == QLatin1String("in")) {
            m_pos = start;
            fail(QStringLiteral("'%1' where a value was expected").arg(name));
        }
        auto node = std::make_shared<Node>();
        if (name == QLatin1String("answered") && acceptSymbol(QLatin1String("("))) {
            skipSpace();
            const int nameStart = m_pos;
            while (
                m_pos < m_text.size() && isNameChar(m_text.at(m_pos)) && m_text.at(m_pos) != QLatin1Char('-'))
                ++m_pos;
            node->kind = Node::Kind::Answered;
            node->name = m_text.mid(nameStart, m_pos - nameStart);
            if (node->name.isEmpty())
                fail(QStringLiteral("answered() needs a question id"));
            if (!acceptSymbol(QLatin1String(")")))
                fail(QStringLiteral("missing ')' after answered(%1").arg(node->name));
            return node;
        }
        if (name == QLatin1String("true") || name == QLatin1String("false")) {
            node->kind = Node::Kind::Literal;
            node->literal = name == QLatin1String("true");
            return node;
        }
        node->kind = Node::Kind::Name;
        node->name = name;
        return node;
    }

    const QString& m_text;
    int m_pos = 0;
};

QVariant evaluateNode(const Node& node, const Expression::Resolver& resolve);

bool truthy(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Double:
        return value.toDouble() != 0.0;
    case QMetaType::QString:
        return !value.toString().isEmpty();
    case QMetaType::QStringList:
        return !value.toStringList().isEmpty();
    default:
        return false;
    }
}

QStringList asStringList(const QVariant& value)
{
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList();
    if (value.typeId() == QMetaType::QString)
        return { value.toString() };
    return {};
}

bool compare(Node::Op op, const QVariant& left, const QVariant& right)
{
    if (!left.isValid() || !right.isValid())
        return false;
    if (op == Node::Op::In) {
        // 'x' in multi_answer, answer in ['a', 'b'], 3 in [1, 2, 3]
        if (right.typeId() == QMetaType::QVariantList) {
            const QVariantList items = right.toList();
            return std::any_of(items.cbegin(), items.cend(),
                [&](const QVariant& item) { return compare(Node::Op::Eq, left, item); });
        }
        const QStringList haystack = asStringList(right);
        const QStringList needles = asStringList(left);
        return !needles.isEmpty() && std::all_of(needles.cbegin(), needles.cend(), [&](const QString& n) {
            return haystack.contains(n);
        });
    }
    if (left.typeId() == QMetaType::Double && right.typeId() == QMetaType::Double) {
        const double a = left.toDouble();
        const double b = right.toDouble();
        switch (op) {
        case Node::Op::Eq:
            return a == b;
        case Node::Op::Ne:
            return a != b;
        case Node::Op::Lt:
            return a < b;
        case Node::Op::Le:
            return a <= b;
        case Node::Op::Gt:
            return a > b;
        case Node::Op::Ge:
            return a >= b;
        case Node::Op::In:
            break;
        }
        return false;
    }
    if (left.typeId() == QMetaType::Bool || right.typeId() == QMetaType::Bool) {
        if (op == Node::Op::Eq)
            return truthy(left) == truthy(right);
        if (op == Node::Op::Ne)
            return truthy(left) != truthy(right);
        return false;
    }
    if (left.typeId() == QMetaType::QStringList || right.typeId() == QMetaType::QStringList) {
        // A multiple-choice answer equals a set of options regardless of order.
        QStringList a = asStringList(left);
        QStringList b = asStringList(right);
        a.sort();
        b.sort();
        if (op == Node::Op::Eq)
            return a == b;
        if (op == Node::Op::Ne)
            return a != b;
        return false;
    }
    const QString a = left.toString();
    const QString b = right.toString();
    switch (op) {
    case Node::Op::Eq:
        return a == b;
    case Node::Op::Ne:
        return a != b;
    default:
        return false; // ordering strings is never meaningful for option ids
    }
}

QVariant evaluateNode(const Node& node, const Expression::Resolver& resolve)
{
    switch (node.kind) {
    case Node::Kind::Literal:
        return node.literal;
    case Node::Kind::List: {
        QVariantList items;
        for (const auto& child : node.children)
            items.append(evaluateNode(*child, resolve));
        return items;
    }
    case Node::Kind::Name:
        return resolve(node.name);
    case Node::Kind::Answered:
        return resolve(node.name).isValid();
    case Node::Kind::Not:
        return !truthy(evaluateNode(*node.children.at(0), resolve));
    case Node::Kind::And:
        return truthy(evaluateNode(*node.children.at(0), resolve))
            && truthy(evaluateNode(*node.children.at(1), resolve));
    case Node::Kind::Or:
        return truthy(evaluateNode(*node.children.at(0), resolve))
            || truthy(evaluateNode(*node.children.at(1), resolve));
    case Node::Kind::Compare:
        return compare(node.op, evaluateNode(*node.children.at(0), resolve),
            evaluateNode(*node.children.at(1), resolve));
    }
    return {};
}

void collectNames(const Node& node, QStringList& names)
{
    if ((node.kind == Node::Kind::Name || node.kind == Node::Kind::Answered) && !names.contains(node.name))
        names.append(node.name);
    for (const auto& child : node.children)
        collectNames(*child, names);
}

QStringList stringLiterals(const Node& node)
{
    QStringList out;
    if (node.kind == Node::Kind::Literal && node.literal.typeId() == QMetaType::QString)
        out.append(node.literal.toString());
    if (node.kind == Node::Kind::List) {
        for (const auto& child : node.children)
            out += stringLiterals(*child);
    }
    return out;
}

void collectComparisons(const Node& node, QList<Expression::Comparison>& out)
{
    if (node.kind == Node::Kind::Compare) {
        const Node& left = *node.children.at(0);
        const Node& right = *node.children.at(1);
        if (left.kind == Node::Kind::Name)
            out.append({ left.name, stringLiterals(right) });
        if (right.kind == Node::Kind::Name)
            out.append({ right.name, stringLiterals(left) });
    }
    for (const auto& child : node.children)
        collectComparisons(*child, out);
}

} // namespace

Expression Expression::parse(const QString& text, QString* error, int* errorOffset)
{
    Expression expression;
    expression.m_source = text;
    try {
        Parser parser(text);
        expression.m_root = parser.parseAll();
    } catch (const ParseError& e) {
        if (error)
            *error = e.message;
        if (errorOffset)
            *errorOffset = e.offset;
        expression.m_root.reset();
    }
    return expression;
}

bool Expression::evaluate(const Resolver& resolve) const
{
    return !m_root || truthy(evaluateNode(*m_root, resolve));
}

QStringList Expression::names() const
{
    QStringList names;
    if (m_root)
        collectNames(*m_root, names);
    return names;
}

QList<Expression::Comparison> Expression::comparisons() const
{
    QList<Comparison> out;
    if (m_root)
        collectComparisons(*m_root, out);
    return out;
}

} // namespace zelfscan
