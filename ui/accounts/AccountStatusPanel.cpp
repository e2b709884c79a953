#include "accounts/AccountStatusPanel.h"

#include "accounts/AccountActionButtons.h"
#include "accounts/AccountActionDialogs.h"
#include "accounts/AccountFacts.h"
#include "accounts/AccountHeader.h"
#include "accounts/AccountHistoryTabs.h"
#include "accounts/AccountReasonDialog.h"
#include "accounts/AccountRecovery.h"
#include "accounts/AccountService.h"
#include "accounts/AccountWarnings.h"
#include "accounts/ForwardedMailDialog.h"
#include "accounts/IdentityCheckDialog.h"
#include "accounts/LinkConfirmDialog.h"
#include "accounts/LinkPreview.h"
#include "common/ActionCatalog.h"
#include "common/ActionRegistry.h"
#include "common/Futures.h"
#include "common/MessageBar.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace helpdesk {

namespace {
constexpr int ReloadDelayMs = 150;
} // namespace

AccountStatusPanel::AccountStatusPanel(AccountService *service, QWidget *parent)
    : QWidget(parent), m_service(service)
{
    build();
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(ReloadDelayMs);
    connect(&m_reloadTimer, &QTimer::timeout, this, &AccountStatusPanel::reload);
    connect(m_service, &AccountService::accountChanged, this,
            &AccountStatusPanel::onAccountChanged);
    clear();
}

AccountStatusPanel::AccountStatusPanel(AccountService *service, qint64 accountId,
                                       std::optional<qint64> ticketId, QWidget *parent)
    : AccountStatusPanel(service, parent)
{
    setAccount(accountId, ticketId);
}

AccountStatusPanel::~AccountStatusPanel() = default;

// ---- Building -------------------------------------------------------------------------------

