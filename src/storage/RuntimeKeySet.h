#pragma once

#include "BulkWriter.h"
#include "Result.h"

#include <QVector>

#include <functional>

namespace hc {

// The persistent merge state of issue 11: per runtime, the sorted distinct e-mail and username key hashes of its
// records (CountsEngine::keyHash, every status), in one BLOB row of `runtime_keyset`. An import intersects its own
// hashes with each other runtime's set in memory (a few MB read per runtime, no per-key probe into 40 runtimes)
// and so reads only the records its records can join, never the whole workspace. The set is written with the
// runtime's `user_key` rows (only ImportRun writes either) and removed with them. A BLOB on SQLite,
// BYTEA on PostgreSQL (SqlDialect::ddl), the same bytes.
namespace RuntimeKeySet {

// Little-endian 64-bit values, sorted ascending as signed integers, no duplicates.
QByteArray encode(const QVector<qint64> &sortedUnique);
// Fails (naming the runtime) when the blob is not a whole number of values or not strictly ascending.
[[nodiscard]] Result<QVector<qint64>> decode(const void *data, qsizetype bytes, qint64 runtimeId);

[[nodiscard]] Status write(const DbConnection &connection, qint64 runtimeId, const QVector<qint64> &sortedUnique);
[[nodiscard]] Status remove(const DbConnection &connection, qint64 runtimeId);

// Calls `visit` with the key set of each runtime of the infrastructure except `exceptRuntimeId`, one at a time (a
// runtime with no records has an empty set). A runtime with records but no stored set is an error: matching
// against a missing set would silently merge nobody.
[[nodiscard]] Status forEachRuntime(const DbConnection &connection, qint64 infraId, qint64 exceptRuntimeId,
                                    const std::function<Status(qint64 runtimeId, const QVector<qint64> &)> &visit);
// The stored set of one runtime (empty when it has no records).
[[nodiscard]] Result<QVector<qint64>> read(const DbConnection &connection, qint64 runtimeId);

// The distinct hashes of a runtime's user_key rows, ascending: what its stored set must equal (the integrity check).
[[nodiscard]] Result<QVector<qint64>> fromKeys(const DbConnection &connection, qint64 runtimeId);

// Schema version 5: the sets of every runtime built from its user_key rows.
[[nodiscard]] Status rebuildAll(const DbConnection &connection);

} // namespace RuntimeKeySet

} // namespace hc
