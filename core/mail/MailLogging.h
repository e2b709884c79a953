#pragma once
// Logging category for core/mail (enable with QT_LOGGING_RULES="helpdesk.mail=true").
// Never log passwords, AUTH payloads or message bodies here: write "[hidden]" instead.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcMail)
