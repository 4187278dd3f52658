#pragma once

#include <QCoreApplication>

namespace hc {

class CommandContext;

// Setting a workspace up: init, infra, capacity, runtime and domain commands. Each returns the exit status.
class WorkspaceCommands {
    Q_DECLARE_TR_FUNCTIONS(WorkspaceCommands)

public:
    static int init(CommandContext &ctx);
    static int infraAdd(CommandContext &ctx);
    static int infraList(CommandContext &ctx);
    static int infraSet(CommandContext &ctx);
    static int tenantList(CommandContext &ctx);
    static int tenantSet(CommandContext &ctx);
    static int capacitySet(CommandContext &ctx);
    static int runtimeAdd(CommandContext &ctx);
    static int runtimeList(CommandContext &ctx);
    static int domainAdd(CommandContext &ctx);
    static int domainRemove(CommandContext &ctx);
    static int domainList(CommandContext &ctx);

private:
    static int changeDomains(CommandContext &ctx, bool add);
};

} // namespace hc
