#include "knowledge/MacroWindow.h"

#include "common/ActionCatalog.h"
#include "common/ActionRegistry.h"
#include "common/Colors.h"
#include "common/Futures.h"
#include "knowledge/KnowledgeActions.h"
#include "mail/TemplateRenderer.h"
#include "staff/StaffService.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QVBoxLayout>

namespace helpdesk {

namespace {
constexpr int RowRole = Qt::UserRole + 1;
// The assignee box's first three entries; staff logins follow.
constexpr int NoChange = 0;
constexpr int AssignMe = 1;
constexpr int Unassign = 2;

template <typename E> void fillEnum(QComboBox *box, const QList<E> &values, const QString &none)
{
    box->addItem(none, -1);
    for (E v : values)
        box->addItem(Vocabulary::label(v), int(v));
}

template <typename E> std::optional<E> chosen(const QComboBox *box)
{
    const int v = box->currentData().toInt();
    return v < 0 ? std::nullopt : std::optional<E>(E(v));
}

template <typename E> void choose(QComboBox *box, const std::optional<E> &value)
{
    box->setCurrentIndex(std::max(0, box->findData(value ? int(*value) : -1)));
}
} // namespace

MacroWindow::MacroWindow(KnowledgeService *service, StaffService *staff, QWidget *parent)
    : QDialog(parent), m_service(service), m_list(new QListWidget(this)),
      m_title(new QLineEdit(this)),
      m_shared(new QCheckBox(tr("S&hared with the whole team"), this)),
      m_body(new QPlainTextEdit(this)), m_status(new QComboBox(this)),
      m_priority(new QComboBox(this)), m_category(new QComboBox(this)),
      m_assignee(new QComboBox(this)), m_note(new QPlainTextEdit(this)),
      m_placeholders(new QLabel(this)), m_check(new QLabel(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("macroWindow"));
    setWindowTitle(tr("Macros and Canned Replies"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);

    m_list->setObjectName(QStringLiteral("macroList"));
    m_list->setAccessibleName(tr("Macros"));
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    m_title->setObjectName(QStringLiteral("macroTitle"));
    m_shared->setObjectName(QStringLiteral("macroShared"));
    m_body->setObjectName(QStringLiteral("macroBody"));
    m_body->setAccessibleName(tr("Reply text"));
    m_body->setPlaceholderText(tr("Hello {{customer.name}},\n\n…\n\n{{agent.name}}"));
    m_status->setObjectName(QStringLiteral("macroStatus"));
    fillEnum(m_status, Vocabulary::allStatuses(), tr("No change"));
    // A macro cannot set a ticket back to New (MacroStore::validate); don't offer it.
    m_status->removeItem(m_status->findData(int(TicketStatus::New)));
    m_priority->setObjectName(QStringLiteral("macroPriority"));
    fillEnum(m_priority, Vocabulary::allPriorities(), tr("No change"));
    m_category->setObjectName(QStringLiteral("macroCategory"));
    fillEnum(m_category, Vocabulary::allCategories(), tr("No change"));
    m_assignee->setObjectName(QStringLiteral("macroAssignee"));
    fillAssignees({});
    m_note->setObjectName(QStringLiteral("macroNote"));
    m_note->setAccessibleName(tr("Internal note"));
    m_note->setPlaceholderText(tr("Added to the timeline for staff only"));
    m_note->setMaximumHeight(fontMetrics().height() * 5);
    QStringList names;
    for (const Placeholder &p : TemplateRenderer::placeholders())
        names << QStringLiteral("{{%1}}").arg(p.name);
    m_placeholders->setText(tr("Placeholders: %1").arg(names.join(QStringLiteral(", "))));
    m_placeholders->setWordWrap(true);
    m_placeholders->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_check->setObjectName(QStringLiteral("macroCheck"));
    m_check->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("macroMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *actions = new ActionRegistry(this);
    QAction *newAction = actions->create(QStringLiteral("macros.new"));
    connect(newAction, &QAction::triggered, this, &MacroWindow::newMacro);
    m_save = actions->create(QStringLiteral("macros.save"));
    connect(m_save, &QAction::triggered, this, &MacroWindow::save);
    m_remove = actions->create(QStringLiteral("macros.delete"));
    connect(m_remove, &QAction::triggered, this, &MacroWindow::removeOrRevert);
    ActionCatalog::addCloseAction(actions, this);

    QHBoxLayout *buttons = ActionRegistry::buttonRow(
        this, {{newAction, "macroNew"}, {m_save, "macroSave"}, {m_remove, "macroDelete"}});

    auto *changes = new QGroupBox(tr("When applied, also change the ticket"), this);
    auto *changeForm = new QFormLayout(changes);
    changeForm->addRow(tr("Stat&us:"), m_status);
    changeForm->addRow(tr("&Priority:"), m_priority);
    changeForm->addRow(tr("&Category:"), m_category);
    changeForm->addRow(tr("&Assignee:"), m_assignee);
    changeForm->addRow(tr("Internal n&ote:"), m_note);

    auto *editor = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(QString(), m_shared);
    editorLayout->addLayout(form);
    auto *bodyLabel = new QLabel(tr("&Reply text:"), editor);
    bodyLabel->setBuddy(m_body);
    editorLayout->addWidget(bodyLabel);
    editorLayout->addWidget(m_body, 1);
    editorLayout->addWidget(m_placeholders);
    editorLayout->addWidget(changes);
    editorLayout->addWidget(m_check);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_list);
    split->addWidget(editor);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    split->setSizes({em * 24, em * 56});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);
    resize(em * 82, fontMetrics().height() * 38);

    for (QComboBox *box : {m_status, m_priority, m_category, m_assignee})
        connect(box, &QComboBox::currentIndexChanged, this, &MacroWindow::check);
    connect(m_title, &QLineEdit::textChanged, this, &MacroWindow::check);
    connect(m_body, &QPlainTextEdit::textChanged, this, &MacroWindow::check);
    connect(m_note, &QPlainTextEdit::textChanged, this, &MacroWindow::check);
    connect(m_shared, &QCheckBox::toggled, this, &MacroWindow::check);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        const int row = item ? item->data(RowRole).toInt() : -1;
        if (row >= 0 && row < m_macros.size())
            showMacro(m_macros.at(row));
    });
    connect(service, &KnowledgeService::macrosChanged, this, &MacroWindow::reload);

    ++m_pending;
    whenDone(staff->all(), this, [this](const Result<QList<Staff>> &all) {
        --m_pending;
        if (all)
            fillAssignees(all.value());
    });
    newMacro();
    reload();
}

