#pragma once

#include <QSqlDatabase>

namespace hc {

// For a while (this object's life), the connection's SQLite page cache is kept at `kib` and its sorter may use every
// core. Listing, counting and sorting users read each page once: for that time the page cache is kept small.
// Measured on 1 M records, sorting by name took 1.0 s with 2 MiB and 2.1 s with the usual 64 MiB (page faults), and
// the 64 MiB stayed in the GUI process afterwards (SPEC §8: under 200 MB). An import keeps it at 8 MiB and a decision at 4 MiB
// (RuntimeImport, DecisionStore: each holds what it reads in its own arrays, and the cache cost memory, not time).
class PageCacheLimit
{
public:
    explicit PageCacheLimit(const QSqlDatabase &db, int kib = 2048);
    ~PageCacheLimit();
    PageCacheLimit(const PageCacheLimit &) = delete;
    PageCacheLimit &operator=(const PageCacheLimit &) = delete;

private:
    QSqlDatabase m_db;
    qint64 m_previous = 0;
};

} // namespace hc
