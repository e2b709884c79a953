#include "mail/SmtpError.h"

namespace helpdesk {

namespace {
Error::Code errorCodeFor(SmtpError::Kind kind)
{
    switch (kind) {
    case SmtpError::Kind::CannotConnect:
    case SmtpError::Kind::Timeout:
    case SmtpError::Kind::ConnectionLost:
    case SmtpError::Kind::Temporary:
        return Error::Code::Unavailable;
    case SmtpError::Kind::AuthenticationRejected:
        return Error::Code::PermissionDenied;
    case SmtpError::Kind::Configuration:
    case SmtpError::Kind::InvalidMessage:
        return Error::Code::InvalidInput;
    case SmtpError::Kind::Cancelled:
        return Error::Code::Cancelled;
    case SmtpError::Kind::TlsFailed:
    case SmtpError::Kind::StartTlsUnavailable:
    case SmtpError::Kind::RecipientRefused:
    case SmtpError::Kind::MessageTooLarge:
    case SmtpError::Kind::Permanent:
    case SmtpError::Kind::Protocol:
        return Error::Code::Network;
    }
    return Error::Code::Unknown;
}
} // namespace

bool SmtpError::isRetryable() const
{
    switch (kind) {
    case Kind::CannotConnect:
    case Kind::Temporary:
    case Kind::Timeout:
    case Kind::ConnectionLost:
    case Kind::Cancelled:
        return true;
    default:
        return false;
    }
}

QString SmtpError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::CannotConnect:
        return QStringLiteral("CannotConnect");
    case Kind::TlsFailed:
        return QStringLiteral("TlsFailed");
    case Kind::StartTlsUnavailable:
        return QStringLiteral("StartTlsUnavailable");
    case Kind::AuthenticationRejected:
        return QStringLiteral("AuthenticationRejected");
    case Kind::RecipientRefused:
        return QStringLiteral("RecipientRefused");
    case Kind::MessageTooLarge:
        return QStringLiteral("MessageTooLarge");
    case Kind::Temporary:
        return QStringLiteral("Temporary");
    case Kind::Permanent:
        return QStringLiteral("Permanent");
    case Kind::Timeout:
        return QStringLiteral("Timeout");
    case Kind::ConnectionLost:
        return QStringLiteral("ConnectionLost");
    case Kind::Protocol:
        return QStringLiteral("Protocol");
    case Kind::Configuration:
        return QStringLiteral("Configuration");
    case Kind::InvalidMessage:
        return QStringLiteral("InvalidMessage");
    case Kind::Cancelled:
        return QStringLiteral("Cancelled");
    }
    return QStringLiteral("Unknown");
}

SmtpError SmtpError::make(Kind kind, QString message, QString detail, int replyCode,
                          QString serverReply)
{
    SmtpError e;
    e.kind = kind;
    e.error = Error::make(errorCodeFor(kind), std::move(message), std::move(detail));
    e.replyCode = replyCode;
    e.serverReply = std::move(serverReply);
    return e;
}

} // namespace helpdesk
