#pragma once
// A coloured box in the account panel for what needs attention — the lock and why, suspicious
// activity, the identity check on the ticket, a pending unlock request: a bold title (when it
// has one) over rich text, with a coloured edge. Its colours are mixed from the palette
// (Colors::card), again when the palette changes, so the box reads in light and dark themes.

#include "common/Colors.h"

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
        Colors::Tone tone = Colors::Tone::Muted;
        bool titled = false; // a bold title over the text
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

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyLook();

    Look m_look;
    bool m_applying = false;
    QVBoxLayout *m_layout;
    QLabel *m_title = nullptr;
    QLabel *m_body;
};

} // namespace helpdesk
