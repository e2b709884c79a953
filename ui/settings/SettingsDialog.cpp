#include "settings/SettingsDialog.h"

#include "common/ActionCatalog.h"
#include "common/ActionRegistry.h"
#include "settings/IncomingMailPage.h"
#include "settings/MailSettingsPage.h"
#include "settings/TemplatePreviewPage.h"

#include <QDialogButtonBox>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace helpdesk {

SettingsDialog::SettingsDialog(AppSession *session, QWidget *parent)
    : QDialog(parent), m_tabs(new QTabWidget(this)), m_mail(new MailSettingsPage(session, this)),
      m_templates(new TemplatePreviewPage(session, this)),
      m_incoming(new IncomingMailPage(session, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    ActionCatalog::addCloseAction(new ActionRegistry(this), this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_mail);
    m_tabs->addTab(scroll, tr("&Mail"));
    m_tabs->addTab(m_templates, tr("Mail Templ&ates"));
    auto *incoming = new QScrollArea(this);
    incoming->setWidgetResizable(true);
    incoming->setFrameShape(QFrame::NoFrame);
    incoming->setWidget(m_incoming);
    m_tabs->addTab(incoming, tr("Incoming Mai&l"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(760, 860);
}

void SettingsDialog::showPage(Page page)
{
    m_tabs->setCurrentIndex(page == Page::Mail ? 0 : page == Page::Templates ? 1 : 2);
}

SettingsDialog::Page SettingsDialog::currentPage() const
{
    switch (m_tabs->currentIndex()) {
    case 0:
        return Page::Mail;
    case 1:
        return Page::Templates;
    default:
        return Page::IncomingMail;
    }
}

} // namespace helpdesk
