#pragma once

#include "Result.h"
#include "StorageTypes.h"

#include <QHash>
#include <QSqlDatabase>

#include <QSet>
#include <QSqlRecord>
#include <QString>

class QSqlQuery;

namespace hc {
class DbStatement;
}

namespace hc {

// The administrator's decisions that a stored record carries (kept in its derived columns).
struct StoredDecisions
{
    Overrides overrides;
    bool split = false;
};

// The decision table's rows (SPEC §3: runtime + tenant + username key + kind), as the import and the recount read
// them back; DecisionStore writes them.
namespace DecisionRows {

enum class Kind { ItUser, Deactivated, Split };
// decision.kind as stored: "it_user", "deactivated", "split".
QString kindName(Kind kind);
// Adds one stored row to a record's decisions (an unknown kind is ignored: a newer Headcount's decision).
void apply(StoredDecisions &decisions, const QString &kind, bool value);
// Every decision of one runtime, by Sql::decisionKey(tenant, username key).
[[nodiscard]] Result<QHash<QString, StoredDecisions>> load(const QSqlDatabase &db, qint64 runtimeId);

} // namespace DecisionRows

// A record as stored, with what import and decisions need.
struct StoredRecord
{
    qint64 id = 0;
    qint64 runtimeId = 0;
    UserRecord record;
    RecordFacts facts;
    StoredDecisions decisions;
    qint64 individual = 0;
};

// The one row mapper of user_record (STYLE: columns read by name, never by position): a query selects
// RecordMapper::columns() (plus "r.name AS runtime_name" for a listed user) and reads each row back with read().
// The column indexes are looked up by name once per query, not per row.
class RecordMapper
{
public:
    // The selected columns of user_record under the alias `u`, each under its own name.
    static QString columns();
    // The runtime's name, for listed users.
    static QString runtimeNameColumn() { return QStringLiteral("r.name AS runtime_name"); }

    // Resolves the indexes from an executed query's record; valid() is false when a column is missing.
    explicit RecordMapper(const QSqlRecord &record);
    // For a DbStatement that selects columns() (then runtimeNameColumn() when `listed`): the indexes follow from
    // the list itself, which is the one both are built from.
    enum class Listed { No, Yes };
    explicit RecordMapper(Listed listed);
    bool valid() const { return m_valid; }
    // Why it is not valid: the first column the query does not have (a programming error, reported, never read
    // as empty values).
    QString missingColumn() const { return m_missing; }

    StoredRecord read(const QSqlQuery &q) const;
    StoredRecord read(const DbStatement &q) const;
    // A listed user: the stored record with its class (counted records of the internal-external model only).
    UserRow userRow(const QSqlQuery &q, LicenceModel model, const QSet<QString> &owned) const;
    UserRow userRow(const DbStatement &q, LicenceModel model, const QSet<QString> &owned) const;

private:
    enum Column {
        Id, RuntimeId, SourceId, Name, Username, Email, Phone, ExternalId, Tenant, CreationDate, LastLogin, Active,
        ItUser, EmailKey, Domain, EmailSource_, UsernameKey, ItOverride, DeactivatedHere, Split, Status, Individual,
        RuntimeName, ColumnCount
    };
    template <typename Row>
    StoredRecord readRow(const Row &q) const;
    template <typename Row>
    UserRow listedRow(const Row &q, LicenceModel model, const QSet<QString> &owned) const;

    int m_index[ColumnCount];
    bool m_valid = true;
    QString m_missing;
};

} // namespace hc
