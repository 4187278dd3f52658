#include "Workspace.h"

#include "AggregateKeys.h"
#include "CountsEngine.h"
#include "Recount.h"
#include "RuntimeImport.h"
#include "Schema.h"
#include "StorageErrors.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <sqlite3.h>

#include <tuple>

namespace hc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};

QString dbError(const QString &what, const QSqlError &e)
{
    return StorageErrors::failure(what, e);
}

// QSqlQuery binds a null QString as SQL NULL; text columns are NOT NULL and compared with '=', so bind "".
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString decisionKey(const QString &tenant, const QString &usernameKey)
{
    return tenant + QChar(0x1f) + usernameKey;
}

struct Decisions
{
    Overrides overrides;
    bool split = false;
};

// A record as stored, with what import and decisions need.
struct StoredRecord
{
    qint64 id = 0;
    qint64 runtimeId = 0;
    UserRecord record;
    RecordFacts facts;
    Decisions decisions;
    qint64 individual = 0;
};

const QString RecordColumns = QStringLiteral(
    "u.id, u.runtime_id, u.source_id, u.name, u.username, u.email, u.phone, u.external_id, u.tenant,"
    " u.creation_date, u.last_login, u.active, u.it_user, u.email_key, u.domain, u.email_source, u.username_key,"
    " u.it_override, u.deactivated_here, u.split, u.status, u.individual");

StoredRecord readRecord(const QSqlQuery &q, int offset = 0)
{
    StoredRecord s;
    s.id = q.value(offset + 0).toLongLong();
    s.runtimeId = q.value(offset + 1).toLongLong();
    UserRecord &r = s.record;
    r.sourceId = q.value(offset + 2).toString();
    r.name = q.value(offset + 3).toString();
    r.username = q.value(offset + 4).toString();
    r.email = q.value(offset + 5).toString();
    r.phone = q.value(offset + 6).toString();
    r.externalId = q.value(offset + 7).toString();
    r.tenant = q.value(offset + 8).toString();
    r.creationDate = q.value(offset + 9).toString();
    r.lastLogin = q.value(offset + 10).toString();
    r.active = q.value(offset + 11).toBool();
    r.itUser = q.value(offset + 12).toBool();
    s.facts.emailKey = q.value(offset + 13).toString();
    s.facts.domain = q.value(offset + 14).toString();
    s.facts.emailSource = EmailSource(q.value(offset + 15).toInt());
    s.facts.usernameKey = q.value(offset + 16).toString();
    if (!q.isNull(offset + 17))
        s.decisions.overrides.itUser = q.value(offset + 17).toBool();
    if (q.value(offset + 18).toBool())
        s.decisions.overrides.deactivated = true;
    s.decisions.split = q.value(offset + 19).toBool();
    s.facts.status = RecordStatus(q.value(offset + 20).toInt());
    s.individual = q.value(offset + 21).toLongLong();
    return s;
}

// A listed user: the stored record with its class (counted records of the internal-external model only).
UserRow toUserRow(const QSqlQuery &q, LicenceModel model, const QSet<QString> &owned)
{
    const StoredRecord s = readRecord(q);
    UserRow row;
    row.recordId = s.id;
    row.runtime = q.value(22).toString();
    row.record = s.record;
    row.status = s.facts.status;
    if (row.status == RecordStatus::Counted) {
        row.individual = s.individual;
        if (model == LicenceModel::InternalExternal)
            row.userClass = Rules::classify(s.facts.domain, owned);
    }
    row.itOverride = s.decisions.overrides.itUser.has_value();
    row.deactivatedHere = s.decisions.overrides.deactivated.value_or(false);
    row.split = s.decisions.split;
    return row;
}

Result<InfrastructureInfo> readInfra(QSqlQuery &q)
{
    InfrastructureInfo info;
    info.id = q.value(0).toLongLong();
    info.name = q.value(1).toString();
    info.model = licenceModelFromString(q.value(2).toString()).value_or(LicenceModel::InternalExternal);
    auto cap = [&](int column) -> std::optional<qint64> {
        return q.isNull(column) ? std::nullopt : std::optional<qint64>(q.value(column).toLongLong());
    };
    info.capacity = {cap(3), cap(4), cap(5)};
    info.platformVersion = q.value(6).toString();
    return info;
}

// The infrastructure a runtime belongs to.
Result<qint64> infraOfRuntime(const QSqlDatabase &db, qint64 runtimeId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT infra_id FROM runtime WHERE id = ?"));
    q.addBindValue(runtimeId);
    if (!q.exec() || !q.next())
        return Result<qint64>::failure(Tr::tr("No runtime with id %1.").arg(runtimeId));
    return q.value(0).toLongLong();
}

} // namespace

// The busy handler's state: one wait at a time per connection.
struct BusyWait
{
    QElapsedTimer since;
    bool notified = false;
    int timeoutMs = Workspace::DefaultBusyTimeoutMs;
    bool noWait = false; // a poll that must not hold up its thread (Workspace::dataVersion)
    std::function<void()> notify;
};

namespace {

int busyHandler(void *context, int count)
{
    auto *wait = static_cast<BusyWait *>(context);
    if (wait->noWait)
        return 0;
    if (count == 0) {
        wait->since.start();
        wait->notified = false;
    }
    const qint64 waited = wait->since.elapsed();
    if (waited >= wait->timeoutMs)
        return 0; // give up: the caller reports "busy"
    if (waited >= 1000 && !wait->notified) {
        wait->notified = true;
        if (wait->notify)
            wait->notify();
    }
    sqlite3_sleep(count < 20 ? 5 : 20);
    return 1;
}

// What can be checked cheaply on open (SPEC §7): a file cut short or grown past its last page is damaged. The full
// check reads every page (Workspace::integrityCheck, `headcount-cli check`).
Status checkFileSize(QSqlDatabase &db, const QString &file)
{
    if (QFileInfo(file).size() == 0)
        return {};
    // Read the page count and the file's size under one read transaction: the shared lock keeps other processes
    // from writing the file meanwhile (a writer extends it before it commits, and SQLite rolls a hot journal back
    // before granting the lock), so a difference is damage, not a writer caught in the middle of a commit.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN")))
        return Status::failure(StorageErrors::failure(Tr::tr("opening"), q.lastError()));
    const auto end = qScopeGuard([&db] { QSqlQuery(db).exec(QStringLiteral("ROLLBACK")); });
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")) || !q.next()) // takes the shared lock
        return Status::failure(StorageErrors::failure(Tr::tr("opening"), q.lastError()));
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA page_size")) || !q.next())
        return Status::failure(StorageErrors::failure(Tr::tr("opening"), q.lastError()));
    const qint64 pageSize = q.value(0).toLongLong();
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA page_count")) || !q.next())
        return Status::failure(StorageErrors::failure(Tr::tr("opening"), q.lastError()));
    const qint64 pages = q.value(0).toLongLong();
    q.finish();
    const qint64 size = QFileInfo(file).size();
    if (pageSize <= 0 || size % pageSize != 0 || size / pageSize != pages)
        return Status::failure(StorageErrors::damaged(
            Tr::tr("the file holds %1 bytes, the database says %2 pages of %3").arg(size).arg(pages).arg(pageSize)));
    return {};
}

const QString InfraColumns = QStringLiteral("id, name, model, cap_internal, cap_external, cap_named, COALESCE(platform_version, '')");

} // namespace

