#pragma once

#include "ReportQueries.h"

#include <QByteArray>
#include <QVector>

#include <queue>
#include <vector>

namespace hc {

// Deactivation candidates (SPEC §6) found in the report's one pass over the records: counted records whose last
// login is before the cutoff, or who never logged in — the filter of UserFilter::notLoggedInSince — counted, and
// the `limit` that logged in longest ago kept (never first, then by last login and record id, as
// UserSort::LastLogin orders them). Counting and sorting them in SQL took two more scans (~0.9 s on 1 M records).
class CandidateFinder
{
public:
    CandidateFinder(const QString &cutoffIsoDate, int limit);

    void add(const RecordRow &row);
    qint64 total() const { return m_total; }
    // The kept records' ids, oldest login first.
    QVector<qint64> ids() const;

private:
    struct Kept
    {
        QByteArray lastLogin;
        qint64 id;
        bool operator<(const Kept &o) const { return lastLogin != o.lastLogin ? lastLogin < o.lastLogin : id < o.id; }
    };

    QByteArray m_cutoff;
    int m_limit;
    qint64 m_total = 0;
    std::priority_queue<Kept, std::vector<Kept>> m_kept; // the largest kept on top, dropped first
};

} // namespace hc
