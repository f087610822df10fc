// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/questionnaire/QuestionnaireCatalog.h"

#include <QWidget>

class AutosaveStore;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QVBoxLayout;

/** The three tools as clear choices, the assessments in progress, and the language switch. */
class StartPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartPage)

public:
    StartPage(
        const zelfscan::QuestionnaireCatalog& catalog, const AutosaveStore& store, QWidget* parent = nullptr);

    void setLanguage(const QString& language);
    /** Re-reads the assessments in progress. */
    void refresh();

Q_SIGNALS:
    void toolChosen(const QString& questionnaireId);
    void resumeChosen(const QString& questionnaireId);
    void languageChosen(const QString& language);
    void openFileRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    const zelfscan::QuestionnaireCatalog& m_catalog;
    const AutosaveStore& m_store;
    QString m_language = QStringLiteral("nl");
    QLabel* m_welcome = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_disclaimer = nullptr;
    QLabel* m_languageLabel = nullptr;
    QComboBox* m_languageBox = nullptr;
    QVBoxLayout* m_toolLayout = nullptr;
    QList<QPushButton*> m_toolButtons;
    QLabel* m_recentLabel = nullptr;
    QListWidget* m_recent = nullptr;
    QPushButton* m_resume = nullptr;
    QPushButton* m_openFile = nullptr;
};
