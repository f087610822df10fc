// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/share/ShareImporter.h"

#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

/** An import's progress with a Cancel button, then its summary and every problem it found. */
class StaffImportPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaffImportPanel)

public:
    explicit StaffImportPanel(QWidget* parent = nullptr);

    void begin();
    void setProgress(int done, int total);
    void finish(const zelfscan::ImportReport& report);
    void retranslate();

    QLabel* summaryLabel() const { return m_summary; }
    QListWidget* problemList() const { return m_problems; }
    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* progressBar() const { return m_progress; }

Q_SIGNALS:
    void cancelRequested();

private:
    QString summary(const zelfscan::ImportReport& report) const;
    void listProblems(const zelfscan::ImportReport& report);

    QLabel* m_summary = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_problemsTitle = nullptr;
    QListWidget* m_problems = nullptr;
    bool m_running = false;
    std::optional<zelfscan::ImportReport> m_report; ///< the last one, so a language switch can redo the texts
};
