// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace zelfscan {

/** Where the user stands with one step of the action plan. */
enum class PlanStatus { Open, Planned, InProgress, Done, NotRelevant };

/** The file name of a status ("open", "planned", "in_progress", "done", "not_relevant"). */
QString planStatusName(PlanStatus status);
std::optional<PlanStatus> planStatusFromName(const QString& name);

/** What the user decided about one step: its status, who does it and by when. */
struct StepPlanning
{
    PlanStatus status = PlanStatus::Open;
    QString owner; ///< free text: "ik", "IT-leverancier", a name
    QDate due; ///< invalid when no date was picked
    QString reason; ///< why the step is not relevant; empty otherwise
    QDateTime changed; ///< when the user last changed it; the newer of two copies wins

    bool isEmpty() const { return status == PlanStatus::Open && owner.isEmpty() && !due.isValid(); }
    bool operator==(const StepPlanning& other) const
    {
        return status == other.status && owner == other.owner && due == other.due && reason == other.reason
            && changed == other.changed;
    }
    bool operator!=(const StepPlanning& other) const { return !(*this == other); }
};

/** The planning of every step the user touched, by plan key (see planKey()). */
using PlanBook = QMap<QString, StepPlanning>;

/** The `plan` object of a `.zelfscan` document and of the user's plan file. */
QJsonObject planBookToJson(const PlanBook& book);
/**
 * Reads what planBookToJson() wrote. An entry that cannot be read (unknown status, a date that is
 * not yyyy-MM-dd) is left out and named in @p problems; the rest is kept.
 */
PlanBook planBookFromJson(const QJsonObject& object, QStringList* problems = nullptr);

/**
 * Puts the entries of @p incoming into @p book where @p book has none for that step or an older
 * one (by `changed`): opening a document never overwrites a newer decision with an older one.
 */
void mergeNewer(PlanBook& book, const PlanBook& incoming);

} // namespace zelfscan
