// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/Page.h"
#include "core/questionnaire/Questionnaire.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QVBoxLayout;
class QuestionWidget;
class Session;

/**
 * One section of the questionnaire per page. Questions appear and disappear as their
 * conditions change; every answer goes straight to the Session (and so to the autosave).
 */
class QuestionPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuestionPage)

public:
    QuestionPage(Session& session, QWidget* parent = nullptr);

    /** Shows the section at @p index of the session's visible sections. */
    void showSection(int index);
    int sectionIndex() const { return m_index; }
    QString sectionId() const { return m_sectionId; }
    void setLanguage(const zelfscan::Language& language);
    /** Scrolls to @p questionId and focuses its first control (once the page is laid out). */
    void focusQuestion(const QString& questionId);
    QList<QuestionWidget*> questionWidgets() const { return m_widgets; }

Q_SIGNALS:
    void backRequested();
    void nextRequested();

private:
    void rebuild();
    void updateVisibility();
    void updateProgress();
    void applyFocus();
    void retranslate() override;

    Session& m_session;
    zelfscan::Language m_language;
    int m_index = 0;
    QString m_sectionId;
    QLabel* m_title = nullptr;
    QLabel* m_description = nullptr;
    QLabel* m_progressText = nullptr;
    QProgressBar* m_progress = nullptr;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_content = nullptr;
    QVBoxLayout* m_contentLayout = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;
    QList<QuestionWidget*> m_widgets;
    QString m_focusTarget; ///< the question to focus; empty: the first visible one
    bool m_focusPending = false; ///< a rebuilt page waits for its layout before it takes focus
};
