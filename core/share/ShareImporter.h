// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/Language.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace zelfscan {

/** A file (or one line of a JSON Lines file) that was not imported, and why. */
struct ImportProblem
{
    QString file;
    qint64 line = 0; ///< 1-based line of a JSON Lines file; 0 for a whole file
    QString reason;

    /** "FILE:LINE: REASON" (or "FILE: REASON"). */
    QString toString() const;
};

struct ImportReport
{
    int files = 0; ///< files read
    qint64 imported = 0; ///< new results added to the store
    qint64 duplicates = 0; ///< shares whose id was already stored or already seen: counted once
    qint64 rejected = 0; ///< damaged, altered or invalid shares (and unreadable files)
    QList<ImportProblem> problems; ///< the first maxListedProblems of them, in input order
    bool cancelled = false; ///< stopped on request: nothing was imported
    QString error; ///< the import failed as a whole (for example the database): nothing was imported

    bool ok() const { return error.isEmpty() && !cancelled; }
};

/** Problems listed in an ImportReport; the rest are only counted, so junk cannot exhaust memory. */
constexpr int maxListedProblems = 1000;

/**
 * The files an import reads: files as given, and folders searched recursively for share files
 * (.zelfshare) and JSON Lines files (.jsonl, one share per line), sorted. Inputs that do not
 * exist are added to @p problems, in @p language.
 */
QStringList shareInputFiles(const QStringList& inputs, QList<ImportProblem>* problems,
    const Language& language = Language::english());

/** Called with the input bytes processed so far and the total. */
using ImportProgress = std::function<void(qint64 done, qint64 total)>;

/**
 * Imports share files into the store at @p databasePath (created when missing): all or nothing.
 * Shares are checked in parallel (@p threads; 0 uses every core) and stored in input order, so
 * when two files carry the same share id the first one counts. Stops, rolling back, when
 * @p cancel becomes true. Blocks; the app runs it through ShareImporter in a worker thread.
 * Why a share or file was refused is said in @p language (the staff window's; English for the
 * command line, like its other messages).
 */
ImportReport importShares(const QString& databasePath, const QStringList& inputs,
    const std::atomic<bool>* cancel = nullptr, const ImportProgress& progress = {}, int threads = 0,
    const Language& language = Language::english());

/**
 * importShares() for a QThread: move it to the thread, connect QThread::started to run(), show
 * progress() in a progress bar, and call cancel() from any thread (the Cancel button).
 * finished() comes once, also after a cancel.
 */
class ShareImporter : public QObject
{
    Q_OBJECT

public:
    ShareImporter(const QString& databasePath, const QStringList& inputs, QObject* parent = nullptr);

    /** The language of the reasons in the report; English unless set before run(). */
    void setLanguage(const Language& language);

    /** Thread-safe: asks the import to stop; it rolls back and reports cancelled. */
    void cancel();
    bool isCancelled() const;
    /** The report, once finished() was emitted. */
    ImportReport report() const;

public Q_SLOTS:
    void run();

Q_SIGNALS:
    /** Kilobytes of input read so far, and in all: ready for QProgressBar::setRange/setValue. */
    void progress(int done, int total);
    void finished(const zelfscan::ImportReport& report);

private:
    QString m_databasePath;
    QStringList m_inputs;
    Language m_language = Language::english();
    std::atomic<bool> m_cancel { false };
    ImportReport m_report;
};

} // namespace zelfscan
