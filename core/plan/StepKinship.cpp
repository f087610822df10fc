// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/StepKinship.h"

#include <array>
#include <utility>

namespace zelfscan {

namespace {

// Basisscan step, risk-class step: the same thing to do, read side by side in the questionnaires.
constexpr std::array<std::pair<const char*, const char*>, 15> alike { {
    { "p1_backup_offline", "s_backup" },
    { "p1_restore_test", "s_restore_test" },
    { "p1_emergency_plan", "s_incident_plan" },
    { "p2_default_passwords", "s_default_passwords" },
    { "p2_guest_wifi", "s_wifi" },
    { "p2_encryption", "s_encryption" },
    { "p3_auto_os", "s_updates" },
    { "p3_end_of_life", "s_end_of_life" },
    { "p4_personal_accounts", "s_personal_accounts" },
    { "p4_mfa", "s_mfa" },
    { "p4_password_manager", "s_password_manager" },
    { "p4_admin_rights", "s_admin_rights" },
    { "p4_joiners_leavers", "s_joiners_leavers" },
    { "p5_antivirus", "s_antivirus" },
    { "p5_awareness", "s_awareness" },
} };

const QLatin1String basisscan("basisscan");
const QLatin1String riskClass("risicoklasse");

QString joined(const QString& questionnaireId, const QString& stepId)
{
    return questionnaireId + QLatin1Char('/') + stepId;
}

} // namespace

QString planKey(const QString& questionnaireId, const QString& stepId)
{
    if (questionnaireId == riskClass) {
        for (const auto& [basis, risk] : alike) {
            if (stepId == QLatin1String(risk))
                return joined(basisscan, QLatin1String(basis));
        }
    }
    return joined(questionnaireId, stepId);
}

QStringList stepsOfPlanKey(const QString& key)
{
    QStringList steps { key };
    if (!key.startsWith(basisscan + QLatin1Char('/')))
        return steps;
    const QString stepId = key.mid(basisscan.size() + 1);
    for (const auto& [basis, risk] : alike) {
        if (stepId == QLatin1String(basis))
            steps.append(joined(riskClass, QLatin1String(risk)));
    }
    return steps;
}

} // namespace zelfscan
