#include "inbound/InboundLogging.h"

Q_LOGGING_CATEGORY(lcInbound, "helpdesk.inbound", QtInfoMsg)
