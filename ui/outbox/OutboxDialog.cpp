#include "outbox/OutboxDialog.h"

#include "app/AppSession.h"
#include "common/ActionCatalog.h"
#include "common/ActionRegistry.h"
#include "common/Colors.h"
#include "common/Futures.h"
#include "common/TimeText.h"
#include "db/DbWorker.h"
#include "mail/OutboxService.h"
#include "outbox/OutboxTableModel.h"
#include "tickets/Ticket.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace helpdesk {

namespace {
constexpr int ChangeCoalesceMs = 250;
constexpr int PollIntervalMs = 10'000;

} // namespace

OutboxDialog::OutboxDialog(AppSession *session, QWidget *parent)
    : QDialog(parent), m_session(session), m_model(new OutboxTableModel(session->outbox(), this)),
      m_filter(new QComboBox(this)), m_table(new QTableView(this)),
      m_details(new QTextBrowser(this)), m_notice(new QLabel(this)), m_leases(new QLabel(this))
{
    setObjectName(QStringLiteral("outboxDialog"));
    setWindowTitle(tr("Outbox"));
    setAccessibleName(tr("Outbox: outgoing mail"));

    auto *filterLabel = new QLabel(tr("&Show:"), this);
    filterLabel->setBuddy(m_filter);
    m_filter->setObjectName(QStringLiteral("outboxStatusFilter"));
    m_filter->addItem(tr("All messages"));
    for (OutboxStatus s : {OutboxStatus::Queued, OutboxStatus::Sending, OutboxStatus::Sent,
                           OutboxStatus::Failed, OutboxStatus::Cancelled})
        m_filter->addItem(OutboxStatuses::label(s), OutboxStatuses::key(s));
    auto *intro = new QLabel(tr("Mail to customers waits here until the mail relay has accepted "
                                "it. Failed messages can be sent again once the cause is fixed."),
                             this);
    intro->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(filterLabel);
    top->addWidget(m_filter);
    top->addSpacing(12);
    top->addWidget(intro, 1);

    m_table->setObjectName(QStringLiteral("outboxTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    // A narrow column elides its header; the header's tool tip has it in full.
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setSectionResizeMode(OutboxTableModel::Subject,
                                                      QHeaderView::Stretch);
    m_table->setColumnWidth(OutboxTableModel::Status, 90);
    m_table->setColumnWidth(OutboxTableModel::To, 190);
    m_table->setColumnWidth(OutboxTableModel::Subject, 210);
    m_table->setColumnWidth(OutboxTableModel::Ticket, 70);
    m_table->setColumnWidth(OutboxTableModel::Attempts, 70);
    m_table->setColumnWidth(OutboxTableModel::NextAttempt, 190);
    m_table->setColumnWidth(OutboxTableModel::Created, 130);
    m_table->setColumnWidth(OutboxTableModel::Problem, 230);
    // Every header fits its column at first, in any language (a user can narrow it later:
    // then it elides, with the full text in its tool tip).
    const int padding = style()->pixelMetric(QStyle::PM_HeaderMargin) * 4 +
                        style()->pixelMetric(QStyle::PM_HeaderMarkSize);
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c,
                                qMax(m_table->columnWidth(c),
                                     m_table->horizontalHeader()->fontMetrics().horizontalAdvance(
                                         m_model->headerData(c, Qt::Horizontal).toString()) +
                                         padding));
    m_table->setAccessibleName(tr("Outgoing messages"));

    m_details->setObjectName(QStringLiteral("outboxDetails"));
    m_details->setOpenLinks(false);
    m_details->setAccessibleName(tr("Selected message"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({300, 200});

    m_notice->setObjectName(QStringLiteral("outboxNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();
    m_leases->setObjectName(QStringLiteral("outboxLeases"));
    m_leases->setWordWrap(true);
    m_leases->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_leases->hide();

    // Actions with their shortcuts; the buttons below carry the same actions.
    auto *actions = new ActionRegistry(this);
    m_retry = actions->create(QStringLiteral("outbox.retry"));
    connect(m_retry, &QAction::triggered, this, &OutboxDialog::retrySelected);
    m_cancel = actions->create(QStringLiteral("outbox.cancel"));
    connect(m_cancel, &QAction::triggered, this, &OutboxDialog::cancelSelected);
    m_openTicket = actions->create(QStringLiteral("outbox.openTicket"), m_table);
    connect(m_openTicket, &QAction::triggered, this, &OutboxDialog::openSelectedTicket);
    m_refresh = actions->create(QStringLiteral("outbox.refresh"));
    connect(m_refresh, &QAction::triggered, this, &OutboxDialog::refresh);
    ActionCatalog::addCloseAction(actions, this);

    const auto button = [this](QAction *action, const QString &name) {
        auto *b = new QPushButton(action->text(), this);
        b->setObjectName(name);
        b->setToolTip(action->toolTip());
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::changed, b, [b, action] { b->setEnabled(action->isEnabled()); });
        return b;
    };
    m_retryButton = button(m_retry, QStringLiteral("outboxRetryButton"));
    m_cancelButton = button(m_cancel, QStringLiteral("outboxCancelButton"));
    m_openButton = button(m_openTicket, QStringLiteral("outboxOpenTicketButton"));
    auto *refreshButton = button(m_refresh, QStringLiteral("outboxRefreshButton"));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retryButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_openButton);
    buttons->addWidget(refreshButton);
    buttons->addStretch(1);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_leases);
    layout->addWidget(m_notice);
    layout->addLayout(buttons);
    resize(1100, 560);

    connect(m_filter, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QString key = m_filter->itemData(index).toString();
        m_model->setStatusFilter(OutboxStatuses::fromKey(key));
    });
    connect(m_model, &OutboxTableModel::loaded, this, [this] {
        restoreSelection();
        updateActions();
        updateDetails();
    });
    connect(m_model, &OutboxTableModel::errorOccurred, this,
            [this](const QString &message) { showNotice(message, true); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_selectedId =
                        m_model->data(current, OutboxTableModel::OutboxIdRole).toLongLong();
                updateActions();
                updateDetails();
            });
    connect(m_table, &QTableView::doubleClicked, this, &OutboxDialog::openSelectedTicket);

    // Live: this client's changes arrive as changed(); other clients' and the passing of time
    // are picked up by polling while the screen is open.
    m_changeTimer.setSingleShot(true);
    m_changeTimer.setInterval(ChangeCoalesceMs);
    connect(&m_changeTimer, &QTimer::timeout, this, &OutboxDialog::refresh);
    connect(session->outbox(), &OutboxService::changed, this, [this] {
        if (isVisible() && !m_changeTimer.isActive())
            m_changeTimer.start();
    });
    m_pollTimer.setInterval(PollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &OutboxDialog::refresh);

    m_model->setStatusFilter(std::nullopt);
    updateActions();
}

OutboxDialog::~OutboxDialog() = default;

void OutboxDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    m_pollTimer.start();
    refresh();
    m_table->setFocus();
}

