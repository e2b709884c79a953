#pragma once
// Logging category for core/accounts (enable with QT_LOGGING_RULES="helpdesk.accounts=true").
// Never log a token or a link that carries one.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcAccounts)
