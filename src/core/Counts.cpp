#include "Counts.h"

#include <QJsonArray>

namespace hc {

namespace {

QJsonValue optionalNumber(std::optional<qint64> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject Counts::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("infrastructure"), infrastructure);
    o.insert(QStringLiteral("model"), toString(model));
    QJsonArray rts;
    QJsonObject cap, uniq, over;
    if (model == LicenceModel::Named) {
        cap.insert(QStringLiteral("named"), optionalNumber(capacity.named));
        uniq.insert(QStringLiteral("total"), unique.total());
        over.insert(QStringLiteral("named"), namedState() == CapacityState::Over);
        for (const RuntimeCounts &rc : runtimes)
            rts.append(QJsonObject{{QStringLiteral("name"), rc.name}, {QStringLiteral("total"), rc.records.total()}});
    } else {
        cap.insert(QStringLiteral("internal"), optionalNumber(capacity.internal));
        cap.insert(QStringLiteral("external"), optionalNumber(capacity.external));
        uniq.insert(QStringLiteral("internal"), unique.internal);
        uniq.insert(QStringLiteral("external"), unique.external);
        uniq.insert(QStringLiteral("total"), unique.total());
        over.insert(QStringLiteral("internal"), internalState() == CapacityState::Over);
        over.insert(QStringLiteral("external"), externalState() == CapacityState::Over);
        for (const RuntimeCounts &rc : runtimes) {
            rts.append(QJsonObject{{QStringLiteral("name"), rc.name},
                                   {QStringLiteral("internal"), rc.records.internal},
                                   {QStringLiteral("external"), rc.records.external},
                                   {QStringLiteral("total"), rc.records.total()}});
        }
    }
    o.insert(QStringLiteral("capacity"), cap);
    o.insert(QStringLiteral("unique"), uniq);
    o.insert(QStringLiteral("runtimes"), rts);
    o.insert(QStringLiteral("excluded"), QJsonObject{{QStringLiteral("it_user"), excluded.itUser},
                                                     {QStringLiteral("inactive"), excluded.inactive},
                                                     {QStringLiteral("anonymous"), excluded.anonymous}});
    o.insert(QStringLiteral("over_capacity"), over);
    return o;
}

} // namespace hc