void OutboxDialog::hideEvent(QHideEvent *event)
{
    m_pollTimer.stop();
    QDialog::hideEvent(event);
}

void OutboxDialog::refresh()
{
    m_model->refresh();
    updateCounts();
}

void OutboxDialog::updateCounts()
{
    whenDone(m_session->outbox()->counts(), this,
             [this](const Result<QHash<OutboxStatus, qint64>> &counts) {
                 if (!counts)
                     return;
                 qint64 total = 0;
                 for (int i = 1; i < m_filter->count(); ++i) {
                     const auto status = OutboxStatuses::fromKey(m_filter->itemData(i).toString());
                     const qint64 n = status ? counts.value().value(*status) : 0;
                     total += n;
                     m_filter->setItemText(
                         i, n > 0 ? tr("%1 (%2)").arg(OutboxStatuses::label(*status)).arg(n)
                                  : OutboxStatuses::label(*status));
                 }
                 m_filter->setItemText(0, tr("All messages (%1)").arg(total));
             });
    whenDone(m_session->outbox()->leases(), this, [this](const Result<OutboxLeases> &leases) {
        const QString text = leases ? leases.value().describe() : QString();
        m_leases->setText(text.isEmpty() ? QString() : tr("Not sent yet: %1.").arg(text));
        m_leases->setVisible(!text.isEmpty());
    });
}

