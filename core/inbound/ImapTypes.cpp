#include "inbound/ImapTypes.h"

namespace helpdesk {

QString ImapError::key(Kind kind)
{
    switch (kind) {
    case Kind::CannotConnect:
        return QStringLiteral("cannot_connect");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::LoginRefused:
        return QStringLiteral("login_refused");
    case Kind::FolderMissing:
        return QStringLiteral("folder_missing");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::MessageGone:
        return QStringLiteral("message_gone");
    case Kind::Protocol:
        return QStringLiteral("protocol");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::NotConnected:
        return QStringLiteral("not_connected");
    }
    return {};
}

Error ImapError::toError() const
{
    Error::Code code = Error::Code::Unavailable;
    switch (kind) {
    case Kind::CannotConnect:
    case Kind::Tls:
    case Kind::Timeout:
    case Kind::NotConnected:
        code = Error::Code::Network;
        break;
    case Kind::LoginRefused:
        code = Error::Code::PermissionDenied;
        break;
    case Kind::FolderMissing:
    case Kind::MessageGone:
        code = Error::Code::NotFound;
        break;
    case Kind::Cancelled:
        code = Error::Code::Cancelled;
        break;
    case Kind::Protocol:
        break;
    }
    return Error::make(code, message, key(kind) + QStringLiteral(": ") + detail);
}

} // namespace helpdesk
