#pragma once
// Ticket > New Ticket: subject, requester (suggested from earlier requesters as you type; an
// email address or a customer account's name), category, priority, channel and the customer's
// first message. Mistakes are shown next to the field; the ticket is created off the GUI thread.

#include "app/AppSession.h"
#include "common/Result.h"
#include "tickets/Ticket.h"
#include "tickets/TicketActions.h"
#include "tickets/TicketStore.h"

#include <QDialog>
#include <QTimer>

class QComboBox;
class QCompleter;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStandardItemModel;

namespace helpdesk {

class NewTicketDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewTicketDialog(AppSession *session, QWidget *parent = nullptr);

    // The ticket as entered (trimmed).
    NewTicket ticket() const;
    // Checks the fields and shows what is wrong next to them; true when all is well.
    bool validate();
    bool isBusy() const { return m_busy; }
    // The messages shown next to the fields (empty when fine), for tests.
    QString subjectError() const;
    QString requesterError() const;
    QString generalError() const;

public slots:
    // Validates and creates; the dialog closes (accepted) once the ticket exists.
    void submit();
    // Refused while the ticket is being created.
    void reject() override;

signals:
    void created(const helpdesk::Ticket &ticket);

private:
    void setBusy(bool busy);
    void showError(QLabel *label, const QString &text);
    void lookUpRequesters();
    void onSuggestionChosen(const QModelIndex &index);
    void onCreated(const Result<Ticket> &result);
    void showSuggestions(quint64 generation, const QString &text,
                         const Result<QList<RequesterSuggestion>> &found);

    AppSession *m_session;
    QLineEdit *m_subject;
    QLabel *m_subjectError;
    QLineEdit *m_requester;
    QLabel *m_requesterError;
    QLineEdit *m_name;
    QComboBox *m_category;
    QComboBox *m_priority;
    QComboBox *m_channel;
    QPlainTextEdit *m_body;
    QLabel *m_generalError;
    QDialogButtonBox *m_buttons;
    QCompleter *m_completer;
    QStandardItemModel *m_suggestions;
    QTimer m_lookupTimer;
    quint64 m_lookupGeneration = 0;
    bool m_busy = false;
};

} // namespace helpdesk
