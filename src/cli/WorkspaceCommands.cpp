#include "WorkspaceCommands.h"

#include "CommandContext.h"
#include "JsonOutput.h"
#include "Reconciliation.h"
#include "TablePrinter.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

namespace hc {

namespace {

QString capacityText(std::optional<qint64> capacity)
{
    return capacity ? QString::number(*capacity) : QCoreApplication::translate("WorkspaceCommands", "not set");
}

QString capacitiesText(const InfrastructureInfo &infra)
{
    if (infra.model == LicenceModel::Named)
        return QCoreApplication::translate("WorkspaceCommands", "named %1").arg(capacityText(infra.capacity.named));
    return QCoreApplication::translate("WorkspaceCommands", "internal %1, external %2")
        .arg(capacityText(infra.capacity.internal), capacityText(infra.capacity.external));
}

} // namespace

int WorkspaceCommands::init(CommandContext &ctx)
{
    // A shared workspace's database exists on its server whether or not it held a workspace: "is ready" either way.
    const bool existed = ctx.databasePath().contains(QLatin1String("://")) || QFileInfo::exists(ctx.databasePath());
    auto ws = ctx.workspace(true);
    if (!ws)
        return ctx.console().fail(ws.error());
    const QString path = QDir::toNativeSeparators(ctx.databasePath());
    ctx.console().print(existed ? tr("Workspace %1 is ready.").arg(path) : tr("Created workspace %1.").arg(path));
    const auto infras = (*ws)->infrastructureStore().infrastructures();
    if (!infras)
        return ctx.console().fail(infras.error());
    for (const InfrastructureInfo &infra : *infras)
        ctx.console().print(
            tr("Infrastructure %1 (%2): %3").arg(infra.name, toString(infra.model), capacitiesText(infra)));
    return ExitSuccess;
}

int WorkspaceCommands::infraAdd(CommandContext &ctx)
{
    LicenceModel model = LicenceModel::InternalExternal;
    if (ctx.args().isSet(QStringLiteral("model"))) {
        const auto parsed = licenceModelFromString(ctx.args().value(QStringLiteral("model")));
        if (!parsed) {
            return ctx.console().usage(tr("unknown licence model '%1' (use internal-external or named)")
                                           .arg(ctx.args().value(QStringLiteral("model"))));
        }
        model = *parsed;
    }
    const QString platform = ctx.args().value(QStringLiteral("platform"));
    const auto version = PlatformVersion::parse(platform);
    if (ctx.args().isSet(QStringLiteral("platform")) && !version)
        return ctx.console().usage(tr("'%1' is not a platform version (e.g. 11.20.1)").arg(platform));
    // Platforms before 11.7.0 license named users (SPEC §1): that is the model unless one is given.
    if (version && version->usesNamedModel() && !ctx.args().isSet(QStringLiteral("model")))
        model = LicenceModel::Named;
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.console().fail(ws.error());
    const auto infra = (*ws)->infrastructureStore().addInfrastructure(ctx.args().positionals().first(), model, platform);
    if (!infra)
        return ctx.console().fail(infra.error());
    ctx.console().print(tr("Added infrastructure %1 (%2).").arg(infra->name, toString(infra->model)));
    return ExitSuccess;
}

int WorkspaceCommands::infraSet(CommandContext &ctx)
{
    const CommandLine &args = ctx.args();
    if (!args.isSet(QStringLiteral("platform")) && !args.isSet(QStringLiteral("model")))
        return ctx.console().usage(tr("give --platform VERSION and/or --model internal-external|named"));
    std::optional<LicenceModel> model;
    if (args.isSet(QStringLiteral("model"))) {
        model = licenceModelFromString(args.value(QStringLiteral("model")));
        if (!model) {
            return ctx.console().usage(tr("unknown licence model '%1' (use internal-external or named)")
                                           .arg(args.value(QStringLiteral("model"))));
        }
    }
    // "unset": back to the default reading (11.11.3 or later); the command line takes no empty values.
    const QString given = args.value(QStringLiteral("platform"));
    const QString platform = given == u"unset" ? QString() : given;
    if (args.isSet(QStringLiteral("platform")) && !platform.isEmpty() && !PlatformVersion::parse(platform))
        return ctx.console().usage(tr("'%1' is not a platform version (e.g. 11.20.1, or unset)").arg(given));
    auto infra = ctx.infrastructure();
    if (!infra)
        return ctx.console().fail(infra.error());
    Workspace *ws = ctx.workspace().value();
    if (args.isSet(QStringLiteral("platform"))) {
        if (Status s = ws->infrastructureStore().setPlatformVersion(infra->id, platform); !s)
            return ctx.console().fail(s.error());
    }
    if (model) {
        if (Status s = ws->infrastructureStore().setLicenceModel(infra->id, *model); !s)
            return ctx.console().fail(s.error());
    }
    const auto updated = ws->infrastructureStore().infrastructureById(infra->id);
    if (!updated)
        return ctx.console().fail(updated.error());
    ctx.console().print(tr("Infrastructure %1: model %2, platform %3.")
                            .arg(updated->name, toString(updated->model),
                                 updated->platformVersion.isEmpty() ? tr("not set (11.11.3 or later)")
                                                                    : updated->platformVersion));
    return ExitSuccess;
}

int WorkspaceCommands::infraRename(CommandContext &ctx)
{
    auto infra = ctx.infrastructure();
    if (!infra)
        return ctx.console().fail(infra.error());
    const QString newName = ctx.args().positionals().first();
    if (Status s = ctx.workspace().value()->infrastructureStore().renameInfrastructure(infra->id, newName, infra->name); !s)
        return ctx.console().fail(s.error());
    ctx.console().print(tr("Infrastructure %1 is now %2.").arg(infra->name, newName.trimmed()));
    return ExitSuccess;
}

int WorkspaceCommands::infraRemove(CommandContext &ctx)
{
    const QString name = ctx.args().positionals().first();
    // Removing takes every runtime, record and decision of the infrastructure: never without saying so.
    if (!ctx.args().isSet(QStringLiteral("yes")))
        return ctx.console().usage(tr("removing infrastructure '%1' deletes its runtimes and records: add --yes").arg(name));
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.console().fail(ws.error());
    const auto infra = (*ws)->infrastructureStore().infrastructure(name);
    if (!infra)
        return ctx.console().fail(infra.error());
    if (Status s = (*ws)->infrastructureStore().removeInfrastructure(infra->id); !s)
        return ctx.console().fail(s.error());
    ctx.console().print(tr("Removed infrastructure %1.").arg(infra->name));
    return ExitSuccess;
}

int WorkspaceCommands::runtimeRename(CommandContext &ctx)
{
    auto infra = ctx.infrastructure();
    if (!infra)
        return ctx.console().fail(infra.error());
    const QStringList &names = ctx.args().positionals();
    auto runtime = ctx.runtime(infra->id, names.at(0));
    if (!runtime)
        return ctx.console().fail(runtime.error());
    if (Status s = ctx.workspace().value()->runtimeStore().renameRuntime(runtime->id, names.at(1), runtime->name); !s)
        return ctx.console().fail(s.error());
    ctx.console().print(tr("Runtime %1 is now %2.").arg(runtime->name, names.at(1).trimmed()));
    return ExitSuccess;
}

int WorkspaceCommands::runtimeRemove(CommandContext &ctx)
{
    const QString name = ctx.args().positionals().first();
    if (!ctx.args().isSet(QStringLiteral("yes")))
        return ctx.console().usage(tr("removing runtime '%1' deletes its records: add --yes").arg(name));
    auto infra = ctx.infrastructure();
    if (!infra)
        return ctx.console().fail(infra.error());
    auto runtime = ctx.runtime(infra->id, name);
    if (!runtime)
        return ctx.console().fail(runtime.error());
    if (Status s = ctx.workspace().value()->runtimeStore().removeRuntime(runtime->id); !s)
        return ctx.console().fail(s.error());
    ctx.console().print(tr("Removed runtime %1 (%n record(s)) from %2.", nullptr, int(runtime->records))
                            .arg(runtime->name, infra->name));
    return ExitSuccess;
}

int WorkspaceCommands::tenantList(CommandContext &ctx)
{
    auto infra = ctx.infrastructure();
    if (!infra)
        return ctx.console().fail(infra.error());
    const auto tenants = ctx.workspace().value()->tenantStore().tenants(infra->id);
    if (!tenants)
        return ctx.console().fail(tenants.error());
    if (ctx.args().isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const TenantInfo &t : *tenants)
            array.append(JsonOutput::tenant(t));
        ctx.console().printRaw(JsonOutput::line(array));
        return ExitSuccess;
    }
    TablePrinter table({ tr("Tenant"), tr("Kind"), tr("Records"), tr("Runtimes") });
    table.setAlignment(2, TablePrinter::Align::Right);
    for (const TenantInfo &t : *tenants) {
        table.addRow({ t.tenant.isEmpty() ? tr("(default)") : t.tenant, toString(t.kind), QString::number(t.records),
            t.runtimes.join(QStringLiteral(", ")) });
    }
    ctx.console().print(tenants->isEmpty() ? tr("No tenants yet: import a runtime first.") : table.toString());
    return ExitSuccess;
}

