// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assessment/Profile.h"

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace zelfscan {

/** One answer: an option id (statement, single), option ids (multiple) or a number. */
struct Answer
{
    enum class Kind { Option, Options, Number };

    Kind kind = Kind::Option;
    QString option;
    QStringList options;
    double number = 0;

    static Answer ofOption(const QString& id) { return { Kind::Option, id, {}, 0 }; }
    static Answer ofOptions(const QStringList& ids) { return { Kind::Options, {}, ids, 0 }; }
    static Answer ofNumber(double value) { return { Kind::Number, {}, {}, value }; }

    /** The value conditions see: QString, QStringList or double. */
    QVariant toVariant() const;

    bool operator==(const Answer& other) const;
    bool operator!=(const Answer& other) const { return !(*this == other); }
};

/**
 * A user's answers to one questionnaire. The organisation name and notes are the user's
 * own and never leave the machine (they are left out of every share and aggregate).
 */
struct AnswerSet
{
    QString questionnaireId;
    QString questionnaireVersion; ///< version of the content the answers were given to
    QString questionnaireHash; ///< SHA-256 of that content
    Profile profile;
    QMap<QString, Answer> answers; ///< by question id
    /**
     * Risk class: the user's own word on measures no answer shows (true: in place, false:
     * missing), by measure id. Used only where the evidence leaves a measure unknown.
     */
    QMap<QString, bool> measureAnswers;
    QString organisation;
    QString notes;
    QDateTime created;
    QDateTime modified;

    bool operator==(const AnswerSet& other) const;
    bool operator!=(const AnswerSet& other) const { return !(*this == other); }
};

} // namespace zelfscan
