// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/SingleInstance.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

namespace {

const QString lockName = QStringLiteral("instance.lock");
const QString requestFilter = QStringLiteral("open-*.json");
const QString requestFormat = QStringLiteral("zelfscan-open");
// A request this old was left by a launch that was killed while waiting; opening it now, perhaps
// days later at the next start, would surprise the user.
constexpr qint64 maxRequestAgeSeconds = 60;

} // namespace

SingleInstance::SingleInstance(QString directory, QObject* parent)
    : QObject(parent)
    , m_directory(std::move(directory))
{
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &SingleInstance::takeRequests);
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultDirectory(const QString& appId)
{
#ifdef Q_OS_WIN
    // Windows has no runtime folder of its own; Qt would give the home folder. The user's temp
    // folder is private to the user as well and not cluttered with an extra entry.
    const auto location = QStandardPaths::TempLocation;
#else
    const auto location = QStandardPaths::RuntimeLocation;
#endif
    return QStandardPaths::writableLocation(location) + QLatin1Char('/') + appId;
}

bool SingleInstance::claim()
{
    if (m_claimed)
        return true;
    if (!QDir().mkpath(m_directory))
        return false;
    m_lock = std::make_unique<QLockFile>(m_directory + QLatin1Char('/') + lockName);
    // Never stale by age: the app may run for days. A lock whose process is gone is still
    // recognised as stale and taken over.
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        m_lock.reset();
        return false;
    }
    m_claimed = true;
    // Watch first, then look: a request written in between is seen by one or the other.
    m_watcher.addPath(m_directory);
    takeRequests();
    return true;
}

bool SingleInstance::handOff(const QStringList& files, int timeoutMs)
{
    if (!QDir().mkpath(m_directory))
        return false;
    QJsonArray paths;
    for (const QString& file : files)
        paths.append(QFileInfo(file).absoluteFilePath());
    const QByteArray request = QJsonDocument(
        QJsonObject { { QStringLiteral("format"), requestFormat },
            { QStringLiteral("files"),
                paths } }).toJson(QJsonDocument::Compact);
    if (request.size() > maxRequestBytes)
        return false;
    const QString path = m_directory + QStringLiteral("/open-")
        + QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".json");
    // Written whole under its final name, so the running app never reads half a request.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(request) != request.size() || !file.commit())
        return false;

    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < timeoutMs) {
        if (!QFileInfo::exists(path))
            return true;
        QThread::msleep(20);
    }
    // Deleting decides: if the running app took it in the meantime, this fails and it is theirs.
    return !QFile::remove(path);
}

void SingleInstance::takeRequests()
{
    const QDir dir(m_directory);
    const QFileInfoList requests
        = dir.entryInfoList({ requestFilter }, QDir::Files, QDir::Time | QDir::Reversed);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QFileInfo& info : requests) {
        QFile file(info.filePath());
        const bool tooOld = info.lastModified().toUTC().secsTo(now) > maxRequestAgeSeconds;
        QByteArray data;
        if (!tooOld && info.size() <= maxRequestBytes && file.open(QIODevice::ReadOnly))
            data = file.read(maxRequestBytes + 1);
        file.close();
        // Whoever deletes the request owns it: when this fails, the launch took it back.
        if (!QFile::remove(info.filePath()) || tooOld)
            continue;
        QJsonParseError error {};
        const QJsonDocument document = QJsonDocument::fromJson(data, &error);
        const QJsonObject object = document.object();
        if (error.error != QJsonParseError::NoError || !document.isObject()
            || object.value(QStringLiteral("format")).toString() != requestFormat
            || !object.value(QStringLiteral("files")).isArray()) {
            qWarning("Zelfscan: ignored a malformed request to open files (%s)", qPrintable(info.fileName()));
            continue;
        }
        QStringList files;
        for (const QJsonValue& value : object.value(QStringLiteral("files")).toArray()) {
            if (value.isString() && !value.toString().isEmpty())
                files.append(value.toString());
        }
        Q_EMIT openRequested(files);
    }
}
