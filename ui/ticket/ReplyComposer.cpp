#include "ticket/ReplyComposer.h"

#include "common/ActionCatalog.h"
#include "common/Colors.h"
#include "common/Futures.h"
#include "knowledge/KnowledgePicker.h"
#include "knowledge/KnowledgeService.h"
#include "mail/TemplateRenderer.h"

#include <QApplication>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace helpdesk {

ReplyComposer::ReplyComposer(QWidget *parent)
    : QFrame(parent), m_title(new QLabel(this)), m_hint(new QLabel(this)),
      m_edit(new QPlainTextEdit(this)), m_submit(new QPushButton(this)),
      m_discard(new QPushButton(tr("Discard"), this)), m_stagedBar(new QFrame(this)),
      m_stagedText(new QLabel(m_stagedBar)), m_undo(new QPushButton(tr("Undo"), m_stagedBar)),
      m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("composer"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);
    m_title->setObjectName(QStringLiteral("composerTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_hint->setObjectName(QStringLiteral("composerHint"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_edit->setObjectName(QStringLiteral("composerEdit"));
    m_edit->setTabChangesFocus(true);
    m_edit->setMinimumHeight(fontMetrics().lineSpacing() * 5);
    m_edit->installEventFilter(this);
    m_title->setBuddy(m_edit);
    m_submit->setObjectName(QStringLiteral("composerSubmit"));
    m_submit->setDefault(true);
    m_discard->setObjectName(QStringLiteral("composerDiscard"));
    m_discard->setToolTip(tr("Throw the text away (%1 closes the editor and keeps it)")
                              .arg(ActionCatalog::keyText(u"editor.close")));
    // What a macro will do on send, and the way back.
    m_stagedBar->setObjectName(QStringLiteral("knowledgeStaged"));
    m_stagedBar->setFrameShape(QFrame::StyledPanel);
    m_stagedBar->setAutoFillBackground(true);
    QPalette stagedPalette = m_stagedBar->palette();
    stagedPalette.setColor(QPalette::Window,
                           Colors::mix(palette().color(QPalette::Base), Colors::noteTint(), 0.25));
    m_stagedBar->setPalette(stagedPalette);
    m_stagedText->setObjectName(QStringLiteral("knowledgeStagedText"));
    m_stagedText->setWordWrap(true);
    m_undo->setObjectName(QStringLiteral("stagedUndo"));
    m_undo->setToolTip(tr("Take the inserted text back and drop the macro's changes"));
    auto *stagedLayout = new QHBoxLayout(m_stagedBar);
    stagedLayout->setContentsMargins(6, 3, 6, 3);
    stagedLayout->addWidget(m_stagedText, 1);
    stagedLayout->addWidget(m_undo);
    m_stagedBar->hide();
    m_problem->setObjectName(QStringLiteral("composerProblem"));
    m_problem->setWordWrap(true);
    Colors::setTextTone(m_problem, Colors::Tone::Danger);
    m_problem->hide();
    connect(m_undo, &QPushButton::clicked, this, &ReplyComposer::undoStaged);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_discard);
    buttons->addWidget(m_submit);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_stagedBar);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    hide();
    connect(m_submit, &QPushButton::clicked, this, &ReplyComposer::submit);
    connect(m_discard, &QPushButton::clicked, this, &ReplyComposer::discard);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &ReplyComposer::updateChrome);
    // "::" typed opens the picker (the two colons are taken out again).
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_knowledge || m_busy || m_pickerOpen || !isOpen())
            return;
        QTextCursor c = m_edit->textCursor();
        const int pos = c.position();
        if (pos < 2 || m_edit->document()->characterAt(pos - 1) != u':' ||
            m_edit->document()->characterAt(pos - 2) != u':')
            return;
        c.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, 2);
        c.removeSelectedText();
        QTimer::singleShot(0, this, &ReplyComposer::openPicker);
    });
}

void ReplyComposer::switchTicket(qint64 ticketId)
{
    if (ticketId == m_ticketId)
        return;
    // An unsent reply stays with its ticket, and comes back when the ticket does.
    if (isOpen()) {
        stashDraft();
        if (ticketId > 0)
            m_leftOpen.insert(m_ticketId, m_kind);
        hideEditor();
    }
    m_ticketId = ticketId;
    m_ticket.reset();
    showProblem({});
    updateStaged();
    if (const auto open = m_leftOpen.constFind(ticketId); open != m_leftOpen.cend())
        this->open(*open);
}

