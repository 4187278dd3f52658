#pragma once

#include "Rules.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

#include <optional>

namespace hc {

struct Capacity
{
    std::optional<qint64> internal;
    std::optional<qint64> external;
    std::optional<qint64> named;
    bool operator==(const Capacity &o) const
    {
        return internal == o.internal && external == o.external && named == o.named;
    }
};

struct ClassCounts
{
    qint64 internal = 0;
    qint64 external = 0;
    qint64 total() const { return internal + external; }
    bool operator==(const ClassCounts &o) const { return internal == o.internal && external == o.external; }
};

struct RuntimeCounts
{
    QString name;
    ClassCounts records;  // R8: counted records by class
    ClassCounts platform; // R12: what the platform's console shows for this runtime
    bool operator==(const RuntimeCounts &o) const
    {
        return name == o.name && records == o.records && platform == o.platform;
    }
};

struct ExcludedCounts
{
    qint64 itUser = 0;
    qint64 inactive = 0;
    qint64 anonymous = 0;
    qint64 total() const { return itUser + inactive + anonymous; }
    bool operator==(const ExcludedCounts &o) const
    {
        return itUser == o.itUser && inactive == o.inactive && anonymous == o.anonymous;
    }
};

// R8–R10: what the licence is measured against, for one infrastructure.
struct Counts
{
    QString infrastructure;
    LicenceModel model = LicenceModel::InternalExternal;
    QString platformVersion;          // empty: not set (11.11.3 or later)
    Capacity capacity;
    ClassCounts unique;               // individuals by class (named model: all in `internal`, use total())
    QVector<RuntimeCounts> runtimes;  // in name order
    ExcludedCounts excluded;

    // R8: what adding up each runtime's console gives.
    ClassCounts platformSum() const
    {
        ClassCounts sum;
        for (const RuntimeCounts &rc : runtimes) {
            sum.internal += rc.platform.internal;
            sum.external += rc.platform.external;
        }
        return sum;
    }

    CapacityState internalState() const { return Rules::capacityState(unique.internal, capacity.internal); }
    CapacityState externalState() const { return Rules::capacityState(unique.external, capacity.external); }
    CapacityState namedState() const { return Rules::capacityState(unique.total(), capacity.named); }

    bool operator==(const Counts &o) const
    {
        return infrastructure == o.infrastructure && model == o.model && platformVersion == o.platformVersion
            && capacity == o.capacity && unique == o.unique
            && runtimes == o.runtimes && excluded == o.excluded;
    }

    // The `counts --json` object of SPEC §4.
    QJsonObject toJson() const;
};

} // namespace hc
