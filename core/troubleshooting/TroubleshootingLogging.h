#pragma once
// Logging category for core/troubleshooting (enable with QT_LOGGING_RULES="helpdesk.wizard=true").

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcWizard)
