#include "mail/smtp/SmtpSecurity.h"

#include <QCryptographicHash>
#include <QHostAddress>

#include <algorithm>

namespace helpdesk {

namespace {
bool isTrustError(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::HostNameMismatch:
        return true;
    default:
        return false;
    }
}
} // namespace

SmtpSecurity::Loopback SmtpSecurity::hostLoopback(const QString &host)
{
    QHostAddress address;
    if (address.setAddress(host))
        return address.isLoopback() ? Loopback::Yes : Loopback::No;
    const QString lower = host.toLower();
    if (lower == QLatin1String("localhost") || lower == QLatin1String("localhost."))
        return Loopback::Yes;
    return Loopback::Unknown;
}

QByteArray SmtpSecurity::normalizedHex(const QString &text)
{
    QByteArray out;
    for (QChar c : text) {
        if (c == u':' || c.isSpace())
            continue;
        out += static_cast<char>(c.toLower().unicode());
    }
    return out;
}

bool SmtpSecurity::isSha256Fingerprint(const QString &text)
{
    const QByteArray hex = normalizedHex(text);
    return hex.size() == 64 && std::all_of(hex.begin(), hex.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

QString SmtpSecurity::sha256Fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

CertificateInfo SmtpSecurity::describe(const QSslCertificate &certificate,
                                       const QList<QSslError> &errors)
{
    QSslCertificate peer = certificate;
    for (const QSslError &e : errors) {
        if (!peer.isNull())
            break;
        peer = e.certificate();
    }
    CertificateInfo info;
    if (!peer.isNull()) {
        info.subject = peer.subjectDisplayName();
        if (info.subject.isEmpty())
            info.subject = peer.subjectInfo(QSslCertificate::CommonName).join(u", ");
        info.issuer = peer.issuerDisplayName();
        info.expiry = peer.expiryDate();
        info.sha256 = sha256Fingerprint(peer);
    }
    for (const QSslError &e : errors)
        info.problems.append(e.errorString());
    return info;
}

bool SmtpSecurity::acceptsPinned(const SmtpSettings &settings, const CertificateInfo &info,
                                 const QList<QSslError> &errors)
{
    const QByteArray pinned = normalizedHex(settings.trustedCertSha256);
    const bool onlyTrustErrors = std::all_of(
        errors.begin(), errors.end(), [](const QSslError &e) { return isTrustError(e.error()); });
    return !pinned.isEmpty() && !info.isNull() && normalizedHex(info.sha256) == pinned &&
           onlyTrustErrors;
}

SmtpError SmtpSecurity::tlsFailed(const CertificateInfo &certificate, const QString &reason)
{
    if (certificate.isNull())
        return SmtpError::make(SmtpError::Kind::TlsFailed,
                               tr("The encrypted (TLS) connection to the mail relay failed: %1. "
                                  "Check the port and the security setting (TLS or STARTTLS) in "
                                  "the mail settings.")
                                   .arg(reason),
                               reason);
    SmtpError error = SmtpError::make(
        SmtpError::Kind::TlsFailed,
        tr("The mail relay's certificate is not trusted (%1). Subject: %2; issuer: %3; expires: "
           "%4; SHA-256 fingerprint: %5. If your administrator confirms this is the relay's "
           "certificate, enter the fingerprint as the trusted certificate in the mail settings.")
            .arg(certificate.problems.join(u"; "), certificate.subject, certificate.issuer,
                 certificate.expiry.toString(Qt::ISODate), certificate.sha256),
        reason);
    error.certificate = certificate;
    return error;
}

SmtpError SmtpSecurity::plainNotLoopback(const QString &host, const QString &why)
{
    return SmtpError::make(
        SmtpError::Kind::Configuration,
        tr("Plain (unencrypted) SMTP is only allowed to this computer, and %1 is not known to be "
           "this computer: %2. Choose TLS or STARTTLS in the mail settings.")
            .arg(host, why));
}

SmtpError SmtpSecurity::passwordInClear(const QString &host)
{
    return SmtpError::make(SmtpError::Kind::Configuration,
                           tr("Helpdesk will not send the SMTP password unencrypted to %1. Choose "
                              "TLS or STARTTLS in the mail settings.")
                               .arg(host));
}

} // namespace helpdesk
