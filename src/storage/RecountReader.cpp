#include "RecountReader.h"

#include "CountsEngine.h"
#include "DomainStore.h"
#include "InfrastructureStore.h"
#include "RecordMapper.h"
#include "Recount.h"
#include "RuntimeStore.h"
#include "SqlSupport.h"
#include "StorageErrors.h"

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

} // namespace

namespace {

QString refOf(qint64 runtimeId, const QString &tenant, const QString &usernameKey)
{
    return QString::number(runtimeId) + QChar(0x1e) + Sql::decisionKey(tenant, usernameKey);
}

} // namespace

Result<RecountInput> RecountReader::readSettings(qint64 infraId, QHash<qint64, QString> &runtimeNames) const
{
    using R = Result<RecountInput>;
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
    for (const RuntimeInfo &r : *all) {
        input.runtimes << r.name;
        runtimeNames.insert(r.id, r.name);
    }
    return input;
}

Status RecountReader::readEntries(qint64 infraId, const QHash<qint64, QString> &runtimeNames, RecountInput &input,
                                  QHash<QString, QVector<int>> &entriesByRef) const
{
    // Decisions are read from their own table (not from the derived columns) so the check is independent.
    QHash<qint64, QHash<QString, StoredDecisions>> decisionsOf;
    for (auto it = runtimeNames.cbegin(); it != runtimeNames.cend(); ++it) {
        auto decisions = DecisionRows::load(m_db, it.key());
        if (!decisions)
            return Status::failure(decisions.error());
        decisionsOf.insert(it.key(), std::move(decisions).value());
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM user_record u JOIN runtime r ON r.id = u.runtime_id"
                             " WHERE r.infra_id = ? ORDER BY u.id").arg(RecordMapper::columns()));
    q.addBindValue(infraId);
    if (!q.exec())
        return Status::failure(StorageErrors::failure(Tr::tr("reading records"), q.lastError()));
    const RecordMapper mapper(q.record());
    if (!mapper.valid())
        return Status::failure(Tr::tr("The query reads no column %1.").arg(mapper.missingColumn()));
    while (q.next()) {
        const StoredRecord s = mapper.read(q);
        const QString key = Sql::decisionKey(s.record.tenant, Rules::usernameKey(s.record.username));
        const StoredDecisions d = decisionsOf.value(s.runtimeId).value(key);
        entriesByRef[QString::number(s.runtimeId) + QChar(0x1e) + key].append(int(input.entries.size()));
        input.entries.append({runtimeNames.value(s.runtimeId), s.record, d.overrides, d.split});
    }
    if (q.lastError().isValid())
        return Status::failure(StorageErrors::failure(Tr::tr("reading records"), q.lastError()));
    return {};
}

Status RecountReader::readLinks(qint64 infraId, const QHash<QString, QVector<int>> &entriesByRef,
                                RecountInput &input) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT l.runtime_a, l.username_a, l.runtime_b, l.username_b, l.tenant FROM link l"
                             " JOIN runtime r ON r.id = l.runtime_a WHERE r.infra_id = ?"));
    q.addBindValue(infraId);
    if (!q.exec())
        return Status::failure(StorageErrors::failure(Tr::tr("reading links"), q.lastError()));
    while (q.next()) {
        const QString tenant = q.value(4).toString();
        const auto a = entriesByRef.value(refOf(q.value(0).toLongLong(), tenant, q.value(1).toString()));
        const auto b = entriesByRef.value(refOf(q.value(2).toLongLong(), tenant, q.value(3).toString()));
        for (int x : a) {
            for (int y : b)
                input.links.append({x, y});
        }
    }
    if (q.lastError().isValid())
        return Status::failure(StorageErrors::failure(Tr::tr("reading links"), q.lastError()));
    return {};
}

Result<Counts> RecountReader::recount(qint64 infraId) const
{
    using R = Result<Counts>;
    QHash<qint64, QString> runtimeNames;
    auto settings = readSettings(infraId, runtimeNames);
    if (!settings)
        return R::failure(settings.error());
    RecountInput input = std::move(settings).value();
    QHash<QString, QVector<int>> entriesByRef;
    if (Status s = readEntries(infraId, runtimeNames, input, entriesByRef); !s)
        return R::failure(s.error());
    if (Status s = readLinks(infraId, entriesByRef, input); !s)
        return R::failure(s.error());
    return hc::recount(input);
}

} // namespace hc
