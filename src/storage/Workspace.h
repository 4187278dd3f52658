#pragma once

#include "Counts.h"
#include "GroupMembership.h"
#include "Result.h"
#include "Rules.h"
#include "UserRecord.h"

#include <QDateTime>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace hc {

class CountsEngine;

struct InfrastructureInfo
{
    qint64 id = 0;
    QString name;
    LicenceModel model = LicenceModel::InternalExternal;
    QString platformVersion; // empty: not set (11.11.3 or later)
    Capacity capacity;
};

// A tenant value of an infrastructure: its kind (SPEC §1) and where it occurs.
struct TenantInfo
{
    QString tenant; // "" = the default tenant of records without a Tenant_Id
    TenantKind kind = TenantKind::Default;
    qint64 records = 0;   // records of any status
    QStringList runtimes; // runtimes holding records of it, by name
};

struct RuntimeInfo
{
    qint64 id = 0;
    qint64 infraId = 0;
    QString name;
    qint64 records = 0;
    QDateTime lastImport; // UTC; invalid when never imported
};

struct DomainInfo
{
    QString typed;      // as the administrator typed it
    QString normalized; // R1
    qint64 records = 0; // records (any status) whose e-mail has this domain
};

enum class ImportMode { Replace, Merge };
// SPEC §3: a replace that would remove more than half of a runtime's records (an empty export included) is refused
// unless the administrator confirmed it (CLI --allow-shrink, or the console's confirmation).
enum class ShrinkPolicy { Refuse, Allow };
// Result::code() of an import refused by ShrinkPolicy::Refuse: the front end may ask and import again with Allow.
constexpr int ShrinkRefusedCode = 101;

struct ImportSummary
{
    qint64 added = 0;
    qint64 changed = 0;
    qint64 removed = 0;
    qint64 unchanged = 0;
    qint64 skipped = 0; // filled by the caller (rows the reader skipped)
    // Replace mode: records of the previous snapshot that the new export no longer has ("runtime/username" or the
    // Id when there is no username), so the administrator sees who disappeared.
    QStringList removedUsers;
    // Records deactivated in Headcount that the new export still shows active: the platform has not caught up yet.
    QStringList pendingDeactivation;
};

// Identifies one record the way administrator decisions do: runtime + username (SPEC §3: Username + tenant).
struct RecordRef
{
    qint64 runtimeId = 0;
    QString username;
    std::optional<QString> tenant; // none: any tenant of that username in the runtime; "" is the default tenant
};

// What the Users view sorts by (SPEC §5: any column). Every order breaks ties by record id, so pages never overlap.
enum class UserSort { Runtime, Username, Name, Email, Phone, Tenant, LastLogin, Status, Class, Individual };

struct UserFilter
{
    qint64 infraId = 0;
    std::optional<qint64> runtimeId;
    QString search;                     // substring of username, name, email, phone or external id (case-insensitive)
    std::optional<UserClass> userClass; // class of counted records only
    std::optional<RecordStatus> status;
    std::optional<QString> tenant;
    QString notLoggedInSince;           // ISO date: counted records whose last login is before it (or never)
    // Unset: runtime name, username, record id (the CLI's order). UserSort::Runtime is runtime name, then record id
    // (export order): SQLite reads that order without sorting, so it is the cheap one for millions of rows.
    std::optional<UserSort> sortBy;
    bool descending = false;
    // When not empty: only these records (a page of a list from userIds()); keep it to a few hundred.
    QVector<qint64> recordIds;
    QString group; // when not empty: members of this group (imported per runtime with importGroups())
    int limit = -1;
    int offset = 0;
};

// A group of an infrastructure: its name and how many memberships its runtimes' group imports gave it.
struct GroupInfo
{
    QString name;
    qint64 members = 0;  // memberships (group + username + tenant) over the infrastructure's runtimes
    qint64 runtimes = 0; // runtimes whose group import names it
};

struct GroupImportSummary
{
    qint64 groups = 0;      // distinct groups in the runtime now
    qint64 memberships = 0; // stored memberships (duplicates counted once)
    qint64 duplicates = 0;  // lines that repeated a membership
    qint64 replaced = 0;    // memberships of the previous group import of the runtime
    // Members that match no record of the runtime (yet): usernames as given, each once, in file order.
    QStringList unmatched;
};

