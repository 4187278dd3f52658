#pragma once

#include "BulkWriter.h"
#include "Result.h"

#include <QHash>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

struct sqlite3;
class QSqlDatabase;

namespace hc {

// The two "groups per identity key" aggregates, which have the same shape: individuals of an infrastructure (R6)
// and platform users of a runtime (R12). A key is '@' when one of the group's records has no valid e-mail (always
// internal), else the group's distinct domains, sorted, space-separated; each key is indexed by its domains, so
// a domain change reads only the keys that contain that domain.
enum class KeyTable { Identity, Platform };

namespace AggregateKeys {

// Table names and their owner column (infra_id or runtime_id).
const char *table(KeyTable t);
const char *domainTable(KeyTable t);
const char *ownerColumn(KeyTable t);
const char *countColumn(KeyTable t);

// The identity key of a group from its counted records' domains ('' = no valid e-mail).
QString keyOf(QStringList domains);
inline QString noEmailKey() { return QStringLiteral("@"); }

// Groups per key, from (group id, domain) pairs of every counted record (sorted here; pointers stay the caller's).
QHash<QString, qint64> countKeys(QVector<QPair<qint64, const QString *>> members);

// Replaces every row of one owner in both tables of `t` (inside the caller's transaction), in bulk (BulkWriter).
[[nodiscard]] Status replace(const DbConnection &connection, KeyTable t, qint64 owner, const QHash<QString, qint64> &keys);

// Adds `delta` groups to one key of one owner, pruning keys that reach zero and indexing new ones by domain.
Status add(QSqlDatabase &db, KeyTable t, qint64 owner, const QString &key, qint64 delta);

// Every key of one owner with its count.
[[nodiscard]] Result<QHash<QString, qint64>> read(const DbConnection &connection, KeyTable t, qint64 owner);

// Adds net changes (key -> groups gained or lost) to one owner: key by key when they are few, else by reading the
// owner's keys and replacing them in one bulk write (an import can touch tens of thousands of keys; the table
// holds one row per distinct domain combination, never one per record). A count below zero is an error.
[[nodiscard]] Status applyDeltas(QSqlDatabase &db, KeyTable t, qint64 owner, const QHash<QString, qint64> &deltas);

} // namespace AggregateKeys

// The C API handle under a QSQLITE connection (nullptr for other drivers).
sqlite3 *sqliteHandle(const QSqlDatabase &db);

} // namespace hc
