#pragma once

#include <QCoreApplication>

namespace hc {

class CommandContext;

// `deactivate`: named users of one runtime, every counted record not logged in since a date, or every counted
// member of a group (narrowed by runtime and date); --dry-run lists what would be deactivated and changes nothing.
class DeactivateCommand {
    Q_DECLARE_TR_FUNCTIONS(DeactivateCommand)

public:
    static int run(CommandContext &ctx);
};

} // namespace hc
