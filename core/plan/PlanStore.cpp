// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/PlanStore.h"

#include "core/io/SafeWrite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStandardPaths>

namespace zelfscan {

namespace {

constexpr qint64 maxPlanBytes = 4 * 1024 * 1024;
const QLatin1String planFormat("zelfscan-plan");

} // namespace

PlanStore::PlanStore(const QString& path)
    : m_path(path)
{
}

QString PlanStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/plan.json");
}

PlanBook PlanStore::load(QStringList* problems, QString* keptAs) const
{
    QFile file(m_path);
    if (!file.exists())
        return {};
    QJsonParseError error {};
    QJsonDocument document;
    const bool readable = file.open(QIODevice::ReadOnly) && file.size() <= maxPlanBytes;
    if (readable)
        document = QJsonDocument::fromJson(file.readAll(), &error);
    file.close();
    if (readable && error.error == QJsonParseError::NoError && document.isObject()
        && document.object().value(QStringLiteral("format")).toString() == planFormat)
        return planBookFromJson(document.object().value(QStringLiteral("steps")).toObject(), problems);
    // The plan starts empty; the next change would save over the file, so it goes aside first.
    const QString aside = keepAside(m_path, QStringLiteral("unreadable"));
    // Where renaming fails the folder is not writable, and neither will a save be: still in place.
    if (keptAs)
        *keptAs = aside.isEmpty() ? m_path : aside;
    if (problems)
        problems->append(aside.isEmpty()
                ? QStringLiteral("%1 cannot be read; the plan starts empty")
                      .arg(QDir::toNativeSeparators(m_path))
                : QStringLiteral("%1 cannot be read; the plan starts empty and the file is kept as %2")
                      .arg(QDir::toNativeSeparators(m_path), QDir::toNativeSeparators(aside)));
    return {};
}

bool PlanStore::save(const PlanBook& book, QString* error) const
{
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        if (error)
            *error
                = QStringLiteral("the folder of %1 could not be made").arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    const QJsonObject root { { QStringLiteral("format"), planFormat },
        { QStringLiteral("format_version"), 1 }, { QStringLiteral("steps"), planBookToJson(book) } };
    return writeFileAtomically(m_path, QJsonDocument(root).toJson(QJsonDocument::Indented), error);
}

} // namespace zelfscan
