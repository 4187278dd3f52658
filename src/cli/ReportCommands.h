#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace hc {

class CommandContext;

// `report` and `fingerprint` (SPEC §4): the compliance report as PDF or HTML, and its fingerprint recomputed.
class ReportCommands
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommands)

public:
    static int report(CommandContext &ctx);
    static int fingerprint(CommandContext &ctx);

    // Whether these arguments (without the program name) run a command that lays out text, so that main() starts a
    // QGuiApplication for it only: every other command runs without a display or platform plugin.
    static bool needsGui(const QStringList &arguments);
};

} // namespace hc
