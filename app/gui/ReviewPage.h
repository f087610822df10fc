// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/Language.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class Session;

/** Before the result: which visible questions are still unanswered, each one click away. */
class ReviewPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewPage)

public:
    ReviewPage(Session& session, QWidget* parent = nullptr);

    void refresh();
    void setLanguage(const zelfscan::Language& language);
    bool hasMissing() const;

Q_SIGNALS:
    void questionChosen(const QString& sectionId, const QString& questionId);
    void backRequested();
    void resultRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Session& m_session;
    zelfscan::Language m_language;
    QLabel* m_title = nullptr;
    QLabel* m_intro = nullptr;
    QListWidget* m_list = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_result = nullptr;
};
