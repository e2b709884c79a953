#include "accounts/ForwardedMailDialog.h"

#include "accounts/AccountService.h"
#include "common/ActionCatalog.h"
#include "common/Colors.h"
#include "common/Futures.h"
#include "common/TimeText.h"
#include "tickets/Ticket.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace helpdesk {

namespace {

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style=\"color:%3; padding-right:14px\">%1</td>"
                          "<td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value,
             Colors::html(
                 Colors::text(Colors::Tone::Muted, QGuiApplication::palette(), QPalette::Base)));
}
} // namespace

ForwardedMailDialog::ForwardedMailDialog(AccountService *service, QWidget *parent,
                                         std::optional<qint64> ticketId)
    : QDialog(parent), m_service(service), m_paste(new QPlainTextEdit(this)),
      m_check(new QPushButton(tr("&Check"), this)), m_verdict(new QLabel(this)),
      m_details(new QTextBrowser(this))
{
    m_ticketId = ticketId;
    setObjectName(QStringLiteral("forwardedMailDialog"));
    setWindowTitle(tr("Check a Forwarded Email"));
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    resize(em * 48, em * 40);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Paste the email the customer forwarded to us, or just its headers (\"Show "
           "original\" or \"View source\" in most mail programs). The check looks up its "
           "Message-ID among the mails we sent. Links in the text are ignored, never opened."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *pasteLabel = new QLabel(tr("&Forwarded message or headers:"), this);
    pasteLabel->setBuddy(m_paste);
    layout->addWidget(pasteLabel);
    m_paste->setObjectName(QStringLiteral("forwardedText"));
    m_paste->setPlaceholderText(QStringLiteral("Message-ID: <…@…>\nFrom: …\nSubject: …"));
    m_paste->setTabChangesFocus(true);
    m_paste->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_paste->setFont(mono);
    m_paste->installEventFilter(this);
    layout->addWidget(m_paste, 2);

    m_check->setObjectName(QStringLiteral("forwardedCheck"));
    m_check->setToolTip(ActionCatalog::keyText(u"forwarded.check"));
    auto *checkRow = new QHBoxLayout;
    checkRow->addStretch(1);
    checkRow->addWidget(m_check);
    layout->addLayout(checkRow);

    m_verdict->setObjectName(QStringLiteral("forwardedVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setMargin(8);
    m_verdict->hide();
    layout->addWidget(m_verdict);
    m_details->setObjectName(QStringLiteral("forwardedDetails"));
    m_details->setAccessibleName(tr("What the check found"));
    m_details->setOpenLinks(false);
    m_details->hide();
    layout->addWidget(m_details, 3);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_check, &QPushButton::clicked, this, &ForwardedMailDialog::check);
    connect(m_paste, &QPlainTextEdit::textChanged, this, &ForwardedMailDialog::updateButton);
    updateButton();
}

bool ForwardedMailDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_paste && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (ActionCatalog::matches(u"forwarded.check", key)) {
            check();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ForwardedMailDialog::setPastedText(const QString &text)
{
    m_paste->setPlainText(text);
}

void ForwardedMailDialog::updateButton()
{
    m_check->setEnabled(!m_busy && !m_paste->toPlainText().trimmed().isEmpty());
}

void ForwardedMailDialog::check()
{
    const QString text = m_paste->toPlainText();
    if (m_busy || text.trimmed().isEmpty())
        return;
    m_busy = true;
    updateButton();
    m_verdict->setText(tr("Checking…"));
    m_verdict->setStyleSheet(QString());
    m_verdict->show();
    const quint64 generation = ++m_generation;
    whenDone(m_service->checkForwardedMail(text, m_ticketId), this,
             [this, generation](const Result<ForwardedMailReport> &r) {
                 if (generation != m_generation)
                     return;
                 m_busy = false;
                 updateButton();
                 if (!r) {
                     showError(r.error().message);
                     return;
                 }
                 showReport(r.value());
                 emit checked(r.value());
             });
}

void ForwardedMailDialog::showError(const QString &message)
{
    m_report.reset();
    m_verdict->setText(message);
    m_verdict->setStyleSheet(Colors::cardStyle(Colors::Tone::Danger, palette()));
    m_details->hide();
}

void ForwardedMailDialog::showReport(const ForwardedMailReport &report)
{
    m_report = report;
    QString headline;
    Colors::Tone tone = Colors::Tone::Warning;
    switch (report.verdict) {
    case ForwardedMailReport::Verdict::SentByUs:
        headline = tr("✔ Sent by this helpdesk");
        tone = Colors::Tone::Success;
        break;
    case ForwardedMailReport::Verdict::NotSentByUs:
        headline = tr("⚠ We did not send this message — possible phishing");
        tone = Colors::Tone::Danger;
        break;
    case ForwardedMailReport::Verdict::NoMessageId:
        headline = tr("No Message-ID found");
        tone = Colors::Tone::Warning;
        break;
    }
    m_verdict->setTextFormat(Qt::RichText);
    m_verdict->setText(QStringLiteral("<b style=\"font-size:large\">%1</b><br/>%2")
                           .arg(headline.toHtmlEscaped(), report.summary.toHtmlEscaped()));
    m_verdict->setStyleSheet(Colors::cardStyle(tone, palette()));
    m_verdict->show();

    QString html;
    for (const ForwardedMailMatch &m : report.matches) {
        html += QStringLiteral("<h3 style=\"margin-bottom:4px\">%1</h3><table cellspacing=\"2\">")
                    .arg(m.templateName.toHtmlEscaped());
        html +=
            row(tr("Message-ID"), QStringLiteral("<tt>%1</tt>").arg(m.messageId.toHtmlEscaped()));
        html += row(tr("To"), m.to.toHtmlEscaped());
        html += row(tr("Subject"), m.subject.toHtmlEscaped());
        html += row(tr("Queued"), TimeText::dateTime(m.queuedAt).toHtmlEscaped());
        html += row(tr("Accepted by the relay"),
                    m.acceptedAt.isValid()
                        ? TimeText::dateTime(m.acceptedAt).toHtmlEscaped()
                        : tr("Not yet (%1)").arg(OutboxStatuses::label(m.status)).toHtmlEscaped());
        if (m.ticketId)
            html += row(tr("Ticket"), ticketNumberText(*m.ticketId).toHtmlEscaped());
        html += row(tr("Recognised by"),
                    (m.matchedBy == QLatin1String("inline")
                         ? tr("recipient, subject, date and text of an inline forward")
                         : tr("its Message-ID"))
                        .toHtmlEscaped());
        if (m.token) {
            const TokenInfo &t = *m.token;
            QString state =
                QStringLiteral("<b>%1</b>").arg(TokenStates::label(t.state).toHtmlEscaped());
            if (t.state == TokenState::Used)
                state += tr(" at %1").arg(TimeText::dateTime(t.usedAt)).toHtmlEscaped();
            else if (t.state == TokenState::Revoked)
                state += QStringLiteral(" (%1)").arg(
                    RevokeReasons::label(t.revokeReason).toHtmlEscaped());
            else
                state += tr(" · expires %1").arg(TimeText::dateTime(t.expiresAt)).toHtmlEscaped();
            html += row(tr("Link"), QStringLiteral("%1 — %2").arg(
                                        TokenKinds::label(t.kind).toHtmlEscaped(), state));
        }
        html += QStringLiteral("</table>");
    }
    if (!report.unknownIds.isEmpty()) {
        html += QStringLiteral("<h3 style=\"margin-bottom:4px\">%1</h3><ul>")
                    .arg(tr("Message-IDs we did not send").toHtmlEscaped());
        for (const QString &id : report.unknownIds)
            html += QStringLiteral("<li><tt>%1</tt></li>").arg(id.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    if (report.inlineUnmatched > 0)
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("%n forwarded or quoted mail(s) in the text match none of the mails "
                            "we sent to this customer.",
                            nullptr, report.inlineUnmatched)
                             .toHtmlEscaped());
    if (m_ticketId && report.verdict != ForwardedMailReport::Verdict::NoMessageId)
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("This verdict was recorded on ticket %1 and in the audit log.")
                             .arg(ticketNumberText(*m_ticketId))
                             .toHtmlEscaped());
    m_details->setHtml(html);
    m_details->setVisible(!html.isEmpty());
}

QString ForwardedMailDialog::verdictText() const
{
    return m_verdict->isHidden() ? QString()
                                 : QTextDocumentFragment::fromHtml(m_verdict->text()).toPlainText();
}

QString ForwardedMailDialog::detailsText() const
{
    return m_details->isHidden() ? QString() : m_details->toPlainText();
}

} // namespace helpdesk
