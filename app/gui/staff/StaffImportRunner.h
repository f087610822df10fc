// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/share/ShareImporter.h"

#include <QObject>

#include <memory>

class QThread;

/**
 * Runs one ShareImporter at a time in its own QThread, so an import of millions of shares never
 * stalls the window. Signals arrive in the owner's thread.
 */
class StaffImportRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaffImportRunner)

public:
    explicit StaffImportRunner(QObject* parent = nullptr);
    /** Cancels a running import and waits for its thread, without signalling: the store is left as it was. */
    ~StaffImportRunner() override;

    /**
     * Starts importing @p inputs into @p databasePath, saying why a share was refused in
     * @p language; false while another import runs.
     */
    bool start(const QString& databasePath, const QStringList& inputs, const zelfscan::Language& language);
    bool isRunning() const { return m_thread != nullptr; }
    /** Asks the import to stop; finished() follows with a cancelled report. */
    void cancel();
    /** Cancels and blocks until the worker has ended, then emits finished() before returning. */
    void cancelAndWait();

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const zelfscan::ImportReport& report);

private:
    /** Ends the worker thread and returns the import's report. */
    zelfscan::ImportReport endThread();

    QThread* m_thread = nullptr;
    // Lives in the worker thread and is deleted when it ends; only its thread-safe cancel() is used here.
    zelfscan::ShareImporter* m_importer = nullptr;
    // Written by the worker as it finishes; read here only after the thread has ended.
    std::shared_ptr<zelfscan::ImportReport> m_report;
    // Tells a queued finished() of an import that cancelAndWait() already ended from the current one.
    quint64 m_generation = 0;
};
