#pragma once

#include "History.h"
#include "Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QVector>

namespace hc {

// The count history of issue 9: one snapshot of an infrastructure's counts per committed change (Transaction calls
// record() just before COMMIT), read back oldest first. Growth is bounded: snapshots older than KeepAllDays are
// coalesced to the last one of each day.
class CountsHistory
{
public:
    static constexpr int KeepAllDays = 90;

    explicit CountsHistory(QSqlDatabase db) : m_db(std::move(db)) {}

    // Stores the infrastructure's current counts (read from the aggregates) at `at`, and coalesces the old ones.
    [[nodiscard]] Status record(qint64 infraId, const QDateTime &at) const;
    // Stores a given snapshot as it is (migrations, tests and imports of a history kept elsewhere).
    [[nodiscard]] Status insert(qint64 infraId, const CountSnapshot &snapshot) const;
    // Oldest first; `since` (UTC) when valid: only those taken at or after it.
    [[nodiscard]] Result<QVector<CountSnapshot>> snapshots(qint64 infraId, const QDateTime &since = {}) const;

    // The clock of snapshots: now in UTC, or HEADCOUNT_NOW (ISO 8601) so that tests and demos can write a history
    // at chosen dates.
    static QDateTime now();

private:
    [[nodiscard]] Status coalesce(qint64 infraId, const QDateTime &at) const;

    QSqlDatabase m_db;
};

} // namespace hc