void ReplyComposer::setTicket(const std::optional<Ticket> &ticket)
{
    m_ticket = ticket;
    updateChrome();
}

void ReplyComposer::setMailConfigured(bool configured)
{
    m_mailConfigured = configured;
    updateChrome();
}

QString ReplyComposer::text() const
{
    return m_edit->toPlainText();
}

void ReplyComposer::open(Kind kind)
{
    if (m_ticketId <= 0)
        return;
    if (isOpen() && kind != m_kind)
        stashDraft();
    if (!isOpen() || kind != m_kind) {
        m_kind = kind;
        m_edit->setPlainText(m_drafts.value({m_ticketId, int(kind)}));
        m_edit->moveCursor(QTextCursor::End);
    }
    m_leftOpen.remove(m_ticketId);
    updateChrome();
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
}

void ReplyComposer::updateChrome()
{
    const bool reply = m_kind == Kind::Reply;
    m_title->setText(reply ? tr("&Reply to the customer") : tr("Internal &note"));
    // Say what happens to the reply: emailed now, or kept until mail is set up.
    const QString to = m_ticket ? m_ticket->requesterEmail : tr("the customer");
    m_hint->setText(
        !reply ? tr("Only staff see internal notes.")
        : m_mailConfigured
            ? tr("The reply is added to the ticket's timeline and emailed to %1.").arg(to)
            : tr("The reply is added to the ticket's timeline. It will be emailed to the "
                 "customer once mail is configured; until then it waits in the outbox."));
    m_submit->setText(reply ? tr("Add Reply") : tr("Add Note"));
    m_submit->setToolTip(ActionCatalog::keyText(u"editor.submit"));
    m_edit->setPlaceholderText(
        reply ? tr("Write to %1…")
                    .arg(m_ticket ? (m_ticket->requesterName.isEmpty() ? m_ticket->requesterEmail
                                                                       : m_ticket->requesterName)
                                  : tr("the customer"))
              : tr("A note for colleagues…"));
    const QColor window = parentWidget() ? parentWidget()->palette().color(QPalette::Window)
                                         : palette().color(QPalette::Window);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, reply ? window : Colors::mix(window, Colors::noteTint(), 0.18));
    setPalette(pal);
    setAutoFillBackground(!reply);
    m_edit->setReadOnly(m_busy);
    m_submit->setEnabled(!m_busy && !text().trimmed().isEmpty());
    m_discard->setEnabled(!m_busy);
}

void ReplyComposer::setBusy(bool busy)
{
    m_busy = busy;
    updateChrome();
}

void ReplyComposer::submit()
{
    if (!isOpen() || m_busy || text().trimmed().isEmpty())
        return;
    // Checked like a mail template: a placeholder left in the text would reach the customer
    // as "{{customer.name}}", so it blocks sending and is named.
    const auto left = TemplateRenderer::placeholdersIn(text(), tr("The reply"));
    if (!left) {
        showProblem(left.error().message);
        return;
    }
    if (!left->isEmpty()) {
        QStringList names;
        for (const QString &name : left.value())
            names << QStringLiteral("{{") + name + QStringLiteral("}}");
        showProblem(tr("The text still has %1. Replace it with what it stands for; a macro "
                       "inserted with %2 fills it in.")
                        .arg(names.join(QStringLiteral(", ")),
                             ActionCatalog::keyText(u"editor.insertKnowledge")));
        return;
    }
    showProblem({});
    emit submitted(m_kind, text());
}

void ReplyComposer::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void ReplyComposer::openPicker()
{
    if (!m_knowledge || !isOpen() || m_busy || m_pickerOpen || !m_ticket)
        return;
    m_pickerOpen = true;
    auto *picker = new KnowledgePicker(m_knowledge, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QDialog::finished, this, [this, picker](int result) {
        m_pickerOpen = false;
        m_edit->setFocus(Qt::OtherFocusReason);
        if (result != QDialog::Accepted || !m_ticket)
            return;
        const qint64 ticketId = m_ticketId;
        whenDone(m_knowledge->prepare(picker->chosen(), *m_ticket), this,
                 [this, ticketId](const Result<KnowledgeInsert> &prepared) {
                     if (ticketId != m_ticketId || !isOpen())
                         return; // the agent moved on
                     if (!prepared) {
                         showProblem(prepared.error().message);
                         return;
                     }
                     insert(prepared.value());
                 });
    });
    picker->open();
}

