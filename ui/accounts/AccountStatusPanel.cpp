#include "accounts/AccountStatusPanel.h"

#include "accounts/AccountReasonDialog.h"
#include "accounts/AccountService.h"
#include "accounts/AccountStatusBadge.h"
#include "accounts/ForwardedMailDialog.h"
#include "accounts/IdentityCheckDialog.h"
#include "accounts/LoginEventModel.h"
#include "common/ActionCatalog.h"
#include "common/ActionRegistry.h"
#include "common/Futures.h"
#include "common/MessageBar.h"
#include "common/TimeText.h"
#include "tickets/Ticket.h"

#include <QAction>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace helpdesk {

namespace {

constexpr int ReloadDelayMs = 150;

// The actions in the order of the buttons.
const QList<AccountAction> &buttonOrder()
{
    static const QList<AccountAction> order = {
        AccountAction::SendResetLink,
        AccountAction::SendActivationLink,
        AccountAction::LockNow,
        AccountAction::Unlock,
        AccountAction::RecordVerification,
        AccountAction::MarkEmailVerified,
        AccountAction::RevokeTokens,
    };
    return order;
}

QString when(const QDateTime &dt)
{
    return dt.isValid() ? QLocale().toString(dt.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString ago(const QDateTime &dt)
{
    const qint64 ms = dt.msecsTo(QDateTime::currentDateTimeUtc());
    if (ms < 0)
        return when(dt);
    return AccountStatusPanel::tr("%1 (%2 ago)").arg(when(dt), TimeText::duration(ms));
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QColor tokenColor(TokenState state)
{
    switch (state) {
    case TokenState::Issued:
        return QColor(0x1d, 0x5f, 0xc4);
    case TokenState::Sent:
        return QColor(0x0e, 0x76, 0x6e);
    case TokenState::Used:
        return QColor(0x1b, 0x7a, 0x3d);
    case TokenState::Expired:
        return QColor(0x6b, 0x72, 0x80);
    case TokenState::Revoked:
        return QColor(0x9a, 0x34, 0x12);
    }
    return {};
}

QFrame *box(const QString &name, const QString &background, const QString &border,
            const QString &accent, QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(name);
    frame->setStyleSheet(QStringLiteral("QFrame#%1 { background: %2; border: 1px solid %3; "
                                        "border-left: 4px solid %4; border-radius: 4px; }")
                             .arg(name, background, border, accent));
    return frame;
}

QLabel *richLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString plain(const QLabel *label)
{
    if (!label || label->isHidden())
        return {};
    if (label->textFormat() == Qt::PlainText)
        return label->text();
    return QTextDocumentFragment::fromHtml(label->text()).toPlainText();
}

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

    // The summary, top.
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

    auto *header = new QHBoxLayout;
    auto *who = new QVBoxLayout;
    who->setSpacing(1);
    m_name = new QLabel(summary);
    m_name->setObjectName(QStringLiteral("accountName"));
    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    m_name->setFont(nameFont);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_email = new QLabel(summary);
    m_email->setObjectName(QStringLiteral("accountEmail"));
    m_email->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_email->setForegroundRole(QPalette::PlaceholderText);
    who->addWidget(m_name);
    who->addWidget(m_email);
    header->addLayout(who, 1);
    m_badge = new AccountStatusBadge(summary);
    header->addWidget(m_badge, 0, Qt::AlignTop);
    layout->addLayout(header);

    // Why it is locked or suspended.
    m_lockBox = box(QStringLiteral("accountLockBox"), QStringLiteral("#fdf1f0"),
                    QStringLiteral("#f2b8b2"), QStringLiteral("#c0261f"), summary);
    auto *lockLayout = new QVBoxLayout(m_lockBox);
    lockLayout->setContentsMargins(10, 7, 10, 7);
    lockLayout->setSpacing(3);
    m_lockTitle = new QLabel(m_lockBox);
    m_lockTitle->setObjectName(QStringLiteral("accountLockTitle"));
    QFont boldFont = m_lockTitle->font();
    boldFont.setBold(true);
    m_lockTitle->setFont(boldFont);
    m_lockTitle->setStyleSheet(QStringLiteral("color: #8f1d16;"));
    m_lockDetail = richLabel(m_lockBox, QStringLiteral("accountLockDetail"));
    lockLayout->addWidget(m_lockTitle);
    lockLayout->addWidget(m_lockDetail);
    layout->addWidget(m_lockBox);

    // Suspicious activity.
    m_flagBox = box(QStringLiteral("accountFlagBox"), QStringLiteral("#fff6e5"),
                    QStringLiteral("#f3cf8c"), QStringLiteral("#d97706"), summary);
    auto *flagLayout = new QVBoxLayout(m_flagBox);
    flagLayout->setContentsMargins(10, 7, 10, 7);
    flagLayout->setSpacing(3);
    m_flagTitle = new QLabel(m_flagBox);
    m_flagTitle->setObjectName(QStringLiteral("accountFlagTitle"));
    m_flagTitle->setFont(boldFont);
    m_flagTitle->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    m_flagList = richLabel(m_flagBox, QStringLiteral("accountFlagList"));
    flagLayout->addWidget(m_flagTitle);
    flagLayout->addWidget(m_flagList);
    layout->addWidget(m_flagBox);

    // The facts.
    m_form = new QFormLayout;
    m_form->setHorizontalSpacing(12);
    m_form->setVerticalSpacing(3);
    m_form->setLabelAlignment(Qt::AlignLeft);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto field = [this, summary](const QString &label, const QString &name) {
        auto *caption = new QLabel(label, summary);
        caption->setForegroundRole(QPalette::PlaceholderText);
        auto *value = new QLabel(summary);
        value->setObjectName(name);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        caption->setBuddy(value);
        m_form->addRow(caption, value);
        return value;
    };
    m_mfa = field(tr("Two-step sign-in"), QStringLiteral("accountMfa"));
    m_lastSignIn = field(tr("Last sign-in"), QStringLiteral("accountLastSignIn"));
    m_failed = field(tr("Failed sign-ins (24 h)"), QStringLiteral("accountFailed24h"));
    m_created = field(tr("Account created"), QStringLiteral("accountCreated"));
    m_verified = field(tr("Email verified"), QStringLiteral("accountEmailVerified"));
    m_phone = field(tr("Phone"), QStringLiteral("accountPhone"));
    layout->addLayout(m_form);

    // The recovery checklist on the ticket.
    m_verificationBox = box(QStringLiteral("accountVerificationBox"), QStringLiteral("#f4f6fa"),
                            QStringLiteral("#d0d5dd"), QStringLiteral("#667085"), summary);
    auto *verificationLayout = new QVBoxLayout(m_verificationBox);
    verificationLayout->setContentsMargins(10, 6, 10, 6);
    m_verification = richLabel(m_verificationBox, QStringLiteral("accountVerification"));
    verificationLayout->addWidget(m_verification);
    layout->addWidget(m_verificationBox);

    // A pending request to lift a security lock.
    m_requestBox = box(QStringLiteral("accountRequestBox"), QStringLiteral("#eef4ff"),
                       QStringLiteral("#b2ccff"), QStringLiteral("#2e5aac"), summary);
    auto *requestLayout = new QVBoxLayout(m_requestBox);
    requestLayout->setContentsMargins(10, 7, 10, 7);
    requestLayout->setSpacing(4);
    m_request = richLabel(m_requestBox, QStringLiteral("accountUnlockRequest"));
    requestLayout->addWidget(m_request);
    auto *decide = new QHBoxLayout;
    m_approveButton = new QPushButton(tr("Approve…"), m_requestBox);
    m_approveButton->setObjectName(QStringLiteral("button_approve_unlock"));
    m_rejectButton = new QPushButton(tr("Turn Down…"), m_requestBox);
    m_rejectButton->setObjectName(QStringLiteral("button_reject_unlock"));
    connect(m_approveButton, &QPushButton::clicked, this, &AccountStatusPanel::approveUnlock);
    connect(m_rejectButton, &QPushButton::clicked, this, &AccountStatusPanel::rejectUnlock);
    m_buttons.insert(int(AccountAction::ApproveUnlock), m_approveButton);
    m_buttons.insert(int(AccountAction::RejectUnlock), m_rejectButton);
    decide->addWidget(m_approveButton);
    decide->addWidget(m_rejectButton);
    decide->addStretch(1);
    requestLayout->addLayout(decide);
    m_requestReason = new QLabel(m_requestBox);
    m_requestReason->setObjectName(QStringLiteral("reason_approve_unlock"));
    m_requestReason->setWordWrap(true);
    m_requestReason->setStyleSheet(QStringLiteral("color: #475467;"));
    requestLayout->addWidget(m_requestReason);
    m_reasons.insert(int(AccountAction::ApproveUnlock), m_requestReason);
    layout->addWidget(m_requestBox);

    // The actions.
    auto *actionsHeader = new QHBoxLayout;
    auto *actionsCaption = new QLabel(tr("Actions"), summary);
    actionsCaption->setFont(boldFont);
    actionsHeader->addWidget(actionsCaption, 1);
    auto *more = new QToolButton(summary);
    more->setObjectName(QStringLiteral("accountMoreActions"));
    more->setText(tr("All Actions"));
    more->setMenu(m_menu);
    more->setPopupMode(QToolButton::InstantPopup);
    more->setAutoRaise(true);
    actionsHeader->addWidget(more);
    layout->addLayout(actionsHeader);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(6);
    int i = 0;
    for (AccountAction a : buttonOrder()) {
        auto *button = new QPushButton(summary);
        button->setObjectName(QStringLiteral("button_") + AccountActionKeys::key(a));
        QAction *action = m_actions.value(int(a));
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        m_buttons.insert(int(a), button);
        grid->addWidget(button, i / 2, i % 2);
        ++i;
    }
    auto *forwarded = new QPushButton(summary);
    forwarded->setObjectName(QStringLiteral("button_check_forwarded"));
    forwarded->setText(tr("Check Forwarded Email…"));
    forwarded->setToolTip(m_forwardedAction->toolTip());
    connect(forwarded, &QPushButton::clicked, m_forwardedAction, &QAction::trigger);
    grid->addWidget(forwarded, i / 2, i % 2);
    layout->addLayout(grid);

    // Why the disabled ones are disabled: one visible line each.
    auto *reasons = new QVBoxLayout;
    reasons->setSpacing(2);
    for (AccountAction a : buttonOrder()) {
        auto *reason = new QLabel(summary);
        reason->setObjectName(QStringLiteral("reason_") + AccountActionKeys::key(a));
        reason->setWordWrap(true);
        reason->setTextFormat(Qt::RichText);
        reason->setStyleSheet(QStringLiteral("color: #475467;"));
        QFont small = reason->font();
        small.setPointSizeF(small.pointSizeF() * 0.92);
        reason->setFont(small);
        reason->hide();
        reasons->addWidget(reason);
        m_reasons.insert(int(a), reason);
    }
    layout->addLayout(reasons);
    layout->addStretch(1);
    scroll->setWidget(summary);
    splitter->addWidget(scroll);

    // The history, bottom.
    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(QStringLiteral("accountTabs"));
    m_tabs->setDocumentMode(true);

    auto *signIns = new QWidget(m_tabs);
    auto *signInLayout = new QVBoxLayout(signIns);
    signInLayout->setContentsMargins(0, 4, 0, 0);
    signInLayout->setSpacing(4);
    m_logins = new LoginEventModel(m_service, this);
    m_loginView = new QTableView(signIns);
    m_loginView->setObjectName(QStringLiteral("accountLoginView"));
    m_loginView->setModel(m_logins);
    m_loginView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_loginView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_loginView->setAlternatingRowColors(true);
    m_loginView->setWordWrap(false);
    m_loginView->verticalHeader()->hide();
    m_loginView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_loginView->horizontalHeader()->setStretchLastSection(true);
    m_loginView->horizontalHeader()->setHighlightSections(false);
    // Wide enough for typical values (the history loads lazily, so no measuring of rows).
    const QFontMetrics fm = m_loginView->fontMetrics();
    const auto width = [&fm](const QStringList &samples) {
        int w = 0;
        for (const QString &sample : samples)
            w = qMax(w, fm.horizontalAdvance(sample));
        return w + 18;
    };
    m_loginView->setColumnWidth(
        LoginEventModel::Time,
        width({QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(12, 59)),
                                  QLocale::ShortFormat)}));
    m_loginView->setColumnWidth(LoginEventModel::Outcome, width({tr("Success"), tr("Failed")}));
    m_loginView->setColumnWidth(LoginEventModel::Device, width({QStringLiteral("Windows laptop")}));
    m_loginView->setColumnWidth(LoginEventModel::Browser, width({QStringLiteral("Firefox")}));
    m_loginView->setColumnWidth(LoginEventModel::Ip, width({QStringLiteral("203.0.113.255")}));
    signInLayout->addWidget(m_loginView, 1);
    auto *footer = new QHBoxLayout;
    footer->setContentsMargins(6, 0, 6, 4);
    m_loginFooter = new QLabel(signIns);
    m_loginFooter->setObjectName(QStringLiteral("accountLoginFooter"));
    m_loginFooter->setForegroundRole(QPalette::PlaceholderText);
    m_loadOlder = new QPushButton(tr("Load Older"), signIns);
    m_loadOlder->setObjectName(QStringLiteral("accountLoadOlder"));
    connect(m_loadOlder, &QPushButton::clicked, this, [this] { m_logins->fetchMore({}); });
    footer->addWidget(m_loginFooter, 1);
    footer->addWidget(m_loadOlder);
    signInLayout->addLayout(footer);
    const auto updateFooter = [this] {
        const int rows = m_logins->rowCount();
        if (m_logins->isLoading())
            m_loginFooter->setText(tr("Loading sign-ins…"));
        else if (rows == 0)
            m_loginFooter->setText(tr("No sign-ins recorded."));
        else if (m_logins->isComplete())
            m_loginFooter->setText(tr("All %n sign-in(s) shown, newest first.", nullptr, rows));
        else
            m_loginFooter->setText(tr("The latest %n sign-in(s), newest first.", nullptr, rows));
        m_loadOlder->setEnabled(m_logins->canFetchMore({}));
    };
    connect(m_logins, &LoginEventModel::loadingChanged, this, updateFooter);
    connect(m_logins, &LoginEventModel::pageLoaded, this, updateFooter);
    connect(m_logins, &QAbstractItemModel::modelReset, this, updateFooter);
    connect(m_logins, &LoginEventModel::errorOccurred, this,
            [this](const QString &message) { m_messages->showMessage(message); });
    m_tabs->addTab(signIns, tr("Sign-ins"));

    const auto tree = [this](const QString &name, const QStringList &headers) {
        auto *t = new QTreeWidget(m_tabs);
        t->setObjectName(name);
        t->setRootIsDecorated(false);
        t->setAlternatingRowColors(true);
        t->setHeaderLabels(headers);
        t->setFrameShape(QFrame::NoFrame);
        t->header()->setStretchLastSection(true);
        return t;
    };
    m_devices = tree(QStringLiteral("accountDevices"),
                     {tr("Device"), tr("Browser"), tr("First seen"), tr("Last seen"),
                      tr("Sign-ins"), tr("Last country")});
    m_tabs->addTab(m_devices, tr("Devices"));
    m_tokens = tree(QStringLiteral("accountTokens"),
                    {tr("Link"), tr("State"), tr("Issued"), tr("By"), tr("Expires"), tr("Mail")});
    m_tabs->addTab(m_tokens, tr("Links"));
    m_changes = tree(QStringLiteral("accountChanges"), {tr("When"), tr("Who"), tr("What")});
    m_tabs->addTab(m_changes, tr("Changes"));
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_tabs->setMinimumHeight(fontMetrics().lineSpacing() * 9);

    m_pages->addWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);
    updateFooter();
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
    m_logins->setAccount(accountId);
    m_devices->clear();
    m_tokens->clear();
    m_changes->clear();
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
    m_logins->setAccount(0);
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

QString AccountStatusPanel::staffName(const QString &login) const
{
    const QString name = m_staffNames.value(login);
    return name.isEmpty() ? login : tr("%1 (%2)").arg(name, login);
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
                     showDevices(d.value());
             });
    whenDone(m_service->changes(id, 100), this,
             [this, generation](const Result<QList<AccountChange>> &c) {
                 if (generation == m_generation && c)
                     showChanges(c.value());
             });
    m_logins->refresh();
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
    const Account &a = o.account;
    m_name->setText(displayName());
    m_email->setText(a.email);
    m_badge->setStatus(a.status);

    // Locked or suspended: why, by whom, since when.
    if (a.status == AccountStatus::Locked || a.status == AccountStatus::Suspended) {
        m_lockTitle->setText(a.status == AccountStatus::Locked ? LockCauses::label(o.lockCause)
                                                               : tr("Suspended"));
        QStringList lines;
        if (!a.lockReason.isEmpty())
            lines << tr("Reason: <b>%1</b>").arg(esc(a.lockReason));
        QString by;
        if (a.lockedBy.compare(QLatin1String(Account::SystemLocker), Qt::CaseInsensitive) == 0)
            by = tr("the platform's automatic lockout");
        else if (!a.lockedBy.isEmpty())
            by = staffName(a.lockedBy);
        if (!by.isEmpty() && a.lockedAt.isValid())
            lines << tr("By %1 · %2").arg(esc(by), esc(when(a.lockedAt)));
        else if (!by.isEmpty())
            lines << tr("By %1").arg(esc(by));
        else if (a.lockedAt.isValid())
            lines << esc(when(a.lockedAt));
        if (o.lockCause == LockCause::Security)
            lines << tr("<i>Lifting this lock needs a team lead's approval.</i>");
        else if (o.lockCause == LockCause::FailedSignIns)
            lines << tr("<i>An agent may lift it after verifying the customer's identity.</i>");
        m_lockDetail->setText(lines.join(QStringLiteral("<br/>")));
        m_lockBox->show();
    } else {
        m_lockBox->hide();
    }

    // Suspicious activity, newest first.
    if (!o.flags.isEmpty()) {
        m_flagTitle->setText(tr("⚠ Suspicious activity (%1)").arg(o.flags.size()));
        QStringList items;
        QSet<qint64> flagged;
        for (const SuspiciousFlag &f : o.flags) {
            items << tr("<b>%1</b> · %2<br/>%3")
                         .arg(esc(SuspicionKinds::label(f.kind)), esc(when(f.at)), esc(f.reason));
            for (qint64 id : f.eventIds)
                flagged.insert(id);
        }
        m_flagList->setText(items.join(QStringLiteral("<br/><br/>")));
        m_flagBox->show();
        m_logins->setFlaggedEvents(flagged);
    } else {
        m_flagBox->hide();
        m_logins->setFlaggedEvents({});
    }

    m_mfa->setText(a.mfaEnabled
                       ? tr("On · %1").arg(a.mfaMethod.isEmpty() ? tr("method not recorded")
                                                                 : mfaMethodLabel(a.mfaMethod))
                       : tr("Off"));
    m_lastSignIn->setText(a.lastLoginAt.isValid() ? ago(a.lastLoginAt) : tr("Never"));
    m_failed->setText(QLocale().toString(o.failedSignIns24h));
    m_failed->setStyleSheet(
        o.failedSignIns24h >= 5 ? QStringLiteral("color: #b42318; font-weight: bold;") : QString());
    m_created->setText(when(a.createdAt));
    m_verified->setText(a.emailVerified ? tr("Yes") : tr("No"));
    m_verified->setStyleSheet(a.emailVerified ? QString() : QStringLiteral("color: #b54708;"));
    m_phone->setText(a.phone.isEmpty() ? tr("None registered") : tr("Registered"));

    // Identity verification on the ticket.
    if (o.ticketId && o.verification) {
        const VerificationState &v = *o.verification;
        QString text;
        if (v.passed)
            text = tr("<b style=\"color:#14532d\">✔ Identity verified on %1</b><br/>%2")
                       .arg(esc(ticketNumberText(*o.ticketId)), esc(v.summary));
        else
            text = tr("<b>Identity verification on %1</b><br/>%2")
                       .arg(esc(ticketNumberText(*o.ticketId)), esc(v.summary));
        m_verification->setText(text);
        m_verificationBox->show();
    } else {
        m_verificationBox->hide();
    }

    // A pending unlock request.
    if (o.pendingUnlock) {
        const UnlockRequest &r = *o.pendingUnlock;
        QString text = tr("<b>Unlock requested</b> by %1 · %2")
                           .arg(esc(r.requestedByName), esc(when(r.requestedAt)));
        if (!r.reason.isEmpty())
            text += QStringLiteral("<br/>“%1”").arg(esc(r.reason));
        if (r.ticketId)
            text += QStringLiteral("<br/>") +
                    tr("On %1. A team lead other than %2 decides.")
                        .arg(esc(ticketNumberText(*r.ticketId)), esc(r.requestedByName));
        else
            text += QStringLiteral("<br/>") +
                    tr("A team lead other than %1 decides.").arg(esc(r.requestedByName));
        m_request->setText(text);
        m_requestBox->show();
    } else {
        m_requestBox->hide();
    }

    // The links, newest first (never a token: there is none to show).
    m_tokens->clear();
    for (const TokenInfo &t : o.tokens) {
        auto *item = new QTreeWidgetItem(m_tokens);
        item->setText(0, TokenKinds::label(t.kind));
        item->setText(1, TokenStates::label(t.state));
        item->setForeground(1, tokenColor(t.state));
        QFont f = item->font(1);
        f.setBold(true);
        item->setFont(1, f);
        QString stateTip;
        if (t.state == TokenState::Used)
            stateTip = tr("Used %1").arg(when(t.usedAt));
        else if (t.state == TokenState::Revoked)
            stateTip =
                tr("Revoked %1: %2").arg(when(t.revokedAt), RevokeReasons::label(t.revokeReason));
        else if (t.state == TokenState::Expired)
            stateTip = tr("Expired %1").arg(when(t.expiresAt));
        item->setToolTip(1, stateTip);
        item->setText(2, when(t.issuedAt));
        item->setText(3, t.issuedByName);
        item->setText(4, when(t.expiresAt));
        QString mail;
        if (t.mailAcceptedAt.isValid())
            mail = tr("Accepted by the relay %1").arg(when(t.mailAcceptedAt));
        else if (t.mailStatus)
            mail = OutboxStatuses::label(*t.mailStatus);
        item->setText(5, mail);
        item->setToolTip(5, t.messageId.isEmpty() ? mail
                                                  : tr("%1\nMessage-ID %2").arg(mail, t.messageId));
    }
    for (int c = 0; c < 5; ++c)
        m_tokens->resizeColumnToContents(c);
    m_tabs->setTabText(m_tabs->indexOf(m_tokens),
                       o.tokens.isEmpty() ? tr("Links") : tr("Links (%1)").arg(o.tokens.size()));

    m_pages->setCurrentIndex(1);
    updateActions();
}

