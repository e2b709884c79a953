#include "search/SearchDialog.h"

#include "common/ActionCatalog.h"
#include "common/ActionRegistry.h"
#include "common/Futures.h"
#include "tickets/SearchQuery.h"
#include "tickets/TicketService.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace helpdesk {

namespace {
constexpr int ResultLimit = 50;
constexpr int TypingDelayMs = 200;
constexpr int TicketRole = Qt::UserRole + 1;
constexpr int SnippetRole = Qt::UserRole + 2;

QString sourceLabel(SearchHit::Source source)
{
    switch (source) {
    case SearchHit::Source::Subject:
        return SearchDialog::tr("subject");
    case SearchHit::Source::Message:
        return SearchDialog::tr("customer message");
    case SearchHit::Source::Reply:
        return SearchDialog::tr("reply");
    case SearchHit::Source::Note:
        return SearchDialog::tr("internal note");
    case SearchHit::Source::Requester:
        return SearchDialog::tr("customer");
    case SearchHit::Source::WizardNotes:
        return SearchDialog::tr("troubleshooting notes");
    case SearchHit::Source::Comment:
        return SearchDialog::tr("de-escalation comment");
    }
    return {};
}
} // namespace

SearchDialog::SearchDialog(TicketService *service, QWidget *parent)
    : QDialog(parent), m_service(service)
{
    setWindowTitle(tr("Search Tickets"));
    setObjectName(QStringLiteral("searchDialog"));
    resize(720, 520);
    ActionCatalog::addCloseAction(new ActionRegistry(this), this);

    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("searchQuery"));
    m_query->setPlaceholderText(
        tr("Words in subjects, messages, replies and notes; \"an exact phrase\""));
    m_query->setClearButtonEnabled(true);
    m_query->setAccessibleName(tr("Search tickets"));
    m_query->installEventFilter(this);

    m_status = new QLabel(tr("Type to search. The last word also finds longer words "
                             "(\"passw\" finds \"password\")."),
                          this);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setWordWrap(true);

    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAlternatingRowColors(true);
    m_results->setAccessibleName(tr("Matching tickets"));
    m_results->setWordWrap(true);
    m_results->setUniformItemSizes(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Open)->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Open), &QPushButton::clicked, this,
            [this] { choose(m_results->currentItem()); });
    connect(m_results, &QListWidget::currentItemChanged, this, [buttons](QListWidgetItem *current) {
        buttons->button(QDialogButtonBox::Open)->setEnabled(current != nullptr);
    });
    connect(m_results, &QListWidget::itemActivated, this, &SearchDialog::choose);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_query);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);
    layout->addWidget(buttons);

    m_typingTimer.setSingleShot(true);
    m_typingTimer.setInterval(TypingDelayMs);
    connect(&m_typingTimer, &QTimer::timeout, this, &SearchDialog::runSearch);
    connect(m_query, &QLineEdit::textEdited, this, [this] { m_typingTimer.start(); });
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        // Enter in the box opens the first result once there are results for this text.
        if (!m_typingTimer.isActive() && m_results->count() > 0)
            choose(m_results->currentItem() ? m_results->currentItem() : m_results->item(0));
        else
            runSearch();
    });
}

void SearchDialog::setQueryText(const QString &text)
{
    m_query->setText(text);
    runSearch();
}

QString SearchDialog::queryText() const
{
    return m_query->text();
}

int SearchDialog::resultCount() const
{
    return m_results->count();
}

qint64 SearchDialog::ticketAt(int row) const
{
    const QListWidgetItem *item = m_results->item(row);
    return item ? item->data(TicketRole).toLongLong() : 0;
}

QString SearchDialog::snippetAt(int row) const
{
    const QListWidgetItem *item = m_results->item(row);
    return item ? item->data(SnippetRole).toString() : QString();
}

QString SearchDialog::statusText() const
{
    return m_status->text();
}

void SearchDialog::runSearch()
{
    m_typingTimer.stop();
    const SearchQuery query = SearchQuery::parse(m_query->text());
    const quint64 generation = ++m_generation;
    if (query.isEmpty()) {
        m_results->clear();
        m_status->setText(query.hint().isEmpty() ? tr("Type a word to search for.") : query.hint());
        emit searchFinished();
        return;
    }
    m_status->setText(tr("Searching…"));
    whenDone(
        m_service->search(query, ResultLimit), this,
        [this, generation, query](const Result<TicketService::SearchPage> &page) {
            if (generation != m_generation)
                return; // the text changed meanwhile
            m_results->clear();
            if (!page) {
                m_status->setText(page.error().message);
                emit searchFinished();
                return;
            }
            for (const SearchHit &hit : page.value().hits) {
                auto *item = new QListWidgetItem(m_results);
                item->setData(TicketRole, hit.ticketId);
                QString marked = hit.snippet;
                marked.replace(SearchHit::kMarkStart, u'‹').replace(SearchHit::kMarkEnd, u'›');
                item->setData(SnippetRole, marked);
                // The label shows the markup; screen readers get the plain text.
                item->setData(Qt::AccessibleTextRole, QStringLiteral("%1 %2: %3")
                                                          .arg(ticketNumberText(hit.ticketId),
                                                               hit.subject, hit.snippetText()));
                auto *label = new QLabel(m_results);
                label->setTextFormat(Qt::RichText);
                label->setWordWrap(true);
                label->setAttribute(Qt::WA_TransparentForMouseEvents);
                label->setContentsMargins(4, 2, 4, 2);
                // The subject is the headline; a match elsewhere adds its snippet below.
                const bool inSubject = hit.matchedIn == SearchHit::Source::Subject;
                QString html =
                    tr("<b>%1</b> %2<br><small>%3 · updated %4 · found in %5</small>")
                        .arg(ticketNumberText(hit.ticketId),
                             inSubject ? hit.snippetHtml() : hit.subject.toHtmlEscaped(),
                             Vocabulary::label(hit.status),
                             QLocale().toString(hit.updatedAt.toLocalTime(), QLocale::ShortFormat),
                             sourceLabel(hit.matchedIn));
                if (!inSubject)
                    html += QStringLiteral("<br>") + hit.snippetHtml();
                label->setText(html);
                const int width = qMax(200, m_results->viewport()->width() - 12);
                item->setSizeHint(QSize(width, label->heightForWidth(width) + 6));
                m_results->setItemWidget(item, label);
            }
            const qint64 total = page.value().total;
            QString status;
            if (total == 0)
                status = tr("No ticket matches. Check the spelling, or use fewer words.");
            else if (total > page.value().hits.size())
                status = tr("Showing the best %1 of %2 matching tickets.")
                             .arg(page.value().hits.size())
                             .arg(total);
            else
                status =
                    total == 1 ? tr("One matching ticket.") : tr("%1 matching tickets.").arg(total);
            if (!query.hint().isEmpty())
                status += QLatin1Char(' ') + query.hint();
            m_status->setText(status);
            if (m_results->count() > 0)
                m_results->setCurrentRow(0);
            emit searchFinished();
        });
}

void SearchDialog::choose(QListWidgetItem *item)
{
    if (!item)
        return;
    emit ticketChosen(item->data(TicketRole).toLongLong());
    accept();
}

bool SearchDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Up and down in the search box move through the results, so typing never stops.
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (ActionCatalog::matches(u"search.move", key) && m_results->count() > 0) {
            const int step = key->key() == Qt::Key_Down ? 1 : -1;
            const int row = qBound(0, m_results->currentRow() + step, m_results->count() - 1);
            m_results->setCurrentRow(row);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace helpdesk
