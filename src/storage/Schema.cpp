#include "Schema.h"

#include "CountsHistory.h"
#include "AggregateKeys.h"
#include "CountsRebuild.h"
#include "RuntimeKeySet.h"
#include "SqlDialect.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace hc::Schema {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Schema)
};

// Migration N takes a workspace from version N-1 to N. Append new ones; never edit a released one.
const QStringList &migrationTo1()
{
    static const QStringList statements = {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE infrastructure ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE,"
                       " model TEXT NOT NULL,"
                       " cap_internal INTEGER, cap_external INTEGER, cap_named INTEGER)"),
        QStringLiteral("CREATE TABLE runtime ("
                       " id INTEGER PRIMARY KEY,"
                       " infra_id INTEGER NOT NULL REFERENCES infrastructure(id) ON DELETE CASCADE,"
                       " name TEXT NOT NULL,"
                       " last_import TEXT,"
                       " UNIQUE (infra_id, name))"),
        QStringLiteral("CREATE TABLE owned_domain ("
                       " infra_id INTEGER NOT NULL REFERENCES infrastructure(id) ON DELETE CASCADE,"
                       " normalized TEXT NOT NULL,"
                       " typed TEXT NOT NULL,"
                       " PRIMARY KEY (infra_id, normalized))"),
        // One row per record of a runtime's export. The Password column has no place here on purpose.
        // email_key .. split are derived by the rules (core) when the row is written, so queries never recompute them.
        QStringLiteral("CREATE TABLE user_record ("
                       " id INTEGER PRIMARY KEY,"
                       " runtime_id INTEGER NOT NULL REFERENCES runtime(id) ON DELETE CASCADE,"
                       " source_id TEXT NOT NULL, name TEXT NOT NULL, username TEXT NOT NULL, email TEXT NOT NULL,"
                       " phone TEXT NOT NULL, external_id TEXT NOT NULL, tenant TEXT NOT NULL,"
                       " creation_date TEXT NOT NULL, last_login TEXT NOT NULL,"
                       " active INTEGER NOT NULL, it_user INTEGER NOT NULL,"
                       " email_key TEXT NOT NULL, domain TEXT NOT NULL, email_source INTEGER NOT NULL,"
                       " username_key TEXT NOT NULL,"
                       " it_override INTEGER, deactivated_here INTEGER NOT NULL DEFAULT 0, split INTEGER NOT NULL DEFAULT 0,"
                       " status INTEGER NOT NULL,"
                       " individual INTEGER)"),
        // Lookup keys instead of text indexes on user_record: a 64-bit hash of each e-mail and username key
        // (CountsEngine::keyHash), written sorted after each import — far cheaper than maintaining text indexes.
        // A hash match is a candidate only; readers compare the real keys. Records of a runtime are the id range
        // [runtime_id << 32, (runtime_id + 1) << 32), so they need no index at all.
        QStringLiteral("CREATE TABLE user_key ("
                       " runtime_id INTEGER NOT NULL, h INTEGER NOT NULL, id INTEGER NOT NULL,"
                       " PRIMARY KEY (runtime_id, h, id)) WITHOUT ROWID"),
        // Administrator decisions, keyed like SPEC §3 says (runtime + tenant + username) so they survive re-imports.
        QStringLiteral("CREATE TABLE decision ("
                       " runtime_id INTEGER NOT NULL REFERENCES runtime(id) ON DELETE CASCADE,"
                       " tenant TEXT NOT NULL, username_key TEXT NOT NULL, kind TEXT NOT NULL, value INTEGER NOT NULL,"
                       " decided_at TEXT NOT NULL,"
                       " PRIMARY KEY (runtime_id, tenant, username_key, kind))"),
        QStringLiteral("CREATE TABLE link ("
                       " id INTEGER PRIMARY KEY,"
                       " runtime_a INTEGER NOT NULL REFERENCES runtime(id) ON DELETE CASCADE, username_a TEXT NOT NULL,"
                       " runtime_b INTEGER NOT NULL REFERENCES runtime(id) ON DELETE CASCADE, username_b TEXT NOT NULL,"
                       " tenant TEXT NOT NULL, decided_at TEXT NOT NULL,"
                       " UNIQUE (runtime_a, username_a, runtime_b, username_b, tenant))"),
        QStringLiteral("CREATE INDEX link_b ON link (runtime_b, username_b)"),
        // Aggregates kept current in the same transaction as every change (R11): records per runtime, status
        // and domain ('' = no valid e-mail) ...
        QStringLiteral("CREATE TABLE agg_runtime ("
                       " runtime_id INTEGER NOT NULL REFERENCES runtime(id) ON DELETE CASCADE,"
                       " status INTEGER NOT NULL, domain TEXT NOT NULL, n INTEGER NOT NULL,"
                       " PRIMARY KEY (runtime_id, status, domain)) WITHOUT ROWID"),
        // ... and individuals per identity key: '@' when one of their records has no valid e-mail (always
        // internal), else their records' distinct domains, sorted, space-separated. A domain change then only
        // needs the keys that contain that domain, never a scan of the records.
        QStringLiteral("CREATE TABLE agg_identity ("
                       " infra_id INTEGER NOT NULL REFERENCES infrastructure(id) ON DELETE CASCADE,"
                       " key TEXT NOT NULL, individuals INTEGER NOT NULL,"
                       " PRIMARY KEY (infra_id, key)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE agg_identity_domain ("
                       " infra_id INTEGER NOT NULL REFERENCES infrastructure(id) ON DELETE CASCADE,"
                       " domain TEXT NOT NULL, key TEXT NOT NULL,"
                       " PRIMARY KEY (infra_id, domain, key)) WITHOUT ROWID"),
        QStringLiteral("INSERT INTO meta (key, value) VALUES ('application', 'headcount')"),
        QStringLiteral("INSERT INTO infrastructure (name, model) VALUES ('default', 'internal-external')"),
    };
    return statements;
}

