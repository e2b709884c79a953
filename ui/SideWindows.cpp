#include "SideWindows.h"

#include "accounts/AccountsWindow.h"
#include "app/AppSession.h"
#include "common/Futures.h"
#include "knowledge/KnowledgeWindow.h"
#include "knowledge/MacroWindow.h"
#include "outbox/OutboxDialog.h"
#include "reports/ReportsWindow.h"
#include "search/SearchDialog.h"
#include "settings/MailSettingsPage.h"
#include "settings/SettingsDialog.h"
#include "settings/TemplatePreviewPage.h"
#include "staff/StaffDialog.h"
#include "staff/StaffService.h"
#include "team/StaffAdminService.h"

namespace helpdesk {

namespace {
void bringUp(QWidget *window)
{
    window->show();
    window->raise();
    window->activateWindow();
}
} // namespace

SideWindows::SideWindows(AppSession *session, QWidget *mainWindow)
    : QObject(mainWindow), m_session(session), m_window(mainWindow)
{
    setObjectName(QStringLiteral("sideWindows"));
}

void SideWindows::openSearch()
{
    if (!m_search) {
        m_search = new SearchDialog(m_session->tickets(), m_window);
        connect(m_search, &SearchDialog::ticketChosen, this, &SideWindows::searchChoseTicket);
    }
    bringUp(m_search);
}

void SideWindows::openAccounts()
{
    if (!m_accounts) {
        m_accounts = new AccountsWindow(m_session->accounts(), m_window);
        whenDone(m_session->staff()->all(), m_accounts, [this](const Result<QList<Staff>> &staff) {
            if (staff)
                m_accounts->setStaffDirectory(staff.value());
        });
    }
    bringUp(m_accounts);
    m_accounts->focusSearch();
}

void SideWindows::openOutbox(qint64 outboxId)
{
    if (!m_outbox) {
        m_outbox = new OutboxDialog(m_session, m_window);
        connect(m_outbox, &OutboxDialog::ticketRequested, this, [this](qint64 ticketId) {
            if (ticketId > 0)
                emit outboxChoseTicket(ticketId);
        });
    }
    bringUp(m_outbox);
    if (outboxId > 0)
        m_outbox->selectMessage(outboxId);
}

void SideWindows::openReports()
{
    if (!m_reports) {
        m_reports = new ReportsWindow(m_session, m_window);
        connect(m_reports, &ReportsWindow::ticketsRequested, this,
                &SideWindows::reportChoseTickets);
    }
    bringUp(m_reports);
}

SettingsDialog *SideWindows::settings()
{
    if (!m_settings)
        m_settings = new SettingsDialog(m_session, m_window);
    return m_settings;
}

void SideWindows::openMailSettings()
{
    const bool existed = m_settings != nullptr;
    SettingsDialog *dialog = settings();
    if (existed)
        dialog->mailPage()->load();
    dialog->showPage(SettingsDialog::Page::Mail);
    bringUp(dialog);
}

void SideWindows::openTemplatePreview(qint64 ticketId)
{
    SettingsDialog *dialog = settings();
    dialog->templatePage()->setTicketId(ticketId);
    dialog->showPage(SettingsDialog::Page::Templates);
    bringUp(dialog);
}

void SideWindows::openStaff()
{
    if (!m_staff) {
        m_staffAdmin =
            new StaffAdminService(m_session->worker(), m_session->me().value_or(Staff()), this);
        m_staff = new StaffDialog(m_staffAdmin, m_window);
    }
    bringUp(m_staff);
    m_staff->reload();
}

void SideWindows::openKnowledge()
{
    if (!m_knowledge)
        m_knowledge = new KnowledgeWindow(m_session->knowledge(), m_window);
    else
        m_knowledge->reload();
    bringUp(m_knowledge);
}

void SideWindows::openMacros()
{
    if (!m_macros)
        m_macros = new MacroWindow(m_session->knowledge(), m_session->staff(), m_window);
    else
        m_macros->reload();
    bringUp(m_macros);
}

void SideWindows::openKnowledgeDraft(const ArticleDraft &draft)
{
    openKnowledge();
    m_knowledge->openDraft(draft);
}

} // namespace helpdesk
