#include "AppController.h"

#include "MainWindow.h"
#include "app/AppSession.h"
#include "app/DemoService.h"
#include "common/Futures.h"
#include "demo/DemoSeeder.h"
#include "secrets/FallbackSecretStore.h"
#include "tickets/TicketService.h"

#include <QApplication>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTimer>

#include <utility>

namespace helpdesk {

namespace {
// Below this a dialog would only flash.
constexpr int BusyDelayMs = 400;
} // namespace

AppController::AppController(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
    if (!m_options.secrets)
        m_options.secrets = std::make_shared<FallbackSecretStore>();
}

AppController::~AppController()
{
    // The window's model holds continuations on the session's worker: window first.
    m_window.reset();
    delete m_busy;
    m_session.reset();
    m_typedPassword.fill(QChar(u'\0'));
}

void AppController::start()
{
    const ConnectionSettings &settings = m_options.settings;
    if (settings.dialect == Dialect::PostgreSQL && settings.password.isEmpty())
        readStoredPassword();
    else
        openDatabase();
}

void AppController::readStoredPassword()
{
    // The keychain first; without an entry the server may still let us in (trust, .pgpass).
    showBusy(tr("Opening database…\n%1").arg(m_options.settings.displayUrl()));
    whenDone(m_options.secrets->read(m_options.settings.keychainKey()), this,
             [this](const Result<QString> &stored) {
                 if (stored && !stored.value().isEmpty()) {
                     m_options.settings.password = stored.value();
                     m_passwordFromKeychain = true;
                 }
                 openDatabase();
             });
}

void AppController::rememberPassword()
{
    if (m_typedPassword.isEmpty())
        return;
    const QString password = std::exchange(m_typedPassword, QString());
    SecretStore *store = m_options.secrets.get();
    whenDone(store->write(m_options.settings.keychainKey(), password), this,
             [this, store](const Result<void> &written) {
                 QString notice;
                 if (!written)
                     notice = tr("The database password could not be saved: %1 Helpdesk will ask "
                                 "for it again next time.")
                                  .arg(written.error().message);
                 else if (!store->isPersistent())
                     notice =
                         tr("No keychain is available on this computer, so the database "
                            "password is kept for this session only and never written to disk. "
                            "Helpdesk will ask for it again next time.");
                 if (notice.isEmpty())
                     return;
                 if (m_window)
                     m_window->showInformation(notice);
                 else
                     m_startupNotice = notice;
             });
}

void AppController::showBusy(const QString &text)
{
    if (!m_busy) {
        m_busy = new QProgressDialog;
        m_busy->setWindowTitle(QGuiApplication::applicationDisplayName());
        m_busy->setCancelButton(nullptr);
        m_busy->setRange(0, 0);
        m_busy->setMinimumDuration(BusyDelayMs);
        m_busy->setAutoReset(false);
        m_busy->setAutoClose(false);
    }
    m_busy->setLabelText(text);
    m_busy->setValue(0); // starts the minimum-duration timer
}

void AppController::hideBusy()
{
    if (m_busy)
        m_busy->deleteLater();
    m_busy.clear();
}

void AppController::openDatabase()
{
    m_session = std::make_unique<AppSession>(m_options.settings, nullptr, m_options.secrets);
    // The settings copy held here no longer needs the password: the worker has its own.
    m_options.settings.password.clear();
    showBusy(tr("Opening database…\n%1").arg(m_session->settings().displayUrl()));
    whenDone(m_session->open(), this, [this](const Result<int> &opened) {
        if (!opened) {
            onOpenFailed(opened.error());
            return;
        }
        // The password typed at the prompt worked: into the keychain for next time.
        rememberPassword();
        if (m_options.demo)
            checkDemoData();
        else
            resolveMe();
    });
}

void AppController::onOpenFailed(const Error &error)
{
    if (m_options.settings.dialect == Dialect::PostgreSQL && !m_passwordAsked &&
        AppSession::isAuthenticationError(error)) {
        m_passwordAsked = true;
        hideBusy();
        QString label = tr("Password for %1 on %2:")
                            .arg(m_options.settings.user, m_options.settings.displayUrl());
        if (m_passwordFromKeychain)
            label = tr("The password saved in the keychain was not accepted.") + u'\n' + label;
        auto *fallback = dynamic_cast<FallbackSecretStore *>(m_options.secrets.get());
        if (fallback && fallback->isKeychainUnavailable())
            label += u'\n' + tr("No keychain is available, so it is used for this session "
                                "only and not saved.");
        else
            label += u'\n' +
                     tr("It is saved in %1 once it works.").arg(m_options.secrets->description());
        bool ok = false;
        const QString password = QInputDialog::getText(nullptr, tr("Database password"), label,
                                                       QLineEdit::Password, QString(), &ok);
        if (ok) {
            // Only the worker's copy of the settings carries it, and only until it connects;
            // the typed copy waits to be saved to the keychain until the login worked.
            m_session.reset();
            m_options.settings.password = password;
            m_typedPassword = password;
            openDatabase();
            return;
        }
    }
    fail(error.message);
}

void AppController::checkDemoData()
{
    whenDone(m_session->tickets()->count(), this, [this](const Result<qint64> &count) {
        if (!count) {
            fail(count.error().message);
            return;
        }
        if (count.value() == 0)
            seedDemo();
        else
            resolveMe();
    });
}

void AppController::seedDemo()
{
    auto *dialog = new QProgressDialog(
        tr("Creating demo data: %1 tickets…").arg(QLocale().toString(m_options.demoTickets)),
        tr("Cancel"), 0, int(m_options.demoTickets));
    dialog->setWindowTitle(tr("Helpdesk demo"));
    dialog->setMinimumDuration(0);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setValue(0);
    hideBusy();

    DemoOptions options;
    options.tickets = m_options.demoTickets;
    options.accounts = m_options.demoAccounts;
    auto *watcher = new QFutureWatcher<Result<DemoSummary>>(this);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, dialog, &QProgressDialog::setValue);
    connect(watcher, &QFutureWatcherBase::progressRangeChanged, dialog, &QProgressDialog::setRange);
    connect(dialog, &QProgressDialog::canceled, this, [this, dialog] {
        dialog->setLabelText(tr("Stopping… the tickets written so far are kept."));
        m_session->demo()->cancel();
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, dialog] {
        const QFuture<Result<DemoSummary>> future = watcher->future();
        watcher->deleteLater();
        dialog->deleteLater();
        if (future.resultCount() == 0) {
            fail(tr("Creating the demo data stopped unexpectedly."));
            return;
        }
        const Result<DemoSummary> result = future.result();
        // A cancelled run keeps what it wrote: open that rather than nothing.
        if (!result && result.error().code != Error::Code::Cancelled) {
            fail(result.error().message);
            return;
        }
        resolveMe();
    });
    watcher->setFuture(m_session->demo()->seed(options));
}

void AppController::resolveMe()
{
    const QString login = AppSession::defaultLogin(m_options.settings, m_options.demo);
    whenDone(m_session->resolveMe(login), this,
             [this](const std::optional<Staff> &) { showMainWindow(); });
}

void AppController::showMainWindow()
{
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_window->show();
    // Colleagues' changes and SLA escalations from here on; the window listens for both.
    m_session->startLiveUpdates();
    // Queued mail goes out from here on; the window shows what keeps it back.
    if (m_options.startMail)
        m_session->startMail();
    if (!m_startupNotice.isEmpty())
        m_window->showInformation(std::exchange(m_startupNotice, QString()));
    // Closed only now, so there is always a window and the app does not quit in between.
    hideBusy();
}

void AppController::fail(const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Critical, tr("Helpdesk cannot start"), message,
                                QMessageBox::Close);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Database: %1").arg(m_options.settings.displayUrl()));
    connect(box, &QMessageBox::finished, this, [] { QCoreApplication::exit(1); });
    box->show();
    hideBusy();
}

} // namespace helpdesk
