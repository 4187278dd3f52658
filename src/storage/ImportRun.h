#pragma once

// The inside of one RuntimeImport (private to the storage layer): the rows as they will be written and the phases
// that compute and write them. ImportRun.cpp reads and resolves, ImportRunWrite.cpp writes.

#include "BulkWriter.h"
#include "NeighbourPrefetch.h"
#include "NeighbourSearch.h"
#include "PreviousRecords.h"
#include "RecordMapper.h"
#include "RowSpool.h"
#include "Result.h"
#include "RuntimeImport.h"
#include "StorageTypes.h"
#include "StringArena.h"
#include "Tenancy.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QMap>
#include <QSqlDatabase>

#include <atomic>
#include <deque>
#include <functional>

namespace hc {

// Phase timings of each import: QT_LOGGING_RULES="headcount.import.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcImport)

using Decisions = StoredDecisions;

// The text columns of a record in UTF-8, in one buffer (one allocation per record instead of one per field:
// allocation was the bottleneck of large imports). Made with the rules' facts, kept in the import's RowSpool
// until the rows are written.
struct RowText
{
    enum Text { SourceId, Name, Username, Email, Phone, ExternalId, Tenant, CreationDate, LastLogin, EmailKey, Domain,
                UsernameKey, TextCount };
    QByteArray buffer;
    qint32 offsets[TextCount + 1] = {}; // spooled as they are: the row's header

    const char *text(int t) const { return buffer.constData() + offsets[t]; }
    int size(int t) const { return offsets[t + 1] - offsets[t]; }
};

// A record as the merge and the aggregates need it; its text is in the spool (RowText).
struct PreparedRow
{
    RecordFacts facts; // domain shared between the rows of one domain (interned), keys in ImportRun's arena
    Decisions decisions;
    bool active = true;
    bool itUser = false;
    int tenant = 0; // index into ImportRun's tenants (few distinct: interned instead of a string per record)
};

// A counted record of another runtime of the infrastructure, as identity merging needs it (ImportRunMerge.cpp).
using OtherNode = NeighbourRecord;

// One run of RuntimeImport, one method per phase (SPEC §3): what a phase computes is kept for the next ones.
// Classification, identity merging and every aggregate are computed in memory first, so each row is written once,
// in order, in bulk (BulkWriter: SQLite's C API, or COPY on PostgreSQL).
class ImportRun
{
public:
    ImportRun(const QSqlDatabase &db, const DbConnection &connection, qint64 infraId, qint64 runtimeId, ShrinkPolicy shrink,
              const std::atomic_bool *cancelled, const std::function<void(qint64)> &progress)
        : m_db(db), m_connection(connection), m_infraId(infraId), m_runtimeId(runtimeId), m_shrink(shrink),
          m_first(RuntimeImport::firstId(runtimeId)), m_last(RuntimeImport::lastId(runtimeId)),
          m_cancelled(cancelled), m_progress(progress)
    {
    }

    Result<ImportSummary> run(const RecordSource &source, ImportMode mode);

private:
    Status loadSettings();
    Status readPrevious();
    Status addBatch(const QVector<UserRecord> &batch);
    Status prepareRows(const QVector<UserRecord> &records, qsizetype firstRow, QVector<quint64> *contents = nullptr);
    Status finishMerge();
    Status listRemoved();
    Status spoolRows(QVector<RowText> &texts, qsizetype firstRow);
    Status finishSummary(ImportMode mode);
    Status allocateSerials();
    int tenantIndex(const QString &tenant);
    QString internDomain(const QString &domain); // the one string of that domain
    const QString &tenantOf(int row) const { return m_tenants[m_rows[row].tenant]; }
    Status loadLinks();
    Status loadPreviousIdentities();
    Status findNeighbourhood();
    void resolveIndividuals();
    void countIdentityDeltas();
    QVector<qint64> ownKeyHashes(qsizetype from) const; // of rows from, ...
    void resolvePlatformUsers();
    Status deleteOldRows();
    Status insertRows();
    Status addRow(BulkWriter &ins, int i, const char *text, const RowText &head);
    Status insertKeys();
    Status insertRuntimeAggregates();
    Status insertTenantAggregates();
    Status updateOtherRuntimes();

    bool isCancelled() const { return m_cancelled && m_cancelled->load(); }
    Status cancelledStatus() const;
    void phase(const char *name) { qCDebug(lcImport, "%-28s %6lld ms", name, m_clock.restart()); }
    qint64 recordId(int row) const { return m_first + row + 1; }

    struct Link
    {
        qint64 runtimeA;
        QString usernameA;
        qint64 runtimeB;
        QString usernameB;
        QString tenant;
    };

    QSqlDatabase m_db;
    const DbConnection m_connection;
    const qint64 m_infraId, m_runtimeId;
    const ShrinkPolicy m_shrink;
    const qint64 m_first, m_last;
    const std::atomic_bool *m_cancelled;
    const std::function<void(qint64)> &m_progress;
    QElapsedTimer m_clock;

    // First: what follows may hold copies of its strings (destroyed before it).
    StringArena m_keys;                    // the rows' e-mail and username keys (PreparedRow::facts)
    TenantKinds m_kinds;
    QHash<QString, Decisions> m_decisions; // the administrator's, by tenant + username key (SPEC §3)
    ImportSummary m_summary;
    PreviousRecords m_previous;            // the runtime's records before (the summary; serials kept)
    QVector<bool> m_matched;               // by m_previous index: the export has it
    QVector<QString> m_tenants;            // distinct tenants of the rows (PreparedRow::tenant)
    QHash<QString, int> m_tenantIndex;
    QMap<QString, qint64> m_perTenant;     // rows per tenant
    QHash<QString, QString> m_domains;     // interned: one string per domain, not per record
    RowSpool m_spool;                      // the rows' text (RowText), in row order
    std::deque<PreparedRow> m_rows;        // one per record imported (merge mode: then those kept), ids m_first + 1 ...
                                           // (a deque: growing it never holds two copies)
    QVector<qint64> m_serials;             // one per row: its serial in the infrastructure
    qint64 m_nextSerial = 0;
    QVector<qint64> m_previousHashes;      // the runtime's key set before this import
    QVector<QPair<qint64, QString>> m_previousIndividuals; // individual, domain of its counted records before
    QVector<OtherNode> m_others;           // counted records of other runtimes this import can merge with
    NeighbourPrefetch *m_prefetch = nullptr; // while the export is read: finds m_others from each batch's keys
    qsizetype m_rowsSearched = 0;          // rows whose keys went to m_prefetch
    QVector<Link> m_links;
    QVector<int> m_resolverIndexOfRow;     // -1: not counted
    QVector<qint64> m_individual;          // by resolver index: others first, then this runtime's counted rows
    QHash<QString, qint64> m_identityDeltas; // identity key -> individuals gained (or lost)
    QVector<qint64> m_platformUser;        // by row; 0: not counted
    QHash<QString, qint64> m_platformKeys;
};


} // namespace hc
