// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/Diagnostic.h"
#include "core/questionnaire/Questionnaire.h"
#include "core/questionnaire/QuestionnaireLoader.h"

#include <QList>
#include <QStringList>

namespace zelfscan {

/**
 * The set of questionnaires one run works with, and the checks that span files
 * (a risk measure whose evidence is a Basisscan question).
 */
class QuestionnaireCatalog
{
public:
    /**
     * Where bundled questionnaires are looked for, first match wins: $ZELFSCAN_QUESTIONNAIRES,
     * the installed share folder, a folder beside the executable, and the source tree of a
     * developer build.
     */
    static QStringList defaultSearchPaths();
    /** The first existing folder of defaultSearchPaths(), or empty. */
    static QString defaultDirectory();

    /**
     * Uses @p cache (not owned; it must outlive the loads) for loads with Checks::ErrorsOnly:
     * the app's start-up. Nothing is cached by default.
     */
    void setCache(const QuestionnaireCache* cache) { m_cache = cache; }

    /** Loads every *.yaml / *.yml file in @p directory; returns the problems found. */
    Diagnostics loadDirectory(const QString& directory, Checks checks = Checks::All);
    /** Loads the given files; returns the problems found. */
    Diagnostics loadFiles(const QStringList& paths, Checks checks = Checks::All);
    /**
     * Checks references between the loaded questionnaires. A referenced questionnaire that is
     * not loaded here is looked up in @p context (for example the other files of the folder).
     */
    Diagnostics crossCheck(const QuestionnaireCatalog* context = nullptr) const;

    const QList<Questionnaire>& questionnaires() const { return m_questionnaires; }
    const Questionnaire* find(const QString& id) const;

    /**
     * The language codes a user may choose: Dutch and English (Zelfscan's own texts), then every
     * other language a loaded questionnaire declares, in the order first declared.
     */
    QStringList languages() const;

private:
    QList<Questionnaire> m_questionnaires;
    const QuestionnaireCache* m_cache = nullptr;
};

} // namespace zelfscan