Workspace::Workspace(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

Workspace::~Workspace()
{
    m_engine.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<QStringList> Workspace::integrityCheck() const
{
    using R = Result<QStringList>;
    QStringList problems;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return R::failure(StorageErrors::failure(Tr::tr("checking the workspace"), q.lastError()));
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != u"ok")
            problems << line;
    }
    if (q.lastError().isValid())
        problems << q.lastError().text();
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return R::failure(StorageErrors::failure(Tr::tr("checking the workspace"), q.lastError()));
    while (q.next())
        problems << Tr::tr("row %1 of table %2 refers to a missing row of %3").arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString());
    if (q.lastError().isValid())
        problems << q.lastError().text();
    return problems;
}

Result<std::optional<qint64>> Workspace::dataVersion() const
{
    using R = Result<std::optional<qint64>>;
    sqlite3 *handle = sqliteHandle(database());
    if (!handle)
        return R::failure(Tr::tr("The workspace is not open."));
    // Inside a transaction the value says nothing about other connections, and re-reading then would see half of
    // a change of our own.
    if (!sqlite3_get_autocommit(handle))
        return R(std::nullopt);
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(handle, "PRAGMA data_version", -1, &stmt, nullptr);
    qint64 version = 0;
    if (rc == SQLITE_OK) {
        // A writer holding the lock makes this busy at once instead of after the 30 s a change may wait.
        m_busy->noWait = true;
        rc = sqlite3_step(stmt);
        m_busy->noWait = false;
        if (rc == SQLITE_ROW)
            version = sqlite3_column_int64(stmt, 0);
    }
    const QByteArray message(sqlite3_errmsg(handle));
    sqlite3_finalize(stmt);
    if (rc == SQLITE_ROW)
        return R(std::optional<qint64>(version));
    if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
        return R(std::nullopt);
    return R::failure(StorageErrors::failure(Tr::tr("checking for changes"), rc, message.constData()));
}

void Workspace::setBusyNotifier(std::function<void()> notify)
{
    m_busy->notify = std::move(notify);
}

QSqlDatabase Workspace::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Workspace::defaultPath()
{
    const QString env = qEnvironmentVariable("HEADCOUNT_DB");
    if (!env.isEmpty())
        return env;
    // GenericDataLocation + our folder, so the GUI and the CLI agree whatever their application names.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/Headcount/workspace.headcount");
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path)
{
    using R = Result<std::unique_ptr<Workspace>>;
    if (path.isEmpty())
        return R::failure(Tr::tr("No workspace file given."));
    // SPEC §7: a --db value that is not a file path is refused, never taken for a file named "postgresql:" in the
    // current folder. Shared PostgreSQL workspaces are not in this version (issue 12).
    static const QRegularExpression url(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    if (url.match(path).hasMatch()) {
        return R::failure(path.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
                              ? Tr::tr("%1: shared PostgreSQL workspaces are not supported by this version of "
                                       "Headcount; give the path of a workspace file.").arg(path)
                              : Tr::tr("%1: not a workspace file path (only files are supported).").arg(path));
    }
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return R::failure(Tr::tr("%1: not a file.").arg(path));
    if (info.exists() && info.size() > 0) {
        // Refuse anything that is not SQLite before the driver can touch it.
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return R::failure(Tr::tr("%1: cannot read: %2").arg(path, f.errorString()));
        if (f.read(16) != QByteArrayLiteral("SQLite format 3\0").left(16))
            return R::failure(Tr::tr("%1: not a Headcount workspace (not an SQLite database).").arg(path));
    } else if (info.exists()) {
        // An empty file (e.g. made by touch, or with a permissive umask) becomes a workspace readable by its owner
        // only, as a new one would be (SPEC §7).
        if (!QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return R::failure(Tr::tr("%1: cannot make the file private to its owner.").arg(path));
    } else {
        if (!QDir().mkpath(info.absolutePath()))
            return R::failure(Tr::tr("%1: cannot create the folder %2.").arg(path, info.absolutePath()));
        // Created readable by its owner only, before SQLite opens it (its journal inherits the mode).
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return R::failure(Tr::tr("%1: cannot create: %2").arg(path, f.errorString()));
    }

    const QString connection = QStringLiteral("headcount-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Workspace> ws(new Workspace(info.absoluteFilePath(), connection));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(info.absoluteFilePath());
        if (!db.open())
            return R::failure(Tr::tr("%1: cannot open: %2").arg(path, db.lastError().text()));
        sqlite3 *handle = sqliteHandle(db);
        if (!handle)
            return R::failure(Tr::tr("%1: the database driver gives no SQLite handle.").arg(path));
        ws->m_busy = std::make_unique<BusyWait>();
        bool ok = false;
        const int timeout = qEnvironmentVariableIntValue("HEADCOUNT_BUSY_TIMEOUT_MS", &ok);
        if (ok && timeout >= 0)
            ws->m_busy->timeoutMs = timeout;
        sqlite3_busy_handler(handle, &busyHandler, ws->m_busy.get());
        QSqlQuery pragma(db);
        // A rollback journal (not WAL): bulk appends stay cheap and the workspace stays crash-safe (SPEC §7).
        for (const char *sql : {"PRAGMA foreign_keys = ON", "PRAGMA cache_size = -65536"}) {
            if (!pragma.exec(QString::fromLatin1(sql)))
                return R::failure(Tr::tr("%1: not a Headcount workspace, or a damaged one: %2")
                                      .arg(path, pragma.lastError().text()));
        }
        if (Status s = checkFileSize(db, info.absoluteFilePath()); !s)
            return R::failure(QStringLiteral("%1: %2").arg(path, s.error()));
        if (Status s = Schema::migrate(db); !s)
            return R::failure(QStringLiteral("%1: %2").arg(path, s.error()));
        ws->m_engine = std::make_unique<CountsEngine>(db);
    }
    return R(std::move(ws));
}

// ---- infrastructures --------------------------------------------------------------------------------------

Result<QVector<InfrastructureInfo>> Workspace::infrastructures() const
{
    using R = Result<QVector<InfrastructureInfo>>;
    QVector<InfrastructureInfo> list;
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT %1 FROM infrastructure ORDER BY name").arg(InfraColumns)))
        return R::failure(StorageErrors::failure(Tr::tr("reading infrastructures"), q.lastError()));
    while (q.next())
        list.append(*readInfra(q));
    if (q.lastError().isValid())
        return R::failure(StorageErrors::failure(Tr::tr("reading infrastructures"), q.lastError()));
    return list;
}

Result<InfrastructureInfo> Workspace::infrastructure(const QString &name) const
{
    using R = Result<InfrastructureInfo>;
    if (name.isEmpty()) {
        const auto read = infrastructures();
        if (!read)
            return R::failure(read.error());
        const QVector<InfrastructureInfo> &all = *read;
        if (all.size() == 1)
            return all.first();
        if (all.isEmpty())
            return R::failure(Tr::tr("The workspace has no infrastructure."));
        QStringList names;
        for (const auto &i : all)
            names << i.name;
        return R::failure(Tr::tr("The workspace has several infrastructures (%1): name one with --infra.")
                              .arg(names.join(QStringLiteral(", "))));
    }
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM infrastructure WHERE name = ?").arg(InfraColumns));
    q.addBindValue(name);
    if (!q.exec())
        return R::failure(dbError(Tr::tr("reading infrastructures"), q.lastError()));
    if (!q.next())
        return R::failure(Tr::tr("No infrastructure named \"%1\".").arg(name));
    return readInfra(q);
}

Result<InfrastructureInfo> Workspace::infrastructureById(qint64 id) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM infrastructure WHERE id = ?").arg(InfraColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return Result<InfrastructureInfo>::failure(Tr::tr("No infrastructure with id %1.").arg(id));
    return readInfra(q);
}

Result<InfrastructureInfo> Workspace::addInfrastructure(const QString &name, LicenceModel model,
                                                        const QString &platformVersion)
{
    using R = Result<InfrastructureInfo>;
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return R::failure(Tr::tr("An infrastructure needs a name."));
    const auto version = PlatformVersion::parse(platformVersion);
    if (!platformVersion.trimmed().isEmpty() && !version)
        return R::failure(Tr::tr("\"%1\" is not a platform version (e.g. 11.20.1).").arg(platformVersion));
    if (infrastructure(trimmed).ok())
        return R::failure(Tr::tr("An infrastructure named \"%1\" already exists.").arg(trimmed));
    QSqlDatabase db = database();
    Transaction tx(db);
    if (!tx.isOpen())
        return Result<InfrastructureInfo>::failure(tx.startError());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO infrastructure (name, model, platform_version) VALUES (?, ?, ?)"));
    q.addBindValue(trimmed);
    q.addBindValue(toString(model));
    q.addBindValue(version ? QVariant(version->toString()) : QVariant(QMetaType::fromType<QString>()));
    if (!q.exec())
        return R::failure(dbError(Tr::tr("adding an infrastructure"), q.lastError()));
    tx.snapshotCounts(q.lastInsertId().toLongLong()); // the history starts with the empty infrastructure
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    return infrastructure(trimmed);
}

Status Workspace::setCapacity(qint64 infraId, const Capacity &capacity)
{
    for (const auto &value : {capacity.internal, capacity.external, capacity.named}) {
        if (value && *value < 0)
            return Status::failure(Tr::tr("A capacity cannot be negative."));
    }
    QSqlDatabase db = database();
    Transaction tx(db);
    if (!tx.isOpen())
        return Status::failure(tx.startError());
    tx.snapshotCounts(infraId);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE infrastructure SET cap_internal = ?, cap_external = ?, cap_named = ? WHERE id = ?"));
    for (const auto &value : {capacity.internal, capacity.external, capacity.named})
        q.addBindValue(value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(infraId);
    if (!q.exec())
        return Status::failure(dbError(Tr::tr("setting capacities"), q.lastError()));
    if (q.numRowsAffected() != 1)
        return Status::failure(Tr::tr("No infrastructure with id %1.").arg(infraId));
    return tx.commit();
}

// ---- runtimes ----------------------------------------------------------------------------------------------

Result<QVector<RuntimeInfo>> Workspace::runtimes(qint64 infraId) const
{
    using R = Result<QVector<RuntimeInfo>>;
    QVector<RuntimeInfo> list;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT r.id, r.name, r.last_import,"
                             " (SELECT COALESCE(SUM(n), 0) FROM agg_runtime a WHERE a.runtime_id = r.id)"
                             " FROM runtime r WHERE r.infra_id = ? ORDER BY r.name"));
    q.addBindValue(infraId);
    if (!q.exec())
        return R::failure(StorageErrors::failure(Tr::tr("reading runtimes"), q.lastError()));
    while (q.next()) {
        RuntimeInfo r;
        r.id = q.value(0).toLongLong();
        r.infraId = infraId;
        r.name = q.value(1).toString();
        if (!q.isNull(2))
            r.lastImport = QDateTime::fromString(q.value(2).toString(), Qt::ISODate);
        r.records = q.value(3).toLongLong();
        list.append(r);
    }
    if (q.lastError().isValid())
        return R::failure(StorageErrors::failure(Tr::tr("reading runtimes"), q.lastError()));
    return list;
}

