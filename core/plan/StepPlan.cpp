// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/StepPlan.h"

#include <QStringList>

#include <array>
#include <utility>

namespace zelfscan {

namespace {

constexpr std::array<std::pair<PlanStatus, const char*>, 5> statusNames { {
    { PlanStatus::Open, "open" },
    { PlanStatus::Planned, "planned" },
    { PlanStatus::InProgress, "in_progress" },
    { PlanStatus::Done, "done" },
    { PlanStatus::NotRelevant, "not_relevant" },
} };

} // namespace

QString planStatusName(PlanStatus status)
{
    for (const auto& [value, name] : statusNames) {
        if (value == status)
            return QLatin1String(name);
    }
    return QStringLiteral("open");
}

std::optional<PlanStatus> planStatusFromName(const QString& name)
{
    for (const auto& [value, text] : statusNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QJsonObject planBookToJson(const PlanBook& book)
{
    QJsonObject object;
    for (auto it = book.cbegin(); it != book.cend(); ++it) {
        QJsonObject entry { { QStringLiteral("status"), planStatusName(it->status) } };
        if (!it->owner.isEmpty())
            entry.insert(QStringLiteral("owner"), it->owner);
        if (it->due.isValid())
            entry.insert(QStringLiteral("due"), it->due.toString(Qt::ISODate));
        if (!it->reason.isEmpty())
            entry.insert(QStringLiteral("reason"), it->reason);
        if (it->changed.isValid())
            entry.insert(QStringLiteral("changed"), it->changed.toUTC().toString(Qt::ISODate));
        object.insert(it.key(), entry);
    }
    return object;
}

PlanBook planBookFromJson(const QJsonObject& object, QStringList* problems)
{
    PlanBook book;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonObject entry = it->toObject();
        const std::optional<PlanStatus> status
            = planStatusFromName(entry.value(QStringLiteral("status")).toString());
        StepPlanning planning;
        const QString due = entry.value(QStringLiteral("due")).toString();
        planning.due = QDate::fromString(due, Qt::ISODate);
        const QString changed = entry.value(QStringLiteral("changed")).toString();
        planning.changed = QDateTime::fromString(changed, Qt::ISODate);
        if (it.key().isEmpty() || !it->isObject() || !status || (!due.isEmpty() && !planning.due.isValid())
            || (!changed.isEmpty() && !planning.changed.isValid())) {
            if (problems)
                problems->append(QStringLiteral("the plan of step '%1' is damaged and was left out")
                                     .arg(it.key().left(64)));
            continue;
        }
        planning.status = *status;
        planning.owner = entry.value(QStringLiteral("owner")).toString();
        planning.reason = entry.value(QStringLiteral("reason")).toString();
        book.insert(it.key(), planning);
    }
    return book;
}

void mergeNewer(PlanBook& book, const PlanBook& incoming)
{
    for (auto it = incoming.cbegin(); it != incoming.cend(); ++it) {
        const auto mine = book.constFind(it.key());
        if (mine == book.cend()
            || (it->changed.isValid() && (!mine->changed.isValid() || it->changed > mine->changed)))
            book.insert(it.key(), *it);
    }
}

} // namespace zelfscan