int WorkspaceCommands::tenantSet(CommandContext &ctx)
{
    const auto kind = tenantKindFromString(ctx.args().value(QStringLiteral("kind")));
    if (!kind) {
        return ctx.console().usage(
            tr("--kind needs default, app or it, not '%1'").arg(ctx.args().value(QStringLiteral("kind"))));
    }
    auto infra = ctx.infrastructure();
    if (!infra)
        return ctx.console().fail(infra.error());
    Workspace *ws = ctx.workspace().value();
    // "(default)" names the records without a Tenant_Id, as tenant list prints them.
    QStringList tenants;
    for (const QString &t : ctx.args().positionals())
        tenants << (t == u"(default)" ? QString() : t);
    if (ctx.args().isSet(QStringLiteral("dry-run")))
        return printPreview(ctx, infra->id, [&] { return ws->tenantStore().setTenantKind(infra->id, tenants, *kind); });
    if (Status s = ws->tenantStore().setTenantKind(infra->id, tenants, *kind); !s)
        return ctx.console().fail(s.error());
    ctx.console().print(tr("%n tenant(s) of %1 set to kind %2.", nullptr, int(tenants.size()))
                            .arg(infra->name, toString(*kind)));
    return ExitSuccess;
}

int WorkspaceCommands::infraList(CommandContext &ctx)
{
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.console().fail(ws.error());
    const auto read = (*ws)->infrastructureStore().infrastructures();
    if (!read)
        return ctx.console().fail(read.error());
    const QVector<InfrastructureInfo> &infras = *read;
    if (ctx.args().isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const InfrastructureInfo &infra : infras)
            array.append(JsonOutput::infrastructure(infra));
        ctx.console().printRaw(JsonOutput::line(array));
        return ExitSuccess;
    }
    TablePrinter table({ tr("Name"), tr("Model"), tr("Capacity") });
    for (const InfrastructureInfo &infra : infras)
        table.addRow({ infra.name, toString(infra.model), capacitiesText(infra) });
    ctx.console().print(table.toString());
    return ExitSuccess;
}

