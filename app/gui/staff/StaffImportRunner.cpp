// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/staff/StaffImportRunner.h"

#include <QThread>

using namespace zelfscan;

StaffImportRunner::StaffImportRunner(QObject* parent)
    : QObject(parent)
{
}

StaffImportRunner::~StaffImportRunner()
{
    cancel();
    endThread();
}

bool StaffImportRunner::start(
    const QString& databasePath, const QStringList& inputs, const Language& language)
{
    if (m_thread)
        return false;
    const quint64 generation = ++m_generation;
    m_report = std::make_shared<ImportReport>();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("shareImport"));
    m_importer = new ShareImporter(databasePath, inputs);
    m_importer->setLanguage(language);
    m_importer->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_importer, &ShareImporter::run);
    connect(m_thread, &QThread::finished, m_importer, &QObject::deleteLater);
    connect(m_importer, &ShareImporter::progress, this, [this, generation](int done, int total) {
        if (generation == m_generation && m_thread)
            Q_EMIT progress(done, total);
    });
    connect(
        m_importer, &ShareImporter::finished, m_importer,
        [slot = m_report](const ImportReport& report) { *slot = report; }, Qt::DirectConnection);
    connect(m_importer, &ShareImporter::finished, this, [this, generation] {
        if (generation != m_generation || !m_thread)
            return; // cancelAndWait() already ended this import and reported it
        Q_EMIT finished(endThread());
    });
    m_thread->start();
    return true;
}

void StaffImportRunner::cancel()
{
    // The importer is deleted only once its thread has ended, which endThread() waits for.
    if (m_importer)
        m_importer->cancel();
}

void StaffImportRunner::cancelAndWait()
{
    if (!m_thread)
        return;
    cancel();
    Q_EMIT finished(endThread());
}

ImportReport StaffImportRunner::endThread()
{
    if (!m_thread)
        return {};
    // run() has returned, or returns soon after a cancel; a quit() before the event loop starts is kept.
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_importer = nullptr;
    return *m_report;
}
