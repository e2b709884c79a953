#include "mail/MailLogging.h"

Q_LOGGING_CATEGORY(lcMail, "helpdesk.mail", QtWarningMsg)
