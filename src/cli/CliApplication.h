#pragma once

#include "CommandLine.h"
#include "Console.h"

#include <QCoreApplication>
#include <QStringList>

namespace hc {

class CommandContext;

// headcount-cli: `[--db FILE] COMMAND [ARGS]` (SPEC §4). Parses the global options, finds the command, checks
// its arguments and runs it; returns the exit status (0 success, 1 failure, 2 usage).
class CliApplication {
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    explicit CliApplication(Console &console);

    // `arguments` without the program name.
    int run(const QStringList &arguments);

    static QString helpText();
    static QString versionText();

private:
    using Handler = int (*)(CommandContext &);
    struct Command {
        QStringList words; // "infra", "add"
        QVector<OptionSpec> options;
        int minArgs = 0;
        int maxArgs = 0; // -1: any number
        Handler run = nullptr;
    };
    static const QVector<Command> &commands();

    Console &m_console;
};

} // namespace hc