Result<RuntimeInfo> Workspace::runtime(qint64 infraId, const QString &name) const
{
    const auto all = runtimes(infraId);
    if (!all)
        return Result<RuntimeInfo>::failure(all.error());
    for (const RuntimeInfo &r : *all) {
        if (r.name == name)
            return r;
    }
    return Result<RuntimeInfo>::failure(Tr::tr("No runtime named \"%1\".").arg(name));
}

Result<RuntimeInfo> Workspace::addRuntime(qint64 infraId, const QString &name)
{
    using R = Result<RuntimeInfo>;
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return R::failure(Tr::tr("A runtime needs a name."));
    if (runtime(infraId, trimmed).ok())
        return R::failure(Tr::tr("A runtime named \"%1\" already exists.").arg(trimmed));
    QSqlDatabase db = database();
    Transaction tx(db);
    if (!tx.isOpen())
        return Result<RuntimeInfo>::failure(tx.startError());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO runtime (infra_id, name) VALUES (?, ?)"));
    q.addBindValue(infraId);
    q.addBindValue(trimmed);
    if (!q.exec())
        return R::failure(dbError(Tr::tr("adding a runtime"), q.lastError()));
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    return runtime(infraId, trimmed);
}

// ---- domains -----------------------------------------------------------------------------------------------

Result<QVector<DomainInfo>> Workspace::domains(qint64 infraId) const
{
    using R = Result<QVector<DomainInfo>>;
    QVector<DomainInfo> list;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT o.typed, o.normalized,"
                             " (SELECT COALESCE(SUM(a.n), 0) FROM runtime r CROSS JOIN agg_runtime a"
                             "  WHERE r.infra_id = o.infra_id AND a.runtime_id = r.id AND a.status IN (0, 1, 2, 3)"
                             "  AND a.domain = o.normalized)"
                             " FROM owned_domain o WHERE o.infra_id = ? ORDER BY o.normalized"));
    q.addBindValue(infraId);
    if (!q.exec())
        return R::failure(StorageErrors::failure(Tr::tr("reading owned domains"), q.lastError()));
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()});
    // A failed read must never look like "no owned domains": R4 would make everyone internal.
    if (q.lastError().isValid())
        return R::failure(StorageErrors::failure(Tr::tr("reading owned domains"), q.lastError()));
    return list;
}

Result<QSet<QString>> Workspace::ownedDomainSet(qint64 infraId) const
{
    const auto list = domains(infraId);
    if (!list)
        return Result<QSet<QString>>::failure(list.error());
    QSet<QString> owned;
    for (const DomainInfo &d : *list)
        owned.insert(d.normalized);
    return owned;
}

Status Workspace::addDomains(qint64 infraId, const QStringList &domains)
{
    QVector<QPair<QString, QString>> normalized;
    for (const QString &d : domains) {
        const auto n = EmailAddress::normalizeDomain(d);
        if (!n)
            return Status::failure(Tr::tr("\"%1\" is not a valid domain (R1: at least two labels of a-z, 0-9 and -).").arg(d));
        normalized.append({d, *n});
    }
    QSqlDatabase db = database();
    Transaction tx(db);
    if (!tx.isOpen())
        return Status::failure(tx.startError());
    tx.snapshotCounts(infraId);
    QSqlQuery q(db);
    // A domain already listed keeps the spelling it was first typed with.
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO owned_domain (infra_id, normalized, typed) VALUES (?, ?, ?)"));
    for (const auto &[typed, norm] : normalized) {
        q.addBindValue(infraId);
        q.addBindValue(norm);
        q.addBindValue(typed);
        if (!q.exec())
            return Status::failure(dbError(Tr::tr("adding a domain"), q.lastError()));
    }
    return tx.commit();
}

Status Workspace::removeDomains(qint64 infraId, const QStringList &domains)
{
    QSqlDatabase db = database();
    Transaction tx(db);
    if (!tx.isOpen())
        return Status::failure(tx.startError());
    tx.snapshotCounts(infraId);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM owned_domain WHERE infra_id = ? AND normalized = ?"));
    for (const QString &d : domains) {
        const auto n = EmailAddress::normalizeDomain(d);
        if (n) {
            q.addBindValue(infraId);
            q.addBindValue(*n);
            if (!q.exec())
                return Status::failure(dbError(Tr::tr("removing a domain"), q.lastError()));
        }
        if (!n || q.numRowsAffected() == 0)
            return Status::failure(Tr::tr("\"%1\" is not an owned domain of this infrastructure.").arg(d));
    }
    return tx.commit();
}

