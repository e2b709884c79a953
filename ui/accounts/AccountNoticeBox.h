#pragma once
// A coloured box in the account panel for what needs attention — the lock and why, suspicious
// activity, the identity check on the ticket, a pending unlock request: a bold title (when it
// has one) over rich text, with a coloured edge.

#include <QFrame>
#include <QMargins>

class QLabel;
class QVBoxLayout;

namespace helpdesk {

class AccountNoticeBox : public QFrame
{
    Q_OBJECT
public:
    struct Look
    {
        QString background;
        QString border;
        QString accent;     // the thick left edge
        QString titleColor; // empty: no title
        QMargins margins;
        int spacing = 3;
    };
    // The box and its labels get object names: name, and the ones given (for tests and styles).
    AccountNoticeBox(const QString &name, const Look &look, const QString &titleName,
                     const QString &bodyName, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setBody(const QString &html);
    // For more rows under the text (the unlock request's buttons).
    QVBoxLayout *contentLayout() const { return m_layout; }
    // What it says in plain text (the title, a line break, the text); empty while hidden.
    QString text() const;

private:
    QVBoxLayout *m_layout;
    QLabel *m_title = nullptr;
    QLabel *m_body;
};

} // namespace helpdesk
