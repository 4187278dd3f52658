#include "ImportCommand.h"

#include "MessageText.h"
#include "CommandContext.h"
#include "ExportReader.h"

#include <QFileInfo>

#include <optional>

namespace hc {

int ImportCommand::run(CommandContext &ctx)
{
    const CommandLine &args = ctx.args();
    if (!args.isSet(QStringLiteral("runtime")))
        return ctx.console().usage(tr("import needs --runtime NAME"));

    ExportFormat format = ExportFormat::Auto;
    if (args.isSet(QStringLiteral("format"))) {
        const QString f = args.value(QStringLiteral("format"));
        if (f == u"csv")
            format = ExportFormat::Csv;
        else if (f == u"json")
            format = ExportFormat::Json;
        else
            return ctx.console().usage(tr("unknown format '%1' (use csv or json)").arg(f));
    }
    ImportMode mode = ImportMode::Replace;
    if (args.isSet(QStringLiteral("mode"))) {
        const QString m = args.value(QStringLiteral("mode"));
        if (m == u"merge")
            mode = ImportMode::Merge;
        else if (m != u"replace")
            return ctx.console().usage(tr("unknown import mode '%1' (use replace or merge)").arg(m));
    }
    const QString file = args.positionals().first();

    // The runtime first: a typo in its name should not cost a read of a large file.
    auto infra = ctx.infrastructure();
    if (!infra)
        return ctx.console().fail(infra.error());
    auto runtime = ctx.runtime(infra->id, args.value(QStringLiteral("runtime")));
    if (!runtime)
        return ctx.console().fail(runtime.error());

    ReadOptions options;
    options.format = format;
    options.skipBadRows = args.isSet(QStringLiteral("skip-bad-rows"));
    // The file streams into the import batch by batch (SPEC §8: a large export is never held whole); a bad row
    // half-way through fails the import's transaction, so the workspace stays as it was.
    std::optional<Result<ExportData>> read;
    const RecordSource source = [&](const RecordBatchHandler &deliver) {
        Status delivered;
        read = ExportReader::readFile(file, options, [&](const QVector<UserRecord> &batch, const QVector<qint64> &) {
            delivered = deliver(batch);
            return delivered.ok();
        });
        if (!delivered)
            return delivered;
        return read->ok() ? Status() : Status::failure(read->error());
    };
    const ShrinkPolicy shrink = args.isSet(QStringLiteral("allow-shrink")) ? ShrinkPolicy::Allow : ShrinkPolicy::Refuse;
    auto summary = ctx.workspace().value()->imports().importRecords(infra->id, runtime->name, source, mode, nullptr,
                                                                    {}, shrink);
    if (read && read->ok()) {
        for (const ImportProblem &problem : (*read)->skipped)
            ctx.console().warning(problem.toString());
        // Short rows were read with their missing trailing fields empty: said, not silent (SPEC §3).
        for (const ImportProblem &problem : (*read)->warnings)
            ctx.console().warning(problem.toString());
        if ((*read)->warningCount > (*read)->warnings.size())
            ctx.console().warning(tr("%n more short row(s) not listed", nullptr,
                                     int((*read)->warningCount - (*read)->warnings.size())));
    }
    if (!summary)
        return ctx.console().fail(summary.error());
    const ExportData &data = read->value();
    summary->skipped = data.skipped.size();

    Console &con = ctx.console();
    con.print(tr("Imported %1 (%2 records) into runtime %3 of %4 (%5).")
                  .arg(QFileInfo(file).fileName())
                  .arg(data.recordCount)
                  .arg(runtime->name, infra->name, mode == ImportMode::Merge ? tr("merge") : tr("replace")));
    con.print(tr("  added %1, changed %2, removed %3, unchanged %4, skipped %5")
                  .arg(summary->added)
                  .arg(summary->changed)
                  .arg(summary->removed)
                  .arg(summary->unchanged)
                  .arg(summary->skipped));
    if (data.format == ExportFormat::Json) {
        con.print(tr("  read as JSON, %1").arg(data.encoding));
    } else {
        const QString delimiter
            = data.delimiter == u'\t' ? QStringLiteral("tab") : QStringLiteral("'%1'").arg(data.delimiter);
        con.print(tr("  read as CSV, %1, delimiter %2").arg(data.encoding, delimiter));
    }
    // Column names come from the file: bounded and escaped like every other value shown (SPEC §3).
    if (!data.unknownColumns.isEmpty())
        con.print(tr("  unknown columns ignored: %1").arg(MessageText::quotedList(data.unknownColumns)));
    if (data.hadPassword)
        con.print(tr("  Password column dropped, never stored"));
    // Who disappeared, and who is still active on the platform although deactivated here (first few of each).
    auto listSome = [&con](const QString &title, const QStringList &names) {
        if (names.isEmpty())
            return;
        constexpr int Shown = 20;
        QString line = title + names.mid(0, Shown).join(QLatin1String(", "));
        if (names.size() > Shown)
            line += tr(" and %n more", nullptr, int(names.size() - Shown));
        con.print(line);
    };
    listSome(tr("  removed: "), summary->removedUsers);
    listSome(tr("  deactivated here but still active on the platform: "), summary->pendingDeactivation);
    return ExitSuccess;
}

} // namespace hc
