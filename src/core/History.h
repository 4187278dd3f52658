#pragma once

#include "Counts.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QVector>

#include <optional>

namespace hc {

// One stored snapshot of an infrastructure's counts (issue 9): written with every change, read for the trend chart,
// the forecast, `history` and the report.
struct CountSnapshot
{
    QDateTime at; // UTC
    LicenceModel model = LicenceModel::InternalExternal;
    ClassCounts unique;
    Capacity capacity;
    bool operator==(const CountSnapshot &o) const
    {
        return at == o.at && model == o.model && unique == o.unique && capacity == o.capacity;
    }
};

// The figure a capacity is measured against (R8–R9).
enum class CapacityKind { Internal, External, Named };
QString toString(CapacityKind kind);
qint64 usedFor(const ClassCounts &unique, CapacityKind kind);
std::optional<qint64> capacityFor(const Capacity &capacity, CapacityKind kind);
// The capacities a model has: internal + external, or named.
QVector<CapacityKind> capacityKinds(LicenceModel model);

// When a capacity reaches 80 % and 100 %, from a least-squares line through the daily figures (the last snapshot
// of each day) of the recent window. Pure: `today` is given, so tests fix the date.
struct CapacityForecast
{
    enum class State {
        NoCapacity,   // no capacity set: nothing to reach
        Insufficient, // fewer than two days with snapshots in the window
        NotRising,    // the fitted line is flat or falling (dates set only for a threshold reached already)
        Rising,       // reachesNear/reachesFull set when within the horizon
    };
    CapacityKind kind = CapacityKind::Internal;
    State state = State::Insufficient;
    qint64 used = 0;                 // the latest snapshot's figure
    std::optional<qint64> capacity;
    double slopePerDay = 0;          // users per day (fit)
    int days = 0;                    // days with snapshots the fit used
    // Dates the line reaches 80 % / 100 % of the capacity: `today` when already there, unset when not within the
    // horizon (or NotRising).
    std::optional<QDate> reachesNear;
    std::optional<QDate> reachesFull;
};

struct Forecast
{
    static constexpr int WindowDays = 90;   // snapshots of the last 90 days are fitted
    static constexpr int HorizonDays = 365; // dates further than a year ahead are not stated

    QDate today;
    QVector<CapacityForecast> capacities; // in capacityKinds(model) order

    // The forecast for the latest snapshot's model and capacities.
    static Forecast compute(const QVector<CountSnapshot> &snapshots, const QDate &today);
    // One plain sentence per capacity, e.g. "Internal users reach 80 % of the capacity on 12 March 2027 and 100 %
    // on 4 June 2027 (fitted over 41 days of the last 90; +1.3 users a day)."
    static QString describe(const CapacityForecast &forecast);
    QJsonObject toJson() const;
};

// The `history --json` object: snapshots oldest first, then the forecast.
QJsonObject historyToJson(const QString &infrastructure, const QVector<CountSnapshot> &snapshots,
                          const Forecast &forecast);

} // namespace hc
