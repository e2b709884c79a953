#include "mail/SmtpClient.h"

#include "mail/MailLogging.h"
#include "mail/smtp/SmtpAuthStep.h"
#include "mail/smtp/SmtpGreetingStep.h"
#include "mail/smtp/SmtpQuitStep.h"
#include "mail/smtp/SmtpSecurity.h"
#include "mail/smtp/SmtpSendStep.h"
#include "mail/smtp/SmtpSession.h"
#include "mail/smtp/SmtpStartTlsStep.h"

#include <QSslSocket>
#include <QUrl>

#include <algorithm>

namespace helpdesk {

SmtpClient::SmtpClient(SmtpSettings settings, QObject *parent)
    : QObject(parent), m_settings(std::move(settings))
{}

SmtpClient::~SmtpClient()
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        m_session->close();
    }
}

bool SmtpClient::setSettings(SmtpSettings settings)
{
    if (isBusy())
        return false;
    m_settings = std::move(settings);
    return true;
}

Result<void> SmtpClient::checkSettings(const SmtpSettings &settings)
{
    if (settings.host.trimmed().isEmpty())
        return Error::make(Error::Code::InvalidInput,
                           tr("No mail relay is set. Enter the SMTP host in the mail settings."));
    if (settings.port == 0)
        return Error::make(Error::Code::InvalidInput,
                           tr("The SMTP port is not set. Usually it is 587 (STARTTLS) or 465 "
                              "(TLS)."));
    if (!settings.trustedCertSha256.isEmpty() &&
        !SmtpSecurity::isSha256Fingerprint(settings.trustedCertSha256))
        return Error::make(Error::Code::InvalidInput,
                           tr("The trusted certificate fingerprint is not a SHA-256 fingerprint "
                              "(64 hexadecimal digits). Copy it again from the certificate "
                              "details."));
    if (!settings.heloName.isEmpty()) {
        const QByteArray ace = QUrl::toAce(settings.heloName);
        const bool ok = !ace.isEmpty() && std::all_of(ace.begin(), ace.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                   c == '-' || c == '.';
        });
        if (!ok)
            return Error::make(Error::Code::InvalidInput,
                               tr("The HELO name \"%1\" is not a host name. Enter this "
                                  "computer's fully qualified name, or leave it empty.")
                                   .arg(settings.heloName));
    }
    if (settings.security != SmtpSettings::Security::None && !QSslSocket::supportsSsl())
        return Error::make(Error::Code::Unavailable,
                           tr("TLS is not available on this computer (the OpenSSL library is "
                              "missing). Install it or ask your administrator."));
    if (settings.security == SmtpSettings::Security::None) {
        const bool offHost =
            SmtpSecurity::hostLoopback(settings.host) == SmtpSecurity::Loopback::No;
        if (offHost && !settings.allowPlainOnNonLoopback)
            return Error::make(Error::Code::InvalidInput,
                               tr("Plain (unencrypted) SMTP is only allowed to this computer, and "
                                  "%1 is not a loopback address. Choose TLS or STARTTLS in the "
                                  "mail settings, or allow plain SMTP on the network "
                                  "explicitly.")
                                   .arg(settings.host));
        if (offHost && !settings.user.isEmpty())
            return SmtpSecurity::passwordInClear(settings.host).error;
    }
    return {};
}

bool SmtpClient::send(QList<SmtpEnvelope> batch)
{
    if (isBusy())
        return false;
    const quint64 generation = ++m_generation;
    m_batch = std::move(batch);
    m_results.clear();
    for (int i = 0; i < m_batch.size(); ++i) {
        SmtpSendResult result;
        result.index = i;
        result.tag = m_batch[i].tag;
        result.messageId = m_batch[i].messageId;
        m_results.append(result);
    }
    m_current = 0;
    m_needsReset = false;
    m_caps = {};
    m_session = new SmtpSession(m_settings, this);
    connect(m_session, &SmtpSession::ready, this, &SmtpClient::onReady);
    connect(m_session, &SmtpSession::stepFinished, this, &SmtpClient::onStepFinished);
    connect(m_session, &SmtpSession::failed, this, &SmtpClient::onSessionFailed);
    m_phase = Phase::Connecting;
    // Start from the event loop so that results never arrive before send() has returned.
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            if (generation == m_generation && m_phase == Phase::Connecting)
                start();
        },
        Qt::QueuedConnection);
    return true;
}

void SmtpClient::abort()
{
    if (isBusy() && m_session)
        m_session->fail(
            SmtpError::make(SmtpError::Kind::Cancelled,
                            tr("Sending was cancelled. The message will be sent later.")));
}

QString SmtpClient::sha256Fingerprint(const QSslCertificate &certificate)
{
    return SmtpSecurity::sha256Fingerprint(certificate);
}