// ---- import ------------------------------------------------------------------------------------------------

Result<ImportSummary> Workspace::importRecords(qint64 runtimeId, const QVector<UserRecord> &records, ImportMode mode,
                                               const std::atomic_bool *cancelled,
                                               const std::function<void(qint64)> &progress, ShrinkPolicy shrink)
{
    using R = Result<ImportSummary>;
    const auto infraId = infraOfRuntime(database(), runtimeId);
    if (!infraId)
        return R::failure(infraId.error());
    return importInTransaction(*infraId, runtimeId, {}, records, mode, cancelled, progress, shrink);
}

Result<ImportSummary> Workspace::importRecords(qint64 infraId, const QString &runtimeName,
                                               const QVector<UserRecord> &records, ImportMode mode,
                                               const std::atomic_bool *cancelled,
                                               const std::function<void(qint64)> &progress, ShrinkPolicy shrink)
{
    const auto existing = runtime(infraId, runtimeName.trimmed());
    if (existing)
        return importInTransaction(infraId, existing->id, {}, records, mode, cancelled, progress, shrink);
    if (runtimeName.trimmed().isEmpty())
        return Result<ImportSummary>::failure(Tr::tr("A runtime needs a name."));
    return importInTransaction(infraId, 0, runtimeName.trimmed(), records, mode, cancelled, progress, shrink);
}

Result<ImportSummary> Workspace::importInTransaction(qint64 infraId, qint64 runtimeId, const QString &newRuntime,
                                                     const QVector<UserRecord> &records, ImportMode mode,
                                                     const std::atomic_bool *cancelled,
                                                     const std::function<void(qint64)> &progress, ShrinkPolicy shrink)
{
    using R = Result<ImportSummary>;
    QSqlDatabase db = database();
    sqlite3 *handle = nullptr;
    const QVariant v = db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        handle = *static_cast<sqlite3 *const *>(v.constData());
    if (!handle)
        return R::failure(Tr::tr("The database driver gives no SQLite handle."));

    Transaction tx(db);
    if (!tx.isOpen())
        return R::failure(tx.startError());
    tx.snapshotCounts(infraId);
    if (runtimeId == 0) {
        // A new runtime is part of the import's transaction: a failed or cancelled import leaves none behind.
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO runtime (infra_id, name) VALUES (?, ?)"));
        q.addBindValue(infraId);
        q.addBindValue(newRuntime);
        if (!q.exec())
            return R::failure(dbError(Tr::tr("adding a runtime"), q.lastError()));
        runtimeId = q.lastInsertId().toLongLong();
    }
    RuntimeImport import(db, handle, infraId, runtimeId, shrink);
    auto summary = import.run(records, mode, cancelled, progress);
    if (!summary)
        return summary;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE runtime SET last_import = ? WHERE id = ?"));
        q.addBindValue(nowUtc());
        q.addBindValue(runtimeId);
        if (!q.exec())
            return R::failure(dbError(Tr::tr("recording the import"), q.lastError()));
    }
    if (cancelled && cancelled->load())
        return R::failure(Tr::tr("Import cancelled: the workspace was left as it was."));
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    return summary;
}

// ---- counts ------------------------------------------------------------------------------------------------

Result<Workspace::Preview> Workspace::preview(qint64 infraId, const std::function<Status()> &change)
{
    using R = Result<Preview>;
    QSqlDatabase db = database();
    Transaction outer(db); // never committed: its destructor rolls the change back
    if (!outer.isOpen())
        return R::failure(outer.startError());
    Preview p;
    auto before = counts(infraId);
    if (!before)
        return R::failure(before.error());
    p.before = std::move(before).value();
    if (Status s = change(); !s)
        return R::failure(s.error());
    auto after = counts(infraId);
    if (!after)
        return R::failure(after.error());
    p.after = std::move(after).value();
    return p;
}

Result<Counts> Workspace::counts(qint64 infraId) const
{
    return m_engine->counts(infraId);
}

Result<Counts> Workspace::recount(qint64 infraId) const
{
    using R = Result<Counts>;
    const auto infra = infrastructureById(infraId);
    if (!infra)
        return R::failure(infra.error());
    RecountInput input;
    input.infrastructure = infra->name;
    input.model = infra->model;
    input.capacity = infra->capacity;
    input.platformVersion = PlatformVersion::parse(infra->platformVersion);
    const auto kinds = loadTenantKinds(database(), infraId);
    if (!kinds)
        return R::failure(kinds.error());
    input.tenantKinds = *kinds;
    const auto owned = ownedDomainSet(infraId);
    if (!owned)
        return R::failure(owned.error());
    input.ownedDomains = *owned;
    const auto all = runtimes(infraId);
    if (!all)
        return R::failure(all.error());
    QHash<qint64, QString> runtimeNames;
    for (const RuntimeInfo &r : *all) {
        input.runtimes << r.name;
        runtimeNames.insert(r.id, r.name);
    }

    // Decisions are read from their own table (not from the derived columns) so the check is independent.
    QSqlDatabase db = database();
    QHash<QString, Decisions> decisions;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT d.runtime_id, d.tenant, d.username_key, d.kind, d.value FROM decision d"
                                 " JOIN runtime r ON r.id = d.runtime_id WHERE r.infra_id = ?"));
        q.addBindValue(infraId);
        if (!q.exec())
            return R::failure(dbError(Tr::tr("reading decisions"), q.lastError()));
        while (q.next()) {
            Decisions &d = decisions[q.value(0).toString() + QChar(0x1e)
                                     + decisionKey(q.value(1).toString(), q.value(2).toString())];
            const QString kind = q.value(3).toString();
            if (kind == u"it_user")
                d.overrides.itUser = q.value(4).toBool();
            else if (kind == u"deactivated" && q.value(4).toBool())
                d.overrides.deactivated = true;
            else if (kind == u"split")
                d.split = q.value(4).toBool();
        }
        if (q.lastError().isValid())
            return R::failure(dbError(Tr::tr("reading decisions"), q.lastError()));
    }
    QHash<QString, QVector<int>> entriesByRef;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT %1 FROM user_record u JOIN runtime r ON r.id = u.runtime_id"
                                 " WHERE r.infra_id = ? ORDER BY u.id").arg(RecordColumns));
        q.addBindValue(infraId);
        if (!q.exec())
            return R::failure(dbError(Tr::tr("reading records"), q.lastError()));
        while (q.next()) {
            const StoredRecord s = readRecord(q);
            const QString ref = QString::number(s.runtimeId) + QChar(0x1e)
                + decisionKey(s.record.tenant, Rules::usernameKey(s.record.username));
            const Decisions d = decisions.value(ref);
            entriesByRef[ref].append(int(input.entries.size()));
            input.entries.append({runtimeNames.value(s.runtimeId), s.record, d.overrides, d.split});
        }
        if (q.lastError().isValid())
            return R::failure(dbError(Tr::tr("reading records"), q.lastError()));
    }
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT l.runtime_a, l.username_a, l.runtime_b, l.username_b, l.tenant FROM link l"
                                 " JOIN runtime r ON r.id = l.runtime_a WHERE r.infra_id = ?"));
        q.addBindValue(infraId);
        if (!q.exec())
            return R::failure(dbError(Tr::tr("reading links"), q.lastError()));
        while (q.next()) {
            const QString tenant = q.value(4).toString();
            const auto a = entriesByRef.value(q.value(0).toString() + QChar(0x1e) + decisionKey(tenant, q.value(1).toString()));
            const auto b = entriesByRef.value(q.value(2).toString() + QChar(0x1e) + decisionKey(tenant, q.value(3).toString()));
            for (int x : a) {
                for (int y : b)
                    input.links.append({x, y});
            }
        }
        if (q.lastError().isValid())
            return R::failure(dbError(Tr::tr("reading links"), q.lastError()));
    }
    return hc::recount(input);
}

