// headcount-recount-check FILE: a test-only oracle for the stress test (issue 8). For every infrastructure of the
// workspace it compares the maintained counts (what `counts --json` prints) with a recount from every record, so a
// lost or doubled update under concurrent writers shows up. Not installed, and no command of headcount-cli: the
// product has no hidden way to recount.
// Exit 0: each infrastructure's recount, one `counts --json` line each; 1: a difference (both JSONs) or an error.
#include "Workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

using namespace hc;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        err << "usage: headcount-recount-check FILE\n";
        return 2;
    }
    // Workspace::open creates a missing file: a typo must not pass as an empty, consistent workspace.
    if (!QFileInfo(args.at(1)).isFile()) {
        err << "error: no workspace at " << args.at(1) << '\n';
        return 1;
    }
    auto ws = Workspace::open(args.at(1));
    if (!ws) {
        err << "error: " << ws.error() << '\n';
        return 1;
    }
    const auto infras = ws.value()->infrastructureStore().infrastructures();
    if (!infras) {
        err << "error: " << infras.error() << '\n';
        return 1;
    }
    int exitCode = 0;
    for (const InfrastructureInfo &infra : *infras) {
        const auto kept = ws.value()->counts(infra.id);
        const auto recount = ws.value()->recount(infra.id);
        if (!kept || !recount) {
            err << "error: " << infra.name << ": " << (kept ? recount.error() : kept.error()) << '\n';
            return 1;
        }
        const QByteArray recountJson = QJsonDocument(recount->toJson()).toJson(QJsonDocument::Compact);
        if (!(*kept == *recount)) {
            err << "counts of " << infra.name
                << " differ from a recount\n  counts:  " << QJsonDocument(kept->toJson()).toJson(QJsonDocument::Compact)
                << "\n  recount: " << recountJson << '\n';
            exitCode = 1;
        }
        out << recountJson << '\n';
    }
    return exitCode;
}
