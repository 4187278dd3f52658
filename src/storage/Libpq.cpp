#include "Libpq.h"

#include <QLibrary>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

namespace hc::Libpq {

namespace {

template <typename F>
void resolve(F &f, const char *name)
{
    f = reinterpret_cast<F>(QLibrary::resolve(QStringLiteral("pq"), 5, name));
}

} // namespace

const Functions &functions()
{
    static const Functions f = [] {
        Functions r;
        resolve(r.transactionStatus, "PQtransactionStatus");
        resolve(r.exec, "PQexec");
        resolve(r.resultStatus, "PQresultStatus");
        resolve(r.resultErrorMessage, "PQresultErrorMessage");
        resolve(r.resultErrorField, "PQresultErrorField");
        resolve(r.clear, "PQclear");
        resolve(r.putCopyData, "PQputCopyData");
        resolve(r.putCopyEnd, "PQputCopyEnd");
        resolve(r.getResult, "PQgetResult");
        resolve(r.errorMessage, "PQerrorMessage");
        return r;
    }();
    return f;
}

Conn *connection(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    // QPSQL declares its handle as the struct behind libpq's PGconn typedef.
    if (!v.isValid() || (qstrcmp(v.typeName(), "pg_conn*") != 0 && qstrcmp(v.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<Conn *const *>(v.constData());
}

} // namespace hc::Libpq
