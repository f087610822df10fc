// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/ShareDialog.h"

#include "app/gui/AppSettings.h"
#include "app/gui/MessageBoxes.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace zelfscan;

ShareDialog::ShareDialog(
    const Questionnaire& questionnaire, const Share& share, const Language& language, QWidget* parent)
    : QDialog(parent)
    , m_share(share)
{
    setObjectName(QStringLiteral("shareDialog"));
    setWindowTitle(tr("Share anonymously"));
    resize(720, 560);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("<p>You can help the Digital Trust Center learn which measures businesses "
                                "like yours find hard, without anyone learning who you are. Zelfscan writes "
                                "a small file; <b>it sends nothing</b>. You decide whether you pass the file "
                                "on.</p><p>This is everything the file will contain:</p>"),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    layout->addWidget(intro);

    m_contents = new QListWidget(this);
    m_contents->setObjectName(QStringLiteral("shareContents"));
    m_contents->setAccessibleName(tr("What the share file contains"));
    m_contents->setWordWrap(true);
    m_contents->setSelectionMode(QAbstractItemView::NoSelection);
    m_contents->setSpacing(2);
    m_contents->addItems(describeShare(share, questionnaire, language));
    layout->addWidget(m_contents, 1);

    auto* after = new QLabel(tr("The file is plain text (JSON): open it in any text editor to check it. "
                                "Once shared, it cannot be taken back, but nothing in it points to you."),
        this);
    after->setWordWrap(true);
    layout->addWidget(after);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("&Save share file…"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveShareButton"));
    m_save->setAccessibleName(tr("Save share file"));
    m_save->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_save, &QPushButton::clicked, this, &ShareDialog::chooseFileAndSave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString ShareDialog::suggestedFileName() const
{
    // Nothing personal in the name either: it travels with the file.
    return QStringLiteral("zelfscan-%1-%2-q%3%4")
        .arg(m_share.questionnaireId)
        .arg(m_share.year)
        .arg(m_share.quarter)
        .arg(shareFileExtension());
}

void ShareDialog::chooseFileAndSave()
{
    const QString folder = AppSettings().lastFolder();
    QString path = QFileDialog::getSaveFileName(this, tr("Save share file"),
        QDir(folder).filePath(suggestedFileName()),
        tr("Zelfscan share files (*%1)").arg(shareFileExtension()));
    if (path.isEmpty())
        return;
    if (!path.endsWith(shareFileExtension()))
        path += shareFileExtension();
    if (saveTo(path))
        accept();
}

bool ShareDialog::saveTo(const QString& path)
{
    QString error;
    if (!writeShareFile(m_share, path, &error)) {
        showMessageBox(this, QMessageBox::Warning, tr("Cannot save"),
            tr("The share file could not be written: %1").arg(error));
        return false;
    }
    Q_EMIT saved(path);
    return true;
}
