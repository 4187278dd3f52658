#pragma once

// The values the storage layer's stores take and give (Workspace, InfrastructureStore, UserQueries, ...).

#include "Counts.h"
#include "Result.h"
#include "Rules.h"
#include "Tenancy.h"
#include "UserRecord.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <optional>

namespace hc {

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

// An import's records streamed (SPEC §8: a large export is never held whole): the source hands each batch, in file
// order, to `deliver`, stops when `deliver` fails (cancel, refusal) and returns how the read went. A failure of
// either ends the import, which then changes nothing.
using RecordBatchHandler = std::function<Status(const QVector<UserRecord> &batch)>;
using RecordSource = std::function<Status(const RecordBatchHandler &deliver)>;

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

} // namespace hc
