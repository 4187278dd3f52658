#include "ChangeNotifier.h"

#include "SqlDialect.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

namespace hc {

ChangeNotifier::ChangeNotifier(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
}

ChangeNotifier::~ChangeNotifier()
{
    // The driver goes with the connection: when the Workspace is closed first there is nothing left to unsubscribe.
    if (m_driver)
        m_driver->unsubscribeFromNotification(QString::fromLatin1(Channel));
}

Result<bool> ChangeNotifier::start()
{
    const QSqlDatabase db = m_workspace.database();
    if (!SqlDialect::of(db).isPostgres())
        return false;
    if (m_driver)
        return true;
    QSqlDriver *driver = db.driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return false;
    const QString channel = QString::fromLatin1(Channel);
    if (!driver->subscribeToNotification(channel))
        return Result<bool>::failure(
            QCoreApplication::translate("hc::ChangeNotifier", "Cannot listen for changes made by others: %1")
                .arg(driver->lastError().text()));
    m_driver = driver;
    connect(driver, &QSqlDriver::notification, this,
        [this, channel](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
            // Our own commits were shown when they were made.
            if (name != channel || source == QSqlDriver::SelfSource)
                return;
            emit changedElsewhere(infraIds(payload.toString()));
        });
    return true;
}

QString ChangeNotifier::payload(const QVector<qint64> &infraIds)
{
    QStringList ids;
    ids.reserve(infraIds.size());
    for (qint64 id : infraIds)
        ids << QString::number(id);
    return ids.join(QLatin1Char(','));
}

QVector<qint64> ChangeNotifier::infraIds(const QString &payload)
{
    QVector<qint64> ids;
    for (const QString &part : payload.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.toLongLong(&ok);
        if (ok)
            ids << id;
    }
    return ids;
}

} // namespace hc
