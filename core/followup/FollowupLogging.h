#pragma once
// The logging category of core/followup (QT_LOGGING_RULES="helpdesk.followup=true").

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcFollowup)
