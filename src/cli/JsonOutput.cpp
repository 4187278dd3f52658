#include "JsonOutput.h"

#include <QJsonDocument>

namespace hc {

namespace {

QJsonValue optionalNumber(std::optional<qint64> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// A JSON string as QJsonDocument writes it: quotes, backslash and control characters escaped, the rest as UTF-8.
void appendString(QByteArray &out, const QString &text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    const char *run = utf8.constData(); // the bytes since the last escape go in at once (a million users: 10 M fields)
    const char *const end = run + utf8.size();
    for (const char *p = run; p != end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(run, p - run);
        run = p + 1;
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default: {
            static const char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xf];
        }
        }
    }
    out.append(run, end - run);
    out += '"';
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

void JsonOutput::appendUser(QByteArray &out, const UserRow &row)
{
    const UserRecord &r = row.record;
    const bool itUser = row.status == RecordStatus::ItUser;
    const bool active = itUser ? row.effectiveActive() : row.status != RecordStatus::Inactive;
    // The keys in the order QJsonObject keeps them (sorted), so both ways give the same bytes.
    out += "{\"active\":";
    out += active ? "true" : "false";
    out += ",\"class\":";
    if (row.userClass)
        appendString(out, toString(*row.userClass));
    else
        out += "null";
    out += ",\"email\":";
    appendString(out, r.email);
    out += ",\"external_id\":";
    appendString(out, r.externalId);
    out += ",\"id\":";
    appendString(out, r.sourceId);
    out += ",\"individual\":";
    out += row.individual ? QByteArray::number(*row.individual) : QByteArray("null");
    out += ",\"it_user\":";
    out += itUser ? "true" : "false";
    out += ",\"last_login\":";
    if (Rules::isNeverLoggedIn(r.lastLogin))
        out += "null";
    else
        appendString(out, r.lastLogin);
    out += ",\"name\":";
    appendString(out, r.name);
    out += ",\"phone\":";
    appendString(out, r.phone);
    out += ",\"runtime\":";
    appendString(out, row.runtime);
    out += ",\"status\":";
    appendString(out, toString(row.status));
    out += ",\"tenant\":";
    appendString(out, r.tenant);
    out += ",\"username\":";
    appendString(out, r.username);
    out += '}';
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
