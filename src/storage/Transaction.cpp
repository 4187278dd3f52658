#include "Transaction.h"

#include "AggregateKeys.h"
#include "CountsHistory.h"

#include <QSqlQuery>

#include <sqlite3.h>

namespace hc {

namespace {

bool isBusy(const QSqlError &e)
{
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6), whatever the driver's wording.
    return e.nativeErrorCode() == QLatin1String("5") || e.nativeErrorCode() == QLatin1String("6")
        || e.databaseText().contains(QLatin1String("locked"));
}

} // namespace

Transaction::Transaction(QSqlDatabase &db)
    : m_db(db)
{
    sqlite3 *handle = sqliteHandle(m_db);
    m_nested = handle && sqlite3_get_autocommit(handle) == 0;
    QSqlQuery begin(m_db);
    m_open = begin.exec(m_nested ? QStringLiteral("SAVEPOINT hc_nested") : QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_open) {
        const QSqlError e = begin.lastError();
        m_startError = isBusy(e) ? busyMessage() : tr("Database error while starting a transaction: %1").arg(e.text());
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
    if (!m_db.commit()) {
        const QSqlError e = m_db.lastError();
        m_db.rollback();
        return Status::failure(isBusy(e) ? busyMessage() : tr("Database error while committing: %1").arg(e.text()));
    }
    return {};
}

} // namespace hc
