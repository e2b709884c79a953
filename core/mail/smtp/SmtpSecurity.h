#pragma once
// SmtpSecurity: the rules that keep mail and credentials off unencrypted or untrusted
// connections: which hosts count as this computer, certificate pinning, and the messages that
// explain a refused certificate to an admin.

#include "mail/SmtpError.h"
#include "mail/SmtpSettings.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslError>

namespace helpdesk {

class SmtpSecurity
{
    Q_DECLARE_TR_FUNCTIONS(helpdesk::SmtpSecurity)
public:
    enum class Loopback { Yes, No, Unknown };
    // Yes/No for address literals and "localhost"; Unknown for names that need a lookup.
    static Loopback hostLoopback(const QString &host);

    // "ab:CD 12" -> "abcd12": fingerprints compare without separators or case.
    static QByteArray normalizedHex(const QString &text);
    static bool isSha256Fingerprint(const QString &text);
    static QString sha256Fingerprint(const QSslCertificate &certificate); // "AB:CD:..."

    // What an admin needs to judge the certificate the relay presented.
    static CertificateInfo describe(const QSslCertificate &peer, const QList<QSslError> &errors);
    // True when the certificate is the pinned one and the only problems are trust-chain or
    // host-name ones (never an expired or malformed certificate).
    static bool acceptsPinned(const SmtpSettings &settings, const CertificateInfo &info,
                              const QList<QSslError> &errors);

    // The TLS handshake failed; with the refused certificate when there was one.
    static SmtpError tlsFailed(const CertificateInfo &certificate, const QString &reason);
    // Plain SMTP by name, and the name is not (only) this computer.
    static SmtpError plainNotLoopback(const QString &host, const QString &why);
    static SmtpError passwordInClear(const QString &host);
};

} // namespace helpdesk
