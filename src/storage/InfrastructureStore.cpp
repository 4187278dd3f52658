#include "InfrastructureStore.h"

#include "RuntimeStore.h"
#include "SqlSupport.h"
#include "SqlDialect.h"
#include "StorageErrors.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace hc {

namespace {

// lupdate reads the context from this declaration in the same file (not through an alias): "Workspace", the
// storage layer's messages since the stores were one class.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};

const QString InfraColumns = QStringLiteral(
    "id, name, model, cap_internal, cap_external, cap_named, COALESCE(platform_version, '') AS platform_version");

// Reads one row of InfraColumns by name.
InfrastructureInfo readInfra(const QSqlQuery &q)
{
    const QSqlRecord rec = q.record();
    const auto value = [&](const char *name) { return q.value(rec.indexOf(QLatin1String(name))); };
    InfrastructureInfo info;
    info.id = value("id").toLongLong();
    info.name = value("name").toString();
    info.model = licenceModelFromString(value("model").toString()).value_or(LicenceModel::InternalExternal);
    const auto cap = [&](const char *name) -> std::optional<qint64> {
        const QVariant v = value(name);
        return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
    };
    info.capacity = {cap("cap_internal"), cap("cap_external"), cap("cap_named")};
    info.platformVersion = value("platform_version").toString();
    return info;
}

QVariant nullable(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

Result<QVector<InfrastructureInfo>> InfrastructureStore::infrastructures() const
{
    using R = Result<QVector<InfrastructureInfo>>;
    QVector<InfrastructureInfo> list;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM infrastructure ORDER BY name").arg(InfraColumns)))
        return R::failure(StorageErrors::failure(Tr::tr("reading infrastructures"), q.lastError()));
    while (q.next())
        list.append(readInfra(q));
    if (q.lastError().isValid())
        return R::failure(StorageErrors::failure(Tr::tr("reading infrastructures"), q.lastError()));
    return list;
}

Result<InfrastructureInfo> InfrastructureStore::infrastructure(const QString &name) const
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
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM infrastructure WHERE name = ?").arg(InfraColumns));
    q.addBindValue(name);
    if (!q.exec())
        return R::failure(StorageErrors::failure(Tr::tr("reading infrastructures"), q.lastError()));
    if (!q.next()) {
        if (q.lastError().isValid())
            return R::failure(StorageErrors::failure(Tr::tr("reading infrastructures"), q.lastError()));
        return R::failure(Tr::tr("No infrastructure named \"%1\".").arg(name));
    }
    return readInfra(q);
}

Result<InfrastructureInfo> InfrastructureStore::infrastructureById(qint64 id) const
{
    using R = Result<InfrastructureInfo>;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM infrastructure WHERE id = ?").arg(InfraColumns));
    q.addBindValue(id);
    if (!q.exec())
        return R::failure(StorageErrors::failure(Tr::tr("reading infrastructures"), q.lastError()));
    if (!q.next()) {
        if (q.lastError().isValid())
            return R::failure(StorageErrors::failure(Tr::tr("reading infrastructures"), q.lastError()));
        return R::failure(Tr::tr("No infrastructure with id %1.").arg(id));
    }
    return readInfra(q);
}

Result<InfrastructureInfo> InfrastructureStore::addInfrastructure(const QString &name, LicenceModel model,
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
    Transaction tx(m_db);
    if (!tx.isOpen())
        return R::failure(tx.startError());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO infrastructure (name, model, platform_version) VALUES (?, ?, ?)")
              + SqlDialect::of(m_db).returningId());
    q.addBindValue(trimmed);
    q.addBindValue(toString(model));
    q.addBindValue(version ? QVariant(version->toString()) : QVariant(QMetaType::fromType<QString>()));
    if (!q.exec())
        return R::failure(StorageErrors::failure(Tr::tr("adding an infrastructure"), q.lastError()));
    tx.snapshotCounts(insertedId(q)); // the history starts with the empty infrastructure
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    return infrastructure(trimmed);
}