void AccountStatusPanel::createActions()
{
    // The panel's own registry: a window that shows the panel includes it.
    m_registry = new ActionRegistry(this);
    m_menu = new QMenu(tr("Account"), this);
    m_menu->setObjectName(QStringLiteral("accountActionMenu"));
    const auto make = [this](AccountAction action, void (AccountStatusPanel::*slot)()) {
        QAction *a = m_registry->create(actionId(action));
        m_actions.insert(int(action), a);
        m_menu->addAction(a);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    make(AccountAction::SendResetLink, &AccountStatusPanel::sendResetLink);
    make(AccountAction::SendActivationLink, &AccountStatusPanel::sendActivationLink);
    m_menu->addSeparator();
    make(AccountAction::LockNow, &AccountStatusPanel::lockNow);
    // Unlock and RequestUnlock share one entry, "Unlock…", which asks a lead when needed.
    m_actions.insert(int(AccountAction::RequestUnlock),
                     make(AccountAction::Unlock, &AccountStatusPanel::unlock));
    make(AccountAction::ApproveUnlock, &AccountStatusPanel::approveUnlock);
    make(AccountAction::RejectUnlock, &AccountStatusPanel::rejectUnlock);
    m_menu->addSeparator();
    make(AccountAction::RecordVerification, &AccountStatusPanel::recordVerification);
    make(AccountAction::MarkEmailVerified, &AccountStatusPanel::markEmailVerified);
    make(AccountAction::RevokeTokens, &AccountStatusPanel::revokeTokens);
    m_menu->addSeparator();
    m_forwardedAction = m_registry->create(QStringLiteral("account.check_forwarded"));
    m_menu->addAction(m_forwardedAction);
    connect(m_forwardedAction, &QAction::triggered, this, &AccountStatusPanel::checkForwardedMail);
}

void AccountStatusPanel::build()
{
    setObjectName(QStringLiteral("accountStatusPanel"));
    setAccessibleName(tr("Customer account"));
    createActions();

    m_pages = new QStackedWidget(this);
    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("accountPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(16);
    m_placeholder->setEnabled(false);
    m_pages->addWidget(m_placeholder);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    m_messages = new MessageBar(content);
    m_messages->setObjectName(QStringLiteral("accountMessageBar"));
    contentLayout->addWidget(m_messages);
    auto *splitter = new QSplitter(Qt::Vertical, content);
    splitter->setObjectName(QStringLiteral("accountSplitter"));
    splitter->setChildrenCollapsible(false);
    contentLayout->addWidget(splitter, 1);

    // The summary, top: the sections one under the other.
    auto *scroll = new QScrollArea(splitter);
    scroll->setObjectName(QStringLiteral("accountSummaryScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *summary = new QWidget(scroll);
    summary->setObjectName(QStringLiteral("accountSummary"));
    auto *layout = new QVBoxLayout(summary);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(8);
    m_header = new AccountHeader(summary);
    m_warnings = new AccountWarnings(summary);
    m_facts = new AccountFacts(summary);
    m_recovery = new AccountRecovery(summary);
    m_buttons = new AccountActionButtons(m_actions, m_forwardedAction, m_menu, summary);
    for (QWidget *section :
         std::initializer_list<QWidget *>{m_header, m_warnings, m_facts, m_recovery, m_buttons})
        layout->addWidget(section);
    layout->addStretch(1);
    scroll->setWidget(summary);
    splitter->addWidget(scroll);
    connect(m_recovery, &AccountRecovery::approveRequested, this,
            &AccountStatusPanel::approveUnlock);
    connect(m_recovery, &AccountRecovery::rejectRequested, this, &AccountStatusPanel::rejectUnlock);

    // The history, bottom.
    m_history = new AccountHistoryTabs(m_service, splitter);
    connect(m_history, &AccountHistoryTabs::errorOccurred, this,
            [this](const QString &message) { m_messages->showMessage(message); });
    splitter->addWidget(m_history);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_pages->addWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);
}

// ---- Showing an account ---------------------------------------------------------------------

void AccountStatusPanel::setAccount(qint64 accountId, std::optional<qint64> ticketId)
{
    if (accountId == m_accountId && ticketId == m_ticketId && accountId > 0)
        return; // already shown; changes arrive through accountChanged (or reload())
    m_accountId = accountId;
    m_ticketId = ticketId;
    m_overview.reset();
    m_messages->hide();
    m_history->setAccount(accountId);
    if (accountId <= 0) {
        clear();
        return;
    }
    m_placeholder->setText(tr("Loading the account…"));
    m_pages->setCurrentWidget(m_placeholder);
    updateActions();
    reload();
}

void AccountStatusPanel::clear()
{
    ++m_generation;
    m_accountId = 0;
    m_ticketId.reset();
    m_overview.reset();
    m_history->setAccount(0);
    m_placeholder->setText(tr("No customer account to show."));
    m_pages->setCurrentWidget(m_placeholder);
    updateActions();
}

void AccountStatusPanel::setStaffDirectory(const QList<Staff> &staff)
{
    m_staffNames.clear();
    for (const Staff &s : staff)
        m_staffNames.insert(s.login, s.displayName);
    if (m_overview)
        showOverview(*m_overview);
}

void AccountStatusPanel::onAccountChanged(qint64 accountId)
{
    if (m_accountId > 0 && (accountId == 0 || accountId == m_accountId))
        m_reloadTimer.start();
}

void AccountStatusPanel::reload()
{
    m_reloadTimer.stop();
    if (m_accountId <= 0)
        return;
    const quint64 generation = ++m_generation;
    const qint64 id = m_accountId;
    whenDone(m_service->overview(id, m_ticketId), this,
             [this, generation, id](const Result<AccountOverview> &o) {
                 if (generation != m_generation)
                     return;
                 if (!o) {
                     if (!m_overview) {
                         m_placeholder->setText(o.error().message);
                         m_pages->setCurrentWidget(m_placeholder);
                     } else {
                         m_messages->showMessage(o.error().message);
                     }
                     return;
                 }
                 showOverview(o.value());
                 emit loaded(id);
             });
    whenDone(m_service->devices(id), this,
             [this, generation](const Result<QList<DeviceSummary>> &d) {
                 if (generation == m_generation && d)
                     m_history->showDevices(d.value());
             });
    whenDone(m_service->changes(id, 100), this,
             [this, generation](const Result<QList<AccountChange>> &c) {
                 if (generation == m_generation && c)
                     m_history->showChanges(c.value());
             });
    m_history->refreshSignIns();
}

QString AccountStatusPanel::displayName() const
{
    if (!m_overview)
        return {};
    const Account &a = m_overview->account;
    return a.displayName.trimmed().isEmpty() ? a.email : a.displayName;
}

void AccountStatusPanel::showOverview(const AccountOverview &o)
{
    m_overview = o;
    m_header->setAccount(displayName(), o.account);
    m_history->setFlaggedSignIns(m_warnings->setOverview(o, m_staffNames));
    m_facts->setOverview(o);
    m_recovery->setOverview(o);
    m_history->showTokens(o.tokens);
    m_pages->setCurrentIndex(1);
    updateActions();
}

// ---- Actions --------------------------------------------------------------------------------

std::optional<ActionAvailability> AccountStatusPanel::availability(AccountAction action) const
{
    if (!m_overview)
        return std::nullopt;
    for (const ActionAvailability &a : m_overview->actions)
        if (a.action == action)
            return a;
    return std::nullopt;
}

AccountAction AccountStatusPanel::unlockKind() const
{
    if (m_overview && m_overview->lockCause == LockCause::Security)
        return AccountAction::RequestUnlock;
    return AccountAction::Unlock;
}

QString AccountStatusPanel::unavailableReason(AccountAction action) const
{
    if (!isLoaded())
        return tr("The account is still loading.");
    if (action == AccountAction::Unlock || action == AccountAction::RequestUnlock)
        action = unlockKind();
    if (auto a = availability(action))
        return a->available ? QString() : a->reason;
    // No answer for this staff member: say who may act.
    if (auto allowed = AccountPermissions::check(m_service->actor(), action); !allowed)
        return allowed.error().message;
    return tr("Not available.");
}

void AccountStatusPanel::updateActions()
{
    const bool loaded = isLoaded();
    m_actions.value(int(AccountAction::Unlock))
        ->setText(unlockKind() == AccountAction::RequestUnlock
                      ? tr("Request &Unlock…")
                      : ActionCatalog::get(u"account.unlock").text);
    QHash<int, AccountActionState> states;
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        const auto action = AccountAction(it.key());
        if (action == AccountAction::RequestUnlock)
            continue; // the same entry as Unlock
        QAction *qa = it.value();
        AccountActionState state;
        state.reason = loaded ? unavailableReason(action) : QString();
        state.enabled = loaded && !m_busy && state.reason.isEmpty();
        state.text = QString(qa->text()).remove(u'&');
        const QString keys = qa->shortcut().toString(QKeySequence::NativeText);
        const QString description =
            AccountActionKeys::label(action == AccountAction::Unlock ? unlockKind() : action);
        state.toolTip = !state.reason.isEmpty() ? state.reason
                        : keys.isEmpty()        ? description
                                                : tr("%1 (%2)").arg(description, keys);
        qa->setEnabled(state.enabled);
        qa->setToolTip(state.toolTip);
        states.insert(int(action), state);
    }
    for (AccountAction a : AccountActionButtons::order())
        m_buttons->setState(a, states.value(int(a)));
    m_recovery->setDecisionState(states.value(int(AccountAction::ApproveUnlock)),
                                 states.value(int(AccountAction::RejectUnlock)));
    m_forwardedAction->setEnabled(true);
}

void AccountStatusPanel::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    updateActions();
    emit busyChanged(busy);
}

void AccountStatusPanel::keep(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AccountStatusPanel::run(AccountAction action, QFuture<Result<AccountActionResult>> future)
{
    setBusy(true);
    m_messages->hide();
    whenDone(future, this, [this, action](const Result<AccountActionResult> &r) {
        setBusy(false);
        if (r) {
            m_messages->showMessage(r->summary, MessageBar::Kind::Information);
            emit actionFinished(action, true, r->summary);
        } else {
            m_messages->showMessage(r.error().message);
            emit actionFinished(action, false, r.error().message);
        }
        // The account may have moved either way (a refusal often means someone else acted).
        m_reloadTimer.start();
    });
}

bool AccountStatusPanel::canRun(AccountAction a) const
{
    return action(a)->isEnabled() && m_overview.has_value();
}

void AccountStatusPanel::sendResetLink()
{
    sendLink(AccountAction::SendResetLink, TokenKind::Reset);
}

void AccountStatusPanel::sendActivationLink()
{
    sendLink(AccountAction::SendActivationLink, TokenKind::Activation);
}

void AccountStatusPanel::sendLink(AccountAction a, TokenKind kind)
{
    // A link mails the customer and replaces the links they have: say so and ask first. One
    // question at a time, however often the shortcut is pressed.
    if (!canRun(a) || m_askingLink)
        return;
    m_askingLink = true;
    LinkConfirmDialog::ask(
        m_service, kind, m_overview->account, displayName(), m_ticketId, this,
        [this, a, kind, id = m_accountId](LinkConfirmDialog *dialog) {
            connect(dialog, &QDialog::finished, this, [this] { m_askingLink = false; });
            connect(dialog, &QDialog::accepted, this, [this, a, kind, id, dialog] {
                const std::optional<qint64> ticket = dialog->ticketId();
                run(a, kind == TokenKind::Reset ? m_service->sendResetLink(id, ticket)
                                                : m_service->sendActivationLink(id, ticket));
            });
        },
        [this](const QString &message) {
            m_askingLink = false;
            m_messages->showMessage(message);
        });
}

void AccountStatusPanel::lockNow()
{
    if (!canRun(AccountAction::LockNow) || m_askingLink)
        return;
    if (m_ticketId) {
        AccountReasonDialog *dialog = AccountActionDialogs::lock(*m_overview, displayName(), this);
        connect(dialog, &QDialog::accepted, this,
                [this, dialog, id = m_accountId, ticket = m_ticketId] {
                    run(AccountAction::LockNow, m_service->lockNow(id, dialog->text(), ticket));
                });
        keep(dialog);
        return;
    }
    // Outside a ticket (Find Account): ask which of the customer's open tickets records it.
    m_askingLink = true;
    whenDone(m_service->linkPreview(m_accountId, TokenKind::Reset), this,
             [this, id = m_accountId](const Result<LinkPreview> &preview) {
                 m_askingLink = false;
                 if (!preview) {
                     m_messages->showMessage(preview.error().message);
                     return;
                 }
                 if (!m_overview || m_accountId != id)
                     return;
                 QList<std::pair<qint64, QString>> tickets;
                 for (const LinkPreview::TicketRef &t : preview.value().openTickets)
                     tickets.append({t.id, t.subject});
                 AccountReasonDialog *dialog =
                     AccountActionDialogs::lock(*m_overview, displayName(), this, true, tickets);
                 connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
                     run(AccountAction::LockNow,
                         m_service->lockNow(id, dialog->text(), dialog->ticketId()));
                 });
                 keep(dialog);
             });
}

