// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assessment/Assessment.h"
#include "core/questionnaire/Questionnaire.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

/**
 * Keeps the assessment in progress for each questionnaire under the user's data folder
 * (QStandardPaths::AppDataLocation/autosave/ID.zelfscan). Writes are atomic.
 * A damaged autosave is never deleted: it is moved aside and reported.
 */
class AutosaveStore
{
public:
    /** @p directory defaults to AppDataLocation/autosave. */
    explicit AutosaveStore(QString directory = QString());

    QString directory() const { return m_directory; }
    QString pathFor(const QString& questionnaireId) const;

    /** Returns an error message, or an empty string when saved. */
    QString save(const zelfscan::Assessment& assessment) const;
    /** Not const: a damaged file is moved aside and remembered as a problem. */
    std::optional<zelfscan::Assessment> load(const zelfscan::Questionnaire& questionnaire);
    bool remove(const QString& questionnaireId) const;

    struct Entry
    {
        QString questionnaireId;
        QDateTime modified;
        int answered = 0;
    };
    QList<Entry> entries() const;

    /** A damaged autosave that was moved aside, and what could be recovered from it. */
    struct Problem
    {
        QString questionnaireId;
        QString reason;
        QString keptAs;
        int recoveredAnswers = 0;
    };
    /** The problems met since the last call. */
    QList<Problem> takeProblems();

private:
    QString m_directory;
    QList<Problem> m_problems;
};