// One UPDATE of one infrastructure in its own transaction; no such row is an error.
Status InfrastructureStore::updateOne(qint64 infraId, const QString &sql, const QVariantList &values,
                                      const QString &what, bool snapshot)
{
    Transaction tx(m_db);
    if (!tx.isOpen())
        return Status::failure(tx.startError());
    if (snapshot)
        tx.snapshotCounts(infraId);
    QSqlQuery q(m_db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(infraId);
    if (!q.exec())
        return Status::failure(StorageErrors::failure(what, q.lastError()));
    if (q.numRowsAffected() != 1)
        return Status::failure(Tr::tr("No infrastructure with id %1.").arg(infraId));
    return tx.commit();
}

Status InfrastructureStore::setCapacity(qint64 infraId, const Capacity &capacity)
{
    for (const auto &value : {capacity.internal, capacity.external, capacity.named}) {
        if (value && *value < 0)
            return Status::failure(Tr::tr("A capacity cannot be negative."));
    }
    return updateOne(infraId,
                     QStringLiteral("UPDATE infrastructure SET cap_internal = ?, cap_external = ?, cap_named = ? WHERE id = ?"),
                     {nullable(capacity.internal), nullable(capacity.external), nullable(capacity.named)},
                     Tr::tr("setting capacities"), true);
}

Status InfrastructureStore::setPlatformVersion(qint64 infraId, const QString &version)
{
    const auto parsed = PlatformVersion::parse(version);
    if (!version.trimmed().isEmpty() && !parsed)
        return Status::failure(Tr::tr("\"%1\" is not a platform version (e.g. 11.20.1).").arg(version));
    // Both R12 readings are kept in the aggregates, so the counts follow without touching a record; the unique
    // counts do not change, so no snapshot.
    return updateOne(infraId, QStringLiteral("UPDATE infrastructure SET platform_version = ? WHERE id = ?"),
                     {parsed ? QVariant(parsed->toString()) : QVariant(QMetaType::fromType<QString>())},
                     Tr::tr("setting the platform version"), false);
}

Status InfrastructureStore::setLicenceModel(qint64 infraId, LicenceModel model)
{
    return updateOne(infraId, QStringLiteral("UPDATE infrastructure SET model = ? WHERE id = ?"), {toString(model)},
                     Tr::tr("setting the licence model"), true);
}

Status InfrastructureStore::renameInfrastructure(qint64 infraId, const QString &newName,
                                                 const std::optional<QString> &currentName)
{
    const QString name = newName.trimmed();
    if (name.isEmpty())
        return Status::failure(Tr::tr("An infrastructure needs a name."));
    Transaction tx(m_db);
    if (!tx.isOpen())
        return Status::failure(tx.startError());
    // Under the write lock: the names read here are the names as the rename finds them.
    if (const auto other = infrastructure(name); other && other->id != infraId)
        return Status::failure(Tr::tr("An infrastructure named \"%1\" already exists.").arg(name));
    if (currentName) {
        const auto now = infrastructureById(infraId);
        if (!now || now->name != currentName->trimmed())
            return Status::failure(Tr::tr("Infrastructure \"%1\" was renamed or removed meanwhile; nothing changed.")
                                       .arg(*currentName));
    }
    if (Status s = updateOne(infraId, QStringLiteral("UPDATE infrastructure SET name = ? WHERE id = ?"), {name},
                             Tr::tr("renaming an infrastructure"), false);
        !s)
        return s;
    return tx.commit();
}

Status InfrastructureStore::removeInfrastructure(qint64 infraId)
{
    Transaction tx(m_db);
    if (!tx.isOpen())
        return Status::failure(tx.startError());
    QSqlQuery ids(m_db);
    ids.prepare(QStringLiteral("SELECT id FROM runtime WHERE infra_id = ?"));
    ids.addBindValue(infraId);
    if (!ids.exec())
        return Status::failure(StorageErrors::failure(Tr::tr("removing an infrastructure"), ids.lastError()));
    QVector<qint64> runtimes;
    while (ids.next())
        runtimes.append(ids.value(0).toLongLong());
    if (ids.lastError().isValid())
        return Status::failure(StorageErrors::failure(Tr::tr("removing an infrastructure"), ids.lastError()));
    ids.finish();
    for (qint64 runtimeId : std::as_const(runtimes)) {
        if (Status s = RuntimeStore::deleteRuntimeRows(m_db, runtimeId); !s)
            return s;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM infrastructure WHERE id = ?"));
    q.addBindValue(infraId);
    if (!q.exec())
        return Status::failure(StorageErrors::failure(Tr::tr("removing an infrastructure"), q.lastError()));
    if (q.numRowsAffected() != 1)
        return Status::failure(Tr::tr("No infrastructure with id %1.").arg(infraId));
    return tx.commit(); // domains, tenant kinds, aggregates and decisions go with it (ON DELETE CASCADE)
}

} // namespace hc
