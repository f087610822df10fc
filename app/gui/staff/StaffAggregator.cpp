// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/staff/StaffAggregator.h"

#include <QThread>

#include <memory>

using namespace zelfscan;

namespace {

struct Outcome
{
    std::optional<AggregateReport> report;
    QString error;
};

} // namespace

StaffAggregator::StaffAggregator(QObject* parent)
    : QObject(parent)
{
}

StaffAggregator::~StaffAggregator()
{
    if (m_thread)
        m_thread->wait();
}

void StaffAggregator::request(const QString& databasePath, int minGroup)
{
    m_pending = Request { databasePath, minGroup };
    if (!m_thread)
        startNext();
}

void StaffAggregator::startNext()
{
    const Request request = *m_pending;
    m_pending.reset();
    auto outcome = std::make_shared<Outcome>();
    // aggregateStore() opens its own connection in the worker, as ShareStore requires.
    m_thread = QThread::create([request, outcome] {
        outcome->report
            = aggregateStore(request.databasePath, AggregateOptions { request.minGroup }, &outcome->error);
    });
    m_thread->setObjectName(QStringLiteral("shareAggregate"));
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, this, [this, outcome] {
        m_thread->wait();
        m_thread->deleteLater();
        m_thread = nullptr;
        if (m_pending) {
            startNext(); // this result is already out of date
            return;
        }
        Q_EMIT finished(outcome->report, outcome->error);
    });
    m_thread->start();
}
