#include "ReportCommands.h"

#include "CommandContext.h"
#include "ReportBuilder.h"
#include "ReportFile.h"
#include "ReportFingerprint.h"

#include <QDir>

namespace hc {

bool ReportCommands::needsGui(const QStringList &arguments)
{
    // The first argument that is neither a global option nor its value is the command (as CliApplication::run).
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"--db") {
            ++i;
            continue;
        }
        if (arg.startsWith(u'-'))
            continue;
        return arg == u"report";
    }
    return false;
}

int ReportCommands::report(CommandContext &ctx)
{
    const CommandLine &args = ctx.args();
    const QString output = args.value(QStringLiteral("output"));
    if (output.isEmpty())
        return ctx.console().usage(tr("'report' needs --output FILE.pdf or FILE.html"));
    const auto format = ReportFile::formatOf(output);
    if (!format)
        return ctx.console().usage(tr("--output must name a .pdf or .html file: '%1'").arg(output));
    if (args.isSet(QStringLiteral("all")) && args.isSet(QStringLiteral("infra")))
        return ctx.console().usage(tr("give either --infra or --all, not both"));
    ReportOptions options;
    options.infrastructure = args.value(QStringLiteral("infra"));
    options.allInfrastructures = args.isSet(QStringLiteral("all"));
    options.pseudonymise = args.isSet(QStringLiteral("pseudonymise"));
    if (args.isSet(QStringLiteral("inactive-days"))) {
        const auto days = CommandLine::parseCount(args.value(QStringLiteral("inactive-days")));
        if (!days || *days < 1 || *days > 36500)
            return ctx.console().usage(tr("--inactive-days needs a number of days from 1 to 36500"));
        options.inactiveDays = int(*days);
    }

    auto ws = ctx.workspace();
    if (!ws)
        return ctx.console().fail(ws.error());
    const auto data = ReportBuilder(**ws).build(options);
    if (!data)
        return ctx.console().fail(data.error());
    const auto pages = ReportFile::write(*data, output, *format);
    if (!pages)
        return ctx.console().fail(pages.error());
    ctx.console().print(*format == ReportFile::Format::Pdf ? tr("wrote %1 (%n page(s))", nullptr, *pages).arg(QDir::toNativeSeparators(output))
                                               : tr("wrote %1").arg(QDir::toNativeSeparators(output)));
    for (const ReportSection &s : data->sections)
        ctx.console().print(tr("fingerprint %1: %2").arg(s.infrastructure.name, s.fingerprint));
    return ExitSuccess;
}

int ReportCommands::fingerprint(CommandContext &ctx)
{
    const auto infra = ctx.infrastructure();
    if (!infra)
        return ctx.console().fail(infra.error());
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.console().fail(ws.error());
    const auto digest = ReportFingerprint::compute(**ws, infra->id);
    if (!digest)
        return ctx.console().fail(digest.error());
    ctx.console().print(*digest);
    return ExitSuccess;
}

} // namespace hc
