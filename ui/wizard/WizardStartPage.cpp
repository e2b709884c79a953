#include "wizard/WizardStartPage.h"

#include "common/ActionCatalog.h"
#include "common/Colors.h"
#include "wizard/TroubleshootingWizard.h"
#include "wizard/WizardText.h"

#include <QComboBox>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace helpdesk {

WizardStartPage::WizardStartPage(const FlowLibrary &flows, const Ticket &ticket, QWidget *parent)
    : QWizardPage(parent), m_library(flows), m_ticket(ticket), m_ticketLine(new QLabel(this)),
      m_openRunText(new QLabel(this)), m_continue(new QRadioButton(this)),
      m_abandon(new QRadioButton(this)), m_flowLabel(new QLabel(this)),
      m_flows(new QComboBox(this)), m_description(new QLabel(this)), m_flowErrors(new QLabel(this)),
      m_error(new QLabel(this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("wizardStart"));
    setTitle(tr("Troubleshoot %1").arg(ticketNumberText(ticket.id)));
    setSubTitle(tr("The wizard leads you through the checks step by step and records every answer "
                   "on the ticket's timeline."));

    for (QLabel *l :
         {m_ticketLine, m_openRunText, m_description, m_flowErrors, m_error, m_status}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
    }
    m_ticketLine->setObjectName(QStringLiteral("startTicket"));
    const QString who = ticket.requesterName.isEmpty()
                            ? ticket.requesterEmail
                            : tr("%1 <%2>").arg(ticket.requesterName, ticket.requesterEmail);
    m_ticketLine->setText(tr("%1 · %2\nCustomer: %3 · Category: %4")
                              .arg(ticketNumberText(ticket.id), ticket.subject, who,
                                   Vocabulary::label(ticket.category)));

    m_openRunText->setObjectName(QStringLiteral("openRunText"));
    QFont bold = m_openRunText->font();
    bold.setBold(true);
    m_openRunText->setFont(bold);
    m_openRunText->hide();
    m_continue->setObjectName(QStringLiteral("continueRadio"));
    m_abandon->setObjectName(QStringLiteral("abandonRadio"));
    m_abandon->setText(tr("&Abandon it (what was recorded stays) and start the flow below"));
    m_continue->hide();
    m_abandon->hide();
    m_continue->setChecked(true);
    connect(m_continue, &QRadioButton::toggled, this, &WizardStartPage::updateChrome);

    m_flowLabel->setText(tr("&Flow:"));
    m_flowLabel->setBuddy(m_flows);
    m_flows->setObjectName(QStringLiteral("flowCombo"));
    const Flow *suggested = flows.suggestedFor(ticket.category);
    for (const Flow &f : flows.flows()) {
        QString text = tr("%1 (%2)").arg(f.title, Vocabulary::label(f.category));
        if (suggested && f.id == suggested->id)
            text = tr("%1 — suggested for this ticket").arg(text);
        m_flows->addItem(text, f.id);
    }
    if (suggested)
        m_flows->setCurrentIndex(m_flows->findData(suggested->id));
    connect(m_flows, &QComboBox::currentIndexChanged, this, &WizardStartPage::updateChrome);
    m_description->setObjectName(QStringLiteral("flowDescription"));
    m_description->setForegroundRole(QPalette::PlaceholderText);

    m_flowErrors->setObjectName(QStringLiteral("flowErrors"));
    m_flowErrors->hide();
    m_error->setObjectName(QStringLiteral("startError"));
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, Colors::text(Colors::Tone::Danger, errorPalette));
    m_error->setPalette(errorPalette);
    m_flowErrors->setPalette(errorPalette);
    m_error->hide();
    m_status->setObjectName(QStringLiteral("startStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setText(tr("Looking for a run in progress on this ticket…"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_ticketLine);
    layout->addSpacing(8);
    layout->addWidget(m_openRunText);
    layout->addWidget(m_continue);
    layout->addWidget(m_abandon);
    layout->addSpacing(4);
    layout->addWidget(m_flowLabel);
    layout->addWidget(m_flows);
    layout->addWidget(m_description);
    layout->addSpacing(8);
    layout->addWidget(m_flowErrors);
    layout->addWidget(m_error);
    layout->addWidget(m_status);
    layout->addStretch(1);
    updateChrome();
}

void WizardStartPage::setOpenRun(const std::optional<FlowRun> &run)
{
    m_loaded = true;
    m_openRun = run;
    m_status->clear();
    if (run) {
        const FlowRunStep *step = run->currentRunStep();
        const QString where = step ? step->stepTitle : run->currentStep;
        const QString who = run->updatedByName.isEmpty() ? tr("someone") : run->updatedByName;
        const QString when = WizardText::timeText(run->updatedAt);
        m_openRunText->setText(run->status == FlowRunStatus::Paused
                                   ? tr("“%1” is paused at “%2” (paused by %3, %4).")
                                         .arg(run->flowTitle, where, who, when)
                                   : tr("“%1” is in progress at “%2” (last answer by %3, %4).")
                                         .arg(run->flowTitle, where, who, when));
        m_continue->setText(
            tr("C&ontinue it at “%1”; the steps so far are listed on the left").arg(where));
        m_continue->setChecked(true);
        const int index = m_flows->findData(run->flowId);
        if (index >= 0)
            m_flows->setCurrentIndex(index);
    }
    m_openRunText->setVisible(run.has_value());
    m_continue->setVisible(run.has_value());
    m_abandon->setVisible(run.has_value());
    updateChrome();
}

void WizardStartPage::setFlowErrors(const QStringList &messages)
{
    m_flowErrors->setText(
        messages.isEmpty()
            ? QString()
            : tr("Some flow files could not be loaded and are not offered (ask an admin to fix "
                 "them):") +
                  u'\n' + messages.join(u'\n'));
    m_flowErrors->setVisible(!messages.isEmpty());
}

QString WizardStartPage::flowErrorsText() const
{
    return m_flowErrors->isHidden() ? QString() : m_flowErrors->text();
}

WizardStartPage::Choice WizardStartPage::choice() const
{
    if (!m_openRun)
        return Choice::Start;
    return m_continue->isChecked() ? Choice::Continue : Choice::AbandonAndStart;
}

void WizardStartPage::setChoice(Choice choice)
{
    if (choice == Choice::AbandonAndStart)
        m_abandon->setChecked(true);
    else
        m_continue->setChecked(true);
}

QString WizardStartPage::chosenFlowId() const
{
    return m_flows->currentData().toString();
}

void WizardStartPage::setChosenFlowId(const QString &flowId)
{
    const int index = m_flows->findData(flowId);
    if (index >= 0)
        m_flows->setCurrentIndex(index);
}

void WizardStartPage::updateChrome()
{
    const bool continuing = choice() == Choice::Continue;
    m_flows->setEnabled(!continuing && !m_busy);
    m_flowLabel->setEnabled(!continuing);
    m_continue->setEnabled(!m_busy);
    m_abandon->setEnabled(!m_busy);
    const Flow *flow = m_library.flow(chosenFlowId());
    m_description->setText(flow ? flow->description : QString());
    if (m_library.isEmpty())
        m_description->setText(tr("No troubleshooting flows are installed, so there is nothing "
                                  "to start. Ask an admin to check the flow files."));
    m_description->setVisible(!continuing);
    if (continuing)
        setButtonText(QWizard::NextButton,
                      ActionCatalog::get(m_openRun->status == FlowRunStatus::Paused
                                             ? u"wizard.resume"
                                             : u"wizard.continue")
                          .text);
    else
        setButtonText(QWizard::NextButton, ActionCatalog::get(u"wizard.start").text);
    emit completeChanged();
}

void WizardStartPage::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    if (busy)
        m_error->hide();
    m_status->setText(busy ? what : QString());
    updateChrome();
}

void WizardStartPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

QString WizardStartPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString WizardStartPage::openRunText() const
{
    return m_openRunText->isHidden() ? QString() : m_openRunText->text();
}

bool WizardStartPage::isComplete() const
{
    if (!m_loaded || m_busy)
        return false;
    if (choice() == Choice::Continue)
        return true;
    return m_library.flow(chosenFlowId()) != nullptr;
}

bool WizardStartPage::validatePage()
{
    const auto *w = qobject_cast<const TroubleshootingWizard *>(wizard());
    if (w && w->isAdvancing())
        return true;
    // Starting talks to the database: the wizard moves on when the run is there.
    emit startRequested();
    return false;
}

int WizardStartPage::nextId() const
{
    const auto *w = qobject_cast<const TroubleshootingWizard *>(wizard());
    return w ? w->pendingPageId() : -1;
}

} // namespace helpdesk
