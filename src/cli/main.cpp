#include "CliApplication.h"
#include "Console.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Headcount"));
    QCoreApplication::setOrganizationName(QStringLiteral("Headcount"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HEADCOUNT_VERSION));

    int status = 0;
    {
        hc::Console console;
        hc::CliApplication cli(console);
        status = cli.run(QCoreApplication::arguments().mid(1));
    }
    return status;
}