int WorkspaceCommands::capacitySet(CommandContext &ctx)
{
    const CommandLine &args = ctx.args();
    const QString internalName = QStringLiteral("internal");
    const QString externalName = QStringLiteral("external");
    const QString namedName = QStringLiteral("named");
    const bool splitGiven = args.isSet(internalName) || args.isSet(externalName);
    if (splitGiven && args.isSet(namedName))
        return ctx.console().usage(tr("give either --internal/--external or --named, not both"));
    if (!splitGiven && !args.isSet(namedName))
        return ctx.console().usage(tr("give --internal N and --external N, or --named N"));

    std::optional<qint64> values[3];
    const QString names[3] = { internalName, externalName, namedName };
    for (int i = 0; i < 3; ++i) {
        if (!args.isSet(names[i]))
            continue;
        values[i] = CommandLine::parseCount(args.value(names[i]));
        if (!values[i]) {
            return ctx.console().usage(
                tr("--%1 needs a whole number of users, not '%2'").arg(names[i], args.value(names[i])));
        }
    }

    auto infra = ctx.infrastructure();
    if (!infra)
        return ctx.console().fail(infra.error());
    if (infra->model == LicenceModel::Named && splitGiven) {
        return ctx.console().fail(
            tr("infrastructure \"%1\" uses the named model: set its capacity with --named, not --internal/--external")
                .arg(infra->name));
    }
    if (infra->model == LicenceModel::InternalExternal && !splitGiven) {
        return ctx.console().fail(
            tr("infrastructure \"%1\" uses the internal-external model, not named: set --internal and --external")
                .arg(infra->name));
    }

    Capacity capacity = infra->capacity; // the capacity not given stays as it was
    if (values[0])
        capacity.internal = values[0];
    if (values[1])
        capacity.external = values[1];
    if (values[2])
        capacity.named = values[2];
    const Status status = ctx.workspace().value()->infrastructureStore().setCapacity(infra->id, capacity);
    if (!status)
        return ctx.console().fail(status.error());
    InfrastructureInfo updated = *infra;
    updated.capacity = capacity;
    ctx.console().print(tr("Capacity of %1: %2.").arg(updated.name, capacitiesText(updated)));
    return ExitSuccess;
}

int WorkspaceCommands::runtimeAdd(CommandContext &ctx)
{
    auto infra = ctx.infrastructure();
    if (!infra)
        return ctx.console().fail(infra.error());
    const auto runtime = ctx.workspace().value()->runtimeStore().addRuntime(infra->id, ctx.args().positionals().first());
    if (!runtime)
        return ctx.console().fail(runtime.error());
    ctx.console().print(tr("Added runtime %1 to infrastructure %2.").arg(runtime->name, infra->name));
    return ExitSuccess;
}

