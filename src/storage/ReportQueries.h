#pragma once

#include "Result.h"
#include "Rules.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

#include <functional>

namespace hc {

class Workspace;

// A record as the compliance report lists it (deactivation candidates aside, which come from Workspace::users).
struct ReportRecord
{
    QString runtime;
    QString username;
    QString name;
    QString email; // the Email field as imported
    QString tenant;
    QString lastLogin; // ISO 8601, empty: never
    QString emailKey;  // R2, normalised; empty: none
};

struct DomainCount
{
    QString domain; // normalised
    qint64 records = 0;
};

// Counted records by domain, for the domains that are not owned (R4: external), largest first.
struct ExternalDomains
{
    QVector<DomainCount> top;
    qint64 domains = 0; // distinct external domains
    qint64 records = 0; // counted records with an external domain
};

// Records without a valid e-mail (R2), by status; R4 makes the counted ones internal.
struct NoEmailRecords
{
    qint64 counted = 0;
    qint64 excluded = 0;
    QVector<ReportRecord> sample; // counted ones, in record order (filled by the report's pass over the records)
};

// One record as the report's single pass over the records reads it (fingerprint, findings); the views are valid
// during the callback only (raw UTF-8 from the database).
struct RecordRow
{
    qint64 id = 0;
    qint64 runtimeId = 0;
    QByteArrayView sourceId;
    QByteArrayView tenant;
    QByteArrayView usernameKey;
    QByteArrayView emailKey;
    QByteArrayView domain;
    QByteArrayView name;
    QByteArrayView lastLogin; // ISO 8601, empty: never
    RecordStatus status = RecordStatus::Counted;
    qint64 individual = 0; // 0: not counted
};

// The aggregates the compliance report needs and the Workspace API does not give. Read-only; SQL with bound values
// only. Like Workspace, one instance per thread: it uses the workspace's connection.
class ReportQueries
{
    Q_DECLARE_TR_FUNCTIONS(hc::ReportQueries)

public:
    explicit ReportQueries(const Workspace &workspace);

    // From the maintained aggregates (a few rows whatever the number of records). Empty when nothing is owned:
    // then every record is internal (R4).
    [[nodiscard]] Result<ExternalDomains> externalDomains(qint64 infraId, int limit) const;
    [[nodiscard]] Result<NoEmailRecords> noEmailRecords(qint64 infraId) const;
    // A few records by id (keep it to a few hundred), in the order of `ids`; ids not found are left out.
    [[nodiscard]] Result<QVector<ReportRecord>> records(const QVector<qint64> &ids) const;

    // Every record of the infrastructure in record-id order (runtimes by id, each in export order), streamed through
    // SQLite's C API (DbStatement): a million rows through QSqlQuery cost seconds of QVariant traffic, and nothing is
    // kept in memory. On a shared PostgreSQL workspace the same statement runs through QSqlQuery, a runtime at a time.
    // Grouping in SQL instead (GROUP BY over a million text keys) was measured at 1.2–1.5 s per finding.
    [[nodiscard]] Status forEachRecord(qint64 infraId, const std::function<void(const RecordRow &)> &visit) const;

private:
    QSqlDatabase m_db;
};

// Holds a read transaction, so that every query of a report sees one state of the workspace: the fingerprint is then
// over the very records the counts were read from, even while another process imports. Rolled back (nothing was
// written) when it goes out of scope.
class ReadSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(hc::ReadSnapshot)

public:
    explicit ReadSnapshot(const Workspace &workspace);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

    // Starts the transaction and takes the read lock at once (SQLite defers it to the first read otherwise).
    [[nodiscard]] Status begin();

private:
    QSqlDatabase m_db;
    bool m_shared = false; // PostgreSQL
    bool m_open = false;
};

} // namespace hc
