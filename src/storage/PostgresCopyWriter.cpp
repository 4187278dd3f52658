#include "PostgresCopyWriter.h"

#include "Libpq.h"
#include "StorageErrors.h"

#include <QCoreApplication>

namespace hc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SqliteBulkInserter)
};

constexpr qsizetype ChunkBytes = 1 << 20;

} // namespace

PostgresCopyWriter::PostgresCopyWriter(const QSqlDatabase &db, const QByteArray &table, const QByteArray &columns,
                                       int columnCount)
    : m_conn(Libpq::connection(db)), m_statement("COPY " + table + " (" + columns + ") FROM STDIN"),
      m_columns(columnCount)
{
    m_buffer.reserve(ChunkBytes + 4096);
}

PostgresCopyWriter::~PostgresCopyWriter()
{
    if (m_copying)
        (void)end("the import stopped before all rows were sent");
}

Status PostgresCopyWriter::failure(const QString &message)
{
    m_failed = true;
    // The server's SQLSTATE is kept out of the wording; the message already says what was refused.
    m_error = StorageErrors::serverFailure(Tr::tr("writing"), message.trimmed());
    return Status::failure(m_error);
}

void PostgresCopyWriter::separate()
{
    if (m_column++ > 0)
        m_buffer += '\t';
}

void PostgresCopyWriter::addInt(qint64 value)
{
    separate();
    char digits[24];
    char *end = digits + sizeof digits;
    char *p = end;
    // Digits from the magnitude as unsigned, so the smallest qint64 (a key hash can be any 64-bit value) works.
    quint64 magnitude = value < 0 ? 0 - quint64(value) : quint64(value);
    do {
        *--p = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude);
    if (value < 0)
        *--p = '-';
    m_buffer.append(p, end - p);
}

void PostgresCopyWriter::appendEscaped(QByteArray &out, const char *utf8, int size)
{
    int from = 0;
    for (int i = 0; i < size; ++i) {
        char escape = 0;
        switch (utf8[i]) {
        case '\\': escape = '\\'; break;
        case '\t': escape = 't'; break;
        case '\n': escape = 'n'; break;
        case '\r': escape = 'r'; break;
        default: continue;
        }
        out.append(utf8 + from, i - from);
        out += '\\';
        out += escape;
        from = i + 1;
    }
    out.append(utf8 + from, size - from);
}

void PostgresCopyWriter::addText(const char *utf8, int size)
{
    separate();
    appendEscaped(m_buffer, utf8, size);
}

void PostgresCopyWriter::addNull()
{
    separate();
    m_buffer += "\\N";
}

Status PostgresCopyWriter::start()
{
    const Libpq::Functions &pq = Libpq::functions();
    if (!m_conn || !pq.hasCopy())
        return failure(Tr::tr("libpq's COPY functions are not available"));
    Libpq::PgResult *r = pq.exec(m_conn, m_statement.constData());
    const int status = r ? pq.resultStatus(r) : -1;
    const QString message = r ? QString::fromUtf8(pq.resultErrorMessage(r)) : QString::fromUtf8(pq.errorMessage(m_conn));
    if (r)
        pq.clear(r);
    if (status != Libpq::CopyIn)
        return failure(message);
    m_copying = true;
    return {};
}

Status PostgresCopyWriter::flush()
{
    if (m_buffer.isEmpty())
        return {};
    if (!m_copying) {
        if (Status s = start(); !s)
            return s;
    }
    const Libpq::Functions &pq = Libpq::functions();
    // Blocking connection (QPSQL's): 1 means queued, -1 failed (0 only happens in non-blocking mode).
    if (pq.putCopyData(m_conn, m_buffer.constData(), int(m_buffer.size())) != 1) {
        const QString message = QString::fromUtf8(pq.errorMessage(m_conn));
        (void)end("sending rows failed");
        return failure(message);
    }
    m_buffer.clear();
    return {};
}

Status PostgresCopyWriter::endRow()
{
    if (m_failed)
        return Status::failure(m_error);
    if (m_column != m_columns)
        return failure(Tr::tr("a row has %1 values for %2 columns").arg(m_column).arg(m_columns));
    m_column = 0;
    m_buffer += '\n';
    return m_buffer.size() >= ChunkBytes ? flush() : Status();
}

// Ends the COPY (`error` non-null: abandons it, the server then fails the statement) and reads its result.
Status PostgresCopyWriter::end(const char *error)
{
    const Libpq::Functions &pq = Libpq::functions();
    m_copying = false;
    QString message;
    if (pq.putCopyEnd(m_conn, error) != 1)
        message = QString::fromUtf8(pq.errorMessage(m_conn));
    bool ok = message.isEmpty();
    while (Libpq::PgResult *r = pq.getResult(m_conn)) {
        if (pq.resultStatus(r) != Libpq::CommandOk) {
            if (ok)
                message = QString::fromUtf8(pq.resultErrorMessage(r));
            ok = false;
        }
        pq.clear(r);
    }
    return ok ? Status() : Status::failure(message);
}

Status PostgresCopyWriter::finish()
{
    if (m_failed)
        return Status::failure(m_error);
    if (Status s = flush(); !s)
        return s;
    if (!m_copying)
        return {}; // no rows: no statement
    if (Status s = end(nullptr); !s)
        return failure(s.error());
    return {};
}

} // namespace hc
