#include "common/AboutDialog.h"

#include "app/AppSession.h"
#include "common/Futures.h"
#include "db/DatabaseInfo.h"
#include "db/DbWorker.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace helpdesk {

AboutDialog::AboutDialog(AppSession *session, QWidget *parent)
    : QDialog(parent), m_session(session), m_facts(new QLabel(this)), m_server(tr("reading…"))
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Helpdesk"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    icon->setAccessibleName(tr("Helpdesk icon"));
    auto *title = new QLabel(tr("<h3>Helpdesk %1</h3><p>A desktop helpdesk for support staff who "
                                "resolve account problems.</p>")
                                 .arg(QCoreApplication::applicationVersion().toHtmlEscaped()),
                             this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    title->setWordWrap(true);
    m_facts->setObjectName(QStringLiteral("aboutFacts"));
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_facts->setWordWrap(true);
    m_facts->setAccessibleName(tr("Versions and data locations"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *head = new QHBoxLayout;
    head->addWidget(icon, 0, Qt::AlignTop);
    head->addWidget(title, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_facts);
    layout->addStretch(1);
    layout->addWidget(buttons);
    updateText();
    resize(qMax(560, sizeHint().width()), sizeHint().height());

    // The server's own version, from the server: the GUI thread never waits for it.
    whenDone(DatabaseInfoQuery::load(session->worker()), this,
             [this](const Result<DatabaseInfo> &info) {
                 m_server = info ? info.value().text() : info.error().message;
                 updateText();
             });
}

void AboutDialog::updateText()
{
    QList<QPair<QString, QString>> rows{
        {tr("Helpdesk"), QCoreApplication::applicationVersion()},
        {tr("Qt"), tr("%1 (built with %2)")
                       .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR))},
        {tr("Database server"), m_server},
    };
    rows += DatabaseInfoQuery::locations(m_session->settings());
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    m_plain.clear();
    for (const auto &[what, value] : std::as_const(rows)) {
        html += QStringLiteral("<tr><td><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>")
                    .arg(what.toHtmlEscaped(), value.toHtmlEscaped());
        m_plain += tr("%1: %2").arg(what, value) + u'\n';
    }
    html += QStringLiteral("</table>");
    m_facts->setText(html);
}

QString AboutDialog::text() const
{
    return m_plain;
}

} // namespace helpdesk
