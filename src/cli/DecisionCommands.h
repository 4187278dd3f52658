#pragma once

#include <QCoreApplication>

namespace hc {

class CommandContext;

// The administrator's decisions beside `deactivate`, so that everything the console does can be scripted:
// `activate`, `it-user [--clear]`, `link`, `split [--undo]`. Each is one transaction; counts are current after it.
class DecisionCommands {
    Q_DECLARE_TR_FUNCTIONS(DecisionCommands)

public:
    static int activate(CommandContext &ctx);
    static int itUser(CommandContext &ctx);
    static int link(CommandContext &ctx);
    static int split(CommandContext &ctx);
};

} // namespace hc
