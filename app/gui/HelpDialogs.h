// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

/** F1 help for each page and the "About Zelfscan" dialog. */
class HelpDialogs
{
    Q_DECLARE_TR_FUNCTIONS(HelpDialogs)

public:
    enum class Page { Start, Intake, Questions, Review, Result };

    /** The help for @p page as HTML: what the page is for and which keys work there. */
    static QString helpText(Page page);
    static QString helpTitle(Page page);
    /** Version, licence, sources and that Zelfscan is not the official tool, as HTML. */
    static QString aboutText();

    static void showHelp(QWidget* parent, Page page);
    static void showAbout(QWidget* parent);
};