// ---- users -------------------------------------------------------------------------------------------------

namespace {

// The WHERE clause and its bound values for a filter; values are always bound, never spliced into SQL.
struct FilterSql
{
    QString where;
    QVariantList values;
};

FilterSql filterSql(const UserFilter &f, bool hasOwnedDomains)
{
    FilterSql s;
    QStringList conditions{QStringLiteral("r.infra_id = ?")};
    s.values << f.infraId;
    if (f.runtimeId) {
        conditions << QStringLiteral("u.id BETWEEN ? AND ?");
        s.values << RuntimeImport::firstId(*f.runtimeId) << RuntimeImport::lastId(*f.runtimeId);
    }
    if (f.status) {
        conditions << QStringLiteral("u.status = ?");
        s.values << int(*f.status);
    }
    if (f.tenant) {
        conditions << QStringLiteral("u.tenant = ?");
        s.values << text(*f.tenant);
    }
    if (f.userClass) {
        const QString owned = QStringLiteral("(u.domain = '' OR u.domain IN (SELECT normalized FROM owned_domain WHERE infra_id = ?))");
        if (!hasOwnedDomains) {
            conditions << (*f.userClass == UserClass::Internal ? QStringLiteral("u.status = 0") : QStringLiteral("0"));
        } else {
            conditions << QStringLiteral("u.status = 0")
                       << (*f.userClass == UserClass::Internal ? owned : QStringLiteral("NOT ") + owned);
            s.values << f.infraId;
        }
    }
    if (!f.notLoggedInSince.isEmpty()) {
        conditions << QStringLiteral("(u.last_login = '' OR u.last_login < ?)");
        s.values << f.notLoggedInSince;
    }
    if (!f.recordIds.isEmpty()) {
        conditions << QStringLiteral("u.id IN (%1)").arg(QStringList(f.recordIds.size(), QStringLiteral("?")).join(u','));
        for (qint64 id : f.recordIds)
            s.values << id;
    }
    if (!f.group.isEmpty()) {
        // A membership without a tenant names the username in any tenant of its runtime (primary key seek).
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM user_group g WHERE g.runtime_id = u.runtime_id"
                                     " AND g.group_name = ? AND g.username_key = u.username_key"
                                     " AND g.tenant IN ('', u.tenant))");
        s.values << f.group;
    }
    if (!f.search.isEmpty()) {
        QString pattern = f.search;
        pattern.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
        pattern = u'%' + pattern + u'%';
        QStringList any;
        for (const char *column : {"u.username", "u.name", "u.email", "u.phone", "u.external_id"}) {
            any << QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(QLatin1String(column));
            s.values << pattern;
        }
        conditions << u'(' + any.join(QStringLiteral(" OR ")) + u')';
    }
    s.where = conditions.join(QStringLiteral(" AND "));
    return s;
}

// The ORDER BY of a filter, from a fixed list of expressions (nothing the caller writes reaches the SQL); the
// record id ends every order so that LIMIT/OFFSET pages never overlap.
FilterSql orderSql(const UserFilter &f, LicenceModel model, bool hasOwnedDomains)
{
    FilterSql s;
    if (!f.sortBy) {
        s.where = QStringLiteral("r.name, u.username_key, u.id");
        return s;
    }
    QStringList keys;
    switch (*f.sortBy) {
    case UserSort::Runtime: keys << QStringLiteral("r.name"); break;
    case UserSort::Username: keys << QStringLiteral("u.username_key") << QStringLiteral("u.username"); break;
    case UserSort::Name: keys << QStringLiteral("u.name COLLATE NOCASE"); break;
    case UserSort::Email: keys << QStringLiteral("u.email COLLATE NOCASE"); break;
    case UserSort::Phone: keys << QStringLiteral("u.phone"); break;
    case UserSort::Tenant: keys << QStringLiteral("u.tenant"); break;
    case UserSort::LastLogin: keys << QStringLiteral("u.last_login"); break;
    case UserSort::Status: keys << QStringLiteral("u.status"); break;
    case UserSort::Class:
        // internal, external, then records that do not count (no class); the named model has no classes at all.
        if (model == LicenceModel::Named)
            break;
        if (hasOwnedDomains) {
            keys << QStringLiteral("CASE WHEN u.status <> 0 THEN 2 WHEN u.domain = '' OR u.domain IN"
                                   " (SELECT normalized FROM owned_domain WHERE infra_id = ?) THEN 0 ELSE 1 END");
            s.values << f.infraId;
        } else {
            keys << QStringLiteral("u.status <> 0");
        }
        break;
    case UserSort::Individual: keys << QStringLiteral("CASE WHEN u.status = 0 THEN u.individual END"); break;
    }
    keys << QStringLiteral("u.id");
    if (f.descending) {
        for (QString &key : keys)
            key += QStringLiteral(" DESC");
    }
    s.where = keys.join(QStringLiteral(", "));
    return s;
}

// Listing, counting and sorting users read each page once: for that time the connection's page cache is kept small.
// Measured on 1 M records, sorting by name took 1.0 s with 2 MiB and 2.1 s with the usual 64 MiB (page faults), and
// the 64 MiB stayed in the GUI process afterwards (SPEC §8: under 200 MB).
class ScanCache
{
public:
    explicit ScanCache(const QSqlDatabase &db) : m_db(db)
    {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
            m_previous = q.value(0).toLongLong();
        if (m_previous != 0)
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = -2048"));
    }
    ~ScanCache()
    {
        if (m_previous != 0)
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
    }
    ScanCache(const ScanCache &) = delete;
    ScanCache &operator=(const ScanCache &) = delete;

private:
    QSqlDatabase m_db;
    qint64 m_previous = 0;
};

const QString UserSource = QStringLiteral(
    "FROM runtime r CROSS JOIN user_record u WHERE u.id BETWEEN (r.id << 32) AND ((r.id << 32) | 4294967295) AND ");

} // namespace

Result<QVector<UserRow>> Workspace::users(const UserFilter &filter) const
{
    using R = Result<QVector<UserRow>>;
    QVector<UserRow> rows;
    const Status read = forEachUser(
        filter,
        [&rows](const QVector<UserRow> &batch) {
            rows += batch;
            return Status();
        },
        4096);
    if (!read)
        return R::failure(read.error());
    return rows;
}

