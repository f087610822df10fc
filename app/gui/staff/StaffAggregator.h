// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/share/Aggregate.h"

#include <QObject>

#include <optional>

class QThread;

/**
 * Computes aggregateStore() in a worker thread: a store of a million results takes seconds to
 * aggregate, too long for the window to freeze. When requests come faster than results (k
 * typed digit by digit), only the newest is reported.
 */
class StaffAggregator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaffAggregator)

public:
    explicit StaffAggregator(QObject* parent = nullptr);
    /** Waits for a running computation: it cannot be interrupted, and it only reads. */
    ~StaffAggregator() override;

    void request(const QString& databasePath, int minGroup);
    /** True from request() until its result is reported. */
    bool isBusy() const { return m_thread != nullptr; }

Q_SIGNALS:
    /** The aggregates of the latest request, or the error that prevented them. */
    void finished(const std::optional<zelfscan::AggregateReport>& report, const QString& error);

private:
    struct Request
    {
        QString databasePath;
        int minGroup = zelfscan::defaultMinGroup;
    };

    void startNext();

    QThread* m_thread = nullptr;
    std::optional<Request> m_pending;
};