void AccountStatusPanel::showDevices(const QList<DeviceSummary> &devices)
{
    m_devices->clear();
    for (const DeviceSummary &d : devices) {
        auto *item = new QTreeWidgetItem(m_devices);
        item->setText(0, d.device);
        item->setText(1, d.browser);
        item->setText(2, when(d.firstSeen));
        item->setText(3, when(d.lastSeen));
        item->setText(4, tr("%1 of %2").arg(d.successes).arg(d.signIns));
        item->setToolTip(4, tr("%1 successful of %2 attempts").arg(d.successes).arg(d.signIns));
        item->setText(5, d.lastCountry);
    }
    for (int c = 0; c < 5; ++c)
        m_devices->resizeColumnToContents(c);
    m_tabs->setTabText(m_tabs->indexOf(m_devices), tr("Devices (%1)").arg(devices.size()));
}

void AccountStatusPanel::showChanges(const QList<AccountChange> &changes)
{
    m_changes->clear();
    for (const AccountChange &c : changes) {
        auto *item = new QTreeWidgetItem(m_changes);
        item->setText(0, when(c.at));
        item->setText(1, c.staffName.isEmpty() ? c.actor : c.staffName);
        item->setText(2, c.description());
        item->setToolTip(2, c.description());
    }
    for (int c = 0; c < 2; ++c)
        m_changes->resizeColumnToContents(c);
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
    QSet<QAction *> done;
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        auto action = AccountAction(it.key());
        QAction *qa = it.value();
        if (done.contains(qa))
            continue;
        done.insert(qa);
        if (action == AccountAction::RequestUnlock)
            action = AccountAction::Unlock;
        const QString reason = loaded ? unavailableReason(action) : QString();
        const bool enabled = loaded && !m_busy && reason.isEmpty();
        qa->setEnabled(enabled);
        const QString keys = qa->shortcut().toString(QKeySequence::NativeText);
        const QString description =
            AccountActionKeys::label(action == AccountAction::Unlock ? unlockKind() : action);
        qa->setToolTip(!reason.isEmpty() ? reason
                       : keys.isEmpty()  ? description
                                         : tr("%1 (%2)").arg(description, keys));
        if (QPushButton *button = m_buttons.value(int(action))) {
            if (action != AccountAction::ApproveUnlock && action != AccountAction::RejectUnlock)
                button->setText(QString(qa->text()).remove(u'&'));
            button->setEnabled(enabled);
            button->setToolTip(qa->toolTip());
        }
        if (QLabel *line = m_reasons.value(int(action))) {
            const bool show = loaded && !reason.isEmpty();
            if (action == AccountAction::ApproveUnlock)
                line->setText(reason);
            else
                line->setText(
                    QStringLiteral("<b>%1:</b> %2")
                        .arg(esc(QString(qa->text()).remove(u'&').remove(u'…')), esc(reason)));
            line->setVisible(show);
        }
    }
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

