#pragma once
// The Outbox screen: every outgoing message with its delivery state (queued, sending, sent,
// failed, cancelled), recipient, subject, attempts, next attempt and the relay's last answer,
// filtered by status, refreshed live. Retry puts a failed message back in the queue (sent at
// once); Cancel makes sure a queued or failed message is never sent, after a question
// ("outboxCancelConfirmation"). Non-modal. Its actions (outbox.*) are in its own registry.

#include <QDialog>
#include <QTimer>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace helpdesk {

class AppSession;
class OutboxTableModel;
struct OutboxEntry;

class OutboxDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OutboxDialog(AppSession *session, QWidget *parent = nullptr);
    ~OutboxDialog() override;

    // The line under the table that reports what the last action did.
    QString noticeText() const;
    QString detailsText() const;

    // Selects the message once it is in the list (switching the filter to "All" if needed).
    void selectMessage(qint64 outboxId);
    qint64 selectedId() const;

public slots:
    void refresh();
    void retrySelected();
    void cancelSelected();
    void openSelectedTicket();

signals:
    // Show this ticket in the main window.
    void ticketRequested(qint64 ticketId);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    std::optional<OutboxEntry> selectedEntry() const;
    void updateActions();
    void updateDetails();
    void updateCounts();
    void restoreSelection();
    void showNotice(const QString &text, bool error);
    void doCancel(qint64 id);

    AppSession *m_session;
    OutboxTableModel *m_model;
    QComboBox *m_filter;
    QTableView *m_table;
    QTextBrowser *m_details;
    QLabel *m_notice;
    QLabel *m_leases; // what holds unsent mail: senders' leases, backoff
    QPushButton *m_retryButton;
    QPushButton *m_cancelButton;
    QPushButton *m_openButton;
    QAction *m_retry;
    QAction *m_cancel;
    QAction *m_openTicket;
    QAction *m_refresh;
    qint64 m_selectedId = 0; // kept across reloads
    bool m_busy = false;
    QTimer m_changeTimer; // coalesces change notices
    QTimer m_pollTimer;   // other clients' sending, and the "in 3 min" texts
};

} // namespace helpdesk
