#pragma once
// Runs one ticket change over a selection, one TicketService call per ticket and one ticket
// after another, behind a cancellable progress dialog. Each ticket changes completely or not
// at all (core does that); the runner collects what could not be changed and why.

#include "common/Result.h"
#include "tickets/Ticket.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QProgressDialog>

#include <functional>
#include <optional>

namespace helpdesk {

class TicketService;

class BulkRunner : public QObject
{
    Q_OBJECT
public:
    struct Item
    {
        qint64 id = 0;
        std::optional<Ticket> loaded; // the queue's copy, when the row was loaded
    };
    struct Failure
    {
        qint64 id = 0;
        QString subject;
        QString message;
    };
    struct Outcome
    {
        int total = 0;
        int changed = 0;
        int notAttempted = 0; // left when cancelled
        QList<Failure> failures;
        bool cancelled = false;
    };
    using Operation = std::function<QFuture<Result<Ticket>>(const Ticket &)>;

    BulkRunner(TicketService *service, QWidget *dialogParent, QObject *parent = nullptr);

    // `label` says what is being done ("Setting the priority to High…").
    bool start(const QString &label, QList<Item> items, Operation operation);
    bool isRunning() const { return m_running; }
    // Stops before the next ticket (what the progress dialog's Cancel does).
    void cancel();
    QProgressDialog *progressDialog() const { return m_progress; }

signals:
    void finished(const helpdesk::BulkRunner::Outcome &outcome);

private:
    void next();
    void apply(const Ticket &ticket);
    void record(qint64 id, const QString &subject, const Result<Ticket> &result);
    void done();

    TicketService *m_service;
    QWidget *m_dialogParent;
    QPointer<QProgressDialog> m_progress;
    QList<Item> m_items;
    int m_index = 0;
    Operation m_operation;
    Outcome m_outcome;
    bool m_running = false;
    bool m_cancelRequested = false;
};

} // namespace helpdesk
