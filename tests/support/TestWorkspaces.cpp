#include "TestWorkspaces.h"

#include "PgTestSupport.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace hc::test {

TestWorkspaces::TestWorkspaces()
{
    if (!m_dir.isValid())
        m_error = QStringLiteral("no temporary directory: ") + m_dir.errorString();
    else if (onPostgres() && !PgTestDatabase::serverAvailable())
        m_error = QStringLiteral("HEADCOUNT_TEST_BACKEND=postgres without HEADCOUNT_TEST_PG_URL (run it through CTest)");
}

TestWorkspaces::~TestWorkspaces() = default;

bool TestWorkspaces::onPostgres()
{
    return qEnvironmentVariable("HEADCOUNT_TEST_BACKEND") == QLatin1String("postgres");
}

QString TestWorkspaces::path(const QString &name)
{
    if (!onPostgres())
        return m_dir.filePath(name);
    auto &database = m_databases[name];
    if (!database)
        database = std::make_unique<PgTestDatabase>();
    if (!database->isReady()) {
        m_error = QStringLiteral("cannot create a database for %1: %2").arg(name, database->error());
        return {};
    }
    return database->url();
}

QString TestWorkspaces::fresh(const QString &stem)
{
    return path(QStringLiteral("%1-%2.db").arg(stem).arg(++m_fresh));
}

bool TestWorkspaces::untouched(const QString &workspace) const
{
    if (!workspace.startsWith(QLatin1String("postgresql:")))
        return !QFileInfo::exists(workspace);
    bool empty = false;
    const QString connection = QStringLiteral("untouched-") + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = addPgConnection(workspace, connection);
        if (!db.isValid())
            return false;
        QSqlQuery q(db);
        if (db.open()
            && q.exec(QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'"))
            && q.next())
            empty = q.value(0).toLongLong() == 0;
        else
            qWarning("%s: %s", qPrintable(workspace), qPrintable(db.lastError().text() + q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(connection);
    return empty;
}

} // namespace hc::test
