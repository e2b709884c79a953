#include "ticket/LogCustomerMessageDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace helpdesk {

LogCustomerMessageDialog::LogCustomerMessageDialog(const QString &ticketText, QWidget *parent)
    : QDialog(parent), m_channel(new QComboBox(this)), m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("logCustomerMessageDialog"));
    setWindowTitle(tr("Log Customer Message"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Write down what the customer told you on %1. It goes on the "
                                "timeline as their message; a ticket that was waiting for them "
                                "is opened again.")
                                 .arg(ticketText),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_channel->setObjectName(QStringLiteral("channelCombo"));
    for (TicketChannel c : {TicketChannel::Phone, TicketChannel::Chat})
        m_channel->addItem(Vocabulary::label(c), int(c));
    form->addRow(tr("&Received by:"), m_channel);
    m_text->setObjectName(QStringLiteral("customerMessageText"));
    m_text->setTabChangesFocus(true);
    form->addRow(tr("&Message:"), m_text);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Log Message"));
    m_ok->setEnabled(false);
    connect(m_text, &QPlainTextEdit::textChanged, this,
            [this] { m_ok->setEnabled(!text().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_text->setFocus();
}

QString LogCustomerMessageDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

TicketChannel LogCustomerMessageDialog::channel() const
{
    return TicketChannel(m_channel->currentData().toInt());
}

} // namespace helpdesk
