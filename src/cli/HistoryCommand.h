#pragma once

#include <QCoreApplication>

namespace hc {

class CommandContext;

// `history [--infra NAME] [--json]` (SPEC §4, issue 9): the stored count snapshots and the capacity forecast.
class HistoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)

public:
    static int run(CommandContext &ctx);
};

} // namespace hc
