#pragma once

#include "Counts.h"
#include "DatabaseCredentials.h"
#include "DecisionStore.h"
#include "DomainStore.h"
#include "GroupStore.h"
#include "ImportService.h"
#include "InfrastructureStore.h"
#include "RecordExplainer.h"
#include "RecountReader.h"
#include "Result.h"
#include "RuntimeStore.h"
#include "Schema.h"
#include "StorageTypes.h"
#include "TenantStore.h"
#include "UserQueries.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace hc {

class CountsEngine;

// One workspace database: infrastructures, runtimes, owned domains, user records and the administrator's
// decisions, with counts kept current in the same transaction as every change (R11). Workspace opens, migrates and
// checks the file and owns the connection; the work is done by its stores (infrastructureStore(), userQueries(),
// decisions(), imports(), ...), one job each.
// Not thread-safe: one Workspace per thread (Qt SQL connections belong to the thread that opened them).
class Workspace
{
public:
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    // Opens (creating with mode 0600 when missing) and migrates a workspace. A newer or damaged file is refused
    // and left untouched. `path` may also name a shared workspace, postgresql://USER@HOST[:PORT]/DBNAME (DatabaseUrl):
    // its schema is created or migrated in that database, and every operation works there as on a file.
    static Result<std::unique_ptr<Workspace>> open(const QString &path);
    // The same with a password a person typed (the console's prompt) for a shared workspace whose server asks for one
    // that .pgpass / PGPASSFILE does not give; ignored for a file. Kept in memory while this Workspace is open, for
    // the console's other connections to the same URL (DatabaseCredentials). When the server wants a password and
    // none (or a wrong one) was given, open() fails with PasswordNeededCode.
    static Result<std::unique_ptr<Workspace>> open(const QString &path, const DatabaseCredentials &credentials);
    // The GUI's and CLI's default workspace: a file under the user's data folder (env HEADCOUNT_DB overrides).
    static QString defaultPath();
    static constexpr int SchemaVersion = Schema::CurrentVersion;

    // The file's absolute path, or a shared workspace's URL (never with a password).
    QString path() const { return m_path; }
    QSqlDatabase database() const;
    // Whether this is a shared workspace on a PostgreSQL server (not a file).
    bool isShared() const;

    // SPEC §7: a writer waits for another writer (BEGIN IMMEDIATE + a busy handler) up to the timeout, 30 s unless
    // HEADCOUNT_BUSY_TIMEOUT_MS says otherwise; `notify` is called once per wait when it passes 1 s, so a front end
    // can say "waiting for another process using the workspace…". The callback runs on the thread that waits.
    void setBusyNotifier(std::function<void()> notify);

    // What is wrong with the workspace, empty when it is sound: on SQLite the full integrity check (PRAGMA
    // integrity_check, every page: seconds on a large workspace) and the foreign keys; on both databases whether
    // each runtime's key set equals its records' keys. A PostgreSQL server checks its pages and foreign keys itself.
    [[nodiscard]] Result<QStringList> integrityCheck() const;
    static constexpr int DefaultBusyTimeoutMs = 30000;

    // SQLite's PRAGMA data_version: it changes when another connection (another process, a worker thread) commits
    // a change, never for this connection's own commits, so a front end can poll it to notice changes made
    // elsewhere. It never waits: nullopt when it cannot be read right now (another process is writing, or this
    // connection is inside a transaction), an error when the workspace cannot be read. Microseconds.
    [[nodiscard]] Result<std::optional<qint64>> dataVersion() const;
    // The file change counter of SQLite's header (offset 24): every commit by any connection changes it (rollback
    // journal). Read straight from the file, so it never waits; nullopt for a shared workspace or an unreadable
    // header. Lets figures read on one connection be trusted on another: equal counters, no commit in between.
    std::optional<quint32> changeCounter() const;
    // A shared workspace's connection still answers (one round trip); success for a file. The console asks every
    // few seconds, as a dropped connection (a restarted server, a network outage) also ends LISTEN without a word.
    [[nodiscard]] Status checkConnection() const;

    // What a change would do (SPEC §4 --dry-run, the console's what-if): runs `change` for real inside a transaction,
    // reads the counts before and after, and rolls everything back. The figures are exactly those that applying the
    // change gives. `change` must use this Workspace (its calls become savepoints of the outer transaction).
    struct Preview
    {
        Counts before;
        Counts after;
    };
    [[nodiscard]] Result<Preview> preview(qint64 infraId, const std::function<Status()> &change);

    // Counts, read from the maintained aggregates (cheap).
    [[nodiscard]] Result<Counts> counts(qint64 infraId) const;
    // Counts computed from scratch from every record (slow; for checks and tests).
    [[nodiscard]] Result<Counts> recount(qint64 infraId) const { return m_recount->recount(infraId); }

    // The stores, one job each; all use this workspace's connection (and so this thread).
    InfrastructureStore &infrastructureStore() { return *m_infras; }
    const InfrastructureStore &infrastructureStore() const { return *m_infras; }
    RuntimeStore &runtimeStore() { return *m_runtimes; }
    const RuntimeStore &runtimeStore() const { return *m_runtimes; }
    DomainStore &domainStore() { return *m_domains; }
    const DomainStore &domainStore() const { return *m_domains; }
    TenantStore &tenantStore() { return *m_tenants; }
    const TenantStore &tenantStore() const { return *m_tenants; }
    const UserQueries &userQueries() const { return *m_users; }
    const RecordExplainer &explainer() const { return *m_explainer; }
    DecisionStore &decisions() { return *m_decisions; }
    const DecisionStore &decisions() const { return *m_decisions; }
    ImportService &imports() { return *m_imports; }
    GroupStore &groupStore() { return *m_groups; }
    const GroupStore &groupStore() const { return *m_groups; }

private:
    [[nodiscard]] Status checkSqliteFile(QStringList &problems) const;
    [[nodiscard]] Status checkKeySets(QStringList &problems) const;
    explicit Workspace(QString path, QString connectionName);
    static Result<std::unique_ptr<Workspace>> openPostgres(const class DatabaseUrl &url,
                                                           const DatabaseCredentials &credentials);
    void createStores(const QSqlDatabase &db);

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<struct BusyWait> m_busy;
    // The password this shared workspace was opened with (DatabaseCredentials::keep), null for none.
    std::shared_ptr<const QString> m_password;
    // The stores hold copies of the connection handle: they go before the connection is removed (~Workspace).
    std::unique_ptr<CountsEngine> m_engine;
    std::unique_ptr<InfrastructureStore> m_infras;
    std::unique_ptr<RuntimeStore> m_runtimes;
    std::unique_ptr<DomainStore> m_domains;
    std::unique_ptr<TenantStore> m_tenants;
    std::unique_ptr<UserQueries> m_users;
    std::unique_ptr<RecordExplainer> m_explainer;
    std::unique_ptr<DecisionStore> m_decisions;
    std::unique_ptr<ImportService> m_imports;
    std::unique_ptr<GroupStore> m_groups;
    std::unique_ptr<RecountReader> m_recount;
};

} // namespace hc
