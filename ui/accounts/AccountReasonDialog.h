#pragma once
// Asks for the words an account action records: the reason for a lock, for an unlock request,
// or a note on a decision. Explains what the action will do; with a required text the button
// stays disabled until something is written. Outside a ticket it can also ask which of the
// customer's open tickets the action is recorded on (or none, said explicitly).

#include <QDialog>
#include <QList>

#include <optional>
#include <utility>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace helpdesk {

class AccountReasonDialog : public QDialog
{
    Q_OBJECT
public:
    struct Options
    {
        QString title;       // window title
        QString heading;     // bold first line: what happens
        QString explanation; // what it does, in full
        QString fieldLabel;  // "&Reason"
        QString placeholder;
        QString acceptText; // the button: "Lock Now"
        bool required = true;
        bool destructive = false; // a red heading, for a lock
        QStringList suggestions;  // common reasons, offered as one-click fill-ins
        // Asked outside a ticket: the customer's open tickets (number, subject), and the choice
        // of none. Not asked when false.
        bool chooseTicket = false;
        QList<std::pair<qint64, QString>> tickets;
    };

    explicit AccountReasonDialog(const Options &options, QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    QPushButton *acceptButton() const { return m_accept; }
    // The ticket chosen to record the action on; nullopt for "no ticket" or when not asked.
    std::optional<qint64> ticketId() const;

private:
    void updateButton();

    bool m_required;
    QPlainTextEdit *m_edit;
    QComboBox *m_ticketChoice = nullptr;
    QPushButton *m_accept;
};

} // namespace helpdesk