std::optional<OutboxEntry> OutboxDialog::selectedEntry() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {}))
        return std::nullopt;
    return m_model->entryAt(current.row());
}

qint64 OutboxDialog::selectedId() const
{
    const auto e = selectedEntry();
    return e ? e->id : 0;
}

void OutboxDialog::restoreSelection()
{
    if (m_selectedId <= 0)
        return;
    const int row = m_model->rowOfId(m_selectedId);
    if (row < 0)
        return;
    if (m_table->currentIndex().row() == row && selectedEntry())
        return;
    m_table->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(m_model->index(row, 0));
}

void OutboxDialog::selectMessage(qint64 outboxId)
{
    m_selectedId = outboxId;
    if (m_model->rowOfId(outboxId) < 0 && m_filter->currentIndex() != 0 && m_model->hasLoaded())
        m_filter->setCurrentIndex(0); // reloads; the selection follows once loaded
    else
        restoreSelection();
}

void OutboxDialog::updateActions()
{
    const auto e = selectedEntry();
    const bool staff = m_session->me().has_value();
    const bool retryable =
        e && (e->status == OutboxStatus::Failed || e->status == OutboxStatus::Queued);
    m_retry->setEnabled(!m_busy && staff && retryable);
    m_cancel->setEnabled(!m_busy && staff && retryable);
    m_openTicket->setEnabled(e && e->ticketId.has_value());
    const QString why = staff ? QString() : tr(" (needs a staff member to act as)");
    m_retryButton->setToolTip(m_retry->toolTip() + why);
    m_cancelButton->setToolTip(m_cancel->toolTip() + why);
}

void OutboxDialog::updateDetails()
{
    const auto e = selectedEntry();
    if (!e) {
        m_details->setPlainText(m_model->rowCount() == 0 && m_model->hasLoaded()
                                    ? tr("No messages here.")
                                    : tr("Select a message to see its details."));
        return;
    }
    const auto row = [](const QString &label, const QString &value) {
        return value.isEmpty()
                   ? QString()
                   : QStringLiteral("<tr><td valign=\"top\"><b>%1</b>&nbsp;&nbsp;</td>"
                                    "<td>%2</td></tr>")
                         .arg(label.toHtmlEscaped(),
                              value.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    };
    const auto address = [](const MailAddress &a) {
        return a.displayName.isEmpty() || a.address.isEmpty()
                   ? a.address
                   : QStringLiteral("%1 <%2>").arg(a.displayName, a.address);
    };
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    html += row(tr("Status"), OutboxTableModel::statusText(*e));
    html +=
        row(tr("From"), e->from.address.isEmpty() ? tr("the configured sender") : address(e->from));
    html += row(tr("Reply-To"), address(e->replyTo));
    html += row(tr("To"), address(e->to));
    html += row(tr("Subject"), e->subject);
    html += row(tr("Ticket"), e->ticketId ? ticketNumberText(*e->ticketId) : QString());
    html += row(tr("Queued at"), TimeText::dateTime(e->createdAt));
    html += row(tr("Attempts"), QString::number(e->attempts));
    if (e->status == OutboxStatus::Queued)
        html += row(tr("Next attempt"), TimeText::dateTime(e->nextAttemptAt));
    if (e->status == OutboxStatus::Sent)
        html += row(tr("Accepted at"), TimeText::dateTime(e->sentAt));
    if (e->status != OutboxStatus::Sent)
        html += row(tr("Last error"), e->lastError);
    if (e->bouncedAt.isValid()) {
        html += row(tr("Undeliverable since"), TimeText::dateTime(e->bouncedAt));
        html += row(tr("Remote reason"), e->bounceReason);
    }
    html += row(tr("Server reply"), e->serverReply);
    html += row(tr("Message-ID"), e->messageId);
    for (const MailHeader &header : e->extraHeaders)
        html += row(QString::fromLatin1(header.name), header.value);
    if (e->redacted)
        html += row(tr("Note"), tr("A one-time link in this message was removed from the stored "
                                   "copy."));
    else if (e->hasSecret)
        html += row(tr("Note"), tr("This message holds a one-time link for the customer; it is "
                                   "hidden here and removed from the stored copy once sent."));
    html += QStringLiteral("</table>");
    // The text as the customer reads it (the redacted copy where a link was in it).
    html += QStringLiteral("<hr><p style=\"white-space: pre-wrap\">%1</p>")
                .arg(e->readableText().toHtmlEscaped());
    if (e->status == OutboxStatus::Failed)
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Fix the cause (the address, or the mail settings), then press "
                            "Retry (%1). Cancel (%2) if it should not be sent at all.")
                             .arg(ActionCatalog::keyText(u"outbox.retry"),
                                  ActionCatalog::keyText(u"outbox.cancel"))
                             .toHtmlEscaped());
    m_details->setHtml(html);
}

