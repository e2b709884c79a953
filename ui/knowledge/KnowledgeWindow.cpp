#include "knowledge/KnowledgeWindow.h"

#include "common/ActionCatalog.h"
#include "common/ActionRegistry.h"
#include "common/Colors.h"
#include "common/Futures.h"
#include "knowledge/KnowledgeActions.h"
#include "knowledge/Markdown.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace helpdesk {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int TypingDelayMs = 200;

QString dateText(const QDateTime &dt)
{
    return QLocale().toString(dt.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

KnowledgeWindow::KnowledgeWindow(KnowledgeService *service, QWidget *parent)
    : QDialog(parent), m_service(service), m_search(new QLineEdit(this)),
      m_list(new QListWidget(this)), m_title(new QLineEdit(this)), m_category(new QComboBox(this)),
      m_audience(new QComboBox(this)), m_tags(new QLineEdit(this)),
      m_body(new QPlainTextEdit(this)), m_preview(new QTextBrowser(this)), m_info(new QLabel(this)),
      m_message(new QLabel(this)), m_typing(new QTimer(this))
{
    setObjectName(QStringLiteral("knowledgeWindow"));
    setWindowTitle(tr("Knowledge Base"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);

    m_search->setObjectName(QStringLiteral("kbSearch"));
    m_search->setAccessibleName(tr("Search articles"));
    m_search->setPlaceholderText(tr("Search articles (words, \"phrases\")"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("kbArticles"));
    m_list->setAccessibleName(tr("Articles"));
    m_title->setObjectName(QStringLiteral("kbTitle"));
    m_category->setObjectName(QStringLiteral("kbCategory"));
    for (TicketCategory c : Vocabulary::allCategories())
        m_category->addItem(Vocabulary::label(c), int(c));
    m_audience->setObjectName(QStringLiteral("kbAudience"));
    for (ArticleAudience a : {ArticleAudience::Internal, ArticleAudience::Public})
        m_audience->addItem(KnowledgeVocabulary::label(a), int(a));
    m_tags->setObjectName(QStringLiteral("kbTags"));
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. password, reset link"));
    m_body->setObjectName(QStringLiteral("kbBody"));
    m_body->setAccessibleName(tr("Article text (Markdown)"));
    m_body->setPlaceholderText(tr("## Steps\n\n1. First step\n2. Second step\n\n**Bold**, "
                                  "*emphasis*, `code`, [links](https://example.com)"));
    m_preview->setObjectName(QStringLiteral("kbPreview"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setOpenLinks(false);
    m_info->setObjectName(QStringLiteral("kbInfo"));
    m_info->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("kbMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *actions = new ActionRegistry(this);
    QAction *newAction = actions->create(QStringLiteral("knowledge.new"));
    connect(newAction, &QAction::triggered, this, &KnowledgeWindow::newArticle);
    m_save = actions->create(QStringLiteral("knowledge.save"));
    connect(m_save, &QAction::triggered, this, &KnowledgeWindow::save);
    m_publish = actions->create(QStringLiteral("knowledge.publish"));
    connect(m_publish, &QAction::triggered, this, &KnowledgeWindow::publish);
    m_review = actions->create(QStringLiteral("knowledge.review"));
    connect(m_review, &QAction::triggered, this, &KnowledgeWindow::markReviewed);
    m_versions = actions->create(QStringLiteral("knowledge.versions"));
    connect(m_versions, &QAction::triggered, this, &KnowledgeWindow::showVersions);
    QAction *find = actions->create(QStringLiteral("knowledge.find"));
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    ActionCatalog::addCloseAction(actions, this);

    QHBoxLayout *buttons = ActionRegistry::buttonRow(this, {{newAction, "kbNew"},
                                                            {m_save, "kbSave"},
                                                            {m_publish, "kbPublish"},
                                                            {m_review, "kbReview"},
                                                            {m_versions, "kbVersionsButton"}});

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_list, 1);

    auto *editor = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&Audience:"), m_audience);
    form->addRow(tr("Ta&gs:"), m_tags);
    auto *textSplit = new QSplitter(Qt::Horizontal, editor);
    textSplit->addWidget(m_body);
    textSplit->addWidget(m_preview);
    editorLayout->addLayout(form);
    editorLayout->addWidget(textSplit, 1);
    editorLayout->addWidget(m_info);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(editor);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    split->setSizes({fontMetrics().horizontalAdvance(QLatin1Char('M')) * 26,
                     fontMetrics().horizontalAdvance(QLatin1Char('M')) * 64});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);
    resize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 90, fontMetrics().height() * 36);

    m_typing->setSingleShot(true);
    m_typing->setInterval(TypingDelayMs);
    connect(m_typing, &QTimer::timeout, this, &KnowledgeWindow::reload);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_body, &QPlainTextEdit::textChanged, this, &KnowledgeWindow::updatePreview);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            showArticle(item->data(IdRole).toLongLong());
    });
    connect(service, &KnowledgeService::articleChanged, this, [this] { m_typing->start(); });

    newArticle();
    reload();
}

void KnowledgeWindow::reload()
{
    const quint64 generation = ++m_listGeneration;
    ++m_pending;
    const QString text = m_search->text().trimmed();
    auto future = text.isEmpty() ? m_service->articles() : m_service->search(text, true);
    whenDone(future, this, [this, generation](const Result<QList<Article>> &found) {
        --m_pending;
        if (generation != m_listGeneration)
            return;
        if (!found) {
            say(found.error().message, true);
            return;
        }
        const QSignalBlocker block(m_list);
        m_list->clear();
        for (const Article &a : found.value()) {
            auto *item = new QListWidgetItem(m_list);
            item->setData(IdRole, a.id);
            item->setText(
                tr("%1\n%2 · %3 · %4 · used %n time(s)", nullptr, int(a.uses))
                    .arg(a.title, Vocabulary::label(a.category),
                         KnowledgeVocabulary::label(a.status),
                         a.audience == ArticleAudience::Public ? tr("public") : tr("internal")));
            if (m_article && m_article->id == a.id)
                m_list->setCurrentItem(item);
        }
    });
}

void KnowledgeWindow::showArticle(qint64 id)
{
    ++m_pending;
    whenDone(m_service->article(id), this, [this](const Result<Article> &a) {
        --m_pending;
        if (!a) {
            say(a.error().message, true);
            return;
        }
        showLoaded(a.value());
    });
}

void KnowledgeWindow::showLoaded(const Article &a)
{
    m_article = a;
    m_sourceTicket = a.sourceTicketId;
    fill(ArticleDraft{a.title, a.body, a.category, a.tags, a.audience, a.sourceTicketId});
    updateState();
}

void KnowledgeWindow::fill(const ArticleDraft &d)
{
    m_title->setText(d.title);
    m_category->setCurrentIndex(m_category->findData(int(d.category)));
    m_audience->setCurrentIndex(m_audience->findData(int(d.audience)));
    m_tags->setText(KnowledgeVocabulary::joinTags(d.tags));
    m_body->setPlainText(d.body);
    updatePreview();
}

ArticleDraft KnowledgeWindow::draft() const
{
    ArticleDraft d;
    d.title = m_title->text();
    d.body = m_body->toPlainText();
    d.category = TicketCategory(m_category->currentData().toInt());
    d.audience = ArticleAudience(m_audience->currentData().toInt());
    d.tags = KnowledgeVocabulary::parseTags(m_tags->text());
    d.sourceTicketId = m_sourceTicket;
    return d;
}

void KnowledgeWindow::newArticle()
{
    m_article.reset();
    m_sourceTicket.reset();
    fill(ArticleDraft{});
    m_list->clearSelection();
    updateState();
    m_title->setFocus(Qt::OtherFocusReason);
}

void KnowledgeWindow::openDraft(const ArticleDraft &d)
{
    newArticle();
    m_sourceTicket = d.sourceTicketId;
    fill(d);
    updateState();
    say(tr("A draft from ticket #%1: edit it, save it, and publish it when it reads well.")
            .arg(d.sourceTicketId.value_or(0)));
}

void KnowledgeWindow::updatePreview()
{
    // The same renderer as the exported pages: what cannot be shown safely is shown as text.
    m_preview->setHtml(Markdown::toHtml(m_body->toPlainText()));
}

void KnowledgeWindow::updateState()
{
    const bool lead = KnowledgeActions::mayPublish(m_service->actor().role);
    const bool exists = m_article.has_value();
    const QString leadsOnly = tr("Only team leads and admins can do this.");
    m_publish->setEnabled(lead && exists && m_article->status != ArticleStatus::Published);
    m_publish->setToolTip(lead ? ActionCatalog::toolTip(u"knowledge.publish") : leadsOnly);
    m_review->setEnabled(lead && exists);
    m_review->setToolTip(lead ? ActionCatalog::toolTip(u"knowledge.review") : leadsOnly);
    m_versions->setEnabled(exists);
    if (!exists) {
        m_info->setText(lead ? tr("New article: saving publishes nothing yet — Publish does.")
                             : tr("New article: when you save it, it is proposed for a team "
                                  "lead to publish."));
        return;
    }
    const Article &a = *m_article;
    QStringList parts;
    parts << tr("%1, version %2").arg(KnowledgeVocabulary::label(a.status)).arg(a.version);
    parts << (a.reviewedAt.isValid()
                  ? tr("last reviewed %1 by %2").arg(dateText(a.reviewedAt), a.reviewedByName)
                  : tr("not reviewed yet"));
    parts << tr("used in %n repl(ies)", nullptr, int(a.uses));
    parts << tr("%n now resolved", nullptr, int(a.resolvedWith));
    if (a.sourceTicketId)
        parts << tr("drafted from ticket #%1").arg(*a.sourceTicketId);
    m_info->setText(parts.join(QStringLiteral(" · ")));
}

void KnowledgeWindow::say(const QString &message, bool problem)
{
    m_message->setText(message);
    Colors::setTextTone(m_message, problem ? std::optional(Colors::Tone::Danger) : std::nullopt);
    m_message->setVisible(!message.isEmpty());
}

void KnowledgeWindow::track(QFuture<Result<Article>> future)
{
    ++m_pending;
    whenDone(future, this, [this](const Result<Article> &a) {
        --m_pending;
        if (!a) {
            say(a.error().message, true);
            return;
        }
        say(tr("Saved \u201c%1\u201d (%2).").arg(a->title, KnowledgeVocabulary::label(a->status)));
        showLoaded(a.value());
        reload();
    });
}

void KnowledgeWindow::save()
{
    say({});
    if (!m_article) {
        track(m_service->create(draft(), false));
        return;
    }
    track(m_service->edit(*m_article, draft()));
}

void KnowledgeWindow::publish()
{
    if (m_article)
        track(m_service->publish(*m_article));
}

void KnowledgeWindow::markReviewed()
{
    if (m_article)
        track(m_service->markReviewed(*m_article));
}

void KnowledgeWindow::showVersions()
{
    if (!m_article)
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("kbVersionsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Versions of \u201c%1\u201d").arg(m_article->title));
    auto *list = new QListWidget(dialog);
    list->setObjectName(QStringLiteral("kbVersions"));
    auto *text = new QPlainTextEdit(dialog);
    text->setReadOnly(true);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QPushButton *restore =
        box->addButton(tr("&Restore This Version"), QDialogButtonBox::ActionRole);
    restore->setObjectName(QStringLiteral("kbRestore"));
    restore->setEnabled(false);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(list, 1);
    layout->addWidget(text, 2);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto versions = std::make_shared<QList<ArticleVersion>>();
    connect(list, &QListWidget::currentRowChanged, dialog, [=, this](int row) {
        restore->setEnabled(row > 0); // the first row is the current text
        text->setPlainText(row >= 0 && row < versions->size() ? versions->at(row).body : QString());
    });
    connect(restore, &QPushButton::clicked, dialog, [=, this] {
        const int row = list->currentRow();
        if (row <= 0 || row >= versions->size() || !m_article)
            return;
        track(m_service->restore(*m_article, versions->at(row).version));
        dialog->accept();
    });
    whenDone(m_service->versions(m_article->id), dialog,
             [=, this](const Result<QList<ArticleVersion>> &found) {
                 if (!found) {
                     text->setPlainText(found.error().message);
                     return;
                 }
                 *versions = found.value();
                 for (const ArticleVersion &v : found.value())
                     list->addItem(
                         tr("Version %1 \u2014 %2 by %3, %4")
                             .arg(v.version)
                             .arg(v.change,
                                  v.changedByName.isEmpty() ? tr("Helpdesk") : v.changedByName,
                                  dateText(v.changedAt)));
                 list->setCurrentRow(0);
             });
    dialog->resize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 50,
                   fontMetrics().height() * 24);
    dialog->open();
}

} // namespace helpdesk
