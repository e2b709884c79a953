#pragma once
// Search Tickets (Ctrl+Shift+F): full-text search over subjects, customer messages, replies and
// notes, with the matching words highlighted in a snippet of each result. Enter opens the
// chosen ticket in the main window.

#include <QDialog>
#include <QTimer>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace helpdesk {

class TicketService;

class SearchDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SearchDialog(TicketService *service, QWidget *parent = nullptr);

    // Starts a search at once (for tests and for "search for the selected text").
    void setQueryText(const QString &text);
    QString queryText() const;
    int resultCount() const;
    // The ticket of result row `row`, 0 when there is none.
    qint64 ticketAt(int row) const;
    // The snippet of a result as the user sees it, matches between ‹ and ›.
    QString snippetAt(int row) const;
    QString statusText() const;

signals:
    void ticketChosen(qint64 ticketId);
    // The last search finished (results shown, or an error or hint in the status line).
    void searchFinished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runSearch();
    void choose(QListWidgetItem *item);

    TicketService *m_service;
    QLineEdit *m_query;
    QLabel *m_status;
    QListWidget *m_results;
    QTimer m_typingTimer;
    quint64 m_generation = 0;
};

} // namespace helpdesk
