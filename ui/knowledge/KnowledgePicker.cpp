#include "knowledge/KnowledgePicker.h"

#include "common/ActionCatalog.h"
#include "common/Futures.h"
#include "tickets/TicketSearch.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace helpdesk {

namespace {
constexpr int TypingDelayMs = 150;

QString kindLabel(const KnowledgeItem &item)
{
    switch (item.kind) {
    case KnowledgeItem::Kind::CannedReply:
        return KnowledgePicker::tr("Canned reply");
    case KnowledgeItem::Kind::Macro:
        return KnowledgePicker::tr("Macro");
    case KnowledgeItem::Kind::Article:
        return item.audience == ArticleAudience::Public ? KnowledgePicker::tr("Article")
                                                        : KnowledgePicker::tr("Internal article");
    }
    return {};
}

QString plain(QString snippet)
{
    snippet.remove(SearchHit::kMarkStart);
    snippet.remove(SearchHit::kMarkEnd);
    return snippet;
}
} // namespace

KnowledgePicker::KnowledgePicker(KnowledgeService *service, QWidget *parent)
    : QDialog(parent), m_service(service), m_filter(new QLineEdit(this)),
      m_list(new QListWidget(this)), m_status(new QLabel(this)), m_typing(new QTimer(this))
{
    setObjectName(QStringLiteral("knowledgePicker"));
    setWindowTitle(tr("Insert Canned Reply, Macro or Article"));
    auto *caption = new QLabel(tr("&Find:"), this);
    caption->setBuddy(m_filter);
    m_filter->setObjectName(QStringLiteral("knowledgeFilter"));
    m_filter->setPlaceholderText(tr("Words from the title or text, e.g. reset link"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    m_list->setObjectName(QStringLiteral("knowledgeResults"));
    m_list->setAccessibleName(tr("Canned replies, macros and articles"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_status->setObjectName(QStringLiteral("knowledgeStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(caption);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    resize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 40, fontMetrics().height() * 26);

    m_typing->setSingleShot(true);
    m_typing->setInterval(TypingDelayMs);
    connect(m_typing, &QTimer::timeout, this, &KnowledgePicker::runSearch);
    connect(m_filter, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_filter, &QLineEdit::returnPressed, this, &KnowledgePicker::take);
    connect(m_list, &QListWidget::itemActivated, this, &KnowledgePicker::take);
    runSearch();
}

void KnowledgePicker::runSearch()
{
    const quint64 generation = ++m_generation;
    ++m_pending;
    m_status->setText(tr("Searching…"));
    whenDone(m_service->find(m_filter->text()), this,
             [this, generation](const Result<QList<KnowledgeItem>> &found) {
                 --m_pending;
                 if (generation != m_generation)
                     return; // an answer for words typed before
                 m_list->clear();
                 m_items.clear();
                 if (!found) {
                     m_status->setText(found.error().message);
                     return;
                 }
                 m_items = found.value();
                 for (const KnowledgeItem &item : std::as_const(m_items)) {
                     auto *row = new QListWidgetItem(m_list);
                     const QString detail = plain(item.detail);
                     row->setText(QStringLiteral("%1 \u2014 %2%3")
                                      .arg(item.title, kindLabel(item),
                                           detail.isEmpty() ? QString() : u'\n' + detail));
                     row->setToolTip(detail);
                 }
                 if (!m_items.isEmpty())
                     m_list->setCurrentRow(0);
                 if (std::exchange(m_takeWhenDone, false) && !m_items.isEmpty()) {
                     take();
                     return;
                 }
                 m_status->setText(m_items.isEmpty()
                                       ? tr("Nothing matches. Try fewer or other words.")
                                       : tr("%n match(es). Enter inserts the highlighted one.",
                                            nullptr, int(m_items.size())));
             });
}

void KnowledgePicker::take()
{
    if (m_typing->isActive() || m_pending > 0) {
        // Enter right after typing: take the first row of the answer for what was typed.
        m_typing->stop();
        m_takeWhenDone = true;
        runSearch();
        return;
    }
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_items.size())
        return;
    m_chosen = m_items.at(row);
    accept();
}

bool KnowledgePicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress &&
        ActionCatalog::matches(u"knowledgePicker.move", static_cast<QKeyEvent *>(event))) {
        QApplication::sendEvent(m_list, event);
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace helpdesk
