#pragma once

// Small pieces shared by the storage layer's C-API paths (ImportRun, NeighbourSearch, RuntimeKeySet): private to
// src/storage, which alone may include <sqlite3.h>.

#include "Result.h"
#include "StorageErrors.h"

#include <QString>
#include <QVector>

#include <sqlite3.h>

#include <algorithm>

namespace hc::SqliteApi {

// One prepared statement, finalized on every path.
struct Statement
{
    Statement() = default;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement() { sqlite3_finalize(q); }
    int prepare(sqlite3 *handle, const char *sql) { return sqlite3_prepare_v2(handle, sql, -1, &q, nullptr); }

    sqlite3_stmt *q = nullptr;
};

// A failed C-API call as the storage layer words it (a damaged file is called damaged).
inline Status failure(sqlite3 *handle, const QString &what, int rc)
{
    return Status::failure(StorageErrors::failure(what, rc, sqlite3_errmsg(handle)));
}

// A text column, empty without an allocation when it is empty.
inline QString textAt(sqlite3_stmt *q, int column)
{
    const int size = sqlite3_column_bytes(q, column);
    return size ? QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q, column)), size) : QString();
}

inline void sortUnique(QVector<qint64> &v)
{
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}

} // namespace hc::SqliteApi
