#pragma once

#include "CommandLine.h"
#include "Console.h"
#include "Result.h"
#include "Workspace.h"

#include <QCoreApplication>

#include <memory>

namespace hc {

// What a command runs with: its parsed arguments, the console, and the workspace, opened only when the command
// asks for it (after its arguments were checked, so that a usage error never touches the database).
class CommandContext {
    Q_DECLARE_TR_FUNCTIONS(CommandContext)

public:
    CommandContext(Console &console, CommandLine args, QString databasePath);
    ~CommandContext();

    Console &console() { return m_console; }
    const CommandLine &args() const { return m_args; }
    QString databasePath() const { return m_databasePath; }

    // Opens the workspace. Only `init` creates one: a mistyped --db must not silently start an empty workspace.
    Result<Workspace *> workspace(bool create = false);
    // The infrastructure named by --infra, or the only one.
    Result<InfrastructureInfo> infrastructure();
    Result<RuntimeInfo> runtime(qint64 infraId, const QString &name);

private:
    Console &m_console;
    CommandLine m_args;
    QString m_databasePath;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace hc
