#include "accounts/AccountsLogging.h"

Q_LOGGING_CATEGORY(lcAccounts, "helpdesk.accounts", QtWarningMsg)
