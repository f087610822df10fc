// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/StepPlan.h"

#include <QString>
#include <QStringList>

namespace zelfscan {

/**
 * The user's action plan across tools, kept in one small JSON file in the user's data folder:
 * the plan is the user's, not one run's, so it survives new runs and belongs to no single tool.
 * Written atomically (QSaveFile); a damaged entry costs that entry only, a damaged file is kept.
 */
class PlanStore
{
public:
    explicit PlanStore(const QString& path);
    /** plan.json in QStandardPaths::AppDataLocation. */
    static QString defaultPath();

    QString path() const { return m_path; }
    /**
     * The stored plan; an absent file is an empty plan. Problems are named in @p problems. A file
     * that cannot be read at all is kept aside (keepAside()) so that the next save does not
     * overwrite it; @p keptAs then says where it is.
     */
    PlanBook load(QStringList* problems = nullptr, QString* keptAs = nullptr) const;
    bool save(const PlanBook& book, QString* error) const;

private:
    QString m_path;
};

} // namespace zelfscan