Status Workspace::forEachUser(const UserFilter &filter, const std::function<Status(const QVector<UserRow> &)> &batch,
                              int batchSize, const std::atomic_bool *cancelled) const
{
    const auto infra = infrastructureById(filter.infraId);
    if (!infra)
        return Status::failure(infra.error());
    const auto ownedRead = ownedDomainSet(filter.infraId);
    if (!ownedRead)
        return Status::failure(ownedRead.error());
    const QSet<QString> &owned = *ownedRead;
    const FilterSql f = filterSql(filter, !owned.isEmpty());
    const FilterSql order = orderSql(filter, infra->model, !owned.isEmpty());
    const ScanCache scanCache(database());
    QSqlQuery q(database());
    q.setForwardOnly(true);
    // No LIMIT clause unless one is asked for: "LIMIT -1" makes SQLite sort through its top-N path, ten times slower
    // on a million rows than its plain sorter.
    const bool paged = filter.limit >= 0 || filter.offset > 0;
    q.prepare(QStringLiteral("SELECT %1, r.name %2%3 ORDER BY %4%5")
                  .arg(RecordColumns, UserSource, f.where, order.where,
                       paged ? QStringLiteral(" LIMIT ? OFFSET ?") : QString()));
    for (const QVariant &v : f.values + order.values)
        q.addBindValue(v);
    if (paged) {
        q.addBindValue(filter.limit);
        q.addBindValue(filter.offset);
    }
    if (!q.exec())
        return Status::failure(dbError(Tr::tr("listing users"), q.lastError()));
    const int size = std::max(1, batchSize);
    QVector<UserRow> rows;
    rows.reserve(std::min(size, 4096));
    while (q.next()) {
        rows.append(toUserRow(q, infra->model, owned));
        if (rows.size() >= size) {
            if (cancelled && cancelled->load())
                return Status::failure(Tr::tr("Cancelled."));
            if (Status s = batch(rows); !s)
                return s;
            rows.clear();
        }
    }
    // A read that stops early is an error, never a short list (SPEC §7).
    if (q.lastError().isValid())
        return Status::failure(dbError(Tr::tr("listing users"), q.lastError()));
    if (cancelled && cancelled->load())
        return Status::failure(Tr::tr("Cancelled."));
    if (!rows.isEmpty())
        return batch(rows);
    return {};
}

Result<qint64> Workspace::userCount(const UserFilter &filter) const
{
    const auto ownedRead = domains(filter.infraId);
    if (!ownedRead)
        return Result<qint64>::failure(ownedRead.error());
    const QVector<DomainInfo> &owned = *ownedRead;
    std::optional<ScanCache> scanCache;
    QSqlQuery q(database());
    if (filter.search.isEmpty() && !filter.tenant && filter.notLoggedInSince.isEmpty() && filter.recordIds.isEmpty()
        && filter.group.isEmpty()) {
        // Runtime, status and class only: the aggregates already count records per runtime, status and domain, so
        // a million records cost a handful of rows, not a scan. Same conditions as filterSql(), on agg_runtime.
        QStringList conditions{QStringLiteral("r.infra_id = ?")};
        QVariantList values{filter.infraId};
        if (filter.runtimeId) {
            conditions << QStringLiteral("r.id = ?");
            values << *filter.runtimeId;
        }
        if (filter.status) {
            conditions << QStringLiteral("a.status = ?");
            values << int(*filter.status);
        }
        if (filter.userClass) {
            const QString ownedSql = QStringLiteral(
                "(a.domain = '' OR a.domain IN (SELECT normalized FROM owned_domain WHERE infra_id = ?))");
            if (owned.isEmpty()) {
                conditions << (*filter.userClass == UserClass::Internal ? QStringLiteral("a.status = 0")
                                                                        : QStringLiteral("0"));
            } else {
                conditions << QStringLiteral("a.status = 0")
                           << (*filter.userClass == UserClass::Internal ? ownedSql : QStringLiteral("NOT ") + ownedSql);
                values << filter.infraId;
            }
        }
        q.prepare(QStringLiteral("SELECT COALESCE(SUM(a.n), 0) FROM runtime r CROSS JOIN agg_runtime a"
                                 " WHERE a.runtime_id = r.id AND %1").arg(conditions.join(QStringLiteral(" AND "))));
        for (const QVariant &v : values)
            q.addBindValue(v);
    } else {
        const FilterSql f = filterSql(filter, !owned.isEmpty());
        scanCache.emplace(database());
        q.prepare(QStringLiteral("SELECT COUNT(*) %1%2").arg(UserSource, f.where));
        for (const QVariant &v : f.values)
            q.addBindValue(v);
    }
    if (!q.exec() || !q.next())
        return Result<qint64>::failure(dbError(Tr::tr("counting users"), q.lastError()));
    return q.value(0).toLongLong();
}