void MacroWindow::fillAssignees(const QList<Staff> &staff)
{
    const QString keep = m_assignee->currentData().toString();
    const int keepIndex = m_assignee->currentIndex();
    const QSignalBlocker block(m_assignee);
    m_assignee->clear();
    m_assignee->addItem(tr("No change"), QString());
    m_assignee->addItem(tr("Whoever applies it"), QString());
    m_assignee->addItem(tr("Nobody (unassign)"), QString());
    for (const Staff &s : staff)
        if (s.active)
            m_assignee->addItem(tr("%1 (%2)").arg(s.displayName, s.login), s.login);
    const int found = keep.isEmpty() ? keepIndex : m_assignee->findData(keep);
    m_assignee->setCurrentIndex(std::max(0, found));
}

void MacroWindow::reload()
{
    const quint64 generation = ++m_generation;
    ++m_pending;
    whenDone(m_service->macros(), this, [this, generation](const Result<QList<Macro>> &found) {
        --m_pending;
        if (generation != m_generation)
            return;
        if (!found) {
            say(found.error().message, true);
            return;
        }
        m_macros = found.value();
        const QSignalBlocker block(m_list);
        m_list->clear();
        for (int row = 0; row < m_macros.size(); ++row) {
            const Macro &m = m_macros.at(row);
            const QString owner = m.isShipped()  ? (m.id ? tr("shipped, edited") : tr("shipped"))
                                  : m.isShared() ? tr("shared")
                                                 : tr("personal");
            const QString what = m.isCannedReply() ? tr("canned reply")
                                                   : KnowledgeService::describeChanges(m.changes);
            auto *item = new QListWidgetItem(tr("%1\n%2 · %3").arg(m.title, owner, what), m_list);
            item->setData(RowRole, row);
            item->setToolTip(item->text());
            const bool same =
                m_macro.id ? m.id == m_macro.id : !m_macro.key.isEmpty() && m.key == m_macro.key;
            if (same) {
                m_list->setCurrentItem(item);
                showMacro(m); // the stored copy: its time is what the next save checks against
            }
        }
    });
}

bool MacroWindow::mayEdit(const Macro &m) const
{
    const Staff &me = m_service->actor();
    const bool lead = KnowledgeActions::mayPublish(me.role);
    if (m.isShipped() || (m.isShared() && m.id))
        return lead;
    return !m.ownerId || *m.ownerId == me.id;
}

void MacroWindow::showMacro(const Macro &m)
{
    m_macro = m;
    m_title->setText(m.title);
    m_shared->setChecked(m.isShared());
    m_body->setPlainText(m.body);
    choose(m_status, m.changes.status);
    choose(m_priority, m.changes.priority);
    choose(m_category, m.changes.category);
    if (!m.changes.assignee)
        m_assignee->setCurrentIndex(NoChange);
    else if (*m.changes.assignee == MacroChanges::kMe)
        m_assignee->setCurrentIndex(AssignMe);
    else if (m.changes.assignee->isEmpty())
        m_assignee->setCurrentIndex(Unassign);
    else
        m_assignee->setCurrentIndex(std::max(0, m_assignee->findData(*m.changes.assignee)));
    m_note->setPlainText(m.changes.note);
    check();
}