int WorkspaceCommands::runtimeList(CommandContext &ctx)
{
    auto infra = ctx.infrastructure();
    if (!infra)
        return ctx.console().fail(infra.error());
    const auto read = ctx.workspace().value()->runtimeStore().runtimes(infra->id);
    if (!read)
        return ctx.console().fail(read.error());
    const QVector<RuntimeInfo> &runtimes = *read;
    if (ctx.args().isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const RuntimeInfo &rt : runtimes)
            array.append(JsonOutput::runtime(rt));
        ctx.console().printRaw(JsonOutput::line(array));
        return ExitSuccess;
    }
    TablePrinter table({ tr("Runtime"), tr("Records"), tr("Last import (UTC)") });
    table.setAlignment(1, TablePrinter::Align::Right);
    for (const RuntimeInfo &rt : runtimes) {
        table.addRow({ rt.name, QString::number(rt.records),
            rt.lastImport.isValid() ? rt.lastImport.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                    : tr("never") });
    }
    ctx.console().print(table.toString());
    return ExitSuccess;
}

int WorkspaceCommands::domainAdd(CommandContext &ctx)
{
    return changeDomains(ctx, true);
}

int WorkspaceCommands::domainRemove(CommandContext &ctx)
{
    return changeDomains(ctx, false);
}

int WorkspaceCommands::printPreview(CommandContext &ctx, qint64 infraId, const std::function<Status()> &change)
{
    const auto p = ctx.workspace().value()->preview(infraId, change);
    if (!p)
        return ctx.console().fail(p.error());
    if (ctx.args().isSet(QStringLiteral("json"))) {
        ctx.console().printRaw(JsonOutput::line(QJsonObject{{QStringLiteral("before"), p->before.toJson()},
                                                            {QStringLiteral("after"), p->after.toJson()}}));
        return ExitSuccess;
    }
    ctx.console().print(Reconciliation::whatIf(p->before, p->after, QLocale()));
    ctx.console().print(tr("(dry run: nothing was changed)"));
    return ExitSuccess;
}

int WorkspaceCommands::changeDomains(CommandContext &ctx, bool add)
{
    auto infra = ctx.infrastructure();
    if (!infra)
        return ctx.console().fail(infra.error());
    Workspace *ws = ctx.workspace().value();
    const QStringList &typed = ctx.args().positionals();
    if (ctx.args().isSet(QStringLiteral("dry-run"))) {
        return printPreview(ctx, infra->id, [&] {
            return add ? ws->domainStore().addDomains(infra->id, typed) : ws->domainStore().removeDomains(infra->id, typed);
        });
    }
    if (ctx.args().isSet(QStringLiteral("json")))
        return ctx.console().usage(tr("--json goes with --dry-run"));
    const auto listedBefore = ws->domainStore().domains(infra->id);
    if (!listedBefore)
        return ctx.console().fail(listedBefore.error());
    const qsizetype before = listedBefore->size();
    const QStringList &domains = ctx.args().positionals();
    const Status status = add ? ws->domainStore().addDomains(infra->id, domains) : ws->domainStore().removeDomains(infra->id, domains);
    if (!status)
        return ctx.console().fail(status.error());
    const auto listedAfter = ws->domainStore().domains(infra->id);
    if (!listedAfter)
        return ctx.console().fail(listedAfter.error());
    const qsizetype after = listedAfter->size();
    const qsizetype changed = add ? after - before : before - after;
    ctx.console().print(add
            ? tr("Added %n owned domain(s) to %1; it now has %2.", nullptr, int(changed)).arg(infra->name).arg(after)
            : tr("Removed %n owned domain(s) from %1; it now has %2.", nullptr, int(changed)).arg(infra->name).arg(after));
    return ExitSuccess;
}

int WorkspaceCommands::domainList(CommandContext &ctx)
{
    auto infra = ctx.infrastructure();
    if (!infra)
        return ctx.console().fail(infra.error());
    const auto read = ctx.workspace().value()->domainStore().domains(infra->id);
    if (!read)
        return ctx.console().fail(read.error());
    const QVector<DomainInfo> &domains = *read;
    if (ctx.args().isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const DomainInfo &d : domains)
            array.append(JsonOutput::domain(d));
        ctx.console().printRaw(JsonOutput::line(array));
        return ExitSuccess;
    }
    TablePrinter table({ tr("Domain"), tr("Normalized"), tr("Records") });
    table.setAlignment(2, TablePrinter::Align::Right);
    for (const DomainInfo &d : domains)
        table.addRow({ d.typed, d.normalized, QString::number(d.records) });
    ctx.console().print(table.toString());
    return ExitSuccess;
}

} // namespace hc
