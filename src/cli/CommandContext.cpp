#include "CommandContext.h"

#include "StorageErrors.h"
#include "TerminalPassword.h"

#include <QDir>
#include <QFileInfo>

namespace hc {

CommandContext::CommandContext(Console &console, CommandLine args, QString databasePath)
    : m_console(console)
    , m_args(std::move(args))
    , m_databasePath(std::move(databasePath))
{
}

CommandContext::~CommandContext() = default;

Result<Workspace *> CommandContext::workspace(bool create)
{
    if (m_workspace)
        return m_workspace.get();
    // A URL names a server database (PostgreSQL): only local files can be missing.
    const bool isFile = !m_databasePath.contains(QLatin1String("://"));
    if (!create && isFile && !QFileInfo::exists(m_databasePath)) {
        return Result<Workspace *>::failure(tr("no workspace at %1 (create one with 'headcount-cli init')")
                                                .arg(QDir::toNativeSeparators(m_databasePath)));
    }
    auto opened = Workspace::open(m_databasePath);
    // On a terminal, a server that wants a password .pgpass does not give is asked for one (three tries), as psql
    // does; a script gets the error.
    for (int attempt = 0; attempt < 3 && !opened && opened.code() == PasswordNeededCode
         && TerminalPassword::available(); ++attempt) {
        m_console.warning(opened.error());
        m_console.flush();
        const std::optional<QString> password = TerminalPassword::read(tr("Password for %1: ").arg(m_databasePath));
        if (!password)
            break;
        opened = Workspace::open(m_databasePath, DatabaseCredentials(*password));
    }
    if (!opened)
        return Result<Workspace *>::failure(opened.error());
    m_workspace = std::move(opened).value();
    // SPEC §7: a writer waits for another writer, and says so once it has waited a second.
    m_workspace->setBusyNotifier([this] {
        m_console.warning(tr("waiting for another process using the workspace…"));
        m_console.flush();
    });
    return m_workspace.get();
}

Result<InfrastructureInfo> CommandContext::infrastructure()
{
    auto ws = workspace();
    if (!ws)
        return Result<InfrastructureInfo>::failure(ws.error());
    return (*ws)->infrastructureStore().infrastructure(m_args.value(QStringLiteral("infra")));
}

Result<RuntimeInfo> CommandContext::runtime(qint64 infraId, const QString &name)
{
    auto ws = workspace();
    if (!ws)
        return Result<RuntimeInfo>::failure(ws.error());
    return (*ws)->runtimeStore().runtime(infraId, name);
}

} // namespace hc