QString OutboxDialog::detailsText() const
{
    return m_details->toPlainText();
}

QString OutboxDialog::noticeText() const
{
    return !m_notice->isHidden() ? m_notice->text() : QString();
}

void OutboxDialog::showNotice(const QString &text, bool error)
{
    m_notice->setText(text);
    QPalette pal = m_notice->palette();
    pal.setColor(QPalette::WindowText, error ? Colors::text(Colors::Tone::Danger, palette())
                                             : palette().color(QPalette::WindowText));
    m_notice->setPalette(pal);
    m_notice->setVisible(!text.isEmpty());
}

void OutboxDialog::retrySelected()
{
    const auto e = selectedEntry();
    if (!e || m_busy || !m_retry->isEnabled())
        return;
    m_busy = true;
    updateActions();
    m_selectedId = e->id;
    whenDone(m_session->outbox()->retry(e->id), this,
             [this, to = e->to.address](const Result<OutboxEntry> &r) {
                 m_busy = false;
                 if (r)
                     showNotice(
                         tr("The message to %1 is queued again and is sent in a moment.").arg(to),
                         false);
                 else
                     showNotice(r.error().message, true);
                 refresh();
             });
}

void OutboxDialog::cancelSelected()
{
    const auto e = selectedEntry();
    if (!e || m_busy || !m_cancel->isEnabled())
        return;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Cancel message"),
        tr("Cancel the message “%1” to %2? It will never be sent.").arg(e->subject, e->to.address),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("outboxCancelConfirmation"));
    box->addButton(tr("Cancel Message"), QMessageBox::DestructiveRole);
    box->addButton(tr("Keep It"), QMessageBox::RejectRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = e->id;
    connect(box, &QMessageBox::buttonClicked, this, [this, box, id](QAbstractButton *clicked) {
        if (box->buttonRole(clicked) == QMessageBox::DestructiveRole)
            doCancel(id);
    });
    box->open();
}

void OutboxDialog::doCancel(qint64 id)
{
    m_busy = true;
    updateActions();
    whenDone(m_session->outbox()->cancel(id), this, [this](const Result<OutboxEntry> &r) {
        m_busy = false;
        if (r)
            showNotice(tr("The message to %1 is cancelled and will not be sent.")
                           .arg(r.value().to.address),
                       false);
        else
            showNotice(r.error().message, true);
        refresh();
    });
}

void OutboxDialog::openSelectedTicket()
{
    const auto e = selectedEntry();
    if (e && e->ticketId)
        emit ticketRequested(*e->ticketId);
}

} // namespace helpdesk
