#include "ticket/TicketHeader.h"

#include "common/ActionCatalog.h"

#include <QLabel>
#include <QVBoxLayout>

namespace helpdesk {

TicketHeader::TicketHeader(QWidget *parent)
    : QWidget(parent), m_layout(new QVBoxLayout(this)), m_number(new QLabel(this)),
      m_subject(new QLabel(this)), m_runHint(new QLabel(this)), m_presence(new QLabel(this))
{
    setObjectName(QStringLiteral("ticketHeader"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(6);

    m_number->setObjectName(QStringLiteral("detailNumber"));
    QFont numberFont = m_number->font();
    numberFont.setBold(true);
    m_number->setFont(numberFont);
    m_number->setForegroundRole(QPalette::PlaceholderText);
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_subject->setObjectName(QStringLiteral("detailSubject"));
    QFont subjectFont = m_subject->font();
    subjectFont.setPointSizeF(subjectFont.pointSizeF() * 1.35);
    subjectFont.setBold(true);
    m_subject->setFont(subjectFont);
    m_subject->setWordWrap(true);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_layout->addWidget(m_number);
    m_layout->addWidget(m_subject);

    // Filled only while the ticket has a troubleshooting run in progress or paused.
    m_runHint->setObjectName(QStringLiteral("troubleshootingHint"));
    m_runHint->setWordWrap(true);
    m_runHint->setTextFormat(Qt::RichText);
    m_runHint->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_runHint->hide();
    connect(m_runHint, &QLabel::linkActivated, this, &TicketHeader::troubleshootRequested);
    m_layout->addWidget(m_runHint);
    m_presence->setObjectName(QStringLiteral("presenceLabel"));
    m_presence->setWordWrap(true);
    m_presence->setTextFormat(Qt::PlainText);
    m_presence->setAccessibleName(tr("Colleagues on this ticket"));
    QFont presenceFont = m_presence->font();
    presenceFont.setBold(true);
    m_presence->setFont(presenceFont);
    m_presence->hide();
    m_layout->addWidget(m_presence);
}

void TicketHeader::setPresence(const QString &text)
{
    m_presence->setText(text.isEmpty() ? QString() : QStringLiteral("\u25CF ") + text);
    m_presence->setVisible(!text.isEmpty());
}

QString TicketHeader::presenceText() const
{
    return m_presence->isHidden() ? QString() : m_presence->text().mid(2);
}

void TicketHeader::setTicket(const Ticket &t)
{
    m_number->setText(tr("%1 · via %2").arg(ticketNumberText(t.id), Vocabulary::label(t.channel)));
    m_subject->setText(t.subject);
}

void TicketHeader::showLoading(qint64 ticketId)
{
    m_number->setText(ticketNumberText(ticketId));
    m_subject->setText(tr("Loading…"));
}

void TicketHeader::setRun(const std::optional<FlowRun> &open)
{
    if (!open) {
        m_runHint->hide();
        return;
    }
    const FlowRun &run = *open;
    const FlowRunStep *step = run.currentRunStep();
    const QString where = step ? step->stepTitle : run.currentStep;
    const bool paused = run.status == FlowRunStatus::Paused;
    const QString text =
        paused ? tr("Troubleshooting “%1” is paused at “%2” (by %3).")
                     .arg(run.flowTitle, where, run.updatedByName)
               : tr("Troubleshooting “%1” is in progress at “%2” (last answer by %3).")
                     .arg(run.flowTitle, where, run.updatedByName);
    m_runHint->setText(QStringLiteral("%1 <a href=\"resume\">%2</a>")
                           .arg(text.toHtmlEscaped(), paused ? tr("Resume").toHtmlEscaped()
                                                             : tr("Continue").toHtmlEscaped()));
    m_runHint->setToolTip(tr("Opens the troubleshooting wizard (%1)")
                              .arg(ActionCatalog::keyText(u"ticket.troubleshoot")));
    m_runHint->show();
}

void TicketHeader::setActionBar(QWidget *bar)
{
    if (m_actionBar == bar)
        return;
    delete m_actionBar;
    m_actionBar = bar;
    if (bar) {
        bar->setParent(this);
        // Under the subject: number and subject come first.
        m_layout->insertWidget(2, bar);
    }
}

} // namespace helpdesk
