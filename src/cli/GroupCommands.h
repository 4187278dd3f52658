#pragma once

#include <QCoreApplication>

namespace hc {

class CommandContext;

// `groups import` (a runtime's group membership export, replacing its previous one) and `groups list`. Groups then
// filter `users --group` and are a target of `deactivate --group`.
class GroupCommands {
    Q_DECLARE_TR_FUNCTIONS(GroupCommands)

public:
    static int import(CommandContext &ctx);
    static int list(CommandContext &ctx);

    // Fails (with a message for the error line) when the infrastructure has no group of that name: a typo must not
    // read as "no members".
    static QString checkGroup(CommandContext &ctx, qint64 infraId, const QString &group);
};

} // namespace hc