void AccountStatusPanel::unlock()
{
    if (!canRun(AccountAction::Unlock) || !m_ticketId)
        return;
    const qint64 id = m_accountId;
    const qint64 ticket = *m_ticketId;
    if (unlockKind() == AccountAction::RequestUnlock) {
        AccountReasonDialog *dialog =
            AccountActionDialogs::requestUnlock(m_overview->account, ticket, this);
        connect(dialog, &QDialog::accepted, this, [this, dialog, id, ticket] {
            run(AccountAction::RequestUnlock, m_service->requestUnlock(id, ticket, dialog->text()));
        });
        keep(dialog);
        return;
    }
    AccountReasonDialog *dialog = AccountActionDialogs::unlock(displayName(), this);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id, ticket] {
        run(AccountAction::Unlock, m_service->unlock(id, ticket, dialog->text()));
    });
    keep(dialog);
}

void AccountStatusPanel::approveUnlock()
{
    if (!canRun(AccountAction::ApproveUnlock) || !m_overview->pendingUnlock)
        return;
    AccountReasonDialog *dialog = AccountActionDialogs::approveUnlock(*m_overview, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id = m_overview->pendingUnlock->id] {
        run(AccountAction::ApproveUnlock, m_service->approveUnlock(id, dialog->text()));
    });
    keep(dialog);
}

