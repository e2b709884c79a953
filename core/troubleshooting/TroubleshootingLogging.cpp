#include "troubleshooting/TroubleshootingLogging.h"

Q_LOGGING_CATEGORY(lcWizard, "helpdesk.wizard", QtWarningMsg)