// Version 2: group memberships per runtime (issue 4), a snapshot replaced by each group import. Members are kept by
// username key + tenant like decisions ('' = the username in any tenant), so they survive user re-imports.
const QStringList &migrationTo2()
{
    static const QStringList statements = {
        QStringLiteral("CREATE TABLE user_group ("
                       " runtime_id INTEGER NOT NULL REFERENCES runtime(id) ON DELETE CASCADE,"
                       " group_name TEXT NOT NULL, username_key TEXT NOT NULL, tenant TEXT NOT NULL,"
                       " PRIMARY KEY (runtime_id, group_name, username_key, tenant)) WITHOUT ROWID"),
    };
    return statements;
}

// Version 3 (issue 7): tenant kinds and the platform version per infrastructure, each record's platform user and
// the platform-estimate aggregates (R12), records per tenant. The revised R6 changes who is one individual, so the
// migration recounts every infrastructure from its records (CountsRebuild) in the same transaction.
const QStringList &migrationTo3()
{
    static const QStringList statements = {
        QStringLiteral("ALTER TABLE infrastructure ADD COLUMN platform_version TEXT"),
        QStringLiteral("CREATE TABLE tenant_kind ("
                       " infra_id INTEGER NOT NULL REFERENCES infrastructure(id) ON DELETE CASCADE,"
                       " tenant TEXT NOT NULL, kind INTEGER NOT NULL,"
                       " PRIMARY KEY (infra_id, tenant)) WITHOUT ROWID"),
        QStringLiteral("ALTER TABLE user_record ADD COLUMN platform_user INTEGER"),
        QStringLiteral("CREATE TABLE agg_platform ("
                       " runtime_id INTEGER NOT NULL REFERENCES runtime(id) ON DELETE CASCADE,"
                       " key TEXT NOT NULL, users INTEGER NOT NULL,"
                       " PRIMARY KEY (runtime_id, key)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE agg_platform_domain ("
                       " runtime_id INTEGER NOT NULL REFERENCES runtime(id) ON DELETE CASCADE,"
                       " domain TEXT NOT NULL, key TEXT NOT NULL,"
                       " PRIMARY KEY (runtime_id, domain, key)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE agg_tenant ("
                       " runtime_id INTEGER NOT NULL REFERENCES runtime(id) ON DELETE CASCADE,"
                       " tenant TEXT NOT NULL, n INTEGER NOT NULL,"
                       " PRIMARY KEY (runtime_id, tenant)) WITHOUT ROWID"),
    };
    return statements;
}

