// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/questionnaire/Questionnaire.h"
#include "core/share/Share.h"

#include <QDialog>

class QListWidget;
class QPushButton;

/**
 * "Share anonymously": shows, in words, exactly what the share file will contain and what it
 * will not, and writes it only when the user chooses a place for it. Zelfscan never sends it:
 * the user decides whether and how it reaches the DTC.
 */
class ShareDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShareDialog)

public:
    ShareDialog(const zelfscan::Questionnaire& questionnaire, const zelfscan::Share& share,
        const zelfscan::Language& language, QWidget* parent = nullptr);

    const zelfscan::Share& share() const { return m_share; }
    QListWidget* contents() const { return m_contents; }
    /** The file name offered in the save dialog: tool, year and quarter only. */
    QString suggestedFileName() const;
    /** Writes the share to @p path (atomically); shows why not when it cannot. */
    bool saveTo(const QString& path);

Q_SIGNALS:
    void saved(const QString& path);

private:
    void chooseFileAndSave();

    zelfscan::Share m_share;
    QListWidget* m_contents = nullptr;
    QPushButton* m_save = nullptr;
};