struct UserRow
{
    qint64 recordId = 0;
    QString runtime;
    UserRecord record;
    std::optional<UserClass> userClass; // null when not counted or named model
    RecordStatus status = RecordStatus::Counted;
    std::optional<qint64> individual;   // null when not counted
    bool itOverride = false;            // IT flag set or cleared by the administrator
    bool deactivatedHere = false;       // deactivated by the administrator in Headcount
    bool split = false;
    // Deactivated in Headcount, still active in the latest export: to be deactivated on the platform.
    bool pendingOnPlatform() const { return deactivatedHere && record.active; }
    // Active as the platform will see it once Headcount's decisions are applied there. An IT user's status says
    // it_user (R5 precedence), so whether it is active also has to be told: the CLI, the CSV and the console agree.
    bool effectiveActive() const { return record.active && !deactivatedHere; }
};

// One workspace database: infrastructures, runtimes, owned domains, user records and the administrator's
// decisions, with counts kept current in the same transaction as every change (R11).
// Not thread-safe: one Workspace per thread (Qt SQL connections belong to the thread that opened them).
class Workspace
{
public:
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    // Opens (creating with mode 0600 when missing) and migrates a workspace. A newer or damaged file is refused
    // and left untouched.
    static Result<std::unique_ptr<Workspace>> open(const QString &path);
    // The GUI's and CLI's default workspace: a file under the user's data folder (env HEADCOUNT_DB overrides).
    static QString defaultPath();
    static constexpr int SchemaVersion = 4;

    QString path() const { return m_path; }
    QSqlDatabase database() const;

    // SPEC §7: a writer waits for another writer (BEGIN IMMEDIATE + a busy handler) up to the timeout, 30 s unless
    // HEADCOUNT_BUSY_TIMEOUT_MS says otherwise; `notify` is called once per wait when it passes 1 s, so a front end
    // can say "waiting for another process using the workspace…". The callback runs on the thread that waits.
    void setBusyNotifier(std::function<void()> notify);

    // SQLite's full integrity check (PRAGMA integrity_check) and the foreign keys: what it found, empty when the
    // workspace is sound. Reads every page: seconds on a large workspace.
    [[nodiscard]] Result<QStringList> integrityCheck() const;
    static constexpr int DefaultBusyTimeoutMs = 30000;

    // SQLite's PRAGMA data_version: it changes when another connection (another process, a worker thread) commits
    // a change, never for this connection's own commits, so a front end can poll it to notice changes made
    // elsewhere. It never waits: nullopt when it cannot be read right now (another process is writing, or this
    // connection is inside a transaction), an error when the workspace cannot be read. Microseconds.
    [[nodiscard]] Result<std::optional<qint64>> dataVersion() const;

    // Infrastructures. `name` empty: the only one (an error when there are several).
    [[nodiscard]] Result<QVector<InfrastructureInfo>> infrastructures() const;
    Result<InfrastructureInfo> infrastructure(const QString &name = {}) const;
    Result<InfrastructureInfo> infrastructureById(qint64 id) const;
    Result<InfrastructureInfo> addInfrastructure(const QString &name, LicenceModel model, const QString &platformVersion = {});
    Status setCapacity(qint64 infraId, const Capacity &capacity);
    // The platform version (R12) as typed, e.g. "11.20.1"; empty unsets it. Counts follow at once (no row changes).
    Status setPlatformVersion(qint64 infraId, const QString &version);
    Status setLicenceModel(qint64 infraId, LicenceModel model);
    // WorkspaceStructure.cpp: renaming keeps everything; removing takes the infrastructure's runtimes, records,
    // domains and decisions with it, in one transaction.
    [[nodiscard]] Status renameInfrastructure(qint64 infraId, const QString &newName);
    [[nodiscard]] Status removeInfrastructure(qint64 infraId);
    [[nodiscard]] Status renameRuntime(qint64 runtimeId, const QString &newName);
    // The runtime's records leave every individual they were part of: the infrastructure is recounted (seconds on a
    // million records).
    [[nodiscard]] Status removeRuntime(qint64 runtimeId);

    // Tenants (WorkspaceTenants.cpp): every tenant value found in the records or given a kind, by tenant.
    Result<QVector<TenantInfo>> tenants(qint64 infraId) const;
    // Sets the kind of tenants (present or not yet imported) and recounts the records they hold (R5, R6, R12).
    Status setTenantKind(qint64 infraId, const QStringList &tenants, TenantKind kind);

    // Runtimes.
    [[nodiscard]] Result<QVector<RuntimeInfo>> runtimes(qint64 infraId) const;
    Result<RuntimeInfo> runtime(qint64 infraId, const QString &name) const;
    Result<RuntimeInfo> addRuntime(qint64 infraId, const QString &name);