void ReplyComposer::insert(const KnowledgeInsert &insert)
{
    Insertions &ins = m_staged[m_ticketId];
    ins.undo.append({text(), ins.staged});
    Staged &s = ins.staged;
    if (insert.articleId > 0 && !s.articleIds.contains(insert.articleId))
        s.articleIds.append(insert.articleId);
    if (insert.changes) {
        s.changes = insert.changes;
        s.macroTitle = insert.title;
    }
    showProblem({});
    // Its own paragraph: a blank line after text that is there already.
    QTextCursor cursor = m_edit->textCursor();
    const int pos = cursor.position();
    const QChar before = pos > 0 ? m_edit->document()->characterAt(pos - 1) : QChar();
    QString block = insert.text;
    if (pos > 0 && before != QChar::ParagraphSeparator && before != u'\n')
        block.prepend(QStringLiteral("\n\n"));
    cursor.insertText(block);
    m_edit->setTextCursor(cursor);
    m_edit->setFocus(Qt::OtherFocusReason);
    updateStaged();
}

void ReplyComposer::undoStaged()
{
    auto it = m_staged.find(m_ticketId);
    if (it == m_staged.end() || it->undo.isEmpty())
        return;
    const auto [before, staged] = it->undo.takeLast();
    it->staged = staged;
    if (it->undo.isEmpty())
        m_staged.erase(it);
    m_edit->setPlainText(before);
    m_edit->moveCursor(QTextCursor::End);
    m_edit->setFocus(Qt::OtherFocusReason);
    updateStaged();
}

void ReplyComposer::updateStaged()
{
    const Insertions ins = m_staged.value(m_ticketId);
    const Staged &s = ins.staged;
    QStringList lines;
    if (s.changes) {
        QStringList what;
        const MacroChanges &c = *s.changes;
        if (c.status)
            what << tr("status \u2192 %1").arg(Vocabulary::label(*c.status));
        if (c.priority)
            what << tr("priority \u2192 %1").arg(Vocabulary::label(*c.priority));
        if (c.category)
            what << tr("category \u2192 %1").arg(Vocabulary::label(*c.category));
        if (c.assignee)
            what << (c.assignee->isEmpty()              ? tr("unassign")
                     : *c.assignee == MacroChanges::kMe ? tr("assign to you")
                                                        : tr("assign to %1").arg(*c.assignee));
        if (!c.note.trimmed().isEmpty())
            what << tr("add the internal note \u201c%1\u201d")
                        .arg(
                            QFontMetrics(font()).elidedText(c.note.trimmed(), Qt::ElideRight,
                                                            fontMetrics().averageCharWidth() * 40));
        lines << tr("Macro \u201c%1\u201d: when you send, %2.")
                     .arg(s.macroTitle, what.join(QStringLiteral(", ")));
    }
    if (!s.articleIds.isEmpty())
        lines << tr("%n knowledge article(s) used; the ticket records it when you send.", nullptr,
                    int(s.articleIds.size()));
    if (lines.isEmpty() && !ins.undo.isEmpty())
        lines << tr("Text inserted from the knowledge base.");
    m_stagedText->setText(lines.join(u'\n'));
    m_stagedBar->setVisible(!lines.isEmpty());
}

void ReplyComposer::stashDraft()
{
    if (!isOpen() || m_ticketId <= 0)
        return;
    const QString current = text();
    if (current.trimmed().isEmpty())
        m_drafts.remove({m_ticketId, int(m_kind)});
    else
        m_drafts.insert({m_ticketId, int(m_kind)}, current);
}

void ReplyComposer::hideEditor()
{
    const bool hadFocus = isAncestorOf(QApplication::focusWidget());
    hide();
    m_edit->clear();
    emit closed(hadFocus);
}

void ReplyComposer::putAway()
{
    stashDraft();
    hideEditor();
}

void ReplyComposer::discard()
{
    m_drafts.remove({m_ticketId, int(m_kind)});
    m_staged.remove(m_ticketId);
    showProblem({});
    m_leftOpen.remove(m_ticketId);
    hideEditor();
}

bool ReplyComposer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (ActionCatalog::matches(u"editor.submit", key)) {
            submit();
            return true;
        }
        if (ActionCatalog::matches(u"editor.insertKnowledge", key)) {
            openPicker();
            return true;
        }
        if (ActionCatalog::matches(u"editor.close", key) && !m_busy) {
            // Esc closes the editor but keeps the text for the next reply.
            putAway();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace helpdesk
