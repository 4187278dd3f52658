#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QVector>

namespace hc {

// One write transaction per change (R11): rolled back unless committed, so an early return loses nothing.
//
// It starts as a writer (BEGIN IMMEDIATE). A deferred transaction that reads first and writes later cannot wait for
// another writer: SQLite answers "database is locked" at once to avoid a deadlock, whatever the busy timeout. An
// immediate one takes the write lock first, so the busy handler (Workspace::open) makes it wait up to 30 s.
// Started while the connection is already in a transaction, it is a savepoint of it: a preview runs the real change
// inside an outer transaction, reads the counts and rolls everything back.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(hc::Transaction)

public:
    explicit Transaction(QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isOpen() const { return m_open; }
    // Why the transaction could not start (empty when it is open).
    const QString &startError() const { return m_startError; }
    [[nodiscard]] Status commit();

    // This change alters the counts of the infrastructure: commit() stores a snapshot of them (CountsHistory) in the
    // same transaction, one per infrastructure however many calls. A savepoint stores none (a preview is rolled back).
    void snapshotCounts(qint64 infraId);

    // The message for a lock that was still held when the busy handler gave up.
    static QString busyMessage();

private:
    // On PostgreSQL: NOTIFY the other connections of the change, just before COMMIT.
    [[nodiscard]] Status notifyOthers();

    QSqlDatabase &m_db;
    bool m_open = false;
    // Inside an outer transaction (Workspace::preview): a savepoint, released or rolled back to.
    bool m_nested = false;
    QString m_startError;
    QVector<qint64> m_snapshots;
};

} // namespace hc
