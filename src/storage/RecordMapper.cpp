#include "RecordMapper.h"

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

StoredRecord RecordMapper::read(const QSqlQuery &q) const
{
    const auto value = [&](Column c) { return q.value(m_index[c]); };
    StoredRecord s;
    s.id = value(Id).toLongLong();
    s.runtimeId = value(RuntimeId).toLongLong();
    UserRecord &r = s.record;
    r.sourceId = value(SourceId).toString();
    r.name = value(Name).toString();
    r.username = value(Username).toString();
    r.email = value(Email).toString();
    r.phone = value(Phone).toString();
    r.externalId = value(ExternalId).toString();
    r.tenant = value(Tenant).toString();
    r.creationDate = value(CreationDate).toString();
    r.lastLogin = value(LastLogin).toString();
    r.active = value(Active).toBool();
    r.itUser = value(ItUser).toBool();
    s.facts.emailKey = value(EmailKey).toString();
    s.facts.domain = value(Domain).toString();
    s.facts.emailSource = EmailSource(value(EmailSource_).toInt());
    s.facts.usernameKey = value(UsernameKey).toString();
    if (!q.isNull(m_index[ItOverride]))
        s.decisions.overrides.itUser = value(ItOverride).toBool();
    if (value(DeactivatedHere).toBool())
        s.decisions.overrides.deactivated = true;
    s.decisions.split = value(Split).toBool();
    s.facts.status = RecordStatus(value(Status).toInt());
    s.individual = value(Individual).toLongLong();
    return s;
}

UserRow RecordMapper::userRow(const QSqlQuery &q, LicenceModel model, const QSet<QString> &owned) const
{
    const StoredRecord s = read(q);
    UserRow row;
    row.recordId = s.id;
    if (m_index[RuntimeName] >= 0)
        row.runtime = q.value(m_index[RuntimeName]).toString();
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

} // namespace hc
