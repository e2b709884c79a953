#pragma once
// SmtpSettings: how SmtpClient reaches the relay. The password lives only in memory (it comes
// from the SecretStore); nothing here is written to a settings file by this class.

#include <QList>
#include <QSslCertificate>
#include <QString>

namespace helpdesk {

struct SmtpTimeouts
{
    int connectMs = 30'000;  // TCP connect plus TLS handshake
    int greetingMs = 60'000; // the 220 greeting (RFC 5321 4.5.3.2 suggests 5 minutes)
    int commandMs = 60'000;  // each reply to EHLO, AUTH, MAIL, RCPT, RSET, QUIT
    int dataMs = 120'000;    // the reply after the message data; restarted while data is sent
};

struct SmtpSettings
{
    enum class Security {
        ImplicitTls, // TLS from the first byte, usually port 465
        StartTls,    // plain connect, then STARTTLS before anything else, usually port 587
        None,        // no TLS: loopback only, unless allowPlainOnNonLoopback
    };
    enum class AuthMechanism {
        Automatic, // PLAIN if offered, else LOGIN
        Plain,
        Login,
    };

    QString host;
    quint16 port = 587;
    Security security = Security::StartTls;
    QString user;     // empty: no AUTH
    QString password; // in memory only; never logged
    AuthMechanism authMechanism = AuthMechanism::Automatic;
    bool allowPlainOnNonLoopback = false; // an explicit admin choice; credentials still refused
    QString heloName;                     // empty: the local address as an address literal
    QString trustedCertSha256; // hex (colons/spaces ignored): accept this exact certificate
                               // even when it does not verify
    SmtpTimeouts timeouts;
    QList<QSslCertificate> extraCaCertificates; // trusted on top of the system CAs (tests)
};

} // namespace helpdesk
