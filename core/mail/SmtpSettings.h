#pragma once
// SmtpSettings: how SmtpClient reaches the relay. The password lives only in memory (it comes
// from the SecretStore); nothing here is written to a settings file by this class.

#include <QList>
#include <QSslCertificate>
#include <QString>

namespace helpdesk {

// One deadline per SMTP step; SmtpClient arms exactly one of them at any time while a batch is
// running, so a relay that stops answering anywhere ends the session with SmtpError::Timeout
// naming the step and the limit. Milliseconds.
struct SmtpTimeouts
{
    int lookupMs = 30'000;   // resolving the relay's host name
    int connectMs = 30'000;  // the TCP connect
    int tlsMs = 30'000;      // the TLS handshake: implicit TLS, and after STARTTLS
    int greetingMs = 30'000; // the 220 greeting
    int commandMs = 30'000;  // each reply to EHLO, STARTTLS, AUTH (every exchange), MAIL FROM,
                             // RCPT TO, DATA (the 354) and RSET; a multi-line reply must be
                             // complete within it
    int dataMs = 120'000;    // the final reply after the message data; counted from the last
                             // progress while the data is still being written
    int quitMs = 10'000;     // the reply to QUIT; running out only closes the connection, the
                             // messages' results stand
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
