#include "JsonOutput.h"

#include <QJsonDocument>

namespace hc {

namespace {

QJsonValue optionalNumber(std::optional<qint64> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject JsonOutput::capacity(LicenceModel model, const Capacity &capacity)
{
    if (model == LicenceModel::Named)
        return QJsonObject { { QStringLiteral("named"), optionalNumber(capacity.named) } };
    return QJsonObject { { QStringLiteral("internal"), optionalNumber(capacity.internal) },
        { QStringLiteral("external"), optionalNumber(capacity.external) } };
}

QJsonValue JsonOutput::timestamp(const QDateTime &utc)
{
    if (!utc.isValid())
        return QJsonValue(QJsonValue::Null);
    return utc.toUTC().toString(Qt::ISODate);
}

QJsonObject JsonOutput::infrastructure(const InfrastructureInfo &infra)
{
    return QJsonObject { { QStringLiteral("name"), infra.name }, { QStringLiteral("model"), toString(infra.model) },
        { QStringLiteral("capacity"), capacity(infra.model, infra.capacity) },
        { QStringLiteral("platform_version"),
            infra.platformVersion.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(infra.platformVersion) } };
}

QJsonObject JsonOutput::tenant(const TenantInfo &tenant)
{
    return QJsonObject { { QStringLiteral("tenant"), tenant.tenant }, { QStringLiteral("kind"), toString(tenant.kind) },
        { QStringLiteral("records"), tenant.records }, { QStringLiteral("runtimes"), QJsonArray::fromStringList(tenant.runtimes) } };
}

QJsonObject JsonOutput::runtime(const RuntimeInfo &runtime)
{
    return QJsonObject { { QStringLiteral("name"), runtime.name }, { QStringLiteral("records"), runtime.records },
        { QStringLiteral("last_import"), timestamp(runtime.lastImport) } };
}

QJsonObject JsonOutput::domain(const DomainInfo &domain)
{
    return QJsonObject { { QStringLiteral("domain"), domain.typed },
        { QStringLiteral("normalized"), domain.normalized }, { QStringLiteral("records"), domain.records } };
}

QJsonObject JsonOutput::user(const UserRow &row)
{
    const UserRecord &r = row.record;
    // Effective flags: IT users come first in R5's precedence, so the status tells both whenever it can.
    const bool itUser = row.status == RecordStatus::ItUser;
    bool active = row.status != RecordStatus::Inactive;
    if (itUser)
        active = row.effectiveActive();
    return QJsonObject {
        { QStringLiteral("runtime"), row.runtime },
        { QStringLiteral("id"), r.sourceId },
        { QStringLiteral("username"), r.username },
        { QStringLiteral("name"), r.name },
        { QStringLiteral("email"), r.email },
        { QStringLiteral("phone"), r.phone },
        { QStringLiteral("external_id"), r.externalId },
        { QStringLiteral("tenant"), r.tenant },
        { QStringLiteral("last_login"),
            Rules::isNeverLoggedIn(r.lastLogin) ? QJsonValue(QJsonValue::Null) : QJsonValue(r.lastLogin) },
        { QStringLiteral("active"), active },
        { QStringLiteral("it_user"), itUser },
        { QStringLiteral("class"),
            row.userClass ? QJsonValue(toString(*row.userClass)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("status"), toString(row.status) },
        { QStringLiteral("individual"), optionalNumber(row.individual) },
    };
}

QByteArray JsonOutput::line(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray JsonOutput::line(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace hc
