#include "admin/AdminCli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Helpdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("helpdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HELPDESK_VERSION));
    return helpdesk::AdminCli::run(QCoreApplication::arguments());
}
