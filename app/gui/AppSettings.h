// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assessment/Profile.h"
#include "core/text/Language.h"

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

/**
 * What the app remembers between runs, typed and named once: a key spelled in one place cannot
 * be misspelled in another. Reads and writes the application's QSettings (organisation and
 * application name set in main()).
 */
class AppSettings
{
public:
    static constexpr int maxRecentFiles = 8;

    /** The interface language; Dutch when none was chosen yet. */
    zelfscan::Language language() const;
    void setLanguage(const zelfscan::Language& language);

    /** The folder of the last file opened or saved; the home folder at first. */
    QString lastFolder() const;
    /** Remembers the folder that holds @p filePath. */
    void rememberFolderOf(const QString& filePath);

    /** The staff window keeps its own folder: share files are not where one's own scans are. */
    QString staffFolder() const;
    void setStaffFolder(const QString& folder);

    /** Most recent first, at most maxRecentFiles. */
    QStringList recentFiles() const;
    void addRecentFile(const QString& path);

    /** The sector and size from the last intake, offered to the next tool. */
    zelfscan::Profile profile() const;
    void setProfile(const zelfscan::Profile& profile);

    /** The tool used last, offered on the start page. */
    QString lastTool() const;
    /** After how many months a tool is offered again; core's default until the user chooses. */
    int recheckMonths(const QString& questionnaireId) const;
    void setRecheckMonths(const QString& questionnaireId, int months);
    void setLastTool(const QString& questionnaireId);

    /** The part of a tool the user was at, to continue there. */
    QString resumeSection(const QString& questionnaireId) const;
    void setResumeSection(const QString& questionnaireId, const QString& sectionId);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);

private:
    mutable QSettings m_settings; // QSettings::value() is not const
};
