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

PlanBook PlanStore::load(QStringList* problems) const
{
    QFile file(m_path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly) || file.size() > maxPlanBytes) {
        if (problems)
            problems->append(QStringLiteral("%1 could not be read").arg(QDir::toNativeSeparators(m_path)));
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()
        || document.object().value(QStringLiteral("format")).toString() != planFormat) {
        if (problems)
            problems->append(QStringLiteral("%1 is damaged; the plan starts empty and the file is "
                                            "kept until the plan is next saved")
                                 .arg(QDir::toNativeSeparators(m_path)));
        return {};
    }
    return planBookFromJson(document.object().value(QStringLiteral("steps")).toObject(), problems);
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
