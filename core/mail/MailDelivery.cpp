#include "mail/MailDelivery.h"

#include "common/Futures.h"
#include "db/DbWorker.h"
#include "mail/MailLogging.h"
#include "mail/Outbox.h"
#include "secrets/SecretStore.h"
#include "settings/Settings.h"

#include <QCoreApplication>
#include <QPointer>

namespace helpdesk {

MailDelivery::MailDelivery(DbWorker *worker, SecretStore *secrets, QObject *parent)
    : QObject(parent), m_worker(worker), m_secrets(secrets)
{
    qRegisterMetaType<helpdesk::Error>();
}

MailDelivery::~MailDelivery()
{
    // The sender abandons a running batch; its claims run out and are taken over later.
    delete m_sender;
    m_sender = nullptr;
    m_sessionPassword.fill(QChar(u'\0'));
}

void MailDelivery::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void MailDelivery::report(const Error &error)
{
    m_lastProblem = error;
    emit problem(error);
}

Error MailDelivery::notConfiguredError(qint64 waiting) const
{
    return Error::make(Error::Code::InvalidInput,
                       tr("%n email(s) wait in the outbox because mail is not set up yet. An "
                          "administrator can enter the mail relay and the sender address in the "
                          "mail settings; the waiting mail is sent then.",
                          nullptr, int(waiting)));
}

void MailDelivery::start()
{
    const quint64 generation = ++m_generation;
    setState(State::Loading);
    auto loaded = m_worker->run([](QSqlDatabase &db) -> Result<Loaded> {
        Settings settings(db);
        HD_TRY_ASSIGN(auto mail, MailSettings::load(settings));
        HD_TRY_ASSIGN(auto counts, Outbox::counts(db));
        return Loaded{mail, counts.value(OutboxStatus::Queued)};
    });
    whenDone(loaded, this,
             [this, generation](const Result<Loaded> &r) { onLoaded(generation, r); });
}

void MailDelivery::onLoaded(quint64 generation, const Result<Loaded> &loaded)
{
    if (generation != m_generation)
        return;
    if (!loaded) {
        setState(State::Stopped);
        report(loaded.error());
        return;
    }
    m_settings = loaded.value().settings;
    if (!m_settings.isConfigured()) {
        if (m_sender)
            m_sender->stop();
        setState(State::NotConfigured);
        if (loaded.value().waiting > 0)
            report(notConfiguredError(loaded.value().waiting));
        return;
    }
    if (auto valid = m_settings.validate(); !valid) {
        if (m_sender)
            m_sender->stop();
        setState(State::NotConfigured);
        report(Error::make(valid.error().code,
                           tr("Mail is not sent because the mail settings are not usable: %1")
                               .arg(valid.error().message)));
        return;
    }
    if (m_settings.user.trimmed().isEmpty()) {
        run(QString());
        return;
    }
    const QString key = m_settings.passwordKey();
    if (!m_sessionPassword.isEmpty() && m_sessionPasswordKey == key) {
        run(m_sessionPassword);
        return;
    }
    m_pendingKey = key;
    whenDone(m_secrets->read(key), this, [this, generation](const Result<QString> &password) {
        onPassword(generation, password);
    });
}

void MailDelivery::onPassword(quint64 generation, const Result<QString> &password)
{
    if (generation != m_generation)
        return;
    if (password) {
        run(password.value());
        return;
    }
    if (m_sender)
        m_sender->stop();
    setState(State::WaitingForPassword);
    const Error &e = password.error();
    if (e.code == Error::Code::Unavailable || e.code == Error::Code::PermissionDenied) {
        emit passwordNeeded(m_pendingKey, e);
        return;
    }
    if (e.code == Error::Code::NotFound) {
        report(Error::make(Error::Code::NotFound,
                           tr("Mail is not sent from this computer: no password for the mail "
                              "relay (%1) is saved here. Mail waits in the outbox until it is "
                              "sent from a computer that has the password, or by "
                              "'helpdesk-admin outbox run'. An administrator can save the "
                              "password in the mail settings.")
                               .arg(m_pendingKey)));
        return;
    }
    report(e);
}

void MailDelivery::setSessionPassword(const QString &password)
{
    m_sessionPassword.fill(QChar(u'\0'));
    m_sessionPassword = password;
    m_sessionPasswordKey = m_pendingKey.isEmpty() ? m_settings.passwordKey() : m_pendingKey;
    start();
}

void MailDelivery::run(const QString &password)
{
    SmtpSettings smtp = m_settings.toSmtpSettings(password);
    smtp.extraCaCertificates = m_extraCas;
    if (!m_sender) {
        m_sender = new OutboxSender(m_worker, smtp, m_settings.sender(), m_options, this);
        connect(m_sender, &OutboxSender::deliveryProblem, this, &MailDelivery::report);
        connect(m_sender, &OutboxSender::messageSent, this, [this](qint64 id, qint64 ticket) {
            m_lastProblem = Error();
            emit messageSent(id, ticket);
        });
        connect(m_sender, &OutboxSender::messageFailed, this, &MailDelivery::messageFailed);
        connect(m_sender, &OutboxSender::cycleFinished, this, &MailDelivery::cycleFinished);
    } else {
        m_sender->setSmtpSettings(smtp);
        m_sender->setDefaultFrom(m_settings.sender());
    }
    m_lastProblem = Error();
    qCDebug(lcMail) << "outbox sender running for" << m_settings.host << m_settings.port;
    setState(State::Running);
    m_sender->start();
}

void MailDelivery::stop()
{
    ++m_generation;
    if (m_sender)
        m_sender->stop();
    setState(State::Stopped);
}

std::function<void(qint64)> MailDelivery::wakeFromAnyThread()
{
    // The guard is made here, on this object's thread, and read only there.
    return [self = QPointer<MailDelivery>(this)](qint64) {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self] {
                if (self)
                    self->wake();
            },
            Qt::QueuedConnection);
    };
}

void MailDelivery::wake()
{
    switch (m_state) {
    case State::Running:
        m_sender->wake();
        break;
    case State::NotConfigured:
        // Perhaps another client set mail up meanwhile; otherwise this says what waits.
        start();
        break;
    case State::Stopped:
    case State::Loading:
    case State::WaitingForPassword:
        break;
    }
}

} // namespace helpdesk