QDialog *AccountStatusPanel::keep(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->open();
    return dialog;
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

void AccountStatusPanel::sendResetLink()
{
    if (!action(AccountAction::SendResetLink)->isEnabled())
        return;
    run(AccountAction::SendResetLink, m_service->sendResetLink(m_accountId, m_ticketId));
}

void AccountStatusPanel::sendActivationLink()
{
    if (!action(AccountAction::SendActivationLink)->isEnabled())
        return;
    run(AccountAction::SendActivationLink, m_service->sendActivationLink(m_accountId, m_ticketId));
}

void AccountStatusPanel::lockNow()
{
    if (!action(AccountAction::LockNow)->isEnabled() || !m_overview)
        return;
    int outstanding = 0;
    for (const TokenInfo &t : m_overview->tokens)
        if (t.state == TokenState::Issued || t.state == TokenState::Sent)
            ++outstanding;
    AccountReasonDialog::Options o;
    o.title = tr("Lock Account");
    o.heading = tr("Lock %1's account now?").arg(displayName());
    o.explanation =
        tr("Nobody can sign in to %1 until the lock is lifted. %2The customer is told by email. "
           "Lifting this lock later needs a team lead's approval.")
            .arg(m_overview->account.email,
                 outstanding > 0 ? tr("%n outstanding link(s) stop working. ", nullptr, outstanding)
                                 : QString());
    o.fieldLabel = tr("&Reason (required, recorded on the account and the ticket):");
    o.placeholder = tr("Why the account must be locked");
    o.acceptText = tr("Lock Now");
    o.destructive = true;
    o.suggestions = {tr("Customer reported a compromise"), tr("Sign-in from an unknown country"),
                     tr("Customer asked us to lock it")};
    auto *dialog = new AccountReasonDialog(o, this);
    dialog->setObjectName(QStringLiteral("lockDialog"));
    const qint64 id = m_accountId;
    const std::optional<qint64> ticket = m_ticketId;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id, ticket] {
        run(AccountAction::LockNow, m_service->lockNow(id, dialog->text(), ticket));
    });
    keep(dialog);
}

