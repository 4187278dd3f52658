#pragma once

#include "Result.h"

#include <QCoreApplication>

#include <functional>

namespace hc {

class CommandContext;
class Workspace;

// Setting a workspace up: init, infra, capacity, runtime and domain commands. Each returns the exit status.
class WorkspaceCommands {
    Q_DECLARE_TR_FUNCTIONS(WorkspaceCommands)

public:
    static int init(CommandContext &ctx);
    static int infraAdd(CommandContext &ctx);
    static int infraList(CommandContext &ctx);
    static int infraSet(CommandContext &ctx);
    static int tenantList(CommandContext &ctx);
    static int infraRename(CommandContext &ctx);
    static int infraRemove(CommandContext &ctx);
    static int runtimeRename(CommandContext &ctx);
    static int runtimeRemove(CommandContext &ctx);
    static int tenantSet(CommandContext &ctx);
    static int capacitySet(CommandContext &ctx);
    static int runtimeAdd(CommandContext &ctx);
    static int runtimeList(CommandContext &ctx);
    static int domainAdd(CommandContext &ctx);
    static int domainRemove(CommandContext &ctx);
    static int domainList(CommandContext &ctx);

private:
    static int changeDomains(CommandContext &ctx, bool add);
    // --dry-run: the counts before and after `change`, which is rolled back (SPEC §4).
    static int printPreview(CommandContext &ctx, qint64 infraId, const std::function<Status()> &change);
};

} // namespace hc