void AccountStatusPanel::rejectUnlock()
{
    if (!canRun(AccountAction::RejectUnlock) || !m_overview->pendingUnlock)
        return;
    AccountReasonDialog *dialog = AccountActionDialogs::rejectUnlock(*m_overview, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id = m_overview->pendingUnlock->id] {
        run(AccountAction::RejectUnlock, m_service->rejectUnlock(id, dialog->text()));
    });
    keep(dialog);
}

void AccountStatusPanel::revokeTokens()
{
    if (!action(AccountAction::RevokeTokens)->isEnabled())
        return;
    run(AccountAction::RevokeTokens, m_service->revokeTokens(m_accountId, m_ticketId));
}

void AccountStatusPanel::markEmailVerified()
{
    if (!action(AccountAction::MarkEmailVerified)->isEnabled() || !m_ticketId)
        return;
    run(AccountAction::MarkEmailVerified, m_service->markEmailVerified(m_accountId, *m_ticketId));
}

void AccountStatusPanel::recordVerification()
{
    if (!canRun(AccountAction::RecordVerification) || !m_ticketId)
        return;
    keep(new IdentityCheckDialog(m_service, *m_ticketId, m_overview->account, this));
}

void AccountStatusPanel::checkForwardedMail()
{
    keep(new ForwardedMailDialog(m_service, this, m_ticketId));
}

QAction *AccountStatusPanel::action(AccountAction action) const
{
    return m_actions.value(int(action));
}

QString AccountStatusPanel::actionId(AccountAction action)
{
    return QStringLiteral("account.") + AccountActionKeys::key(action);
}

} // namespace helpdesk