// Version 4 (issue 9): the count history, one snapshot per change (CountsHistory), and the capacities of the time.
const QStringList &migrationTo4()
{
    static const QStringList statements = {
        QStringLiteral("CREATE TABLE count_snapshot ("
                       " id INTEGER PRIMARY KEY,"
                       " infra_id INTEGER NOT NULL REFERENCES infrastructure(id) ON DELETE CASCADE,"
                       " taken_at TEXT NOT NULL, model TEXT NOT NULL,"
                       " unique_internal INTEGER NOT NULL, unique_external INTEGER NOT NULL,"
                       " cap_internal INTEGER, cap_external INTEGER, cap_named INTEGER)"),
        QStringLiteral("CREATE INDEX count_snapshot_time ON count_snapshot (infra_id, taken_at)"),
    };
    return statements;
}

// Version 5 (issues 10, 11): each runtime's key set, the persistent merge state an import matches against
// (RuntimeKeySet), built from user_key by the migration; each record's serial, a number per infrastructure that a
// record keeps across re-imports (matched by Id, else Username), after which individuals are named (small, stable
// numbers instead of record ids such as 4294967298).
const QStringList &migrationTo5()
{
    static const QStringList statements = {
        QStringLiteral("CREATE TABLE runtime_keyset ("
                       " runtime_id INTEGER PRIMARY KEY REFERENCES runtime(id) ON DELETE CASCADE,"
                       " hashes BLOB NOT NULL)"),
        QStringLiteral("ALTER TABLE user_record ADD COLUMN serial INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE infrastructure ADD COLUMN next_serial INTEGER NOT NULL DEFAULT 1"),
    };
    return statements;
}

// Serials for the records of a workspace from before version 5, in record id order per infrastructure, so the
// smallest serial of an individual is that of its smallest record id, the record it was named after: renaming
// each individual by that record's serial keeps every individual as it was.
const QStringList &serialsFromVersion4()
{
    static const QStringList statements = {
        QStringLiteral("UPDATE user_record AS u SET serial = s.n FROM"
                       " (SELECT v.id, ROW_NUMBER() OVER (PARTITION BY r.infra_id ORDER BY v.id) AS n"
                       "  FROM user_record v JOIN runtime r ON r.id = v.runtime_id) AS s WHERE u.id = s.id"),
        QStringLiteral("UPDATE infrastructure SET next_serial = 1 + (SELECT COALESCE(MAX(u.serial), 0)"
                       " FROM runtime r JOIN user_record u ON u.runtime_id = r.id WHERE r.infra_id = infrastructure.id)"),
    };
    return statements;
}

QString individualsBySerial()
{
    return QStringLiteral("UPDATE user_record SET individual = (SELECT s.serial FROM user_record s"
                          " WHERE s.id = user_record.individual) WHERE individual IS NOT NULL");
}

// The history of a workspace from before version 4 starts with the counts of the day it was upgraded (a new one:
// with its empty default infrastructure).
Status recordFirstSnapshots(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id FROM infrastructure ORDER BY id")))
        return Status::failure(Tr::tr("Database error: %1").arg(q.lastError().text()));
    QVector<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    if (q.lastError().isValid())
        return Status::failure(Tr::tr("Database error: %1").arg(q.lastError().text()));
    const CountsHistory history(db);
    const QDateTime at = CountsHistory::now();
    for (qint64 id : std::as_const(ids)) {
        if (Status s = history.record(id, at); !s)
            return s;
    }
    return {};
}

// A schema statement, as written above in SQLite's words, in the connection's dialect (unchanged on SQLite).
Status exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(SqlDialect::of(db).ddl(sql)))
        return Status::failure(Tr::tr("Database error: %1").arg(q.lastError().text()));
    return {};
}