Result<QVector<qint64>> Workspace::userIds(const UserFilter &filter, const std::atomic_bool *cancelled) const
{
    using R = Result<QVector<qint64>>;
    const auto infra = infrastructureById(filter.infraId);
    if (!infra)
        return R::failure(infra.error());
    const auto owned = domains(filter.infraId);
    if (!owned)
        return R::failure(owned.error());
    const bool hasOwned = !owned->isEmpty();
    const FilterSql f = filterSql(filter, hasOwned);
    const FilterSql order = orderSql(filter, infra->model, hasOwned);
    QVariantList values = f.values + order.values;
    QString sql = QStringLiteral("SELECT u.id %1%2 ORDER BY %3").arg(UserSource, f.where, order.where);
    if (filter.limit >= 0 || filter.offset > 0) {
        sql += QStringLiteral(" LIMIT ? OFFSET ?");
        values << filter.limit << filter.offset;
    }

    // Through the C API: a million ids through QSqlQuery cost ~2 s of QVariant traffic, through sqlite3_step ~0.1 s.
    QSqlDatabase db = database();
    const ScanCache scanCache(db);
    sqlite3 *handle = nullptr;
    const QVariant h = db.driver()->handle();
    if (h.isValid() && qstrcmp(h.typeName(), "sqlite3*") == 0)
        handle = *static_cast<sqlite3 *const *>(h.constData());
    if (!handle)
        return R::failure(Tr::tr("The database driver gives no SQLite handle."));
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &stmt, nullptr) != SQLITE_OK)
        return R::failure(Tr::tr("Database error while listing users: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle))));
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> finalizer(stmt, sqlite3_finalize);
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        if (v.typeId() == QMetaType::QString) {
            const QByteArray text = v.toString().toUtf8();
            sqlite3_bind_text(stmt, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        } else {
            sqlite3_bind_int64(stmt, i + 1, v.toLongLong());
        }
    }
    // Polled by SQLite while it scans and sorts, so a cancelled load stops within milliseconds even mid-sort.
    if (cancelled) {
        sqlite3_progress_handler(
            handle, 10000, [](void *flag) { return static_cast<const std::atomic_bool *>(flag)->load() ? 1 : 0; },
            const_cast<std::atomic_bool *>(cancelled));
    }
    QVector<qint64> ids;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        ids.append(sqlite3_column_int64(stmt, 0));
    if (cancelled)
        sqlite3_progress_handler(handle, 0, nullptr, nullptr);
    if (cancelled && cancelled->load())
        return R::failure(Tr::tr("Cancelled."));
    if (rc != SQLITE_DONE)
        return R::failure(StorageErrors::failure(Tr::tr("listing users"), rc, sqlite3_errmsg(handle)));
    return ids;
}

Result<QVector<UserRow>> Workspace::findRecords(const RecordRef &ref) const
{
    using R = Result<QVector<UserRow>>;
    const auto infraOf = infraOfRuntime(database(), ref.runtimeId);
    if (!infraOf)
        return R::failure(infraOf.error());
    const qint64 infraId = *infraOf;

    const auto ownedRead = ownedDomainSet(infraId);
    if (!ownedRead)
        return R::failure(ownedRead.error());
    const QSet<QString> &owned = *ownedRead;
    const auto infra = infrastructureById(infraId);

    // Through the lookup key hashes, then the real username and tenant.
    const QString usernameKey = Rules::usernameKey(ref.username);
    QSqlQuery u(database());
    u.prepare(QStringLiteral("SELECT %1, r.name FROM user_key k JOIN user_record u ON u.id = k.id"
                             " JOIN runtime r ON r.id = u.runtime_id WHERE k.runtime_id = ? AND k.h = ?"
                             " AND u.username_key = ?%2 ORDER BY u.tenant, u.id")
                  .arg(RecordColumns, ref.tenant ? QStringLiteral(" AND u.tenant = ?") : QString()));
    u.addBindValue(ref.runtimeId);
    u.addBindValue(CountsEngine::keyHash(u'u', usernameKey));
    u.addBindValue(text(usernameKey));
    if (ref.tenant)
        u.addBindValue(text(*ref.tenant));
    if (!u.exec())
        return R::failure(dbError(Tr::tr("finding a user"), u.lastError()));
    QVector<UserRow> rows;
    while (u.next())
        rows.append(toUserRow(u, infra ? infra->model : LicenceModel::Named, owned));
    if (u.lastError().isValid())
        return R::failure(dbError(Tr::tr("finding a user"), u.lastError()));
    if (rows.isEmpty())
        return R::failure(Tr::tr("No user \"%1\" in that runtime.").arg(ref.username));
    return rows;
}

namespace {

// "runtime/username" of each record, and whether any of them is internal (R7), for the explain trace.
Result<QPair<QStringList, bool>> describeMembers(const QSqlDatabase &db, const QVector<qint64> &ids,
                                                 const QSet<QString> &owned)
{
    using R = Result<QPair<QStringList, bool>>;
    QSqlQuery m(db);
    m.prepare(QStringLiteral("SELECT r.name, u.username, u.domain, u.tenant FROM user_record u"
                             " JOIN runtime r ON r.id = u.runtime_id WHERE u.id = ?"));
    QStringList members;
    bool anyInternal = false;
    for (qint64 id : ids) {
        m.addBindValue(id);
        if (!m.exec() || !m.next())
            return R::failure(dbError(Tr::tr("reading a record"), m.lastError()));
        const QString tenant = m.value(3).toString();
        members << (tenant.isEmpty() ? QStringLiteral("%1/%2").arg(m.value(0).toString(), m.value(1).toString())
                                     : QStringLiteral("%1/%2 (tenant %3)").arg(m.value(0).toString(), m.value(1).toString(), tenant));
        anyInternal = anyInternal || Rules::classify(m.value(2).toString(), owned) == UserClass::Internal;
        m.finish();
    }
    return R({members, anyInternal});
}

} // namespace

Result<QStringList> Workspace::explain(const RecordRef &ref) const
{
    using R = Result<QStringList>;
    const auto rows = findRecords(ref);
    if (!rows)
        return R::failure(rows.error());
    const auto infraOf = infraOfRuntime(database(), ref.runtimeId);
    if (!infraOf)
        return R::failure(infraOf.error());
    const qint64 infraId = *infraOf;
    const auto infra = infrastructureById(infraId);
    if (!infra)
        return R::failure(infra.error());
    const auto kinds = loadTenantKinds(database(), infraId);
    if (!kinds)
        return R::failure(kinds.error());
    const auto ownedRead = ownedDomainSet(infraId);
    if (!ownedRead)
        return R::failure(ownedRead.error());
    const QSet<QString> &owned = *ownedRead;
    const auto version = PlatformVersion::parse(infra->platformVersion);

    QStringList lines;
    for (const UserRow &row : *rows) {
        if (rows->size() > 1)
            lines << Tr::tr("%1/%2 (tenant \"%3\"):").arg(row.runtime, row.record.username, row.record.tenant);
        Overrides o;
        QSqlQuery d(database());
        d.prepare(QStringLiteral("SELECT it_override, deactivated_here FROM user_record WHERE id = ?"));
        d.addBindValue(row.recordId);
        if (!d.exec() || !d.next())
            return R::failure(dbError(Tr::tr("reading a record"), d.lastError()));
        o.itUser = d.isNull(0) ? std::nullopt : std::optional<bool>(d.value(0).toBool());
        if (d.value(1).toBool())
            o.deactivated = true;
        const TenantKind kind = kinds->kind(row.record.tenant);
        lines << Rules::explain(row.record, o, owned, infra->model, kind);
        if (!row.individual) {
            lines << Tr::tr("R12: not counted by the platform's console either.");
            continue;
        }
        const auto memberIds = m_engine->individualMembers(infraId, row.recordId);
        if (!memberIds)
            return R::failure(memberIds.error());
        const auto members = describeMembers(database(), *memberIds, owned);
        if (!members)
            return R::failure(members.error());
        lines << Tr::tr("R6: individual #%1, %n counted record(s): %2.", nullptr, int(members->first.size()))
                     .arg(*row.individual)
                     .arg(members->first.join(QStringLiteral(", ")));
        if (infra->model == LicenceModel::InternalExternal) {
            lines << (members->second ? Tr::tr("R7: at least one of its counted records is internal: the individual counts as internal.")
                                      : Tr::tr("R7: none of its counted records is internal: the individual counts as external."));
        } else {
            lines << Tr::tr("R9: the individual counts once against the named capacity.");
        }
        lines << explainPlatform(infraId, row, kind, version, owned);
    }
    return lines;
}

QString Workspace::explainPlatform(qint64 infraId, const UserRow &row, TenantKind kind,
                                   const std::optional<PlatformVersion> &version, const QSet<QString> &owned) const
{
    if (!platformMergesDefaultTenants(version))
        return Tr::tr("R12: platform %1 (before 11.11.3) counts each counted record as one user: this record is one "
                      "user of %2's console.").arg(version->toString(), row.runtime);
    if (kind == TenantKind::App)
        return Tr::tr("R12: tenant \"%1\" is a multi-tenant app's tenant: the platform counts this record as a user of "
                      "its own in %2's console.").arg(row.record.tenant, row.runtime);
    const auto ids = m_engine->platformMembers(infraId, row.recordId);
    const auto members = ids ? describeMembers(database(), *ids, owned) : Result<QPair<QStringList, bool>>::failure(ids.error());
    if (!members)
        return Tr::tr("R12: could not read the platform user: %1").arg(members.error());
    if (members->first.size() <= 1)
        return Tr::tr("R12: %1's console counts this record as one user.").arg(row.runtime);
    return Tr::tr("R12: %1's console merges it (same e-mail or username over the default tenants) into one user "
                  "with %n record(s): %2.", nullptr, int(members->first.size()))
        .arg(row.runtime, members->first.join(QStringLiteral(", ")));
}

// ---- decisions ---------------------------------------------------------------------------------------------

namespace {

Status upsertDecision(QSqlDatabase &db, qint64 runtimeId, const QString &tenant, const QString &usernameKey,
                      const QString &kind, std::optional<bool> value)
{
    QSqlQuery q(db);
    if (value) {
        q.prepare(QStringLiteral("INSERT INTO decision (runtime_id, tenant, username_key, kind, value, decided_at)"
                                 " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (runtime_id, tenant, username_key, kind)"
                                 " DO UPDATE SET value = excluded.value, decided_at = excluded.decided_at"));
    } else {
        q.prepare(QStringLiteral("DELETE FROM decision WHERE runtime_id = ? AND tenant = ? AND username_key = ? AND kind = ?"));
    }
    q.addBindValue(runtimeId);
    q.addBindValue(text(tenant));
    q.addBindValue(text(usernameKey));
    q.addBindValue(kind);
    if (value) {
        q.addBindValue(*value ? 1 : 0);
        q.addBindValue(nowUtc());
    }
    if (!q.exec())
        return Status::failure(dbError(Tr::tr("recording a decision"), q.lastError()));
    return {};
}

} // namespace

Status Workspace::applyDecision(const QVector<RecordRef> &refs, const QString &kind, std::optional<bool> value,
                                const std::function<void(qint64)> &progress)
{
    QSqlDatabase db = database();
    Transaction tx(db);
    if (!tx.isOpen())
        return Status::failure(tx.startError());

    QVector<qint64> seeds;
    qint64 infraId = 0;
    std::optional<TenantKinds> kinds;
    qint64 done = 0;
    for (const RecordRef &ref : refs) {
        if (progress && (++done % 256) == 0)
            progress(done);
        const auto rows = findRecords(ref);
        if (!rows)
            return Status::failure(rows.error());
        for (const UserRow &row : *rows) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT %1, r.infra_id FROM user_record u JOIN runtime r ON r.id = u.runtime_id"
                                     " WHERE u.id = ?").arg(RecordColumns));
            q.addBindValue(row.recordId);
            if (!q.exec() || !q.next())
                return Status::failure(dbError(Tr::tr("reading a record"), q.lastError()));
            StoredRecord s = readRecord(q);
            infraId = q.value(22).toLongLong();
            q.finish();
            if (Status st = upsertDecision(db, s.runtimeId, s.record.tenant, s.facts.usernameKey, kind, value); !st)
                return st;
            if (kind == u"it_user")
                s.decisions.overrides.itUser = value;
            else if (kind == u"deactivated")
                s.decisions.overrides.deactivated = value.value_or(false) ? std::optional<bool>(true) : std::nullopt;
            else if (kind == u"split")
                s.decisions.split = value.value_or(false);
            if (!kinds) {
                auto loaded = loadTenantKinds(db, infraId);
                if (!loaded)
                    return Status::failure(loaded.error());
                kinds = *loaded;
            }
            const RecordStatus newStatus = Rules::status(s.record, s.decisions.overrides, kinds->kind(s.record.tenant));
            QSqlQuery u(db);
            u.prepare(QStringLiteral("UPDATE user_record SET it_override = ?, deactivated_here = ?, split = ?, status = ?"
                                     " WHERE id = ?"));
            u.addBindValue(s.decisions.overrides.itUser ? QVariant(*s.decisions.overrides.itUser ? 1 : 0)
                                                        : QVariant(QMetaType::fromType<int>()));
            u.addBindValue(s.decisions.overrides.deactivated.value_or(false) ? 1 : 0);
            u.addBindValue(s.decisions.split ? 1 : 0);
            u.addBindValue(int(newStatus));
            u.addBindValue(s.id);
            if (!u.exec())
                return Status::failure(dbError(Tr::tr("updating a record"), u.lastError()));
            if (Status st = m_engine->moveRecord(s.runtimeId, int(s.facts.status), int(newStatus), s.facts.domain); !st)
                return st;
            seeds.append(s.id);
        }
    }
    if (!seeds.isEmpty()) {
        if (Status s = m_engine->updateIdentities(infraId, seeds); !s)
            return s;
    }
    if (infraId != 0)
        tx.snapshotCounts(infraId);
    return tx.commit();
}

