#pragma once

#include <QCoreApplication>

namespace hc {

class CommandContext;

// `deactivate`: named users of one runtime, or every counted record not logged in since a date; --dry-run lists
// what would be deactivated and changes nothing.
class DeactivateCommand {
    Q_DECLARE_TR_FUNCTIONS(DeactivateCommand)

public:
    static int run(CommandContext &ctx);
};

} // namespace hc
