#include "queue/BulkActions.h"

#include "app/AppSession.h"
#include "common/ActionRegistry.h"
#include "queue/BulkSummaryDialog.h"
#include "queue/TicketListPane.h"
#include "ticket/StaffPickerDialog.h"
#include "tickets/TicketService.h"

#include <QAction>
#include <QMenu>

namespace helpdesk {

BulkActions::BulkActions(AppSession *session, TicketListPane *list, ActionRegistry *actions,
                         QWidget *window)
    : QObject(window), m_session(session), m_list(list), m_actions(actions), m_window(window),
      m_runner(new BulkRunner(session->tickets(), window, this)),
      m_priorityMenu(actions->createMenu(QStringLiteral("selection.priorityMenu"), window)),
      m_statusMenu(actions->createMenu(QStringLiteral("selection.statusMenu"), window))
{
    setObjectName(QStringLiteral("bulkActions"));
    m_runner->setObjectName(QStringLiteral("bulkRunner"));
    connect(actions->create(QStringLiteral("selection.assign")), &QAction::triggered, this,
            &BulkActions::assign);
    const QList<TicketPriority> priorities = Vocabulary::allPriorities();
    for (auto it = priorities.crbegin(); it != priorities.crend(); ++it) { // urgent first
        const TicketPriority p = *it;
        QAction *action = m_priorityMenu->addAction(Vocabulary::label(p));
        actions->adopt(QStringLiteral("selection.priority.") + Vocabulary::key(p), action);
        connect(action, &QAction::triggered, this, [this, p] { setPriority(p); });
    }
    for (TicketStatus st : Vocabulary::allStatuses()) {
        if (st == TicketStatus::New)
            continue; // nothing goes back to new
        QAction *action = m_statusMenu->addAction(Vocabulary::label(st));
        actions->adopt(QStringLiteral("selection.status.") + Vocabulary::key(st), action);
        connect(action, &QAction::triggered, this, [this, st] { setStatus(st); });
    }
    connect(m_runner, &BulkRunner::finished, this, &BulkActions::onFinished);
}

bool BulkActions::isRunning() const
{
    return m_runner->isRunning();
}

void BulkActions::updateEnabled()
{
    const bool on = m_list->selectedCount() > 0 && m_session->me() && !m_runner->isRunning();
    m_actions->action(QStringLiteral("selection.assign"))->setEnabled(on);
    m_priorityMenu->setEnabled(on);
    m_statusMenu->setEnabled(on);
}

void BulkActions::popupPriorityMenu(const QPoint &globalPos)
{
    m_priorityMenu->popup(globalPos);
}

void BulkActions::assign()
{
    const int count = m_list->selectedCount();
    if (count == 0 || !m_session->me() || m_runner->isRunning())
        return;
    auto *picker = new StaffPickerDialog(m_session, std::nullopt,
                                         tr("Assign %n ticket(s)", nullptr, count), m_window);
    picker->setObjectName(QStringLiteral("bulkStaffPicker"));
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QDialog::accepted, this,
            [this, picker] { assignTo(picker->selectedStaff()); });
    picker->open();
}

void BulkActions::assignTo(std::optional<qint64> staffId)
{
    TicketService *service = m_session->tickets();
    run(tr("Assign tickets"), staffId ? tr("Assigning…") : tr("Unassigning…"),
        [service, staffId](const Ticket &t) { return service->assign(t, staffId); });
}

void BulkActions::setPriority(TicketPriority priority)
{
    TicketService *service = m_session->tickets();
    run(tr("Set priority"), tr("Setting the priority to %1…").arg(Vocabulary::label(priority)),
        [service, priority](const Ticket &t) { return service->setPriority(t, priority); });
}

void BulkActions::setStatus(TicketStatus status)
{
    TicketService *service = m_session->tickets();
    run(tr("Set status"), tr("Setting the status to %1…").arg(Vocabulary::label(status)),
        [service, status](const Ticket &t) { return service->setStatus(t, status); });
}

void BulkActions::run(const QString &what, const QString &label, BulkRunner::Operation operation)
{
    if (!m_session->me() || m_runner->isRunning())
        return;
    QList<BulkRunner::Item> items;
    for (qint64 id : m_list->selectedTicketIds()) {
        BulkRunner::Item item;
        item.id = id;
        item.loaded = m_list->loadedTicket(id);
        items.append(item);
    }
    if (items.isEmpty())
        return;
    m_what = what;
    m_runner->start(label, items, std::move(operation));
}

void BulkActions::onFinished(const BulkRunner::Outcome &outcome)
{
    emit finished();
    if (outcome.failures.isEmpty() && !outcome.cancelled) {
        emit information(tr("%1: changed %n ticket(s).", nullptr, outcome.changed).arg(m_what));
        return;
    }
    auto *summary = new BulkSummaryDialog(m_what, outcome, m_window);
    summary->setAttribute(Qt::WA_DeleteOnClose);
    summary->open();
}

} // namespace helpdesk
