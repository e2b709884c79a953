#include "accounts/AccountReasonDialog.h"

#include "common/Colors.h"
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace helpdesk {

AccountReasonDialog::AccountReasonDialog(const Options &options, QWidget *parent)
    : QDialog(parent), m_required(options.required), m_edit(new QPlainTextEdit(this))
{
    setWindowTitle(options.title);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 34);
    auto *layout = new QVBoxLayout(this);

    auto *heading = new QLabel(options.heading, this);
    heading->setObjectName(QStringLiteral("reasonHeading"));
    heading->setWordWrap(true);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.1);
    heading->setFont(headingFont);
    if (options.destructive)
        heading->setStyleSheet(
            QStringLiteral("color: %1;")
                .arg(Colors::html(Colors::text(Colors::Tone::Danger, palette()))));
    layout->addWidget(heading);

    if (!options.explanation.isEmpty()) {
        auto *explanation = new QLabel(options.explanation, this);
        explanation->setObjectName(QStringLiteral("reasonExplanation"));
        explanation->setWordWrap(true);
        explanation->setTextFormat(Qt::PlainText);
        layout->addWidget(explanation);
    }

    auto *label = new QLabel(options.fieldLabel, this);
    label->setBuddy(m_edit);
    layout->addSpacing(4);
    layout->addWidget(label);
    m_edit->setObjectName(QStringLiteral("reasonEdit"));
    m_edit->setPlaceholderText(options.placeholder);
    m_edit->setTabChangesFocus(true);
    m_edit->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    layout->addWidget(m_edit, 1);

    if (!options.suggestions.isEmpty()) {
        auto *row = new QHBoxLayout;
        row->setSpacing(4);
        auto *hint = new QLabel(tr("Common:"), this);
        hint->setForegroundRole(QPalette::PlaceholderText);
        row->addWidget(hint);
        for (const QString &s : options.suggestions) {
            auto *chip = new QToolButton(this);
            chip->setText(s);
            chip->setAutoRaise(false);
            connect(chip, &QToolButton::clicked, this, [this, s] { setText(s); });
            row->addWidget(chip);
        }
        row->addStretch(1);
        layout->addLayout(row);
    }

    if (options.chooseTicket) {
        auto *form = new QFormLayout;
        m_ticketChoice = new QComboBox(this);
        m_ticketChoice->setObjectName(QStringLiteral("reasonTicketChoice"));
        for (const auto &[id, subject] : options.tickets)
            m_ticketChoice->addItem(tr("#%1 “%2”").arg(id).arg(subject), QVariant::fromValue(id));
        m_ticketChoice->addItem(tr("No ticket — record it on the account only"), QVariant());
        auto *ticketLabel = new QLabel(tr("Record on &ticket:"), this);
        ticketLabel->setBuddy(m_ticketChoice);
        form->addRow(ticketLabel, m_ticketChoice);
        layout->addLayout(form);
    }

    if (!m_required) {
        auto *optional = new QLabel(tr("Optional."), this);
        optional->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(optional);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_accept = buttons->addButton(options.acceptText, QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("reasonAccept"));
    m_accept->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &AccountReasonDialog::updateButton);
    updateButton();
    m_edit->setFocus();
}

std::optional<qint64> AccountReasonDialog::ticketId() const
{
    const QVariant v = m_ticketChoice ? m_ticketChoice->currentData() : QVariant();
    return v.isValid() ? std::optional<qint64>(v.toLongLong()) : std::nullopt;
}

QString AccountReasonDialog::text() const
{
    return m_edit->toPlainText().simplified();
}

void AccountReasonDialog::setText(const QString &text)
{
    m_edit->setPlainText(text);
    m_edit->moveCursor(QTextCursor::End);
}

void AccountReasonDialog::updateButton()
{
    const bool ok = !m_required || !text().isEmpty();
    m_accept->setEnabled(ok);
    m_accept->setToolTip(ok ? QString() : tr("Write a reason first."));
}

} // namespace helpdesk
