// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

/**
 * A page of the main window. Every page sets its texts in retranslate(), once when it is built
 * and again whenever the user switches language (Qt sends LanguageChange to every widget).
 */
class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

protected:
    virtual void retranslate() = 0;
    void changeEvent(QEvent* event) override;
};
