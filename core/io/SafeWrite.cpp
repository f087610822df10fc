// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/SafeWrite.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace zelfscan {

bool writeFileAtomically(const QString& path, const QByteArray& bytes, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    const QFileInfo info(path);
    if (info.isDir())
        return fail(QStringLiteral("%1 is a folder").arg(path));
    if (info.exists() && !info.isFile()) {
        // A device or a pipe (/dev/null, /dev/full, a FIFO): QSaveFile would rename its temporary
        // file over the node itself, and where the folder is writable (as root in /dev) that
        // replaces the device with a regular file. Such a target has no old content to protect,
        // so write to it directly and report a failed write (a full disk) as an error.
        QFile device(path);
        if (!device.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return fail(QStringLiteral("cannot write %1: %2").arg(path, device.errorString()));
        if (device.write(bytes) != bytes.size())
            return fail(QStringLiteral("cannot write %1: %2").arg(path, device.errorString()));
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(QStringLiteral("cannot write %1: %2").arg(path, reason));
    }
    if (!file.commit())
        return fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

QString keepAside(const QString& path, const QString& label)
{
    const QString stem = path + QLatin1Char('.') + label + QLatin1Char('-')
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside = stem;
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = stem + QLatin1Char('-') + QString::number(n);
    return QFile::rename(path, aside) ? aside : QString();
}

} // namespace zelfscan
