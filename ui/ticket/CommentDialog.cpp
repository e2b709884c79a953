#include "ticket/CommentDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace helpdesk {

CommentDialog::CommentDialog(const QString &title, const QString &prompt, const QString &okText,
                             QWidget *parent)
    : QDialog(parent), m_edit(new QPlainTextEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("commentDialog"));
    setWindowTitle(title);
    auto *label = new QLabel(prompt, this);
    label->setWordWrap(true);
    label->setBuddy(m_edit);
    m_edit->setObjectName(QStringLiteral("commentEdit"));
    m_edit->setTabChangesFocus(true);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(okText);
    ok->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_buttons);
    resize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 32, fontMetrics().height() * 14);
    connect(m_edit, &QPlainTextEdit::textChanged, this,
            [this, ok] { ok->setEnabled(!comment().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString CommentDialog::comment() const
{
    return m_edit->toPlainText().trimmed();
}

void CommentDialog::setComment(const QString &text)
{
    m_edit->setPlainText(text);
}

} // namespace helpdesk
