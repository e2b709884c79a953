#pragma once
// The Knowledge Base window (Tools › Knowledge Base, Ctrl+Shift+K): the articles by category or
// found by words, one article's text beside its rendered preview, its state (proposed,
// published, archived; last reviewed; how often used, and on how many now-resolved tickets),
// and its versions with restore. Everyone writes and saves; agents' new articles are proposals,
// and publishing, reviewing and editing published public articles is for team leads and
// admins (the buttons say so). A draft from a resolved ticket opens here, unsaved.

#include "knowledge/KnowledgeService.h"

#include <QDialog>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTextBrowser;
class QTimer;

namespace helpdesk {

class KnowledgeWindow : public QDialog
{
    Q_OBJECT
public:
    KnowledgeWindow(KnowledgeService *service, QWidget *parent = nullptr);

    // Reads the list again (and the article shown).
    void reload();
    // A new, unsaved article with this text (from "Draft Article from Ticket").
    void openDraft(const ArticleDraft &draft);
    void showArticle(qint64 id);
    // The article shown; empty for a new one.
    std::optional<Article> current() const { return m_article; }
    bool isLoading() const { return m_pending > 0; }

private:
    void newArticle();
    void save();
    void publish();
    void markReviewed();
    void showVersions();
    void fill(const ArticleDraft &draft);
    ArticleDraft draft() const;
    void showLoaded(const Article &article);
    void updateState();
    void updatePreview();
    void say(const QString &message, bool problem = false);
    void track(QFuture<Result<Article>> future);

    KnowledgeService *m_service;
    QLineEdit *m_search;
    QListWidget *m_list;
    QLineEdit *m_title;
    QComboBox *m_category;
    QComboBox *m_audience;
    QLineEdit *m_tags;
    QPlainTextEdit *m_body;
    QTextBrowser *m_preview;
    QLabel *m_info;
    QLabel *m_message;
    QTimer *m_typing;
    QAction *m_save;
    QAction *m_publish;
    QAction *m_review;
    QAction *m_versions;
    std::optional<Article> m_article;
    std::optional<qint64> m_sourceTicket;
    int m_pending = 0;
    quint64 m_listGeneration = 0;
};

} // namespace helpdesk
