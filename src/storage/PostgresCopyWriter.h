#pragma once

#include "BulkWriter.h"

#include <QString>

namespace hc {

// BulkWriter on a shared PostgreSQL workspace: the rows stream as COPY … FROM STDIN in text format (tab-separated,
// \N for NULL, backslash escapes) through libpq on the QPSQL connection, in chunks of about a megabyte. One COPY
// is one statement: a row the server refuses (a constraint) fails finish() and with it the caller's transaction,
// so nothing of the table is written. A writer dropped before finish() ends its COPY with an error, which leaves
// the transaction failed: the caller rolls back, as it does on every failure.
class PostgresCopyWriter final : public BulkWriter
{
public:
    PostgresCopyWriter(const QSqlDatabase &db, const QByteArray &table, const QByteArray &columns, int columnCount);
    ~PostgresCopyWriter() override;
    PostgresCopyWriter(const PostgresCopyWriter &) = delete;
    PostgresCopyWriter &operator=(const PostgresCopyWriter &) = delete;

    void addInt(qint64 value) override;
    void addText(const char *utf8, int size) override;
    void addNull() override;
    [[nodiscard]] Status endRow() override;
    [[nodiscard]] Status finish() override;

    // COPY's text format for one value: backslash, tab, newline and carriage return escaped.
    static void appendEscaped(QByteArray &out, const char *utf8, int size);

private:
    void separate();
    [[nodiscard]] Status start();
    [[nodiscard]] Status flush();
    [[nodiscard]] Status end(const char *error);
    Status failure(const QString &message);

    void *m_conn = nullptr;
    QByteArray m_statement;
    int m_columns;
    int m_column = 0; // values added to the current row
    bool m_copying = false;
    bool m_failed = false;
    QString m_error;
    QByteArray m_buffer;
};

} // namespace hc
