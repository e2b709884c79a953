#include "accounts/AccountHistoryTabs.h"

#include "common/Colors.h"

#include "accounts/LoginEventModel.h"
#include "common/TimeText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace helpdesk {

namespace {
Colors::Tone tokenTone(TokenState state)
{
    switch (state) {
    case TokenState::Issued:
    case TokenState::Sent:
        return Colors::Tone::Info;
    case TokenState::Used:
        return Colors::Tone::Success;
    case TokenState::Expired:
        return Colors::Tone::Muted;
    case TokenState::Revoked:
        return Colors::Tone::Danger;
    }
    return Colors::Tone::Muted;
}
} // namespace

AccountHistoryTabs::AccountHistoryTabs(AccountService *service, QWidget *parent)
    : QTabWidget(parent), m_logins(new LoginEventModel(service, this))
{
    setObjectName(QStringLiteral("accountTabs"));
    setDocumentMode(true);
    addTab(buildSignIns(), tr("Sign-ins"));
    m_devices = addTree(QStringLiteral("accountDevices"),
                        {tr("Device"), tr("Browser"), tr("First seen"), tr("Last seen"),
                         tr("Sign-ins"), tr("Last country")},
                        tr("Devices"));
    m_tokens = addTree(QStringLiteral("accountTokens"),
                       {tr("Link"), tr("State"), tr("Issued"), tr("By"), tr("Expires"), tr("Mail")},
                       tr("Links"));
    m_changes = addTree(QStringLiteral("accountChanges"), {tr("When"), tr("Who"), tr("What")},
                        tr("Changes"));
    setMinimumHeight(fontMetrics().lineSpacing() * 9);
    updateFooter();
}

QWidget *AccountHistoryTabs::buildSignIns()
{
    auto *signIns = new QWidget(this);
    auto *layout = new QVBoxLayout(signIns);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);
    m_loginView = new QTableView(signIns);
    m_loginView->setObjectName(QStringLiteral("accountLoginView"));
    m_loginView->setAccessibleName(tr("Sign-ins"));
    m_loginView->setModel(m_logins);
    m_loginView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_loginView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_loginView->setAlternatingRowColors(true);
    m_loginView->setWordWrap(false);
    m_loginView->verticalHeader()->hide();
    m_loginView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_loginView->horizontalHeader()->setStretchLastSection(true);
    m_loginView->horizontalHeader()->setTextElideMode(Qt::ElideRight);
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
    layout->addWidget(m_loginView, 1);
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
    layout->addLayout(footer);
    connect(m_logins, &LoginEventModel::loadingChanged, this, &AccountHistoryTabs::updateFooter);
    connect(m_logins, &LoginEventModel::pageLoaded, this, &AccountHistoryTabs::updateFooter);
    connect(m_logins, &QAbstractItemModel::modelReset, this, &AccountHistoryTabs::updateFooter);
    connect(m_logins, &LoginEventModel::errorOccurred, this, &AccountHistoryTabs::errorOccurred);
    return signIns;
}

void AccountHistoryTabs::updateFooter()
{
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
}

QTreeWidget *AccountHistoryTabs::addTree(const QString &name, const QStringList &headers,
                                         const QString &title)
{
    auto *t = new QTreeWidget(this);
    t->setObjectName(name);
    t->setRootIsDecorated(false);
    t->setAlternatingRowColors(true);
    t->setHeaderLabels(headers);
    t->setFrameShape(QFrame::NoFrame);
    t->header()->setStretchLastSection(true);
    t->setAccessibleName(QString(title).remove(u'&'));
    addTab(t, title);
    return t;
}

void AccountHistoryTabs::setAccount(qint64 accountId)
{
    m_logins->setAccount(accountId);
    m_devices->clear();
    m_tokens->clear();
    m_changes->clear();
}

void AccountHistoryTabs::refreshSignIns()
{
    m_logins->refresh();
}

void AccountHistoryTabs::setFlaggedSignIns(const QSet<qint64> &eventIds)
{
    m_logins->setFlaggedEvents(eventIds);
}

void AccountHistoryTabs::showTokens(const QList<TokenInfo> &tokens)
{
    // The links, newest first (never a token: there is none to show).
    m_tokens->clear();
    for (const TokenInfo &t : tokens) {
        auto *item = new QTreeWidgetItem(m_tokens);
        item->setText(0, TokenKinds::label(t.kind));
        item->setText(1, TokenStates::label(t.state));
        item->setForeground(1, Colors::text(tokenTone(t.state), palette(), QPalette::Base));
        QFont f = item->font(1);
        f.setBold(true);
        item->setFont(1, f);
        QString stateTip;
        if (t.state == TokenState::Used)
            stateTip = tr("Used %1").arg(TimeText::dateTime(t.usedAt));
        else if (t.state == TokenState::Revoked)
            stateTip =
                tr("Revoked %1: %2")
                    .arg(TimeText::dateTime(t.revokedAt), RevokeReasons::label(t.revokeReason));
        else if (t.state == TokenState::Expired)
            stateTip = tr("Expired %1").arg(TimeText::dateTime(t.expiresAt));
        item->setToolTip(1, stateTip);
        item->setText(2, TimeText::dateTime(t.issuedAt));
        item->setText(3, t.issuedByName);
        item->setText(4, TimeText::dateTime(t.expiresAt));
        QString mail;
        if (t.mailAcceptedAt.isValid())
            mail = tr("Accepted by the relay %1").arg(TimeText::dateTime(t.mailAcceptedAt));
        else if (t.mailStatus)
            mail = OutboxStatuses::label(*t.mailStatus);
        item->setText(5, mail);
        item->setToolTip(5, t.messageId.isEmpty() ? mail
                                                  : tr("%1\nMessage-ID %2").arg(mail, t.messageId));
    }
    for (int c = 0; c < 5; ++c)
        m_tokens->resizeColumnToContents(c);
    setTabText(indexOf(m_tokens),
               tokens.isEmpty() ? tr("Links") : tr("Links (%1)").arg(tokens.size()));
}

void AccountHistoryTabs::showDevices(const QList<DeviceSummary> &devices)
{
    m_devices->clear();
    for (const DeviceSummary &d : devices) {
        auto *item = new QTreeWidgetItem(m_devices);
        item->setText(0, d.device);
        item->setText(1, d.browser);
        item->setText(2, TimeText::dateTime(d.firstSeen));
        item->setText(3, TimeText::dateTime(d.lastSeen));
        item->setText(4, tr("%1 of %2").arg(d.successes).arg(d.signIns));
        item->setToolTip(4, tr("%1 successful of %2 attempts").arg(d.successes).arg(d.signIns));
        item->setText(5, d.lastCountry);
    }
    for (int c = 0; c < 5; ++c)
        m_devices->resizeColumnToContents(c);
    setTabText(indexOf(m_devices), tr("Devices (%1)").arg(devices.size()));
}

void AccountHistoryTabs::showChanges(const QList<AccountChange> &changes)
{
    m_changes->clear();
    for (const AccountChange &c : changes) {
        auto *item = new QTreeWidgetItem(m_changes);
        item->setText(0, TimeText::dateTime(c.at));
        item->setText(1, c.staffName.isEmpty() ? c.actor : c.staffName);
        item->setText(2, c.description());
        item->setToolTip(2, c.description());
    }
    for (int c = 0; c < 2; ++c)
        m_changes->resizeColumnToContents(c);
}

} // namespace helpdesk