void MacroWindow::newMacro()
{
    Macro m;
    m.ownerId = m_service->actor().id; // personal unless a lead shares it
    m_list->clearSelection();
    m_list->setCurrentItem(nullptr);
    showMacro(m);
    m_title->setFocus(Qt::OtherFocusReason);
}

Macro MacroWindow::edited() const
{
    Macro m = m_macro;
    m.title = m_title->text();
    m.body = m_body->toPlainText();
    m.changes.status = chosen<TicketStatus>(m_status);
    m.changes.priority = chosen<TicketPriority>(m_priority);
    m.changes.category = chosen<TicketCategory>(m_category);
    switch (m_assignee->currentIndex()) {
    case NoChange:
        m.changes.assignee.reset();
        break;
    case AssignMe:
        m.changes.assignee = MacroChanges::kMe;
        break;
    case Unassign:
        m.changes.assignee = QString();
        break;
    default:
        m.changes.assignee = m_assignee->currentData().toString();
    }
    m.changes.note = m_note->toPlainText();
    // Sharing is chosen when the macro is made; shipped macros stay shared.
    if (m.id == 0 && !m.isShipped())
        m.ownerId =
            m_shared->isChecked() ? std::nullopt : std::optional<qint64>(m_service->actor().id);
    return m;
}

void MacroWindow::check()
{
    const Macro m = edited();
    const bool lead = KnowledgeActions::mayPublish(m_service->actor().role);
    const bool editable = mayEdit(m_macro);
    const bool isNew = m_macro.id == 0 && !m_macro.isShipped();
    m_shared->setEnabled(lead && isNew);
    m_shared->setToolTip(lead ? QString()
                              : tr("Only team leads and admins share macros with the team."));
    const Result<void> valid = KnowledgeService::checkMacro(m);
    if (!editable)
        m_check->setText(m_macro.isShipped() || m_macro.isShared()
                             ? tr("Only team leads and admins change shared and shipped macros. "
                                  "To adapt this one, press New and write your own.")
                             : tr("This is someone else's personal macro."));
    else if (!valid)
        m_check->setText(valid.error().message);
    else
        m_check->setText(m.isCannedReply()
                             ? tr("A canned reply: it inserts the text only.")
                             : tr("Applying it stages: %1. The agent sees the "
                                  "changes and can undo them before sending.")
                                   .arg(KnowledgeService::describeChanges(m.changes)));
    Colors::setTextTone(m_check,
                        editable && valid ? std::nullopt : std::optional(Colors::Tone::Danger));
    m_save->setEnabled(editable && bool(valid));
    const bool revert = m_macro.isShipped() && m_macro.id;
    m_remove->setText(revert ? ActionCatalog::tr("&Revert to Shipped Text")
                             : ActionCatalog::get(u"macros.delete").text);
    m_remove->setEnabled(editable && m_macro.id != 0);
}

void MacroWindow::say(const QString &message, bool problem)
{
    m_message->setText(message);
    Colors::setTextTone(m_message, problem ? std::optional(Colors::Tone::Danger) : std::nullopt);
    m_message->setVisible(!message.isEmpty());
}

void MacroWindow::save()
{
    const Macro m = edited();
    if (!KnowledgeService::checkMacro(m) || !mayEdit(m_macro))
        return;
    say({});
    ++m_pending;
    whenDone(m_service->saveMacro(m), this, [this, m](const Result<qint64> &id) {
        --m_pending;
        if (!id) {
            say(id.error().message, true);
            return;
        }
        m_macro = m;
        m_macro.id = id.value();
        say(tr("Saved \u201c%1\u201d.").arg(m.title.trimmed()));
        reload(); // macrosChanged reloads too; this one selects the saved row
    });
}

void MacroWindow::removeOrRevert()
{
    if (m_macro.id == 0 || !mayEdit(m_macro))
        return;
    const Macro m = m_macro;
    say({});
    ++m_pending;
    whenDone(m_service->removeMacro(m), this, [this, m](const Result<qint64> &done) {
        --m_pending;
        if (!done) {
            say(done.error().message, true);
            return;
        }
        if (m.isShipped()) {
            say(tr("\u201c%1\u201d has its shipped text again.").arg(m.title));
            m_macro = Macro{};
            m_macro.key = m.key; // reload() selects the shipped one
        } else {
            say(tr("Deleted \u201c%1\u201d.").arg(m.title));
            newMacro();
        }
        reload();
    });
}

} // namespace helpdesk
