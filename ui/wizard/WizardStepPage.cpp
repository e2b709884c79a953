#include "wizard/WizardStepPage.h"

#include "common/ActionCatalog.h"
#include "common/Colors.h"
#include "wizard/TroubleshootingWizard.h"
#include "wizard/WizardText.h"

#include <QApplication>
#include <QClipboard>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QKeySequence>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace helpdesk {

namespace {

constexpr int ButtonColumns = 3;

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

QLabel *wrapped(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// Checks and questions email the steps still to try; the final step (an escalation, a
// request for proof) its own text.
bool offersEmail(const FlowStep &step)
{
    return step.kind == FlowStepKind::Check || step.kind == FlowStepKind::Question ||
           step.kind == FlowStepKind::Terminal;
}

} // namespace

WizardStepPage::WizardStepPage(const Flow &flow, const FlowStep &step, int seq,
                               const Ticket &ticket, QWidget *parent)
    : QWizardPage(parent), m_flow(flow), m_step(step), m_seq(seq), m_ticket(ticket),
      m_justDone(wrapped(this)), m_instructions(wrapped(this)),
      m_answerCaption(caption(tr("Answer"), this)), m_buttonBox(new QWidget(this)),
      m_notes(new QPlainTextEdit(this)), m_errorFrame(new QFrame(this)),
      m_errorText(wrapped(m_errorFrame)),
      m_reloadButton(new QPushButton(ActionCatalog::get(u"wizard.reload").text, m_errorFrame)),
      m_status(wrapped(this))
{
    setObjectName(QStringLiteral("wizardStep_%1").arg(step.id));
    setTitle(step.title);
    setSubTitle(tr("Step %1 of the run · %2").arg(seq).arg(flow.title));

    // The page scrolls rather than squeezing its parts (the account panel is tall).
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("stepScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(scroll);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll, 1);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->setSpacing(6);

    m_justDone->setObjectName(QStringLiteral("justDone"));
    m_justDone->setAutoFillBackground(true);
    m_justDone->setMargin(6);
    QPalette donePalette = m_justDone->palette();
    const Colors::Card done = Colors::card(Colors::Tone::Success, donePalette);
    donePalette.setColor(QPalette::Window, done.background);
    donePalette.setColor(QPalette::WindowText, done.title);
    m_justDone->setPalette(donePalette);
    m_justDone->hide();
    layout->addWidget(m_justDone);

    m_instructions->setObjectName(QStringLiteral("stepInstructions"));
    m_instructions->setText(step.instructions);
    layout->addWidget(caption(tr("What to do"), this));
    layout->addWidget(m_instructions);

    if (!step.customerText.trimmed().isEmpty()) {
        layout->addSpacing(4);
        layout->addWidget(caption(step.kind == FlowStepKind::Question ? tr("Ask the customer")
                                                                      : tr("Tell the customer"),
                                  this));
        m_customerText = new QPlainTextEdit(this);
        m_customerText->setObjectName(QStringLiteral("customerText"));
        m_customerText->setAccessibleName(tr("Text for the customer"));
        m_customerText->setReadOnly(true);
        m_customerText->setTabChangesFocus(true);
        m_customerText->setPlainText(step.customerText.trimmed());
        m_customerText->setFixedHeight(fontMetrics().lineSpacing() * 4 + 12);
        layout->addWidget(m_customerText);

        auto *row = new QHBoxLayout;
        m_copyButton = new QPushButton(ActionCatalog::get(u"wizard.copy").text, this);
        m_copyButton->setObjectName(QStringLiteral("copyButton"));
        m_copyButton->setToolTip(ActionCatalog::toolTip(u"wizard.copy"));
        connect(m_copyButton, &QPushButton::clicked, this, &WizardStepPage::copyCustomerText);
        row->addWidget(m_copyButton);
        if (offersEmail(step)) {
            const QList<FlowStep> toTry = flow.stepsToTry(step.id);
            m_emailButton = new QPushButton(ActionCatalog::get(u"wizard.email").text, this);
            m_emailButton->setObjectName(QStringLiteral("emailStepsButton"));
            m_emailButton->setEnabled(!toTry.isEmpty());
            m_emailButton->setToolTip(
                step.kind == FlowStepKind::Terminal
                    ? tr("Queues a reply to %1 with the text above (%2).")
                          .arg(ticket.requesterEmail, ActionCatalog::keyText(u"wizard.email"))
                    : tr("Queues a mail to %1 with the %n step(s) still to try (%2):", nullptr,
                         int(toTry.size()))
                              .arg(ticket.requesterEmail, ActionCatalog::keyText(u"wizard.email")) +
                          u'\n' + WizardText::stepsText(toTry));
            connect(m_emailButton, &QPushButton::clicked, this, &WizardStepPage::emailRequested);
            row->addWidget(m_emailButton);
        }
        m_emailStatus = wrapped(this);
        m_emailStatus->setObjectName(QStringLiteral("emailStatus"));
        m_emailStatus->setForegroundRole(QPalette::PlaceholderText);
        row->addWidget(m_emailStatus, 1);
        layout->addLayout(row);
    }

    if (step.kind == FlowStepKind::AccountCheck) {
        m_effects = new QGroupBox(tr("Customer account"), this);
        m_effects->setObjectName(QStringLiteral("accountBox"));
        auto *box = new QVBoxLayout(m_effects);
        m_accountLine = wrapped(m_effects);
        m_accountLine->setObjectName(QStringLiteral("accountStatusLine"));
        QFont bold = m_accountLine->font();
        bold.setBold(true);
        m_accountLine->setFont(bold);
        m_accountLine->setText(tr("Reading the account of %1…").arg(ticket.requesterEmail));
        m_accountHost = new QWidget(m_effects);
        m_accountHost->setObjectName(QStringLiteral("accountPanelHost"));
        auto *hostLayout = new QVBoxLayout(m_accountHost);
        hostLayout->setContentsMargins(0, 0, 0, 0);
        m_accountHost->hide();
        m_recheckButton = new QPushButton(ActionCatalog::get(u"wizard.recheck").text, m_effects);
        m_recheckButton->setObjectName(QStringLiteral("recheckAccountButton"));
        m_recheckButton->setToolTip(ActionCatalog::toolTip(u"wizard.recheck"));
        connect(m_recheckButton, &QPushButton::clicked, this,
                &WizardStepPage::accountRecheckRequested);
        auto *line = new QHBoxLayout;
        line->addWidget(m_accountLine, 1);
        line->addWidget(m_recheckButton, 0, Qt::AlignTop);
        box->addLayout(line);
        box->addWidget(m_accountHost);
        layout->addWidget(m_effects);
    } else if (step.kind == FlowStepKind::Action || step.kind == FlowStepKind::Terminal) {
        m_effects = new QGroupBox(step.kind == FlowStepKind::Action
                                      ? tr("When you confirm, the wizard will")
                                      : tr("When you finish, the wizard will"),
                                  this);
        m_effects->setObjectName(QStringLiteral("actionsBox"));
        auto *box = new QVBoxLayout(m_effects);
        m_effectsText = wrapped(m_effects);
        m_effectsText->setObjectName(QStringLiteral("actionsText"));
        QStringList lines;
        for (FlowAction a : step.actions)
            lines << QStringLiteral("• ") + WizardText::actionDescription(a, ticket);
        if (lines.isEmpty())
            lines << tr("End the run; nothing else changes on the ticket.");
        m_effectsText->setText(lines.join(u'\n'));
        m_doneText = wrapped(m_effects);
        m_doneText->setObjectName(QStringLiteral("actionsDone"));
        m_doneText->hide();
        box->addWidget(m_effectsText);
        box->addWidget(m_doneText);
        layout->addWidget(m_effects);
    }

    layout->addStretch(1);
    scroll->setWidget(content);

    // The answers stay in view under the scrolling part.
    auto *fixed = new QVBoxLayout;
    fixed->setContentsMargins(0, 4, 6, 0);
    fixed->setSpacing(6);
    outer->addLayout(fixed);
    fixed->addWidget(m_answerCaption);
    auto *grid = new QGridLayout(m_buttonBox);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(4);
    for (int c = 0; c < ButtonColumns; ++c)
        grid->setColumnStretch(c, 1);
    fixed->addWidget(m_buttonBox);

    auto *notesLabel = new QLabel(ActionCatalog::get(u"wizard.notes").text, this);
    notesLabel->setBuddy(m_notes);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("What the customer said or saw; kept with the answer."));
    m_notes->setFixedHeight(fontMetrics().lineSpacing() * 3 + 12);
    fixed->addWidget(notesLabel);
    fixed->addWidget(m_notes);

    m_errorFrame->setObjectName(QStringLiteral("stepError"));
    m_errorFrame->setFrameShape(QFrame::StyledPanel);
    m_errorFrame->setAutoFillBackground(true);
    QPalette errorPalette = m_errorFrame->palette();
    const Colors::Card error = Colors::card(Colors::Tone::Danger, errorPalette);
    errorPalette.setColor(QPalette::Window, error.background);
    errorPalette.setColor(QPalette::WindowText, error.title);
    m_errorFrame->setPalette(errorPalette);
    m_errorText->setObjectName(QStringLiteral("stepErrorText"));
    m_reloadButton->setObjectName(QStringLiteral("reloadButton"));
    m_reloadButton->setToolTip(ActionCatalog::toolTip(u"wizard.reload"));
    connect(m_reloadButton, &QPushButton::clicked, this, &WizardStepPage::reloadRequested);
    auto *errorLayout = new QHBoxLayout(m_errorFrame);
    errorLayout->setContentsMargins(8, 6, 8, 6);
    errorLayout->addWidget(m_errorText, 1);
    errorLayout->addWidget(m_reloadButton, 0, Qt::AlignTop);
    m_errorFrame->hide();
    fixed->addWidget(m_errorFrame);

    m_status->setObjectName(QStringLiteral("stepStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    fixed->addWidget(m_status);

    buildOutcomeButtons();
}

void WizardStepPage::clearOutcomeButtons()
{
    qDeleteAll(m_outcomeButtons);
    m_outcomeButtons.clear();
}

QPushButton *WizardStepPage::addOutcomeButton(const QString &outcome, const QString &label,
                                              const QString &toolTip)
{
    const int number = int(m_outcomeButtons.size()) + 1;
    auto *button = new QPushButton(WizardText::numberedButtonText(number, label), m_buttonBox);
    button->setObjectName(QStringLiteral("outcome_%1").arg(outcome));
    button->setProperty("outcome", outcome);
    button->setAutoDefault(false);
    // The keys of the button's mnemonic (Alt+1…Alt+9, wizard.answer).
    const QString keys = QKeySequence::mnemonic(button->text()).toString(QKeySequence::NativeText);
    QString tip = toolTip;
    if (!keys.isEmpty())
        tip = tip.isEmpty() ? keys : tr("%1 (%2)").arg(tip, keys);
    button->setToolTip(tip);
    auto *grid = static_cast<QGridLayout *>(m_buttonBox->layout());
    grid->addWidget(button, (number - 1) / ButtonColumns, (number - 1) % ButtonColumns);
    m_outcomeButtons.append(button);
    button->show(); // added to a page that may be visible already
    if (m_step.kind == FlowStepKind::Terminal) {
        connect(button, &QPushButton::clicked, this, [this] { emit finishRequested(notes()); });
    } else {
        connect(button, &QPushButton::clicked, this,
                [this, outcome] { emit answerRequested(outcome, notes()); });
    }
    return button;
}

void WizardStepPage::buildOutcomeButtons()
{
    clearOutcomeButtons();
    switch (m_step.kind) {
    case FlowStepKind::Terminal:
        m_answerCaption->setText(tr("Finish"));
        addOutcomeButton(FlowOutcomes::Finished, tr("Finish"),
                         WizardText::actionsSentence(m_step.actions, m_ticket));
        break;
    case FlowStepKind::AccountCheck:
        rebuildAccountButtons();
        return;
    case FlowStepKind::Action:
        m_answerCaption->setText(tr("Confirm"));
        for (const FlowOutcome &o : m_step.outcomes) {
            const FlowStep *next = m_flow.step(o.next);
            const QString leads = next ? tr("then: %1").arg(next->title) : QString();
            if (o.key == FlowOutcomes::Done)
                addOutcomeButton(o.key, tr("Confirm and Do It"),
                                 WizardText::actionsSentence(m_step.actions, m_ticket));
            else if (o.key == FlowOutcomes::Skipped)
                addOutcomeButton(o.key, tr("Skip This Step"),
                                 tr("Answer \"skipped\" without doing the actions; %1").arg(leads));
            else
                addOutcomeButton(o.key, o.label, leads);
        }
        break;
    case FlowStepKind::Check:
    case FlowStepKind::Question:
        m_answerCaption->setText(m_step.kind == FlowStepKind::Check ? tr("What happened?")
                                                                    : tr("Answer"));
        for (const FlowOutcome &o : m_step.outcomes) {
            const FlowStep *next = m_flow.step(o.next);
            addOutcomeButton(o.key, o.label, next ? tr("Next: %1").arg(next->title) : QString());
        }
        break;
    }
    updateEnabled();
}

void WizardStepPage::rebuildAccountButtons()
{
    clearOutcomeButtons();
    m_answerCaption->setText(tr("Continue"));
    if (!m_accountKnown) {
        updateEnabled();
        return;
    }
    if (m_account.accountId) {
        // The branch is the account's status: the runner checks it is still the same.
        const auto o = m_step.outcome(m_account.status);
        const FlowStep *next = o ? m_flow.step(o->next) : nullptr;
        addOutcomeButton(
            m_account.status,
            tr("Continue: Account Is %1").arg(WizardText::accountStatusLabel(m_account.status)),
            next ? tr("Next: %1").arg(next->title)
                 : tr("This flow has no branch for this status."));
    } else {
        // Nothing to read: the agent says what they found in the account tools.
        for (const FlowOutcome &o : m_step.outcomes) {
            const FlowStep *next = m_flow.step(o.next);
            addOutcomeButton(o.key, o.label, next ? tr("Next: %1").arg(next->title) : QString());
        }
    }
    updateEnabled();
}

void WizardStepPage::setAccount(const TicketAccount &account)
{
    if (m_step.kind != FlowStepKind::AccountCheck)
        return;
    m_accountKnown = true;
    m_account = account;
    if (account.accountId) {
        m_accountLine->setText(
            tr("Account of %1: %2")
                .arg(m_ticket.requesterEmail, WizardText::accountStatusLabel(account.status)));
        if (m_panelFactory && !m_accountPanel) {
            m_accountPanel = m_panelFactory(*account.accountId, m_accountHost);
            if (m_accountPanel) {
                m_accountHost->layout()->addWidget(m_accountPanel);
                m_accountHost->show();
            }
        }
    } else {
        m_accountLine->setText(
            tr("No customer account is linked to this ticket (no account has the address %1). "
               "Look the customer up in the account tools and choose what you found:")
                .arg(m_ticket.requesterEmail));
    }
    rebuildAccountButtons();
}

void WizardStepPage::setAccountError(const QString &message)
{
    if (m_step.kind != FlowStepKind::AccountCheck)
        return;
    m_accountKnown = false;
    m_accountLine->setText(tr("The account could not be read: %1").arg(message));
    rebuildAccountButtons();
}

QString WizardStepPage::accountText() const
{
    return m_accountLine ? m_accountLine->text() : QString();
}

void WizardStepPage::setRun(const FlowRun &run)
{
    const FlowRunStep *mine = nullptr;
    for (const FlowRunStep &s : run.steps)
        if (s.seq == m_seq)
            mine = &s;
    if (m_emailStatus && mine) {
        const QJsonArray emailed = mine->details.value(QStringLiteral("emailed")).toArray();
        if (!emailed.isEmpty()) {
            const auto at =
                qint64(emailed.last().toObject().value(QStringLiteral("at")).toDouble());
            m_emailStatus->setText(
                tr("Emailed to %1 at %2; the mail waits in the outbox.")
                    .arg(m_ticket.requesterEmail,
                         WizardText::timeText(QDateTime::fromMSecsSinceEpoch(at, Qt::UTC))));
        }
    }
    if (m_doneText) {
        // Actions done at this step before an action failed: a retry does not repeat them.
        QStringList done;
        const bool current =
            run.isOpen() && run.currentRunStep() && run.currentRunStep()->seq == m_seq;
        if (current)
            for (const QJsonValue &a : run.stepActions)
                done << QStringLiteral("✓ ") +
                            a.toObject().value(QStringLiteral("summary")).toString();
        m_doneText->setText(done.isEmpty()
                                ? QString()
                                : tr("Already done (not repeated when you confirm again):") +
                                      u'\n' + done.join(u'\n'));
        m_doneText->setVisible(!done.isEmpty());
    }
}

QString WizardStepPage::actionsText() const
{
    return m_effectsText ? m_effectsText->text() : QString();
}

QString WizardStepPage::customerText() const
{
    return m_customerText ? m_customerText->toPlainText() : QString();
}

QString WizardStepPage::notes() const
{
    return m_notes->toPlainText().trimmed();
}

void WizardStepPage::setNotes(const QString &notes)
{
    m_notes->setPlainText(notes);
}

QPushButton *WizardStepPage::outcomeButton(const QString &outcome) const
{
    for (QPushButton *b : m_outcomeButtons)
        if (b->property("outcome").toString() == outcome)
            return b;
    return nullptr;
}

void WizardStepPage::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    m_status->setText(busy ? what : QString());
    updateEnabled();
}

void WizardStepPage::updateEnabled()
{
    for (QPushButton *b : std::as_const(m_outcomeButtons))
        b->setEnabled(!m_busy);
    if (m_emailButton)
        m_emailButton->setEnabled(!m_busy && !m_flow.stepsToTry(m_step.id).isEmpty());
    if (m_recheckButton)
        m_recheckButton->setEnabled(!m_busy);
    m_reloadButton->setEnabled(!m_busy);
}

void WizardStepPage::showError(const QString &message)
{
    m_errorText->setText(message);
    m_errorFrame->show();
}

void WizardStepPage::clearError()
{
    m_errorText->clear();
    m_errorFrame->hide();
}

QString WizardStepPage::errorText() const
{
    return m_errorFrame->isHidden() ? QString() : m_errorText->text();
}

void WizardStepPage::showNotice(const QString &message)
{
    m_status->setText(message);
}

QString WizardStepPage::noticeText() const
{
    return m_status->text();
}

void WizardStepPage::setJustDone(const QStringList &summaries)
{
    QStringList lines;
    for (const QString &s : summaries)
        lines << QStringLiteral("✓ ") + s;
    m_justDone->setText(lines.join(u'\n'));
    m_justDone->setVisible(!lines.isEmpty());
}

QString WizardStepPage::justDoneText() const
{
    return m_justDone->isHidden() ? QString() : m_justDone->text();
}

QString WizardStepPage::emailStatusText() const
{
    return m_emailStatus ? m_emailStatus->text() : QString();
}

void WizardStepPage::copyCustomerText()
{
    if (!m_customerText)
        return;
    QApplication::clipboard()->setText(m_customerText->toPlainText());
    showNotice(tr("Copied to the clipboard."));
}

int WizardStepPage::nextId() const
{
    const auto *w = qobject_cast<const TroubleshootingWizard *>(wizard());
    return w ? w->pendingPageId() : -1;
}

bool WizardStepPage::validatePage()
{
    // The page moves on only when the wizard has the run's next step; the buttons answer.
    const auto *w = qobject_cast<const TroubleshootingWizard *>(wizard());
    return w && w->isAdvancing();
}

void WizardStepPage::showEvent(QShowEvent *event)
{
    QWizardPage::showEvent(event);
    // After QWizard has placed the focus on the new page: the notes take the keyboard, so the
    // agent types what the customer said and answers with the number's mnemonic.
    QTimer::singleShot(0, this, [this] { m_notes->setFocus(Qt::OtherFocusReason); });
}

} // namespace helpdesk
