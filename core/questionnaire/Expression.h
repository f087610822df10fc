// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>

namespace zelfscan {

/**
 * A `visible_if` / `when` condition from a questionnaire, parsed once and evaluated many times.
 *
 * Grammar (see questionnaires/README.md):
 *   or      := and ('or' and)*
 *   and     := not ('and' not)*
 *   not     := 'not' not | compare
 *   compare := operand (('=='|'!='|'<'|'<='|'>'|'>='|'in') operand)?
 *   operand := STRING | NUMBER | '[' operand (',' operand)* ']' | NAME | 'answered(' NAME ')' | '(' or ')'
 * NAME is a question id, `profile.size`, `profile.sector` or `level`.
 *
 * Values seen by the evaluator are QVariants: invalid (unanswered), QString (option id),
 * double (number) or QStringList (multiple choice). A comparison with an unanswered value is false.
 */
class Expression
{
public:
    /** Looks a name up; returns an invalid QVariant when it has no value (yet). */
    using Resolver = std::function<QVariant(const QString& name)>;

    /** A literal that a name is compared with, so the loader can check it is a valid option. */
    struct Comparison
    {
        QString name;
        QStringList literals;
    };

    Expression() = default;

    /** Parses @p text; on failure returns an invalid expression and sets @p error and @p errorOffset. */
    static Expression parse(const QString& text, QString* error = nullptr, int* errorOffset = nullptr);

    bool isValid() const { return m_root != nullptr; }
    QString source() const { return m_source; }

    /** True when the condition holds. An invalid (empty) expression is always true. */
    bool evaluate(const Resolver& resolve) const;

    /** Every name the expression reads, in order of appearance, without duplicates. */
    QStringList names() const;
    /** Every string literal compared with a name, by name. */
    QList<Comparison> comparisons() const;

    struct Node;

private:
    std::shared_ptr<const Node> m_root;
    QString m_source;
};

} // namespace zelfscan