    // Owned domains. Invalid domains are refused, naming the first one; adding a listed one is a no-op.
    [[nodiscard]] Result<QVector<DomainInfo>> domains(qint64 infraId) const;
    // The normalised owned domains, as R3/R4 compare them.
    [[nodiscard]] Result<QSet<QString>> ownedDomainSet(qint64 infraId) const;
    Status addDomains(qint64 infraId, const QStringList &domains);
    Status removeDomains(qint64 infraId, const QStringList &domains);

    // Replaces (or merges into) a runtime's records in one transaction. `cancelled` is polled; when it becomes
    // true the transaction is rolled back and an error returned. `progress` gets records written so far.
    Result<ImportSummary> importRecords(qint64 runtimeId, const QVector<UserRecord> &records, ImportMode mode,
                                        const std::atomic_bool *cancelled = nullptr,
                                        const std::function<void(qint64)> &progress = {},
                                        ShrinkPolicy shrink = ShrinkPolicy::Allow);
    // The same into the runtime of that name, created in the import's own transaction when it does not exist yet.
    Result<ImportSummary> importRecords(qint64 infraId, const QString &runtimeName, const QVector<UserRecord> &records,
                                        ImportMode mode, const std::atomic_bool *cancelled = nullptr,
                                        const std::function<void(qint64)> &progress = {},
                                        ShrinkPolicy shrink = ShrinkPolicy::Allow);

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
    Result<Counts> counts(qint64 infraId) const;
    // Counts computed from scratch from every record (slow; for checks and tests).
    Result<Counts> recount(qint64 infraId) const;

    // Users.
    Result<QVector<UserRow>> users(const UserFilter &filter) const;
    // Runtime, status and class filters are answered from the maintained aggregates; search, tenant and last-login
    // filters read the records.
    Result<qint64> userCount(const UserFilter &filter) const;
    // The rows of users(filter) handed to `batch` a few at a time (at most `batchSize`), in the filter's order, from
    // one query: memory stays bounded whatever the size (a CSV or JSON export of millions). A failed batch stops
    // the read and is returned; so is `cancelled` (polled between batches).
    [[nodiscard]] Status forEachUser(const UserFilter &filter, const std::function<Status(const QVector<UserRow> &)> &batch,
                                     int batchSize = 1000, const std::atomic_bool *cancelled = nullptr) const;
    // The ids of the records a filter selects, in its order: 8 bytes a record, so a view can hold the order of
    // millions of rows and fetch pages of it through UserFilter::recordIds. `cancelled` is polled while reading.
    Result<QVector<qint64>> userIds(const UserFilter &filter, const std::atomic_bool *cancelled = nullptr) const;
    Result<QVector<UserRow>> findRecords(const RecordRef &ref) const;
    Result<QStringList> explain(const RecordRef &ref) const;

    // Administrator decisions; each call is one transaction and keeps counts current.
    // `itUser` unset removes the administrator's flag: the export's Is_IT_User applies again (undo of a first flag).
    Status setItUser(const QVector<RecordRef> &refs, std::optional<bool> itUser);
    // `progress` (optional) gets the references done so far, for a bulk decision run off the GUI thread.
    Status setDeactivated(const QVector<RecordRef> &refs, bool deactivated,
                          const std::function<void(qint64)> &progress = {});
    Status link(const RecordRef &a, const RecordRef &b);
    // Removes the link between two records (either direction); no link is no error. Undoes link().
    Status unlink(const RecordRef &a, const RecordRef &b);
    Result<bool> isLinked(const RecordRef &a, const RecordRef &b) const;
    Status split(const RecordRef &ref, bool split = true);

    // Group memberships (WorkspaceGroups.cpp). An import replaces the runtime's memberships in one transaction
    // (a snapshot, like a user import); an empty group or username is refused. Groups are listed by name.
    Result<GroupImportSummary> importGroups(qint64 runtimeId, const QVector<GroupMembership> &memberships);
    Result<QVector<GroupInfo>> groups(qint64 infraId) const;

private:
    explicit Workspace(QString path, QString connectionName);
    Result<ImportSummary> importInTransaction(qint64 infraId, qint64 runtimeId, const QString &newRuntime,
                                              const QVector<UserRecord> &records, ImportMode mode,
                                              const std::atomic_bool *cancelled,
                                              const std::function<void(qint64)> &progress, ShrinkPolicy shrink);
    Status applyDecision(const QVector<RecordRef> &refs, const QString &kind, std::optional<bool> value,
                         const std::function<void(qint64)> &progress = {});
    QString explainPlatform(qint64 infraId, const UserRow &row, TenantKind kind,
                            const std::optional<PlatformVersion> &version, const QSet<QString> &owned) const;

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<CountsEngine> m_engine;
    std::unique_ptr<struct BusyWait> m_busy;
};

} // namespace hc
