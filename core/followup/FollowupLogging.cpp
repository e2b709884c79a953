#include "followup/FollowupLogging.h"

Q_LOGGING_CATEGORY(lcFollowup, "helpdesk.followup", QtWarningMsg)
