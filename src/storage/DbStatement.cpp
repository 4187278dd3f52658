#include "DbStatement.h"

#include <QSqlError>

namespace hc {

Status DbStatement::prepare(const char *sql, const QString &what)
{
    m_what = what;
    if (m_connection.sqlite) {
        m_rc = m_sqlite.prepare(m_connection.sqlite, sql);
        return status();
    }
    m_query.emplace(m_connection.db);
    m_query->setForwardOnly(m_streamed);
    m_queryFailed = !m_query->prepare(QString::fromUtf8(sql));
    return status();
}

void DbStatement::bindText(int index, const QString &text)
{
    if (m_connection.sqlite) {
        bindUtf8(index, text.toUtf8());
        return;
    }
    m_query->bindValue(index - 1, text.isNull() ? QStringLiteral("") : text);
}

void DbStatement::bindUtf8(int index, const QByteArray &utf8)
{
    if (m_connection.sqlite) {
        // Never a null pointer: that would bind NULL, and the text columns are NOT NULL, compared with '='.
        sqlite3_bind_text(m_sqlite.q, index, utf8.isEmpty() ? "" : utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        return;
    }
    m_query->bindValue(index - 1, QString::fromUtf8(utf8));
}

void DbStatement::bindBlob(int index, const QByteArray &bytes)
{
    if (m_connection.sqlite) {
        // Never a null pointer: that would bind NULL, and an empty key set is an empty blob.
        sqlite3_bind_blob64(m_sqlite.q, index, bytes.isEmpty() ? "" : bytes.constData(), sqlite3_uint64(bytes.size()),
                            SQLITE_STATIC);
        return;
    }
    // QSqlQuery binds a null QByteArray as NULL.
    m_query->bindValue(index - 1, bytes.isNull() ? QByteArray("", 0) : bytes);
}

bool DbStatement::stepQuery()
{
    if (m_queryFailed)
        return false;
    if (!m_executed) {
        m_executed = true;
        if (!m_query->exec()) {
            m_queryFailed = true;
            return false;
        }
    }
    if (m_query->next())
        return true;
    m_queryFailed = m_query->lastError().isValid();
    return false;
}

Status DbStatement::status() const
{
    if (m_connection.sqlite) {
        if (m_rc == SQLITE_OK || m_rc == SQLITE_ROW || m_rc == SQLITE_DONE)
            return {};
        return SqliteApi::failure(m_connection.sqlite, m_what, m_rc);
    }
    if (!m_queryFailed)
        return {};
    return Status::failure(StorageErrors::failure(m_what, m_query->lastError()));
}

} // namespace hc
