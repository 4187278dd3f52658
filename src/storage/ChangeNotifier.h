#pragma once

#include "Result.h"

#include <QObject>
#include <QPointer>
#include <QSqlDriver>
#include <QVector>

namespace hc {

class Workspace;

// Tells a front end that another connection committed a change to a shared workspace (SPEC §7, issue 12), so two
// consoles on one PostgreSQL workspace stay current: every committing write transaction sends a NOTIFY on Channel
// (Transaction::commit; delivered only when the transaction commits), and this LISTENs on the workspace's own
// connection. Its own commits are not reported. A file workspace has no such channel: start() says so and the front
// end polls Workspace::dataVersion() instead.
// Lives on the thread of the Workspace's connection, which needs an event loop; destroy it before the Workspace.
class ChangeNotifier : public QObject {
    Q_OBJECT

public:
    static constexpr const char *Channel = "headcount_changed";

    explicit ChangeNotifier(Workspace &workspace, QObject *parent = nullptr);
    ~ChangeNotifier() override;

    // Subscribes to the channel. False (and no error) for a workspace that cannot tell (SQLite); an error when the
    // server refused.
    [[nodiscard]] Result<bool> start();
    bool isListening() const { return m_driver != nullptr; }

    // The payload Transaction::commit sends: the ids of the infrastructures whose counts the change altered,
    // comma-separated (empty: not known, e.g. a change of runtimes or domains).
    static QString payload(const QVector<qint64> &infraIds);
    static QVector<qint64> infraIds(const QString &payload);

signals:
    // Another connection (another console, headcount-cli, a worker of this process) committed a change.
    void changedElsewhere(const QVector<qint64> &infraIds);

private:
    Workspace &m_workspace;
    QPointer<QSqlDriver> m_driver;
};

} // namespace hc
