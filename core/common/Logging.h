#pragma once
// Logging categories, one per core folder (enable with QT_LOGGING_RULES="helpdesk.*=true").

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcDb)
Q_DECLARE_LOGGING_CATEGORY(lcTickets)
Q_DECLARE_LOGGING_CATEGORY(lcDemo)
