// helpdesk-admin: the command-line tool; AdminCli (core/admin) does the work.

#include "Translations.h"
#include "admin/AdminCli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Helpdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("helpdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HELPDESK_VERSION));
    // The system's language (LANGUAGE, LANG), or the "ui/language" setting that the app uses.
    helpdesk::Translations translations;
    translations.install();
    return helpdesk::AdminCli::run(QCoreApplication::arguments());
}
