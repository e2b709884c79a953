#include "common/Logging.h"

Q_LOGGING_CATEGORY(lcDb, "helpdesk.db", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTickets, "helpdesk.tickets", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDemo, "helpdesk.demo", QtWarningMsg)
