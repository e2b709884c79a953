#pragma once
// Asks for a comment that a change needs (de-escalating says why); OK stays off until there
// is some text.

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

namespace helpdesk {

class CommentDialog : public QDialog
{
    Q_OBJECT
public:
    CommentDialog(const QString &title, const QString &prompt, const QString &okText,
                  QWidget *parent = nullptr);

    QString comment() const;
    void setComment(const QString &text);

private:
    QPlainTextEdit *m_edit;
    QDialogButtonBox *m_buttons;
};

} // namespace helpdesk
