// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/AppSettings.h"

#include "core/plan/Recheck.h"

#include <QDir>
#include <QFileInfo>

namespace {

const QString languageKey = QStringLiteral("language");
const QString lastFolderKey = QStringLiteral("lastFolder");
const QString staffFolderKey = QStringLiteral("staff/lastFolder");
const QString recentFilesKey = QStringLiteral("recentFiles");
const QString sectorKey = QStringLiteral("profile/sector");
const QString sizeKey = QStringLiteral("profile/size");
const QString lastToolKey = QStringLiteral("lastTool");
const QString resumePrefix = QStringLiteral("resume/");
const QString geometryKey = QStringLiteral("window/geometry");
const QString recheckPrefix = QStringLiteral("recheckMonths/");

} // namespace

zelfscan::Language AppSettings::language() const
{
    return zelfscan::Language::parse(m_settings.value(languageKey).toString()).value_or(zelfscan::Language());
}

void AppSettings::setLanguage(const zelfscan::Language& language)
{
    m_settings.setValue(languageKey, language.code());
}

QString AppSettings::lastFolder() const
{
    return m_settings.value(lastFolderKey, QDir::homePath()).toString();
}

void AppSettings::rememberFolderOf(const QString& filePath)
{
    m_settings.setValue(lastFolderKey, QFileInfo(filePath).absolutePath());
}

QString AppSettings::staffFolder() const
{
    return m_settings.value(staffFolderKey, QDir::homePath()).toString();
}

void AppSettings::setStaffFolder(const QString& folder)
{
    m_settings.setValue(staffFolderKey, folder);
}

QStringList AppSettings::recentFiles() const
{
    return m_settings.value(recentFilesKey).toStringList();
}

void AppSettings::addRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    m_settings.setValue(recentFilesKey, files);
}

zelfscan::Profile AppSettings::profile() const
{
    return { m_settings.value(sectorKey).toString(), m_settings.value(sizeKey).toString() };
}

void AppSettings::setProfile(const zelfscan::Profile& profile)
{
    m_settings.setValue(sectorKey, profile.sector);
    m_settings.setValue(sizeKey, profile.size);
}

QString AppSettings::lastTool() const
{
    return m_settings.value(lastToolKey).toString();
}

void AppSettings::setLastTool(const QString& questionnaireId)
{
    m_settings.setValue(lastToolKey, questionnaireId);
}

int AppSettings::recheckMonths(const QString& questionnaireId) const
{
    const int months = m_settings.value(recheckPrefix + questionnaireId).toInt();
    return months > 0 ? months : zelfscan::defaultRecheckMonths(questionnaireId);
}

void AppSettings::setRecheckMonths(const QString& questionnaireId, int months)
{
    m_settings.setValue(recheckPrefix + questionnaireId, months);
}

QString AppSettings::resumeSection(const QString& questionnaireId) const
{
    return m_settings.value(resumePrefix + questionnaireId).toString();
}

void AppSettings::setResumeSection(const QString& questionnaireId, const QString& sectionId)
{
    m_settings.setValue(resumePrefix + questionnaireId, sectionId);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(geometryKey).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings.setValue(geometryKey, geometry);
}
