#include "QueryCommands.h"

#include "CommandContext.h"
#include "GroupCommands.h"
#include "JsonOutput.h"
#include "Reconciliation.h"
#include "TablePrinter.h"
#include "UserCsv.h"

#include <QDir>

#include <QJsonDocument>
#include <QTemporaryFile>

#include <cerrno>
#include <cstring>
#include <functional>
#include <optional>

namespace hc {

QString QueryCommands::stateText(CapacityState state)
{
    switch (state) {
    case CapacityState::Unset:
        return tr("not set");
    case CapacityState::Ok:
        return QStringLiteral("OK");
    case CapacityState::Near:
        return QStringLiteral("NEAR");
    case CapacityState::Over:
        return QStringLiteral("OVER");
    }
    return {};
}

QString QueryCommands::lastLoginText(const QString &lastLogin)
{
    return Rules::isNeverLoggedIn(lastLogin) ? tr("never") : lastLogin;
}

QString QueryCommands::countsText(const Counts &c)
{
    const bool named = c.model == LicenceModel::Named;
    QString text = tr("Infrastructure %1 (%2, platform %3)")
                       .arg(c.infrastructure, toString(c.model),
                            c.platformVersion.isEmpty() ? tr("11.11.3 or later") : c.platformVersion)
        + u'\n';
    text += u'\n';

    TablePrinter capacity({ tr("Capacity"), tr("Used"), tr("Licensed"), tr("State") });
    capacity.setAlignment(1, TablePrinter::Align::Right);
    capacity.setAlignment(2, TablePrinter::Align::Right);
    const auto addCapacity = [&](const QString &name, qint64 used, std::optional<qint64> licensed) {
        capacity.addRow({ name, QString::number(used), licensed ? QString::number(*licensed) : QStringLiteral("-"),
            stateText(Rules::capacityState(used, licensed)) });
    };
    if (named) {
        addCapacity(QStringLiteral("named"), c.unique.total(), c.capacity.named);
    } else {
        addCapacity(QStringLiteral("internal"), c.unique.internal, c.capacity.internal);
        addCapacity(QStringLiteral("external"), c.unique.external, c.capacity.external);
    }
    text += capacity.toString();
    text += tr("Unique individuals: %1").arg(c.unique.total()) + u'\n';
    text += u'\n';

    // Counted records per runtime, and what that runtime's own console shows (R12).
    TablePrinter runtimes(named ? QStringList { tr("Runtime"), tr("Records"), tr("Platform") }
                                : QStringList { tr("Runtime"), tr("Internal"), tr("External"), tr("Total"),
                                      tr("Platform int."), tr("Platform ext."), tr("Platform total") });
    for (int i = 1; i < 7; ++i)
        runtimes.setAlignment(i, TablePrinter::Align::Right);
    const auto addRuntime = [&](const QString &name, const ClassCounts &records, const ClassCounts &platform) {
        if (named) {
            runtimes.addRow({ name, QString::number(records.total()), QString::number(platform.total()) });
        } else {
            runtimes.addRow({ name, QString::number(records.internal), QString::number(records.external),
                QString::number(records.total()), QString::number(platform.internal),
                QString::number(platform.external), QString::number(platform.total()) });
        }
    };
    ClassCounts recordSum;
    for (const RuntimeCounts &rc : c.runtimes) {
        addRuntime(rc.name, rc.records, rc.platform);
        recordSum.internal += rc.records.internal;
        recordSum.external += rc.records.external;
    }
    if (c.runtimes.isEmpty()) {
        text += tr("No runtimes.") + u'\n';
    } else {
        addRuntime(tr("(sum)"), recordSum, c.platformSum());
        text += runtimes.toString();
        text += Reconciliation::explain(c) + u'\n';
    }
    text += u'\n';

    TablePrinter excluded({ tr("Excluded"), tr("Records") });
    excluded.setAlignment(1, TablePrinter::Align::Right);
    excluded.addRow({ QStringLiteral("it_user"), QString::number(c.excluded.itUser) });
    excluded.addRow({ QStringLiteral("inactive"), QString::number(c.excluded.inactive) });
    excluded.addRow({ QStringLiteral("anonymous"), QString::number(c.excluded.anonymous) });
    text += excluded.toString();
    return text;
}

int QueryCommands::counts(CommandContext &ctx)
{
    auto infra = ctx.infrastructure();
    if (!infra)
        return ctx.console().fail(infra.error());
    const auto counts = ctx.workspace().value()->counts(infra->id);
    if (!counts)
        return ctx.console().fail(counts.error());
    if (ctx.args().isSet(QStringLiteral("json")))
        ctx.console().printRaw(JsonOutput::line(counts->toJson()));
    else
        ctx.console().print(countsText(*counts));
    return ExitSuccess;
}

namespace {

// The list as JSON, a batch at a time (a workspace can hold millions of records, and the list is never held whole).
// `write` gets the bytes in order; false from it ends the list with `writeError`.
Status writeUsersJson(Workspace &ws, const UserFilter &filter, const std::function<bool(const QByteArray &)> &write,
                      const std::function<QString()> &writeError)
{
    bool first = true;
    if (!write(QByteArrayLiteral("[")))
        return Status::failure(writeError());
    const Status streamed = ws.userQueries().forEachUser(filter, [&](const QVector<UserRow> &batch) {
        QByteArray chunk;
        chunk.reserve(batch.size() * 320); // about a row's JSON: no regrowing on the way
        for (const UserRow &row : batch) {
            if (!first)
                chunk += ',';
            JsonOutput::appendUser(chunk, row);
            first = false;
        }
        return write(chunk) ? Status() : Status::failure(writeError());
    });
    if (!streamed)
        return streamed;
    return write(QByteArrayLiteral("]\n")) ? Status() : Status::failure(writeError());
}

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

// `users --json`: a read that fails halfway (a damaged page) prints nothing but the error, never part of a list that
// could pass for the whole (SPEC §7). Into a regular file the list goes straight, and a failure cuts the file back
// to where the list began; anywhere else (a pipe, a terminal) it is spooled to a private temporary file and copied
// once complete. The spool's copy was a third of the time of a million users.
int QueryCommands::usersJson(CommandContext &ctx, Workspace &ws, const UserFilter &filter)
{
    Console &con = ctx.console();
    if (const std::optional<qint64> start = con.regularFileOffset()) {
        const Status s = writeUsersJson(ws, filter, [&](const QByteArray &bytes) { return con.printRaw(bytes); },
                                        [] { return tr("cannot write the list to standard output: %1").arg(errnoText()); });
        if (s && con.flushOut())
            return ExitSuccess;
        const QString error = s ? tr("cannot write the list to standard output: %1").arg(errnoText()) : s.error();
        if (!con.truncateOut(*start))
            return con.fail(tr("%1; and standard output could not be cut back: %2").arg(error, errnoText()));
        return con.fail(error);
    }
    QTemporaryFile spool;
    if (!spool.open())
        return con.fail(tr("cannot create a temporary file for the list: %1").arg(spool.errorString()));
    const Status s = writeUsersJson(ws, filter, [&](const QByteArray &bytes) { return spool.write(bytes) == bytes.size(); },
                                    [&] { return tr("cannot write the list: %1").arg(spool.errorString()); });
    if (!s)
        return con.fail(s.error());
    if (!spool.flush() || !spool.seek(0))
        return con.fail(tr("cannot write the list: %1").arg(spool.errorString()));
    while (!spool.atEnd()) {
        const QByteArray block = spool.read(1 << 20);
        if (block.isEmpty() && !spool.atEnd())
            return con.fail(tr("cannot read the list back: %1").arg(spool.errorString()));
        if (!con.printRaw(block))
            return con.fail(tr("cannot write the list to standard output: %1").arg(errnoText()));
    }
    return ExitSuccess;
}

int QueryCommands::users(CommandContext &ctx)
{
    const CommandLine &args = ctx.args();
    UserFilter filter;
    filter.search = args.value(QStringLiteral("search"));
    if (args.isSet(QStringLiteral("class"))) {
        filter.userClass = userClassFromString(args.value(QStringLiteral("class")));
        if (!filter.userClass) {
            return ctx.console().usage(
                tr("unknown class '%1' (use internal or external)").arg(args.value(QStringLiteral("class"))));
        }
    }
    if (args.isSet(QStringLiteral("status"))) {
        filter.status = recordStatusFromString(args.value(QStringLiteral("status")));
        if (!filter.status) {
            return ctx.console().usage(tr("unknown status '%1' (use counted, it_user, inactive or anonymous)")
                                           .arg(args.value(QStringLiteral("status"))));
        }
    }

    auto infra = ctx.infrastructure();
    if (!infra)
        return ctx.console().fail(infra.error());
    filter.infraId = infra->id;
    if (args.isSet(QStringLiteral("runtime"))) {
        auto runtime = ctx.runtime(infra->id, args.value(QStringLiteral("runtime")));
        if (!runtime)
            return ctx.console().fail(runtime.error());
        filter.runtimeId = runtime->id;
    }
    if (args.isSet(QStringLiteral("group"))) {
        filter.group = args.value(QStringLiteral("group"));
        if (const QString error = GroupCommands::checkGroup(ctx, infra->id, filter.group); !error.isEmpty())
            return ctx.console().fail(error);
    }
    Workspace &ws = *ctx.workspace().value();
    if (args.isSet(QStringLiteral("output"))) {
        // SPEC §4 `users ... --output FILE.csv`: streamed in batches, written whole or not at all.
        const QString output = args.value(QStringLiteral("output"));
        if (output.isEmpty())
            return ctx.console().usage(tr("--output needs a file name"));
        if (args.isSet(QStringLiteral("json")))
            return ctx.console().usage(tr("--output writes CSV; it cannot be combined with --json"));
        const auto written = UserCsv::toFile(
            output, [&](QIODevice &out) { return UserCsv::write(ws, filter, out); });
        if (!written)
            return ctx.console().fail(written.error());
        ctx.console().print(tr("wrote %1 (%n record(s))", nullptr, int(*written)).arg(QDir::toNativeSeparators(output)));
        return ExitSuccess;
    }

    if (args.isSet(QStringLiteral("json")))
        return usersJson(ctx, ws, filter);

    const auto rows = ws.userQueries().users(filter);
    if (!rows)
        return ctx.console().fail(rows.error());
    if (rows->isEmpty()) {
        ctx.console().print(tr("No records match."));
        return ExitSuccess;
    }
    TablePrinter table({ tr("Runtime"), tr("Id"), tr("Username"), tr("Name"), tr("Email"), tr("Last login"),
        tr("Class"), tr("Status"), tr("Individual") });
    table.setAlignment(8, TablePrinter::Align::Right);
    for (const UserRow &row : *rows) {
        const UserRecord &r = row.record;
        table.addRow({ row.runtime, r.sourceId, r.username, r.name, r.email, lastLoginText(r.lastLogin),
            row.userClass ? toString(*row.userClass) : QStringLiteral("-"), toString(row.status),
            row.individual ? QString::number(*row.individual) : QStringLiteral("-") });
    }
    ctx.console().print(table.toString() + tr("%n record(s)", nullptr, int(rows->size())));
    return ExitSuccess;
}

// SPEC §4 `check`: SQLite's full integrity check (on PostgreSQL, whose server checks its own pages, the workspace's
// own consistency). Exit 0 when sound, 1 (with what was found) when damaged.
int QueryCommands::check(CommandContext &ctx)
{
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.console().fail(ws.error());
    const auto problems = (*ws)->integrityCheck();
    if (!problems)
        return ctx.console().fail(problems.error());
    if (problems->isEmpty()) {
        ctx.console().print(tr("Workspace %1: integrity check passed.").arg(ctx.databasePath()));
        return ExitSuccess;
    }
    const int shown = int(std::min<qsizetype>(problems->size(), 20));
    for (int i = 0; i < shown; ++i)
        ctx.console().print(problems->at(i));
    return ctx.console().fail(tr("the workspace is damaged: %n problem(s) found; restore a backup", nullptr,
                                 int(problems->size())));
}

int QueryCommands::explain(CommandContext &ctx)
{
    if (!ctx.args().isSet(QStringLiteral("runtime")))
        return ctx.console().usage(tr("explain needs --runtime NAME"));
    auto infra = ctx.infrastructure();
    if (!infra)
        return ctx.console().fail(infra.error());
    auto runtime = ctx.runtime(infra->id, ctx.args().value(QStringLiteral("runtime")));
    if (!runtime)
        return ctx.console().fail(runtime.error());
    RecordRef ref;
    ref.runtimeId = runtime->id;
    ref.username = ctx.args().positionals().first();
    const auto lines = ctx.workspace().value()->explainer().explain(ref);
    if (!lines)
        return ctx.console().fail(lines.error());
    for (const QString &line : *lines)
        ctx.console().print(line);
    return ExitSuccess;
}

} // namespace hc
