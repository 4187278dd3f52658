#include "History.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QMap>

#include <cmath>

namespace hc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Forecast)
};

QJsonValue optionalJson(const std::optional<qint64> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue dateJson(const std::optional<QDate> &d)
{
    return d ? QJsonValue(d->toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// The last snapshot of each day of the window, by day: one busy afternoon of clicks must not outweigh a month.
QMap<QDate, qint64> dailyFigures(const QVector<CountSnapshot> &snapshots, CapacityKind kind, const QDate &today)
{
    QMap<QDate, qint64> daily;
    const QDate first = today.addDays(-(Forecast::WindowDays - 1));
    for (const CountSnapshot &s : snapshots) {
        const QDate day = s.at.toUTC().date();
        if (day >= first && day <= today)
            daily.insert(day, usedFor(s.unique, kind)); // oldest first: a later snapshot of the day wins
    }
    return daily;
}

// Least-squares slope (users per day) through (day, figure).
double slopeOf(const QMap<QDate, qint64> &daily)
{
    const QDate origin = daily.firstKey();
    double sx = 0, sy = 0;
    for (auto it = daily.cbegin(); it != daily.cend(); ++it) {
        sx += double(origin.daysTo(it.key()));
        sy += double(it.value());
    }
    const double n = double(daily.size());
    const double mx = sx / n, my = sy / n;
    double sxy = 0, sxx = 0;
    for (auto it = daily.cbegin(); it != daily.cend(); ++it) {
        const double dx = double(origin.daysTo(it.key())) - mx;
        sxy += dx * (double(it.value()) - my);
        sxx += dx * dx;
    }
    return sxx > 0 ? sxy / sxx : 0.0;
}

// The first day the figure, growing by `slope` a day from `used` today, reaches `threshold`; unset beyond the horizon.
std::optional<QDate> reachDate(qint64 used, qint64 threshold, double slope, const QDate &today)
{
    if (used >= threshold)
        return today;
    if (slope <= 0)
        return std::nullopt;
    const double days = std::ceil(double(threshold - used) / slope);
    if (days > Forecast::HorizonDays)
        return std::nullopt;
    return today.addDays(qint64(days));
}

CapacityForecast forecastFor(const QVector<CountSnapshot> &snapshots, CapacityKind kind, const QDate &today)
{
    CapacityForecast f;
    f.kind = kind;
    const CountSnapshot &latest = snapshots.constLast();
    f.used = usedFor(latest.unique, kind);
    f.capacity = capacityFor(latest.capacity, kind);
    const QMap<QDate, qint64> daily = dailyFigures(snapshots, kind, today);
    f.days = int(daily.size());
    if (f.days >= 2)
        f.slopePerDay = slopeOf(daily);
    if (!f.capacity) {
        f.state = CapacityForecast::State::NoCapacity;
        return f;
    }
    // 80 % in integers, as Rules::capacityState: the smallest figure u with u * 100 >= capacity * 80.
    const qint64 near = (*f.capacity * Rules::NearCapacityPercent + 99) / 100;
    const bool already = f.used >= near;
    if (f.days < 2 && !already) {
        f.state = CapacityForecast::State::Insufficient;
        return f;
    }
    f.reachesNear = reachDate(f.used, near, f.slopePerDay, today);
    f.reachesFull = reachDate(f.used, *f.capacity, f.days >= 2 ? f.slopePerDay : 0.0, today);
    f.state = f.slopePerDay > 0 ? CapacityForecast::State::Rising : CapacityForecast::State::NotRising;
    return f;
}

QString stateName(CapacityForecast::State s)
{
    switch (s) {
    case CapacityForecast::State::NoCapacity:
        return QStringLiteral("no_capacity");
    case CapacityForecast::State::Insufficient:
        return QStringLiteral("insufficient_history");
    case CapacityForecast::State::NotRising:
        return QStringLiteral("not_rising");
    case CapacityForecast::State::Rising:
        return QStringLiteral("rising");
    }
    return {};
}

QString whoOf(CapacityKind kind)
{
    switch (kind) {
    case CapacityKind::Internal:
        return Tr::tr("Internal users");
    case CapacityKind::External:
        return Tr::tr("External users");
    case CapacityKind::Named:
        return Tr::tr("Named users");
    }
    return {};
}

} // namespace

QString toString(CapacityKind kind)
{
    switch (kind) {
    case CapacityKind::Internal:
        return QStringLiteral("internal");
    case CapacityKind::External:
        return QStringLiteral("external");
    case CapacityKind::Named:
        return QStringLiteral("named");
    }
    return {};
}

qint64 usedFor(const ClassCounts &unique, CapacityKind kind)
{
    switch (kind) {
    case CapacityKind::Internal:
        return unique.internal;
    case CapacityKind::External:
        return unique.external;
    case CapacityKind::Named:
        return unique.total();
    }
    return 0;
}

std::optional<qint64> capacityFor(const Capacity &capacity, CapacityKind kind)
{
    switch (kind) {
    case CapacityKind::Internal:
        return capacity.internal;
    case CapacityKind::External:
        return capacity.external;
    case CapacityKind::Named:
        return capacity.named;
    }
    return std::nullopt;
}

QVector<CapacityKind> capacityKinds(LicenceModel model)
{
    if (model == LicenceModel::Named)
        return { CapacityKind::Named };
    return { CapacityKind::Internal, CapacityKind::External };
}

Forecast Forecast::compute(const QVector<CountSnapshot> &snapshots, const QDate &today)
{
    Forecast f;
    f.today = today;
    if (snapshots.isEmpty())
        return f;
    for (CapacityKind kind : capacityKinds(snapshots.constLast().model))
        f.capacities.append(forecastFor(snapshots, kind, today));
    return f;
}

QString Forecast::describe(const CapacityForecast &f)
{
    const QLocale locale;
    const QString who = whoOf(f.kind);
    const auto date = [&](const QDate &d) { return locale.toString(d, QLocale::LongFormat); };
    switch (f.state) {
    case CapacityForecast::State::NoCapacity:
        return Tr::tr("%1: no capacity set, nothing to forecast.").arg(who);
    case CapacityForecast::State::Insufficient:
        return Tr::tr("%1: not enough history for a forecast yet (counts of at least two days are needed).").arg(who);
    case CapacityForecast::State::NotRising:
    case CapacityForecast::State::Rising:
        break;
    }
    const QString basis = f.days >= 2
        ? Tr::tr("fitted over %n day(s) with counts in the last %1 days; %2 a day", "", f.days)
              .arg(WindowDays)
              .arg(locale.toString(f.slopePerDay, 'f', 1))
        : Tr::tr("no trend yet");
    QString near, full;
    if (!f.reachesNear)
        near = Tr::tr("do not reach 80 % of the capacity within %n day(s)", "", HorizonDays);
    else if (f.used * 100 >= *f.capacity * Rules::NearCapacityPercent)
        near = Tr::tr("at 80 % of the capacity already");
    else
        near = Tr::tr("reach 80 % of the capacity on %1").arg(date(*f.reachesNear));
    if (f.reachesFull)
        full = f.used >= *f.capacity ? Tr::tr("at or over 100 % already")
                                     : Tr::tr("100 % on %1").arg(date(*f.reachesFull));
    else
        full = Tr::tr("not 100 % within %n day(s)", "", HorizonDays);
    return Tr::tr("%1: %2, %3 (%4).").arg(who, near, full, basis);
}

QJsonObject Forecast::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("today"), today.toString(Qt::ISODate));
    o.insert(QStringLiteral("window_days"), WindowDays);
    o.insert(QStringLiteral("horizon_days"), HorizonDays);
    for (const CapacityForecast &f : capacities) {
        QJsonObject c;
        c.insert(QStringLiteral("state"), stateName(f.state));
        c.insert(QStringLiteral("used"), f.used);
        c.insert(QStringLiteral("capacity"), optionalJson(f.capacity));
        c.insert(QStringLiteral("days"), f.days);
        c.insert(QStringLiteral("slope_per_day"), std::round(f.slopePerDay * 1000.0) / 1000.0);
        c.insert(QStringLiteral("reaches_80"), dateJson(f.reachesNear));
        c.insert(QStringLiteral("reaches_100"), dateJson(f.reachesFull));
        o.insert(toString(f.kind), c);
    }
    return o;
}

QJsonObject historyToJson(const QString &infrastructure, const QVector<CountSnapshot> &snapshots,
                          const Forecast &forecast)
{
    QJsonArray list;
    for (const CountSnapshot &s : snapshots) {
        QJsonObject o;
        o.insert(QStringLiteral("at"), s.at.toUTC().toString(Qt::ISODateWithMs));
        o.insert(QStringLiteral("model"), toString(s.model));
        QJsonObject unique, capacity;
        for (CapacityKind kind : capacityKinds(s.model)) {
            if (kind != CapacityKind::Named)
                unique.insert(toString(kind), usedFor(s.unique, kind));
            capacity.insert(toString(kind), optionalJson(capacityFor(s.capacity, kind)));
        }
        unique.insert(QStringLiteral("total"), s.unique.total());
        o.insert(QStringLiteral("unique"), unique);
        o.insert(QStringLiteral("capacity"), capacity);
        list.append(o);
    }
    QJsonObject o;
    o.insert(QStringLiteral("infrastructure"), infrastructure);
    o.insert(QStringLiteral("snapshots"), list);
    o.insert(QStringLiteral("forecast"), forecast.toJson());
    return o;
}

} // namespace hc
