// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace zelfscan {

/**
 * The key a step is planned under. Two tools advise "alike" only where this explicit table says
 * so: the Basisscan and the risk class share no step ids, and titles that merely look similar
 * are no proof (the OT check's "standaardwachtwoorden" are the machines', not the office's). Each
 * pair was read side by side: same action, same scope. Any other step is keyed by its own tool:
 * "questionnaire/step".
 */
QString planKey(const QString& questionnaireId, const QString& stepId);

/** The tool steps planned under @p key, as "questionnaire/step" (one, or a merged pair). */
QStringList stepsOfPlanKey(const QString& key);

} // namespace zelfscan
