#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>

namespace hc {

// One transaction per change (R11): rolled back unless committed, so an early return loses nothing.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(hc::Transaction)

public:
    explicit Transaction(QSqlDatabase &db) : m_db(db) { m_open = m_db.transaction(); }
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isOpen() const { return m_open; }
    [[nodiscard]] Status commit()
    {
        if (!m_open)
            return Status::failure(tr("Database error while starting a transaction: %1").arg(m_db.lastError().text()));
        m_open = false;
        if (!m_db.commit()) {
            const QSqlError e = m_db.lastError();
            m_db.rollback();
            return Status::failure(tr("Database error while committing: %1").arg(e.text()));
        }
        return {};
    }

private:
    QSqlDatabase &m_db;
    bool m_open = false;
};

} // namespace hc
