#pragma once

#include <QCoreApplication>

namespace hc {

class CommandContext;

// `import`: reads a runtime's export and loads it as a snapshot (replace) or merges it, in one transaction.
class ImportCommand {
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    static int run(CommandContext &ctx);
};

} // namespace hc
