#pragma once
// The windows the main window opens beside itself — Search Tickets, the Accounts screen, the
// Outbox, Reports, the settings with the mail template preview — each made when first opened, and
// shown and raised again after that.

#include "knowledge/ArticleStore.h"

#include <QObject>

class QWidget;

namespace helpdesk {

class AccountsWindow;
class AppSession;
class KnowledgeWindow;
class MacroWindow;
class OutboxDialog;
class ReportsWindow;
class SearchDialog;
class SettingsDialog;
class StaffAdminService;
class StaffDialog;

class SideWindows : public QObject
{
    Q_OBJECT
public:
    SideWindows(AppSession *session, QWidget *mainWindow);

    void openSearch();
    void openAccounts();
    // The Outbox, with that message selected (0: as it was).
    void openOutbox(qint64 outboxId = 0);
    void openMailSettings();
    // Reports (team leads and admins; others see why not).
    void openReports();
    // The Knowledge Base window; with a draft, a new unsaved article holding it.
    void openKnowledge();
    void openKnowledgeDraft(const ArticleDraft &draft);
    // Tools › Macros: the canned replies and macros, to write and change.
    void openMacros();
    // The template preview, with the values of that ticket (0: none).
    void openTemplatePreview(qint64 ticketId);
    // Tools › Staff, acting as "me" (administrators only).
    void openStaff();

signals:
    // A ticket chosen in the search results, or the ticket of a message in the Outbox.
    void searchChoseTicket(qint64 ticketId);
    void outboxChoseTicket(qint64 ticketId);
    // The tickets behind a report's bar or row.
    void reportChoseTickets(const QList<qint64> &ids, const QString &title);

private:
    SettingsDialog *settings();

    AppSession *m_session;
    QWidget *m_window;
    SearchDialog *m_search = nullptr;
    AccountsWindow *m_accounts = nullptr;
    OutboxDialog *m_outbox = nullptr;
    ReportsWindow *m_reports = nullptr;
    SettingsDialog *m_settings = nullptr;
    KnowledgeWindow *m_knowledge = nullptr;
    MacroWindow *m_macros = nullptr;
    StaffAdminService *m_staffAdmin = nullptr;
    StaffDialog *m_staff = nullptr;
};

} // namespace helpdesk
