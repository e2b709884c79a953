#include "accounts/AccountsWindow.h"

#include "common/Colors.h"

#include "accounts/AccountService.h"
#include "accounts/AccountStatusBadge.h"
#include "accounts/AccountStatusPanel.h"
#include "common/ActionCatalog.h"
#include "common/ActionRegistry.h"
#include "common/Futures.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace helpdesk {

namespace {
constexpr int SearchDelayMs = 250;
constexpr int ResultLimit = 100;
} // namespace

AccountsWindow::AccountsWindow(AccountService *service, QWidget *parent)
    : QWidget(parent, Qt::Window), m_service(service), m_search(new QLineEdit(this)),
      m_status(new QLabel(this)), m_list(new QTreeWidget(this)),
      m_panel(new AccountStatusPanel(service, this))
{
    setObjectName(QStringLiteral("accountsWindow"));
    setWindowTitle(tr("Customer Accounts"));
    resize(1200, 760);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(8, 8, 4, 8);
    auto *caption = new QLabel(tr("&Find an account"), left);
    QFont bold = caption->font();
    bold.setBold(true);
    caption->setFont(bold);
    caption->setBuddy(m_search);
    leftLayout->addWidget(caption);
    m_search->setObjectName(QStringLiteral("accountSearch"));
    m_search->setPlaceholderText(tr("Email address or name"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search accounts by email address or name"));
    m_search->installEventFilter(this);
    leftLayout->addWidget(m_search);
    m_status->setObjectName(QStringLiteral("accountSearchStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);
    leftLayout->addWidget(m_status);
    m_list->setObjectName(QStringLiteral("accountResults"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Name"), tr("Email"), tr("Status")});
    m_list->setAccessibleName(tr("Matching accounts"));
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    leftLayout->addWidget(m_list, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(m_panel);
    // The screen's actions are the panel's (its menu and keys).
    auto *actions = new ActionRegistry(this);
    actions->include(m_panel->actions());
    ActionCatalog::addCloseAction(actions, this);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({460, 740});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(SearchDelayMs);
    connect(&m_debounce, &QTimer::timeout, this, &AccountsWindow::search);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_debounce.isActive())
            search();
        if (m_list->topLevelItemCount() > 0) {
            m_list->setFocus(Qt::ShortcutFocusReason);
            if (!m_list->currentItem())
                m_list->setCurrentItem(m_list->topLevelItem(0));
        }
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        if (!current)
            return;
        selectRow(m_list->indexOfTopLevelItem(current));
    });
    m_status->setText(tr("Type part of an email address or name."));
    m_search->setFocus();
}

bool AccountsWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (ActionCatalog::matches(u"accounts.toResults", key) && m_list->topLevelItemCount() > 0) {
            m_list->setFocus(Qt::ShortcutFocusReason);
            m_list->setCurrentItem(m_list->topLevelItem(0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AccountsWindow::setQueryText(const QString &text)
{
    m_search->setText(text); // textChanged starts the pause
}

QString AccountsWindow::queryText() const
{
    return m_search->text();
}

void AccountsWindow::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void AccountsWindow::setStaffDirectory(const QList<Staff> &staff)
{
    m_panel->setStaffDirectory(staff);
}

void AccountsWindow::search()
{
    m_debounce.stop();
    const QString text = m_search->text().trimmed();
    const quint64 generation = ++m_generation;
    if (text.isEmpty()) {
        showResults({});
        m_status->setText(tr("Type part of an email address or name."));
        emit searchFinished(0);
        return;
    }
    m_status->setText(tr("Searching…"));
    whenDone(m_service->search(text, ResultLimit), this,
             [this, generation, text](const Result<QList<Account>> &found) {
                 if (generation != m_generation)
                     return; // the agent typed on; a newer search is on its way
                 if (!found) {
                     showResults({});
                     m_status->setText(found.error().message);
                     emit searchFinished(0);
                     return;
                 }
                 showResults(found.value());
                 const int n = int(found->size());
                 if (n == 0)
                     m_status->setText(tr("No account matches “%1”.").arg(text));
                 else if (n >= ResultLimit)
                     m_status->setText(
                         tr("The first %1 matches; type more to narrow them down.").arg(n));
                 else
                     m_status->setText(tr("%n account(s) match.", nullptr, n));
                 emit searchFinished(n);
             });
}

void AccountsWindow::showResults(const QList<Account> &accounts)
{
    const qint64 shown = m_panel->accountId();
    m_results = accounts;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    QTreeWidgetItem *keep = nullptr;
    for (const Account &a : accounts) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, a.displayName);
        item->setText(1, a.email);
        item->setText(2, AccountStatuses::label(a.status));
        item->setForeground(
            2, Colors::text(AccountStatusBadge::tone(a.status), m_list->palette(), QPalette::Base));
        QFont f = item->font(2);
        f.setBold(a.status != AccountStatus::Active);
        item->setFont(2, f);
        if (a.id == shown)
            keep = item;
    }
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(2);
    if (keep)
        m_list->setCurrentItem(keep);
}

int AccountsWindow::resultCount() const
{
    return int(m_results.size());
}

Account AccountsWindow::accountAt(int row) const
{
    return m_results.value(row);
}

void AccountsWindow::selectRow(int row)
{
    if (row < 0 || row >= m_results.size())
        return;
    if (m_list->currentItem() != m_list->topLevelItem(row)) {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentItem(m_list->topLevelItem(row));
    }
    if (m_panel->accountId() != m_results.at(row).id)
        m_panel->setAccount(m_results.at(row).id);
}

QString AccountsWindow::statusText() const
{
    return m_status->text();
}

} // namespace helpdesk
