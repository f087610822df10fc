// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/Page.h"
#include "core/assessment/Profile.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

/** Sector and size: asked once, remembered for every tool, and used by conditions and comparisons. */
class IntakePage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakePage)

public:
    explicit IntakePage(QWidget* parent = nullptr);

    void setProfile(const zelfscan::Profile& profile);
    zelfscan::Profile profile() const;
    void setLanguage(const zelfscan::Language& language);
    void setToolTitle(const QString& title);

Q_SIGNALS:
    void backRequested();
    void nextRequested();

private:
    void retranslate() override;
    void updateNext();

    zelfscan::Language m_language;
    QString m_toolTitle;
    QLabel* m_title = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_sectorLabel = nullptr;
    QLabel* m_sectorHelp = nullptr;
    QLabel* m_sizeLabel = nullptr;
    QComboBox* m_sector = nullptr;
    QComboBox* m_size = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;
};
