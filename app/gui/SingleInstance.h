// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFileSystemWatcher>
#include <QLockFile>
#include <QObject>
#include <QStringList>

#include <memory>

/**
 * One Zelfscan per user: a second launch (double-clicking a `.zelfscan` while the app runs) hands
 * its file to the running app and exits, so two processes never write the same autosave.
 *
 * Plain files in a private per-user folder, no socket: QLocalServer would pull in Qt Network,
 * and Zelfscan promises (and tests) that it links no network library. The running app holds
 * `instance.lock` (a QLockFile, so a crashed app leaves no lock that counts) and watches the
 * folder; a second launch writes `open-UUID.json` and waits until that file is gone. Whoever
 * deletes a request owns it, so a launch that gives up (the running app is hung) takes its
 * request back and nothing is opened twice.
 */
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    /** @p directory holds the lock and the requests; it is created when needed. */
    explicit SingleInstance(QString directory, QObject* parent = nullptr);
    ~SingleInstance() override;

    /** The folder for @p appId in the user's runtime location (private to the user). */
    static QString defaultDirectory(const QString& appId);

    /** Makes this process the running instance. False when another live process already is. */
    bool claim();
    bool isRunningInstance() const { return m_claimed; }

    /**
     * Asks the running instance to open @p files (made absolute here; none: just show itself).
     * True once it took the request; false when it did not within @p timeoutMs, or the request
     * could not be written. Blocks the calling thread while waiting.
     */
    bool handOff(const QStringList& files, int timeoutMs = 10000);

    /** Requests larger than this are refused: a list of paths never needs more. */
    static constexpr qint64 maxRequestBytes = 64 * 1024;

Q_SIGNALS:
    /** A second launch asked for @p files (absolute paths; empty: show the window). */
    void openRequested(const QStringList& files);

private:
    void takeRequests();

    QString m_directory;
    std::unique_ptr<QLockFile> m_lock;
    QFileSystemWatcher m_watcher;
    bool m_claimed = false;
};