// The schema version of a workspace: 0 for an empty database; a failure for a foreign, damaged or newer one.
Result<qint64> readVersion(QSqlDatabase &db)
{
    using R = Result<qint64>;
    QSqlQuery q(db);
    if (!q.exec(SqlDialect::of(db).tablesQuery()))
        return R::failure(Tr::tr("Not a Headcount workspace, or a damaged one: %1").arg(q.lastError().text()));
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    if (q.lastError().isValid())
        return R::failure(Tr::tr("The workspace is damaged: %1").arg(q.lastError().text()));
    q.finish();
    if (tables.isEmpty())
        return R(0);
    if (!tables.contains(QStringLiteral("meta")))
        return R::failure(Tr::tr("Not a Headcount workspace (it holds other tables)."));
    QSqlQuery v(db);
    if (!v.exec(QStringLiteral("SELECT key, value FROM meta WHERE key IN ('application', 'schema_version')")))
        return R::failure(Tr::tr("The workspace is damaged: %1").arg(v.lastError().text()));
    QString application;
    qint64 version = 0;
    while (v.next()) {
        if (v.value(0).toString() == u"application")
            application = v.value(1).toString();
        else if (bool ok = false; (version = v.value(1).toString().trimmed().toLongLong(&ok)), !ok)
            version = -1; // not a number: damaged (a 64-bit read, so a huge version cannot wrap to an old one)
    }
    if (v.lastError().isValid())
        return R::failure(Tr::tr("The workspace is damaged: %1").arg(v.lastError().text()));
    if (application != u"headcount" || version <= 0)
        return R::failure(Tr::tr("Not a Headcount workspace, or a damaged one (no schema version)."));
    if (version > CurrentVersion)
        return R::failure(Tr::tr("This workspace was written by a newer Headcount (schema version %1; this "
                                 "version reads up to %2). It was not modified.")
                              .arg(version)
                              .arg(CurrentVersion));
    return R(version);
}

} // namespace

Status migrate(QSqlDatabase &db)
{
    const auto seen = readVersion(db);
    if (!seen)
        return Status::failure(seen.error());
    if (*seen == CurrentVersion)
        return {};
    // A writer from the start; read again under the lock, as another process may have migrated meanwhile.
    Transaction tx(db);
    if (!tx.isOpen())
        return Status::failure(tx.startError());
    const auto version = readVersion(db);
    if (!version)
        return Status::failure(version.error());
    if (*version == CurrentVersion)
        return {};
    const QVector<const QStringList *> migrations = {&migrationTo1(), &migrationTo2(), &migrationTo3(),
                                                       &migrationTo4(), &migrationTo5()};
    for (int to = int(*version) + 1; to <= CurrentVersion; ++to) {
        for (const QString &sql : *migrations[to - 1]) {
            if (Status s = exec(db, sql); !s)
                return s;
        }
    }
    // Serials first: the version-3 recount below names individuals after them.
    if (*version > 0 && *version < 5) {
        sqlite3 *handle = sqliteHandle(db);
        if (!handle)
            return Status::failure(Tr::tr("Cannot upgrade this workspace: it needs the SQLite driver."));
        if (Status s = RuntimeKeySet::rebuildAll(handle); !s)
            return s;
        for (const QString &sql : serialsFromVersion4()) {
            if (Status s = exec(db, sql); !s)
                return s;
        }
    }
    if (*version > 0 && *version < 3) {
        if (Status s = CountsRebuild::runAll(db); !s)
            return s;
    } else if (*version > 0 && *version < 5) {
        if (Status s = exec(db, individualsBySerial()); !s)
            return s;
    }
    if (*version < 4) {
        if (Status s = recordFirstSnapshots(db); !s)
            return s;
    }
    QSqlQuery set(db);
    set.prepare(SqlDialect::of(db).upsert(QStringLiteral("meta"), {QStringLiteral("key"), QStringLiteral("value")},
                                          {QStringLiteral("key")}));
    set.addBindValue(QStringLiteral("schema_version"));
    set.addBindValue(QString::number(CurrentVersion));
    if (!set.exec())
        return Status::failure(Tr::tr("Cannot write the schema: %1").arg(set.lastError().text()));
    return tx.commit();
}

} // namespace hc::Schema
