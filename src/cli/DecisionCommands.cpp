#include "DecisionCommands.h"

#include "CommandContext.h"

namespace hc {

namespace {

// The records named on the command line, in the runtime given by `option`; fails on an unknown user.
Result<QVector<RecordRef>> references(CommandContext &ctx, qint64 infraId, const QString &option,
                                      const QStringList &usernames)
{
    using R = Result<QVector<RecordRef>>;
    auto runtime = ctx.runtime(infraId, ctx.args().value(option));
    if (!runtime)
        return R::failure(runtime.error());
    QVector<RecordRef> refs;
    for (const QString &username : usernames) {
        RecordRef ref;
        ref.runtimeId = runtime->id;
        ref.username = username;
        auto found = ctx.workspace().value()->userQueries().findRecords(ref);
        if (!found)
            return R::failure(found.error());
        refs << ref;
    }
    return refs;
}

// The preamble of the commands that act on users named after --runtime NAME: infrastructure and references.
struct Target
{
    qint64 infraId = 0;
    QVector<RecordRef> refs;
};
std::optional<Target> namedUsers(CommandContext &ctx, const QString &command, int *exitCode)
{
    if (!ctx.args().isSet(QStringLiteral("runtime"))) {
        *exitCode = ctx.console().usage(DecisionCommands::tr("'%1' needs --runtime NAME").arg(command));
        return std::nullopt;
    }
    auto infra = ctx.infrastructure();
    if (!infra) {
        *exitCode = ctx.console().fail(infra.error());
        return std::nullopt;
    }
    auto refs = references(ctx, infra->id, QStringLiteral("runtime"), ctx.args().positionals());
    if (!refs) {
        *exitCode = ctx.console().fail(refs.error());
        return std::nullopt;
    }
    return Target{infra->id, *refs};
}

int printCounts(CommandContext &ctx, qint64 infraId)
{
    auto counts = ctx.workspace().value()->counts(infraId);
    if (!counts)
        return ctx.console().fail(counts.error());
    if (counts->model == LicenceModel::Named) {
        ctx.console().print(DecisionCommands::tr("Unique users now: %1 named.").arg(counts->unique.total()));
    } else {
        ctx.console().print(DecisionCommands::tr("Unique users now: %1 internal, %2 external.")
                                .arg(counts->unique.internal)
                                .arg(counts->unique.external));
    }
    return 0;
}

} // namespace

int DecisionCommands::activate(CommandContext &ctx)
{
    int exitCode = 0;
    const auto target = namedUsers(ctx, QStringLiteral("activate"), &exitCode);
    if (!target)
        return exitCode;
    if (Status s = ctx.workspace().value()->decisions().setDeactivated(target->refs, false); !s)
        return ctx.console().fail(s.error());
    ctx.console().print(tr("Re-activated %n user(s) in Headcount (the export's own Is_Active applies again).", nullptr,
                           int(target->refs.size())));
    return printCounts(ctx, target->infraId);
}

int DecisionCommands::itUser(CommandContext &ctx)
{
    int exitCode = 0;
    const auto target = namedUsers(ctx, QStringLiteral("it-user"), &exitCode);
    if (!target)
        return exitCode;
    const bool clear = ctx.args().isSet(QStringLiteral("clear"));
    if (Status s = ctx.workspace().value()->decisions().setItUser(target->refs, !clear); !s)
        return ctx.console().fail(s.error());
    const int n = int(target->refs.size());
    ctx.console().print(clear ? tr("Cleared the IT-user flag of %n user(s).", nullptr, n)
                              : tr("Marked %n user(s) as IT users (not counted).", nullptr, n));
    return printCounts(ctx, target->infraId);
}

int DecisionCommands::link(CommandContext &ctx)
{
    const CommandLine &args = ctx.args();
    if (!args.isSet(QStringLiteral("runtime")) || args.positionals().size() != 2)
        return ctx.console().usage(tr("'link' needs --runtime NAME USERNAME OTHER_USERNAME [--other-runtime NAME]"));
    auto infra = ctx.infrastructure();
    if (!infra)
        return ctx.console().fail(infra.error());
    auto a = references(ctx, infra->id, QStringLiteral("runtime"), {args.positionals().at(0)});
    if (!a)
        return ctx.console().fail(a.error());
    const QString otherOption = args.isSet(QStringLiteral("other-runtime")) ? QStringLiteral("other-runtime")
                                                                            : QStringLiteral("runtime");
    auto b = references(ctx, infra->id, otherOption, {args.positionals().at(1)});
    if (!b)
        return ctx.console().fail(b.error());
    if (Status s = ctx.workspace().value()->decisions().link(a->first(), b->first()); !s)
        return ctx.console().fail(s.error());
    ctx.console().print(tr("Linked %1 and %2: one individual.").arg(args.positionals().at(0), args.positionals().at(1)));
    return printCounts(ctx, infra->id);
}

int DecisionCommands::split(CommandContext &ctx)
{
    int exitCode = 0;
    const auto target = namedUsers(ctx, QStringLiteral("split"), &exitCode);
    if (!target)
        return exitCode;
    const bool undo = ctx.args().isSet(QStringLiteral("undo"));
    for (const RecordRef &ref : target->refs) {
        if (Status s = ctx.workspace().value()->decisions().split(ref, !undo); !s)
            return ctx.console().fail(s.error());
    }
    const int n = int(target->refs.size());
    ctx.console().print(undo ? tr("%n user(s) match automatically again.", nullptr, n)
                             : tr("Split %n user(s) from automatic matching (only links join them).", nullptr, n));
    return printCounts(ctx, target->infraId);
}

} // namespace hc
