#pragma once

#include "Counts.h"

#include <QCoreApplication>

namespace hc {

class CommandContext;
class Workspace;
struct UserFilter;
struct UserRow;

// Reading a workspace: counts, users and explain. Each returns the exit status.
class QueryCommands {
    Q_DECLARE_TR_FUNCTIONS(QueryCommands)

public:
    static int counts(CommandContext &ctx);
    static int users(CommandContext &ctx);
    static int explain(CommandContext &ctx);
    static int check(CommandContext &ctx);

    // The human form of `counts`: capacities with their state, per-runtime records, exclusions.
    static QString countsText(const Counts &counts);
    static QString stateText(CapacityState state);
    static QString lastLoginText(const QString &lastLogin);

private:
    static int usersJson(CommandContext &ctx, Workspace &ws, const UserFilter &filter);
};

} // namespace hc