QByteArray SmtpClient::dotStuff(const QByteArray &message)
{
    QByteArray out;
    out.reserve(message.size() + message.size() / 64 + 5);
    bool lineStart = true;
    for (qsizetype i = 0; i < message.size(); ++i) {
        const char c = message[i];
        if (c == '\r' || c == '\n') {
            // Bare CR or LF are not allowed in SMTP data; make every line end CRLF.
            out += "\r\n";
            if (c == '\r' && i + 1 < message.size() && message[i + 1] == '\n')
                ++i;
            lineStart = true;
            continue;
        }
        if (lineStart && c == '.')
            out += '.';
        out += c;
        lineStart = false;
    }
    if (!lineStart)
        out += "\r\n";
    out += ".\r\n";
    return out;
}

void SmtpClient::start()
{
    if (m_batch.isEmpty()) {
        endSession();
        return;
    }
    if (auto r = checkSettings(m_settings); !r) {
        m_session->fail(SmtpError::make(SmtpError::Kind::Configuration, r.error().message));
        return;
    }
    m_session->open();
}

void SmtpClient::runStep(SmtpStep *step, Phase phase)
{
    if (SmtpStep *previous = std::exchange(m_step, step))
        previous->deleteLater(); // it may still be on the stack below us
    m_phase = phase;
    m_session->run(step);
}

void SmtpClient::onReady()
{
    runStep(new SmtpGreetingStep(m_session), Phase::Greeting);
}

void SmtpClient::onStepFinished()
{
    m_caps = m_session->capabilities();
    switch (m_phase) {
    case Phase::Greeting:
        if (m_settings.security == SmtpSettings::Security::StartTls && !m_session->isEncrypted())
            runStep(new SmtpStartTlsStep(m_session), Phase::StartTls);
        else
            authOrMessages();
        return;
    case Phase::StartTls:
        authOrMessages();
        return;
    case Phase::Auth:
        nextMessage();
        return;
    case Phase::Message:
        recordMessage();
        return;
    case Phase::Quit:
        endSession();
        return;
    case Phase::Idle:
    case Phase::Connecting:
        return;
    }
}

void SmtpClient::authOrMessages()
{
    if (m_settings.user.isEmpty())
        nextMessage();
    else
        runStep(new SmtpAuthStep(m_session), Phase::Auth);
}

void SmtpClient::nextMessage()
{
    if (m_current < m_batch.size())
        runStep(new SmtpSendStep(m_session, m_batch[m_current], m_needsReset), Phase::Message);
    else
        runStep(new SmtpQuitStep(m_session), Phase::Quit);
}

void SmtpClient::recordMessage()
{
    const auto *step = static_cast<const SmtpSendStep *>(m_step);
    m_needsReset |= step->startedTransaction();
    SmtpSendResult &result = m_results[m_current];
    result.accepted = !step->error().has_value();
    result.serverReply = step->serverReply();
    result.error = step->error();
    result.mayHaveBeenDelivered = false; // a final reply came, or nothing went out
    if (result.error)
        qCWarning(lcMail) << "message" << result.messageId
                          << "failed:" << SmtpError::kindName(result.error->kind)
                          << result.error->error.toString();
    ++m_current;
    const quint64 generation = m_generation;
    const SmtpSendResult copy = result; // a slot may end the batch and drop m_results
    emit messageFinished(copy);
    if (generation != m_generation || m_phase != Phase::Message)
        return; // aborted from a slot, or a slot started the next batch
    nextMessage();
}

void SmtpClient::onSessionFailed(const SmtpError &error, const std::optional<SmtpError> &inFlight)
{
    // Only the message whose data went out completely without a final reply may be delivered;
    // its step says so in inFlight. Every later message was not sent.
    std::optional<SmtpError> first = inFlight;
    SmtpError rest = error;
    rest.mayHaveBeenDelivered = false;
    qCWarning(lcMail) << "SMTP session failed:" << SmtpError::kindName(error.kind)
                      << (first ? first->error.toString() : error.error.toString());
    const quint64 generation = m_generation;
    while (m_current < m_batch.size()) {
        SmtpSendResult &result = m_results[m_current];
        const SmtpError e = first ? *std::exchange(first, std::nullopt) : rest;
        result.accepted = false;
        result.serverReply = e.serverReply;
        result.mayHaveBeenDelivered = e.mayHaveBeenDelivered;
        result.error = e;
        ++m_current;
        const SmtpSendResult copy = result;
        emit messageFinished(copy);
        if (generation != m_generation || m_phase == Phase::Idle)
            return;
    }
    endSession();
}

void SmtpClient::endSession()
{
    if (m_phase == Phase::Idle)
        return;
    m_phase = Phase::Idle;
    m_step = nullptr; // a child of the session
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        m_session->close();
        m_session->deleteLater(); // we may be inside one of its signals
        m_session = nullptr;
    }
    m_batch.clear();
    const QList<SmtpSendResult> results = std::exchange(m_results, {});
    emit finished(results);
}

} // namespace helpdesk
