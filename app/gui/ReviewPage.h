// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/Page.h"
#include "core/text/Language.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class Session;

/** Before the result: which visible questions are still unanswered, each one click away. */
class ReviewPage final : public Page
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

private:
    void retranslate() override;

    Session& m_session;
    zelfscan::Language m_language;
    QLabel* m_title = nullptr;
    QLabel* m_intro = nullptr;
    QListWidget* m_list = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_result = nullptr;
};
