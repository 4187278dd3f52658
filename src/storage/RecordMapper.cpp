#include "RecordMapper.h"

#include "DbStatement.h"

#include "SqlSupport.h"
#include "StorageErrors.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace hc {

namespace {

// lupdate reads the context from this declaration in the same file (not through an alias): "Workspace", the
// storage layer's messages since the stores were one class.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};

} // namespace

namespace {

// Column names in the order of RecordMapper::Column (runtime_name last: only listed users select it).
const char *const ColumnNames[] = {"id", "runtime_id", "source_id", "name", "username", "email", "phone",
                                   "external_id", "tenant", "creation_date", "last_login", "active", "it_user",
                                   "email_key", "domain", "email_source", "username_key", "it_override",
                                   "deactivated_here", "split", "status", "individual", "runtime_name"};

} // namespace

namespace DecisionRows {

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::ItUser: return QStringLiteral("it_user");
    case Kind::Deactivated: return QStringLiteral("deactivated");
    case Kind::Split: return QStringLiteral("split");
    }
    return {};
}

void apply(StoredDecisions &d, const QString &kind, bool value)
{
    if (kind == kindName(Kind::ItUser))
        d.overrides.itUser = value;
    else if (kind == kindName(Kind::Deactivated) && value)
        d.overrides.deactivated = true;
    else if (kind == kindName(Kind::Split))
        d.split = value;
}

Result<QHash<QString, StoredDecisions>> load(const QSqlDatabase &db, qint64 runtimeId)
{
    using R = Result<QHash<QString, StoredDecisions>>;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT tenant, username_key, kind, value FROM decision WHERE runtime_id = ?"));
    q.addBindValue(runtimeId);
    if (!q.exec())
        return R::failure(StorageErrors::failure(Tr::tr("reading decisions"), q.lastError()));
    QHash<QString, StoredDecisions> decisions;
    while (q.next())
        apply(decisions[Sql::decisionKey(q.value(0).toString(), q.value(1).toString())], q.value(2).toString(),
              q.value(3).toBool());
    if (q.lastError().isValid())
        return R::failure(StorageErrors::failure(Tr::tr("reading decisions"), q.lastError()));
    return decisions;
}

} // namespace DecisionRows

QString RecordMapper::columns()
{
    static const QString list = [] {
        QStringList names;
        for (int c = 0; c < RuntimeName; ++c)
            names << QStringLiteral("u.") + QLatin1String(ColumnNames[c]);
        return names.join(QStringLiteral(", "));
    }();
    return list;
}

RecordMapper::RecordMapper(const QSqlRecord &record)
{
    for (int c = 0; c < ColumnCount; ++c) {
        m_index[c] = record.indexOf(QLatin1String(ColumnNames[c]));
        if (m_index[c] < 0 && c != RuntimeName && m_valid) {
            m_valid = false;
            m_missing = QLatin1String(ColumnNames[c]);
        }
    }
}

RecordMapper::RecordMapper(Listed listed)
{
    for (int c = 0; c < ColumnCount; ++c)
        m_index[c] = c;
    if (listed == Listed::No)
        m_index[RuntimeName] = -1;
}

namespace {

// One reading of a row for both kinds of query: QSqlQuery (QVariant per value) and DbStatement (SQLite's C API;
// a million listed users through QSqlQuery spent most of their time in QVariant traffic).
QString textOf(const QSqlQuery &q, int i) { return q.value(i).toString(); }
QString textOf(const DbStatement &q, int i) { return q.textAt(i); }
qint64 intOf(const QSqlQuery &q, int i) { return q.value(i).toLongLong(); }
qint64 intOf(const DbStatement &q, int i) { return q.int64At(i); }
bool nullOf(const QSqlQuery &q, int i) { return q.isNull(i); }
bool nullOf(const DbStatement &q, int i) { return q.isNull(i); }

} // namespace

template <typename Row>
StoredRecord RecordMapper::readRow(const Row &q) const
{
    const auto text = [&](Column c) { return textOf(q, m_index[c]); };
    const auto number = [&](Column c) { return intOf(q, m_index[c]); };
    StoredRecord s;
    s.id = number(Id);
    s.runtimeId = number(RuntimeId);
    UserRecord &r = s.record;
    r.sourceId = text(SourceId);
    r.name = text(Name);
    r.username = text(Username);
    r.email = text(Email);
    r.phone = text(Phone);
    r.externalId = text(ExternalId);
    r.tenant = text(Tenant);
    r.creationDate = text(CreationDate);
    r.lastLogin = text(LastLogin);
    r.active = number(Active) != 0;
    r.itUser = number(ItUser) != 0;
    s.facts.emailKey = text(EmailKey);
    s.facts.domain = text(Domain);
    s.facts.emailSource = EmailSource(number(EmailSource_));
    s.facts.usernameKey = text(UsernameKey);
    if (!nullOf(q, m_index[ItOverride]))
        s.decisions.overrides.itUser = number(ItOverride) != 0;
    if (number(DeactivatedHere) != 0)
        s.decisions.overrides.deactivated = true;
    s.decisions.split = number(Split) != 0;
    s.facts.status = RecordStatus(number(Status));
    s.individual = number(Individual);
    return s;
}

template <typename Row>
UserRow RecordMapper::listedRow(const Row &q, LicenceModel model, const QSet<QString> &owned) const
{
    StoredRecord s = readRow(q);
    UserRow row;
    row.recordId = s.id;
    if (m_index[RuntimeName] >= 0)
        row.runtime = textOf(q, m_index[RuntimeName]);
    row.record = std::move(s.record);
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

StoredRecord RecordMapper::read(const QSqlQuery &q) const
{
    return readRow(q);
}

StoredRecord RecordMapper::read(const DbStatement &q) const
{
    return readRow(q);
}

UserRow RecordMapper::userRow(const QSqlQuery &q, LicenceModel model, const QSet<QString> &owned) const
{
    return listedRow(q, model, owned);
}

UserRow RecordMapper::userRow(const DbStatement &q, LicenceModel model, const QSet<QString> &owned) const
{
    return listedRow(q, model, owned);
}

} // namespace hc
