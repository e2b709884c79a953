#pragma once
// Asks for the words an account action records: the reason for a lock, for an unlock request,
// or a note on a decision. Explains what the action will do; with a required text the button
// stays disabled until something is written.

#include <QDialog>

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
    };

    explicit AccountReasonDialog(const Options &options, QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    QPushButton *acceptButton() const { return m_accept; }

private:
    void updateButton();

    bool m_required;
    QPlainTextEdit *m_edit;
    QPushButton *m_accept;
};

} // namespace helpdesk