void AccountStatusPanel::unlock()
{
    if (!action(AccountAction::Unlock)->isEnabled() || !m_overview || !m_ticketId)
        return;
    const qint64 id = m_accountId;
    const qint64 ticket = *m_ticketId;
    const Account &a = m_overview->account;
    AccountReasonDialog::Options o;
    if (unlockKind() == AccountAction::RequestUnlock) {
        o.title = tr("Request Unlock");
        o.heading = tr("Ask a team lead to lift the security lock?");
        o.explanation =
            tr("%1 was locked for a security reason (%2). A team lead other than you must "
               "approve lifting the lock (four-eyes rule); until then the account stays locked. "
               "Your request and the decision are recorded on %3.")
                .arg(a.email, a.lockReason.isEmpty() ? tr("no reason recorded") : a.lockReason,
                     ticketNumberText(ticket));
        o.fieldLabel = tr("&Why it is safe to unlock (required):");
        o.placeholder = tr("E.g. identity verified by email code and registration details; "
                           "customer confirmed the foreign sign-in was theirs.");
        o.acceptText = tr("Request Unlock");
        auto *dialog = new AccountReasonDialog(o, this);
        dialog->setObjectName(QStringLiteral("requestUnlockDialog"));
        connect(dialog, &QDialog::accepted, this, [this, dialog, id, ticket] {
            run(AccountAction::RequestUnlock, m_service->requestUnlock(id, ticket, dialog->text()));
        });
        keep(dialog);
        return;
    }
    o.title = tr("Unlock Account");
    o.heading = tr("Unlock %1's account?").arg(displayName());
    o.explanation = tr("The account was locked after failed sign-ins. Once unlocked, the customer "
                       "can sign in again at once.");
    o.fieldLabel = tr("&Note:");
    o.acceptText = tr("Unlock");
    o.required = false;
    auto *dialog = new AccountReasonDialog(o, this);
    dialog->setObjectName(QStringLiteral("unlockDialog"));
    connect(dialog, &QDialog::accepted, this, [this, dialog, id, ticket] {
        run(AccountAction::Unlock, m_service->unlock(id, ticket, dialog->text()));
    });
    keep(dialog);
}

