#include "Counts.h"

#include <QJsonArray>

namespace hc {

namespace {

QJsonValue optionalNumber(std::optional<qint64> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// {"internal", "external", "total"}, or {"total"} for the named model.
QJsonObject classObject(const ClassCounts &c, LicenceModel model)
{
    if (model == LicenceModel::Named)
        return {{QStringLiteral("total"), c.total()}};
    return {{QStringLiteral("internal"), c.internal},
            {QStringLiteral("external"), c.external},
            {QStringLiteral("total"), c.total()}};
}

} // namespace

QJsonObject Counts::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("infrastructure"), infrastructure);
    o.insert(QStringLiteral("model"), toString(model));
    o.insert(QStringLiteral("platform_version"),
             platformVersion.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(platformVersion));
    QJsonArray rts;
    QJsonObject cap, over;
    if (model == LicenceModel::Named) {
        cap.insert(QStringLiteral("named"), optionalNumber(capacity.named));
        over.insert(QStringLiteral("named"), namedState() == CapacityState::Over);
    } else {
        cap.insert(QStringLiteral("internal"), optionalNumber(capacity.internal));
        cap.insert(QStringLiteral("external"), optionalNumber(capacity.external));
        over.insert(QStringLiteral("internal"), internalState() == CapacityState::Over);
        over.insert(QStringLiteral("external"), externalState() == CapacityState::Over);
    }
    for (const RuntimeCounts &rc : runtimes) {
        QJsonObject r = classObject(rc.records, model);
        r.insert(QStringLiteral("name"), rc.name);
        r.insert(QStringLiteral("platform"), classObject(rc.platform, model));
        rts.append(r);
    }
    o.insert(QStringLiteral("capacity"), cap);
    o.insert(QStringLiteral("unique"), classObject(unique, model));
    o.insert(QStringLiteral("platform_sum"), classObject(platformSum(), model));
    o.insert(QStringLiteral("runtimes"), rts);
    o.insert(QStringLiteral("excluded"), QJsonObject{{QStringLiteral("it_user"), excluded.itUser},
                                                     {QStringLiteral("inactive"), excluded.inactive},
                                                     {QStringLiteral("anonymous"), excluded.anonymous}});
    o.insert(QStringLiteral("over_capacity"), over);
    return o;
}

} // namespace hc
