#pragma once
// Logging category for core/inbound (enable with QT_LOGGING_RULES="helpdesk.inbound=true").
// Never log message bodies, passwords or IMAP login data here: Message-IDs, UIDs, sizes and
// classified errors only.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcInbound)
