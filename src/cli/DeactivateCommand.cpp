#include "DeactivateCommand.h"

#include "CommandContext.h"
#include "GroupCommands.h"
#include "QueryCommands.h"
#include "TablePrinter.h"

#include <QDate>
#include <QHash>
#include <QSet>

namespace hc {

int DeactivateCommand::run(CommandContext &ctx)
{
    const CommandLine &args = ctx.args();
    const bool byRuntime = args.isSet(QStringLiteral("runtime"));
    const bool bySince = args.isSet(QStringLiteral("not-logged-in-since"));
    // A group is a target of its own, narrowed by --runtime (no user names then) and --not-logged-in-since.
    const bool byGroup = args.isSet(QStringLiteral("group"));
    if (byGroup) {
        if (!args.positionals().isEmpty()) {
            return ctx.console().usage(
                tr("--group takes no user names (unexpected '%1')").arg(args.positionals().first()));
        }
    } else {
        if (byRuntime == bySince) {
            return ctx.console().usage(
                tr("give either --runtime NAME USERNAME..., --not-logged-in-since DATE or --group NAME"));
        }
        if (byRuntime && args.positionals().isEmpty())
            return ctx.console().usage(tr("name the users to deactivate after --runtime NAME"));
        if (bySince && !args.positionals().isEmpty()) {
            return ctx.console().usage(
                tr("--not-logged-in-since takes no user names (unexpected '%1')").arg(args.positionals().first()));
        }
    }
    QDate since;
    if (bySince) {
        since = QDate::fromString(args.value(QStringLiteral("not-logged-in-since")), Qt::ISODate);
        if (!since.isValid()) {
            return ctx.console().usage(
                tr("'%1' is not a date (use YYYY-MM-DD)").arg(args.value(QStringLiteral("not-logged-in-since"))));
        }
    }
    const bool dryRun = args.isSet(QStringLiteral("dry-run"));

    auto infra = ctx.infrastructure();
    if (!infra)
        return ctx.console().fail(infra.error());
    Workspace *ws = ctx.workspace().value();

    QVector<RecordRef> refs;
    QVector<UserRow> rows;
    if (byRuntime && !byGroup) {
        auto runtime = ctx.runtime(infra->id, args.value(QStringLiteral("runtime")));
        if (!runtime)
            return ctx.console().fail(runtime.error());
        QSet<QString> seen;
        for (const QString &username : args.positionals()) {
            if (seen.contains(username))
                continue;
            seen.insert(username);
            RecordRef ref;
            ref.runtimeId = runtime->id;
            ref.username = username;
            auto found = ws->userQueries().findRecords(ref);
            if (!found)
                return ctx.console().fail(found.error());
            if (found->isEmpty())
                return ctx.console().fail(tr("no user \"%1\" in runtime \"%2\"").arg(username, runtime->name));
            refs << ref;
            rows << *found;
        }
    } else {
        UserFilter filter;
        filter.infraId = infra->id;
        filter.status = RecordStatus::Counted;
        if (bySince)
            filter.notLoggedInSince = since.toString(Qt::ISODate);
        if (byGroup) {
            filter.group = args.value(QStringLiteral("group"));
            if (const QString error = GroupCommands::checkGroup(ctx, infra->id, filter.group); !error.isEmpty())
                return ctx.console().fail(error);
            if (byRuntime) {
                auto runtime = ctx.runtime(infra->id, args.value(QStringLiteral("runtime")));
                if (!runtime)
                    return ctx.console().fail(runtime.error());
                filter.runtimeId = runtime->id;
            }
        }
        auto found = ws->userQueries().users(filter);
        if (!found)
            return ctx.console().fail(found.error());
        const auto runtimes = ws->runtimeStore().runtimes(infra->id);
        if (!runtimes)
            return ctx.console().fail(runtimes.error());
        QHash<QString, qint64> runtimeIds;
        for (const RuntimeInfo &rt : *runtimes)
            runtimeIds.insert(rt.name, rt.id);
        // Decisions are kept by runtime + username + tenant: one reference per such key.
        QSet<QString> seen;
        for (const UserRow &row : *found) {
            const QString key = row.runtime + u'\n' + row.record.username + u'\n' + row.record.tenant;
            rows << row;
            if (seen.contains(key))
                continue;
            seen.insert(key);
            RecordRef ref;
            ref.runtimeId = runtimeIds.value(row.runtime);
            ref.username = row.record.username;
            ref.tenant = row.record.tenant;
            refs << ref;
        }
    }

    Console &con = ctx.console();
    if (rows.isEmpty()) {
        con.print(tr("No records to deactivate."));
        return ExitSuccess;
    }
    TablePrinter table({ tr("Runtime"), tr("Username"), tr("Name"), tr("Last login") });
    for (const UserRow &row : rows) {
        table.addRow(
            { row.runtime, row.record.username, row.record.name, QueryCommands::lastLoginText(row.record.lastLogin) });
    }

    if (dryRun) {
        con.print(tr("Dry run: %n record(s) would be deactivated; nothing was changed.", nullptr, int(rows.size())));
        con.print(table.toString());
        return ExitSuccess;
    }
    const Status status = ws->decisions().setDeactivated(refs, true);
    if (!status)
        return con.fail(status.error());
    con.print(tr("Deactivated %n record(s):", nullptr, int(rows.size())));
    con.print(table.toString());
    const auto counts = ws->counts(infra->id);
    if (counts) {
        con.print(counts->model == LicenceModel::Named ? tr("Unique individuals now: %1.").arg(counts->unique.total())
                                                       : tr("Unique individuals now: internal %1, external %2.")
                                                             .arg(counts->unique.internal)
                                                             .arg(counts->unique.external));
    }
    return ExitSuccess;
}

} // namespace hc
