#pragma once

// The per-record SQL of a decision (DecisionStore::apply), private to the storage layer: the records a reference
// names, the decision row, and the record's stored decision and status — through DbStatement, so SQLite's C API. A
// bulk decision touches 100 000 records; through QSqlQuery every record cost ~95 µs (each of 22 columns a QVariant,
// three statements each re-bound through QVariant), which made deactivating a tenth of a 1 M workspace take 14 s
// (issue 10). On PostgreSQL the same statements run through QSqlQuery.

#include "DbStatement.h"
#include "RecordMapper.h"
#include "Result.h"
#include "StorageTypes.h"

#include <QByteArray>
#include <QString>
#include <QVector>

#include <functional>
#include <optional>

namespace hc {

// What a bulk decision changes, kept until the end so each record moves once between count buckets, from its
// status before the change to its status after (a record named twice moves once).
struct PendingMove
{
    qint64 runtimeId = 0;
    QString domain;
    int oldStatus = 0;
    int newStatus = 0;
};

class DecisionRecords
{
public:
    // `value` unset removes the decision (`kind`'s row) instead of setting it.
    DecisionRecords(const DbConnection &connection, DecisionRows::Kind kind, std::optional<bool> value, QString decidedAt);
    DecisionRecords(const DecisionRecords &) = delete;
    DecisionRecords &operator=(const DecisionRecords &) = delete;

    [[nodiscard]] Status prepare();

    // A reference with its username key and the key's hash, as find() looks it up.
    struct Lookup
    {
        const RecordRef *ref = nullptr;
        QString usernameKey;
        qint64 hash = 0;
    };
    // `refs` in the order of the user_key index (runtime, hash): a bulk lookup then reads the index forwards.
    static QVector<Lookup> lookups(const QVector<RecordRef> &refs);

    // The records `lookup` names, in tenant and id order, with what the rules need to decide their status (id,
    // runtime, tenant, the export's flags and the fields of R5's anonymous test, domain, username key, the stored
    // decisions and status); the other columns stay empty. None is an error naming the user.
    [[nodiscard]] Result<QVector<StoredRecord>> find(const Lookup &lookup);
    // The records of every lookup, each once (two references can name one record: with and without its tenant), in
    // no particular order; a lookup naming none is an error naming its user. `progress` gets the lookups done.
    [[nodiscard]] Result<QVector<StoredRecord>> findAll(const QVector<Lookup> &lookups,
                                                        const std::function<void(qint64)> &progress);
    // The decision row of `s` (its runtime, tenant and username key) set to the value, or removed.
    [[nodiscard]] Status writeDecision(const StoredRecord &s);
    // The record's stored decisions (from `s.decisions`) and its new status.
    [[nodiscard]] Status updateRecord(const StoredRecord &s, RecordStatus status);

private:
    static StoredRecord readRow(const DbStatement &q);
    static bool names(const Lookup &lookup, const StoredRecord &s);
    [[nodiscard]] Result<QVector<StoredRecord>> findEach(const QVector<Lookup> &lookups,
                                                         const std::function<void(qint64)> &progress);
    [[nodiscard]] Result<QVector<StoredRecord>> findInTwoPasses(const QVector<Lookup> &lookups,
                                                                const std::function<void(qint64)> &progress);

    bool m_sqlite;
    DecisionRows::Kind m_kind;
    std::optional<bool> m_value;
    QByteArray m_kindName, m_decidedAt;
    DbStatement m_findAny;
    DbStatement m_findInTenant;
    DbStatement m_candidates; // SQLite: the ids a username key hash names (user_key alone)
    DbStatement m_byId;       // SQLite: a record's columns by id
    DbStatement m_decision;
    DbStatement m_update;
};

} // namespace hc
