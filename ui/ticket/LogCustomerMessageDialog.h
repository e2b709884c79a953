#pragma once
// Ticket > Log Customer Message: what the customer said on the phone or in a chat, recorded on
// the ticket with the same effect as their email (a ticket waiting for them opens again).

#include "vocabulary/TicketVocabulary.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;
class QPushButton;

namespace helpdesk {

class LogCustomerMessageDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LogCustomerMessageDialog(const QString &ticketText, QWidget *parent = nullptr);

    QString text() const;
    TicketChannel channel() const;

private:
    QComboBox *m_channel;
    QPlainTextEdit *m_text;
    QPushButton *m_ok = nullptr;
};

} // namespace helpdesk
