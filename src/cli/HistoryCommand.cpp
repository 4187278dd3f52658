#include "HistoryCommand.h"

#include "CommandContext.h"
#include "Console.h"
#include "CountsHistory.h"
#include "JsonOutput.h"
#include "TablePrinter.h"
#include "Workspace.h"

#include <QMap>

namespace hc {

namespace {

QString capacityText(const std::optional<qint64> &c)
{
    return c ? QString::number(*c) : QStringLiteral("-");
}

// The human form: the figure each day ended with (a busy day of changes is one line), then the forecast.
QString historyText(const QVector<CountSnapshot> &snapshots, const Forecast &forecast)
{
    QMap<QDate, CountSnapshot> daily;
    for (const CountSnapshot &s : snapshots)
        daily.insert(s.at.toUTC().date(), s);
    const bool named = !snapshots.isEmpty() && snapshots.constLast().model == LicenceModel::Named;
    TablePrinter table(named ? QStringList { HistoryCommand::tr("Date"), HistoryCommand::tr("Named"),
                                   HistoryCommand::tr("Capacity") }
                             : QStringList { HistoryCommand::tr("Date"), HistoryCommand::tr("Internal"),
                                   HistoryCommand::tr("External"), HistoryCommand::tr("Total"),
                                   HistoryCommand::tr("Cap. internal"), HistoryCommand::tr("Cap. external") });
    for (int c = 1; c < (named ? 3 : 6); ++c)
        table.setAlignment(c, TablePrinter::Align::Right);
    for (auto it = daily.cbegin(); it != daily.cend(); ++it) {
        const CountSnapshot &s = it.value();
        const QString day = it.key().toString(Qt::ISODate);
        if (named)
            table.addRow({ day, QString::number(s.unique.total()), capacityText(s.capacity.named) });
        else
            table.addRow({ day, QString::number(s.unique.internal), QString::number(s.unique.external),
                QString::number(s.unique.total()), capacityText(s.capacity.internal),
                capacityText(s.capacity.external) });
    }
    QString text = table.toString();
    text += HistoryCommand::tr("%n snapshot(s) stored; the last of each day is shown.", "", int(snapshots.size()))
        + QLatin1Char('\n');
    for (const CapacityForecast &f : forecast.capacities)
        text += Forecast::describe(f) + QLatin1Char('\n');
    return text;
}

} // namespace

int HistoryCommand::run(CommandContext &ctx)
{
    const auto infra = ctx.infrastructure();
    if (!infra)
        return ctx.console().fail(infra.error());
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.console().fail(ws.error());
    const auto snapshots = CountsHistory((*ws)->database()).snapshots(infra->id);
    if (!snapshots)
        return ctx.console().fail(snapshots.error());
    const Forecast forecast = Forecast::compute(*snapshots, CountsHistory::now().date());
    if (ctx.args().isSet(QStringLiteral("json")))
        ctx.console().printRaw(JsonOutput::line(historyToJson(infra->name, *snapshots, forecast)));
    else
        ctx.console().print(historyText(*snapshots, forecast));
    return ExitSuccess;
}

} // namespace hc