Status Workspace::setItUser(const QVector<RecordRef> &refs, std::optional<bool> itUser)
{
    return applyDecision(refs, QStringLiteral("it_user"), itUser);
}

Status Workspace::setDeactivated(const QVector<RecordRef> &refs, bool deactivated,
                                 const std::function<void(qint64)> &progress)
{
    // Re-activating removes the decision: the export's own Is_Active applies again (Headcount cannot activate a
    // user on the platform).
    return applyDecision(refs, QStringLiteral("deactivated"), deactivated ? std::optional<bool>(true) : std::nullopt,
                         progress);
}

Status Workspace::split(const RecordRef &ref, bool split)
{
    return applyDecision({ref}, QStringLiteral("split"), split ? std::optional<bool>(true) : std::nullopt);
}

Status Workspace::link(const RecordRef &a, const RecordRef &b)
{
    const auto ra = findRecords(a);
    if (!ra)
        return Status::failure(ra.error());
    const auto rb = findRecords(b);
    if (!rb)
        return Status::failure(rb.error());
    const UserRow &x = ra->first();
    const UserRow &y = rb->first();
    if (x.record.tenant != y.record.tenant)
        return Status::failure(Tr::tr("A link joins two records of one tenant; records of different tenants are "
                                      "joined by a shared e-mail address (R6)."));
    QSqlDatabase db = database();
    Transaction tx(db);
    if (!tx.isOpen())
        return Status::failure(tx.startError());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO link (runtime_a, username_a, runtime_b, username_b, tenant, decided_at)"
                             " VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(a.runtimeId);
    q.addBindValue(text(Rules::usernameKey(x.record.username)));
    q.addBindValue(b.runtimeId);
    q.addBindValue(text(Rules::usernameKey(y.record.username)));
    q.addBindValue(text(x.record.tenant));
    q.addBindValue(nowUtc());
    if (!q.exec())
        return Status::failure(dbError(Tr::tr("linking records"), q.lastError()));
    const auto infraId = infraOfRuntime(db, a.runtimeId);
    if (!infraId)
        return Status::failure(infraId.error());
    if (Status s = m_engine->updateIdentities(*infraId, {x.recordId, y.recordId}); !s)
        return s;
    tx.snapshotCounts(*infraId);
    return tx.commit();
}

namespace {

// The link rows between two records in either direction, as link() keys them; values for linkCondition().
const QString LinkCondition = QStringLiteral(
    "tenant = ? AND ((runtime_a = ? AND username_a = ? AND runtime_b = ? AND username_b = ?)"
    " OR (runtime_a = ? AND username_a = ? AND runtime_b = ? AND username_b = ?))");

void bindLinkCondition(QSqlQuery &q, const RecordRef &a, const UserRow &x, const RecordRef &b, const UserRow &y)
{
    const QString keyA = text(Rules::usernameKey(x.record.username));
    const QString keyB = text(Rules::usernameKey(y.record.username));
    q.addBindValue(text(x.record.tenant));
    for (const auto &[ra, ka, rb, kb] : {std::tuple(a.runtimeId, keyA, b.runtimeId, keyB),
                                         std::tuple(b.runtimeId, keyB, a.runtimeId, keyA)}) {
        q.addBindValue(ra);
        q.addBindValue(ka);
        q.addBindValue(rb);
        q.addBindValue(kb);
    }
}

} // namespace

Result<bool> Workspace::isLinked(const RecordRef &a, const RecordRef &b) const
{
    const auto ra = findRecords(a);
    if (!ra)
        return Result<bool>::failure(ra.error());
    const auto rb = findRecords(b);
    if (!rb)
        return Result<bool>::failure(rb.error());
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT 1 FROM link WHERE %1 LIMIT 1").arg(LinkCondition));
    bindLinkCondition(q, a, ra->first(), b, rb->first());
    if (!q.exec())
        return Result<bool>::failure(dbError(Tr::tr("reading links"), q.lastError()));
    return q.next();
}

Status Workspace::unlink(const RecordRef &a, const RecordRef &b)
{
    const auto ra = findRecords(a);
    if (!ra)
        return Status::failure(ra.error());
    const auto rb = findRecords(b);
    if (!rb)
        return Status::failure(rb.error());
    const UserRow &x = ra->first();
    const UserRow &y = rb->first();
    QSqlDatabase db = database();
    Transaction tx(db);
    if (!tx.isOpen())
        return Status::failure(tx.startError());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM link WHERE %1").arg(LinkCondition));
    bindLinkCondition(q, a, x, b, y);
    if (!q.exec())
        return Status::failure(dbError(Tr::tr("unlinking records"), q.lastError()));
    if (q.numRowsAffected() > 0) {
        const auto infraId = infraOfRuntime(db, a.runtimeId);
        if (!infraId)
            return Status::failure(infraId.error());
        if (Status s = m_engine->updateIdentities(*infraId, {x.recordId, y.recordId}); !s)
            return s;
        tx.snapshotCounts(*infraId);
    }
    return tx.commit();
}

} // namespace hc