void AccountStatusPanel::approveUnlock()
{
    if (!action(AccountAction::ApproveUnlock)->isEnabled() || !m_overview ||
        !m_overview->pendingUnlock)
        return;
    const UnlockRequest r = *m_overview->pendingUnlock;
    AccountReasonDialog::Options o;
    o.title = tr("Approve Unlock");
    o.heading = tr("Approve %1's request and unlock the account?").arg(r.requestedByName);
    o.explanation = tr("You are the second pair of eyes: the account of %1 is unlocked at once. "
                       "Their reason: “%2”.")
                        .arg(m_overview->account.email, r.reason);
    o.fieldLabel = tr("&Note for the timeline:");
    o.acceptText = tr("Approve and Unlock");
    o.required = false;
    auto *dialog = new AccountReasonDialog(o, this);
    dialog->setObjectName(QStringLiteral("approveUnlockDialog"));
    connect(dialog, &QDialog::accepted, this, [this, dialog, id = r.id] {
        run(AccountAction::ApproveUnlock, m_service->approveUnlock(id, dialog->text()));
    });
    keep(dialog);
}

void AccountStatusPanel::rejectUnlock()
{
    if (!action(AccountAction::RejectUnlock)->isEnabled() || !m_overview ||
        !m_overview->pendingUnlock)
        return;
    const UnlockRequest r = *m_overview->pendingUnlock;
    AccountReasonDialog::Options o;
    o.title = tr("Turn Down Unlock");
    o.heading = tr("Turn down %1's request to unlock the account?").arg(r.requestedByName);
    o.explanation = tr("The account stays locked. Say what is missing, so that %1 knows what "
                       "to do next.")
                        .arg(r.requestedByName);
    o.fieldLabel = tr("&Reason (required):");
    o.acceptText = tr("Turn Down");
    auto *dialog = new AccountReasonDialog(o, this);
    dialog->setObjectName(QStringLiteral("rejectUnlockDialog"));
    connect(dialog, &QDialog::accepted, this, [this, dialog, id = r.id] {
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
    if (!action(AccountAction::RecordVerification)->isEnabled() || !m_overview || !m_ticketId)
        return;
    auto *dialog = new IdentityCheckDialog(m_service, *m_ticketId, m_overview->account, this);
    keep(dialog);
}

void AccountStatusPanel::checkForwardedMail()
{
    auto *dialog = new ForwardedMailDialog(m_service, this);
    keep(dialog);
}

QAction *AccountStatusPanel::action(AccountAction action) const
{
    return m_actions.value(int(action));
}

QString AccountStatusPanel::actionId(AccountAction action)
{
    return QStringLiteral("account.") + AccountActionKeys::key(action);
}

// ---- Text for screen readers and tests ------------------------------------------------------

QString AccountStatusPanel::statusText() const
{
    return isLoaded() ? m_badge->text() : QString();
}

QString AccountStatusPanel::lockText() const
{
    if (!isLoaded() || m_lockBox->isHidden())
        return {};
    return m_lockTitle->text() + u'\n' + plain(m_lockDetail);
}

QString AccountStatusPanel::suspiciousText() const
{
    if (!isLoaded() || m_flagBox->isHidden())
        return {};
    return m_flagTitle->text() + u'\n' + plain(m_flagList);
}

QString AccountStatusPanel::factsText() const
{
    QStringList lines;
    for (int row = 0; row < m_form->rowCount(); ++row) {
        const auto *label =
            qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)->widget());
        const auto *value =
            qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::FieldRole)->widget());
        if (label && value)
            lines << label->text() + QStringLiteral(": ") + value->text();
    }
    return lines.join(u'\n');
}

QString AccountStatusPanel::unlockRequestText() const
{
    return isLoaded() && !m_requestBox->isHidden() ? plain(m_request) : QString();
}

QString AccountStatusPanel::verificationText() const
{
    return isLoaded() && !m_verificationBox->isHidden() ? plain(m_verification) : QString();
}

QStringList AccountStatusPanel::tokenStates() const
{
    QStringList states;
    for (int i = 0; i < m_tokens->topLevelItemCount(); ++i)
        states << m_tokens->topLevelItem(i)->text(1);
    return states;
}

} // namespace helpdesk
