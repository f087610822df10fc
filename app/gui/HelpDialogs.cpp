// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/HelpDialogs.h"

#include "core/questionnaire/QuestionnaireCatalog.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

QString HelpDialogs::helpTitle(Page page)
{
    switch (page) {
    case Page::Start:
        return tr("Help: start page");
    case Page::Intake:
        return tr("Help: about your business");
    case Page::Questions:
        return tr("Help: answering the questions");
    case Page::Review:
        return tr("Help: questions still open");
    case Page::Result:
        return tr("Help: your result");
    }
    return tr("Help");
}

QString HelpDialogs::helpText(Page page)
{
    const QString keys
        = tr("<p><b>Keyboard:</b> Tab and Shift+Tab move between controls, Space or Enter "
             "chooses, Alt with the underlined letter jumps to a control. F1 shows this help.</p>");
    switch (page) {
    case Page::Start:
        return tr("<p>The start page shows where you stand with each self-assessment: not started, in "
                  "progress (how many questions you answered) or finished (the date, your score or class and "
                  "the first step still open). Choose a tool to start it, carry on where you were, or see "
                  "its "
                  "result.</p><p>The <b>action plan</b> lists the next steps of every finished tool. Tick a "
                  "step "
                  "when you have done it; the tick is kept, also when you do the tool again.</p><p><b>My "
                  "systems</b> lists the devices and software you use and the security alerts that concern "
                  "them.</p>")
            + keys;
    case Page::Intake:
        return tr("<p>Say what kind of business you are and how many people work there. Some questions and "
                  "advice depend on it. Zelfscan remembers it for the other tools.</p>")
            + keys;
    case Page::Questions:
        return tr("<p>Answer each question as things are today, not as you plan them. Not sure? Choose "
                  "\"Don't know\": it becomes a step to find out. Questions marked <b>TOP</b> are critical: "
                  "a weak answer there limits the score of the whole part.</p><p>Every answer is saved at "
                  "once. You can stop at any time and carry on later from the start page.</p>")
            + tr("<p>The <b>?</b> beside a question shows or hides its explanation; with the keyboard, press "
                 "Shift+F1 while you are on the question.</p>")
            + keys;
    case Page::Review:
        return tr("<p>These questions have no answer yet. Choose one to go to it, or see the result now: it "
                  "then says which questions are still open.</p>")
            + keys;
    case Page::Result:
        return tr("<p>The overview gives a score per part, with a word and a symbol for the traffic light, "
                  "and the chart. <b>Next steps</b> lists what to do, most important first, with how and "
                  "why. "
                  "Tick a step to see what your score would be once it is done.</p><p>Use the File menu to "
                  "save the assessment, export a report or action plan, or compare with an earlier run.</p>")
            + keys;
    }
    return keys;
}

QString HelpDialogs::aboutText()
{
    const QString dir = zelfscan::QuestionnaireCatalog::defaultDirectory();
    const QString sources = dir.isEmpty() ? QString() : QDir(dir).filePath(QStringLiteral("SOURCES.md"));
    const QString sourcesLine = !sources.isEmpty() && QFileInfo::exists(sources)
        ? tr("Every source is listed in <a href=\"%1\">%2</a>.")
              .arg(QUrl::fromLocalFile(sources).toString(), QDir::toNativeSeparators(sources).toHtmlEscaped())
        : tr("Every source is listed in questionnaires/SOURCES.md of the source code.");
    return tr(
        "<h2>Zelfscan %1</h2>"
        "<p>Offline cyber self-assessments for businesses.</p>"
        "<p><b>Not the official tool.</b> The questionnaires are based on public descriptions of the tools "
        "of the Dutch Digital Trust Center (DTC) and the CCV; every question, point value and piece of "
        "advice was written for Zelfscan. Zelfscan is independent and is not the official instrument of "
        "the DTC or the CCV.</p>"
        "<p><b>Sources:</b> the DTC's five basic principles and its Basisscan, the CCV's "
        "Risicoklassenindeling "
        "Digitale Veiligheid, and the DTC's Security Check Procesautomatisering with OT guidance from the "
        "NCSC. %2</p>"
        "<p><b>Licence:</b> GNU General Public License, version 3 or later. You may use, study, share "
        "and change Zelfscan under its terms; it comes without any warranty.</p>"
        "<p>Your answers stay on this computer. Zelfscan never connects to a network.</p>")
        .arg(QApplication::applicationVersion(), sourcesLine);
}

namespace {

void showText(QWidget* parent, const QString& objectName, const QString& title, const QString& html)
{
    auto* dialog = new QDialog(parent);
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto* layout = new QVBoxLayout(dialog);
    auto* text = new QTextBrowser(dialog);
    text->setObjectName(QStringLiteral("helpText"));
    text->setOpenExternalLinks(true);
    text->setHtml(html);
    text->setAccessibleName(title);
    layout->addWidget(text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(560, 420);
    dialog->open();
    buttons->button(QDialogButtonBox::Close)->setFocus();
}

} // namespace

void HelpDialogs::showHelp(QWidget* parent, Page page)
{
    showText(parent, QStringLiteral("helpDialog"), helpTitle(page), helpText(page));
}

void HelpDialogs::showAbout(QWidget* parent)
{
    showText(parent, QStringLiteral("aboutDialog"), tr("About Zelfscan"), aboutText());
}
