#include "GroupCommands.h"

#include "MessageText.h"
#include "CommandContext.h"
#include "GroupReader.h"
#include "JsonOutput.h"
#include "TablePrinter.h"

#include <QFileInfo>
#include <QJsonArray>

namespace hc {

int GroupCommands::import(CommandContext &ctx)
{
    const CommandLine &args = ctx.args();
    if (!args.isSet(QStringLiteral("runtime")))
        return ctx.console().usage(tr("groups import needs --runtime NAME"));
    ReadOptions options;
    if (args.isSet(QStringLiteral("format"))) {
        const QString f = args.value(QStringLiteral("format"));
        if (f == u"csv")
            options.format = ExportFormat::Csv;
        else if (f == u"json")
            options.format = ExportFormat::Json;
        else
            return ctx.console().usage(tr("unknown format '%1' (use csv or json)").arg(f));
    }
    options.skipBadRows = args.isSet(QStringLiteral("skip-bad-rows"));
    const QString file = args.positionals().first();

    auto infra = ctx.infrastructure();
    if (!infra)
        return ctx.console().fail(infra.error());
    auto runtime = ctx.runtime(infra->id, args.value(QStringLiteral("runtime")));
    if (!runtime)
        return ctx.console().fail(runtime.error());

    const auto data = GroupReader::readFile(file, options);
    if (!data)
        return ctx.console().fail(data.error());
    for (const ImportProblem &problem : data->skipped)
        ctx.console().warning(problem.toString());
    const auto summary = ctx.workspace().value()->groupStore().importGroups(runtime->id, data->memberships);
    if (!summary)
        return ctx.console().fail(summary.error());

    Console &con = ctx.console();
    con.print(tr("Imported groups from %1 into runtime %2 of %3: %n group(s)", nullptr, int(summary->groups))
                  .arg(QFileInfo(file).fileName(), runtime->name, infra->name)
        + tr(", %n membership(s) (replacing %1).", nullptr, int(summary->memberships)).arg(summary->replaced));
    if (summary->duplicates > 0)
        con.print(tr("  %n repeated line(s) ignored", nullptr, int(summary->duplicates)));
    if (!data->skipped.isEmpty())
        con.print(tr("  %n bad row(s) skipped", nullptr, int(data->skipped.size())));
    if (!data->unknownColumns.isEmpty())
        con.print(tr("  unknown columns ignored: %1").arg(MessageText::quotedList(data->unknownColumns)));
    if (!summary->unmatched.isEmpty()) {
        // Not an error: the user export may come later. Shown so that a typo is seen.
        constexpr qsizetype shown = 10;
        QString names = summary->unmatched.mid(0, shown).join(QLatin1String(", "));
        if (summary->unmatched.size() > shown)
            names += QStringLiteral(", …");
        con.print(
            tr("  %n member(s) match no user of the runtime: %1", nullptr, int(summary->unmatched.size())).arg(names));
    }
    return ExitSuccess;
}

int GroupCommands::list(CommandContext &ctx)
{
    auto infra = ctx.infrastructure();
    if (!infra)
        return ctx.console().fail(infra.error());
    const auto groups = ctx.workspace().value()->groupStore().groups(infra->id);
    if (!groups)
        return ctx.console().fail(groups.error());
    if (ctx.args().isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const GroupInfo &g : *groups) {
            array.append(QJsonObject { { QStringLiteral("name"), g.name }, { QStringLiteral("members"), g.members },
                { QStringLiteral("runtimes"), g.runtimes } });
        }
        ctx.console().printRaw(JsonOutput::line(array));
        return ExitSuccess;
    }
    if (groups->isEmpty()) {
        ctx.console().print(tr("No groups (import them with 'headcount-cli groups import --runtime NAME FILE')."));
        return ExitSuccess;
    }
    TablePrinter table({ tr("Group"), tr("Members"), tr("Runtimes") });
    table.setAlignment(1, TablePrinter::Align::Right);
    table.setAlignment(2, TablePrinter::Align::Right);
    for (const GroupInfo &g : *groups)
        table.addRow({ g.name, QString::number(g.members), QString::number(g.runtimes) });
    ctx.console().print(table.toString());
    return ExitSuccess;
}

QString GroupCommands::checkGroup(CommandContext &ctx, qint64 infraId, const QString &group)
{
    auto ws = ctx.workspace();
    if (!ws)
        return ws.error();
    const auto groups = (*ws)->groupStore().groups(infraId);
    if (!groups)
        return groups.error();
    for (const GroupInfo &g : *groups) {
        if (g.name == group)
            return {};
    }
    return tr("no group named \"%1\" (see 'headcount-cli groups list')").arg(group);
}

} // namespace hc
