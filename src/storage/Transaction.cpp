#include "Transaction.h"

#include "AggregateKeys.h"
#include "ChangeNotifier.h"
#include "CountsHistory.h"
#include "SqlDialect.h"

#include <QSqlQuery>

namespace hc {

namespace {

// How long a writer waits for another (SPEC §7): 30 s unless HEADCOUNT_BUSY_TIMEOUT_MS says otherwise. On SQLite the
// busy handler of Workspace applies it; PostgreSQL is told in the transaction's first statements.
int busyTimeoutMs()
{
    bool ok = false;
    const int timeout = qEnvironmentVariableIntValue("HEADCOUNT_BUSY_TIMEOUT_MS", &ok);
    return ok && timeout >= 0 ? timeout : 30000;
}

} // namespace

Transaction::Transaction(QSqlDatabase &db)
    : m_db(db)
{
    const SqlDialect &dialect = SqlDialect::of(m_db);
    m_nested = dialect.inTransaction(m_db);
    const QStringList statements =
        m_nested ? QStringList{QStringLiteral("SAVEPOINT hc_nested")} : dialect.beginWrite(busyTimeoutMs());
    QSqlQuery begin(m_db);
    m_open = true;
    for (const QString &sql : statements) {
        if (begin.exec(sql))
            continue;
        const QSqlError e = begin.lastError();
        m_startError = dialect.isBusy(e) ? busyMessage() : tr("Database error while starting a transaction: %1").arg(e.text());
        // BEGIN went through but the lock did not: leave no transaction open behind a failed start.
        if (!m_nested && dialect.inTransaction(m_db))
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        m_open = false;
        break;
    }
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    if (m_nested) {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK TO hc_nested"));
        QSqlQuery(m_db).exec(QStringLiteral("RELEASE hc_nested"));
    } else {
        m_db.rollback();
    }
}

void Transaction::snapshotCounts(qint64 infraId)
{
    if (!m_snapshots.contains(infraId))
        m_snapshots.append(infraId);
}

Status Transaction::notifyOthers()
{
    // The one place every change commits (R11): the other consoles on a shared workspace LISTEN on this channel
    // (ChangeNotifier). PostgreSQL delivers the notification when, and only when, this transaction commits.
    if (!SqlDialect::of(m_db).isPostgres())
        return {};
    QSqlQuery notify(m_db);
    notify.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    notify.addBindValue(QString::fromLatin1(ChangeNotifier::Channel));
    notify.addBindValue(ChangeNotifier::payload(m_snapshots));
    if (!notify.exec())
        return Status::failure(tr("Database error while committing: %1").arg(notify.lastError().text()));
    return {};
}

QString Transaction::busyMessage()
{
    return tr("The workspace is busy: another process kept it locked for 30 s. Nothing was changed; try again when "
              "it has finished.");
}

Status Transaction::commit()
{
    if (!m_open)
        return Status::failure(m_startError.isEmpty() ? tr("Database error: the transaction is not open.") : m_startError);
    m_open = false;
    if (m_nested) {
        QSqlQuery release(m_db);
        if (!release.exec(QStringLiteral("RELEASE hc_nested")))
            return Status::failure(tr("Database error while committing: %1").arg(release.lastError().text()));
        return {};
    }
    if (!m_snapshots.isEmpty()) {
        const QDateTime at = CountsHistory::now();
        const CountsHistory history(m_db);
        for (qint64 infraId : std::as_const(m_snapshots)) {
            if (Status s = history.record(infraId, at); !s) {
                m_db.rollback();
                return s;
            }
        }
    }
    if (Status s = notifyOthers(); !s) {
        m_db.rollback();
        return s;
    }
    if (!m_db.commit()) {
        const QSqlError e = m_db.lastError();
        m_db.rollback();
        return Status::failure(SqlDialect::of(m_db).isBusy(e) ? busyMessage() : tr("Database error while committing: %1").arg(e.text()));
    }
    return {};
}

} // namespace hc
