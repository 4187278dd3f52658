#include "Workspace.h"

#include "AggregateKeys.h"
#include "CountsEngine.h"
#include "DatabaseCredentials.h"
#include "DatabaseUrl.h"
#include "Recount.h"
#include "ReportQueries.h"
#include "RuntimeImport.h"
#include "RuntimeKeySet.h"
#include "Schema.h"
#include "SqlDialect.h"
#include "StorageErrors.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QtEndian>
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

} // namespace

Workspace::Workspace(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_busy(std::make_unique<BusyWait>())
{
}

Workspace::~Workspace()
{
    m_recount.reset();
    m_groups.reset();
    m_imports.reset();
    m_decisions.reset();
    m_explainer.reset();
    m_users.reset();
    m_tenants.reset();
    m_domains.reset();
    m_runtimes.reset();
    m_infras.reset();
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
    // A PostgreSQL server checks its own pages and enforces the foreign keys on every write: no PRAGMA to run there,
    // and what is left to check is the workspace's own consistency, the same on both databases.
    if (!isShared()) {
        if (Status s = checkSqliteFile(problems); !s)
            return R::failure(s.error());
    }
    // One state of the workspace: an import committing between a runtime's stored set and its keys would otherwise
    // look like a stale set.
    ReadSnapshot snapshot(*this);
    if (Status s = snapshot.begin(); !s)
        return R::failure(s.error());
    if (Status s = checkKeySets(problems); !s)
        return R::failure(s.error());
    return problems;
}

// PRAGMA integrity_check (every page) and the foreign keys, which SQLite does not enforce on old rows.
Status Workspace::checkSqliteFile(QStringList &problems) const
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return Status::failure(StorageErrors::failure(Tr::tr("checking the workspace"), q.lastError()));
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != u"ok")
            problems << line;
    }
    if (q.lastError().isValid())
        problems << q.lastError().text();
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return Status::failure(StorageErrors::failure(Tr::tr("checking the workspace"), q.lastError()));
    while (q.next())
        problems << Tr::tr("row %1 of table %2 refers to a missing row of %3").arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString());
    if (q.lastError().isValid())
        problems << q.lastError().text();
    return {};
}

// Each runtime's key set equals its user_key rows: a stale one would silently keep imports from merging people.
Status Workspace::checkKeySets(QStringList &problems) const
{
    const DbConnection connection(database());
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT id, name FROM runtime ORDER BY id")))
        return Status::failure(StorageErrors::failure(Tr::tr("checking the workspace"), q.lastError()));
    while (q.next()) {
        const qint64 runtimeId = q.value(0).toLongLong();
        const auto stored = RuntimeKeySet::read(connection, runtimeId);
        const auto expected = RuntimeKeySet::fromKeys(connection, runtimeId);
        if (!stored || !expected) {
            problems << (stored ? expected.error() : stored.error());
            continue;
        }
        if (*stored != *expected)
            problems << Tr::tr("the key set of runtime %1 holds %2 keys, its records %3: re-import the runtime")
                            .arg(q.value(1).toString())
                            .arg(stored->size())
                            .arg(expected->size());
    }
    if (q.lastError().isValid())
        return Status::failure(StorageErrors::failure(Tr::tr("checking the workspace"), q.lastError()));
    return {};
}

Status Workspace::checkConnection() const
{
    if (!isShared())
        return {};
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT 1")) || !q.next())
        return Status::failure(StorageErrors::failure(Tr::tr("reaching the server"), q.lastError()));
    return {};
}

Result<std::optional<qint64>> Workspace::dataVersion() const
{
    using R = Result<std::optional<qint64>>;
    // PostgreSQL has no data_version: "cannot tell right now", so a console does not refresh on a change made
    // elsewhere until LISTEN/NOTIFY tells it (issue 12); never a false "changed" or an error every second.
    if (isShared())
        return R(std::nullopt);
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

std::optional<quint32> Workspace::changeCounter() const
{
    if (isShared())
        return std::nullopt;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(24))
        return std::nullopt;
    const QByteArray bytes = file.read(4);
    if (bytes.size() != 4)
        return std::nullopt;
    return qFromBigEndian<quint32>(bytes.constData());
}

void Workspace::setBusyNotifier(std::function<void()> notify)
{
    m_busy->notify = std::move(notify);
}

void Workspace::createStores(const QSqlDatabase &db)
{
    m_engine = std::make_unique<CountsEngine>(db);
    m_infras = std::make_unique<InfrastructureStore>(db);
    m_runtimes = std::make_unique<RuntimeStore>(db);
    m_domains = std::make_unique<DomainStore>(db);
    m_tenants = std::make_unique<TenantStore>(db, *m_engine);
    m_users = std::make_unique<UserQueries>(db, *m_infras, *m_domains);
    m_explainer = std::make_unique<RecordExplainer>(db, *m_infras, *m_domains, *m_users, *m_engine);
    m_decisions = std::make_unique<DecisionStore>(db, *m_users, *m_engine);
    m_imports = std::make_unique<ImportService>(db, *m_runtimes);
    m_groups = std::make_unique<GroupStore>(db);
    m_recount = std::make_unique<RecountReader>(db, *m_infras, *m_domains, *m_runtimes);
}

bool Workspace::isShared() const
{
    return SqlDialect::of(database()).isPostgres();
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
    return open(path, DatabaseCredentials());
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path, const DatabaseCredentials &credentials)
{
    using R = Result<std::unique_ptr<Workspace>>;
    // SPEC §7: a --db value is a file path or a supported URL; anything else is refused, never taken for a file
    // named "postgresql:" in the current folder.
    const auto url = DatabaseUrl::parse(path);
    if (!url)
        return R::failure(url.error(), url.code());
    if (url->isPostgres())
        return openPostgres(*url, credentials);
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
        ws->createStores(db);
    }
    return R(std::move(ws));
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

} // namespace hc
