#include "RecountReader.h"

#include "CountsEngine.h"
#include "DomainStore.h"
#include "InfrastructureStore.h"
#include "RecordMapper.h"
#include "Recount.h"
#include "RuntimeStore.h"
#include "SqlSupport.h"
#include "StorageErrors.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace hc {

using Tr = StorageTr;

Result<Counts> RecountReader::recount(qint64 infraId) const
{
    using R = Result<Counts>;
    const auto infra = m_infras.infrastructureById(infraId);
    if (!infra)
        return R::failure(infra.error());
    RecountInput input;
    input.infrastructure = infra->name;
    input.model = infra->model;
    input.capacity = infra->capacity;
    input.platformVersion = PlatformVersion::parse(infra->platformVersion);
    const auto kinds = loadTenantKinds(m_db, infraId);
    if (!kinds)
        return R::failure(kinds.error());
    input.tenantKinds = *kinds;
    const auto owned = m_domains.ownedDomainSet(infraId);
    if (!owned)
        return R::failure(owned.error());
    input.ownedDomains = *owned;
    const auto all = m_runtimes.runtimes(infraId);
    if (!all)
        return R::failure(all.error());
    QHash<qint64, QString> runtimeNames;
    for (const RuntimeInfo &r : *all) {
        input.runtimes << r.name;
        runtimeNames.insert(r.id, r.name);
    }

    // Decisions are read from their own table (not from the derived columns) so the check is independent.
    const QSqlDatabase &db = m_db;
    QHash<QString, StoredDecisions> decisions;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT d.runtime_id, d.tenant, d.username_key, d.kind, d.value FROM decision d"
                                 " JOIN runtime r ON r.id = d.runtime_id WHERE r.infra_id = ?"));
        q.addBindValue(infraId);
        if (!q.exec())
            return R::failure(StorageErrors::failure(Tr::tr("reading decisions"), q.lastError()));
        while (q.next()) {
            StoredDecisions &d = decisions[q.value(0).toString() + QChar(0x1e)
                                     + Sql::decisionKey(q.value(1).toString(), q.value(2).toString())];
            const QString kind = q.value(3).toString();
            if (kind == u"it_user")
                d.overrides.itUser = q.value(4).toBool();
            else if (kind == u"deactivated" && q.value(4).toBool())
                d.overrides.deactivated = true;
            else if (kind == u"split")
                d.split = q.value(4).toBool();
        }
        if (q.lastError().isValid())
            return R::failure(StorageErrors::failure(Tr::tr("reading decisions"), q.lastError()));
    }
    QHash<QString, QVector<int>> entriesByRef;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT %1 FROM user_record u JOIN runtime r ON r.id = u.runtime_id"
                                 " WHERE r.infra_id = ? ORDER BY u.id").arg(RecordMapper::columns()));
        q.addBindValue(infraId);
        if (!q.exec())
            return R::failure(StorageErrors::failure(Tr::tr("reading records"), q.lastError()));
        const RecordMapper mapper(q.record());
        while (q.next()) {
            const StoredRecord s = mapper.read(q);
            const QString ref = QString::number(s.runtimeId) + QChar(0x1e)
                + Sql::decisionKey(s.record.tenant, Rules::usernameKey(s.record.username));
            const StoredDecisions d = decisions.value(ref);
            entriesByRef[ref].append(int(input.entries.size()));
            input.entries.append({runtimeNames.value(s.runtimeId), s.record, d.overrides, d.split});
        }
        if (q.lastError().isValid())
            return R::failure(StorageErrors::failure(Tr::tr("reading records"), q.lastError()));
    }
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT l.runtime_a, l.username_a, l.runtime_b, l.username_b, l.tenant FROM link l"
                                 " JOIN runtime r ON r.id = l.runtime_a WHERE r.infra_id = ?"));
        q.addBindValue(infraId);
        if (!q.exec())
            return R::failure(StorageErrors::failure(Tr::tr("reading links"), q.lastError()));
        while (q.next()) {
            const QString tenant = q.value(4).toString();
            const auto a = entriesByRef.value(q.value(0).toString() + QChar(0x1e) + Sql::decisionKey(tenant, q.value(1).toString()));
            const auto b = entriesByRef.value(q.value(2).toString() + QChar(0x1e) + Sql::decisionKey(tenant, q.value(3).toString()));
            for (int x : a) {
                for (int y : b)
                    input.links.append({x, y});
            }
        }
        if (q.lastError().isValid())
            return R::failure(StorageErrors::failure(Tr::tr("reading links"), q.lastError()));
    }
    return hc::recount(input);
}

} // namespace hc
