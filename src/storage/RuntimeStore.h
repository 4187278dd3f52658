#pragma once

#include <optional>

#include "Result.h"
#include "StorageTypes.h"

#include <QSqlDatabase>

namespace hc {

// The runtimes of an infrastructure: listed with their records and last import, added, renamed, removed.
class RuntimeStore
{
public:
    explicit RuntimeStore(QSqlDatabase db) : m_db(std::move(db)) {}

    [[nodiscard]] Result<QVector<RuntimeInfo>> runtimes(qint64 infraId) const;
    [[nodiscard]] Result<RuntimeInfo> runtime(qint64 infraId, const QString &name) const;
    [[nodiscard]] Result<RuntimeInfo> addRuntime(qint64 infraId, const QString &name);
    // `currentName`: what the caller believes the runtime is called (the CLI resolved it by that name, an undo
    // restores from it); another name now means someone renamed it meanwhile, and the rename is refused rather than
    // overwrite theirs.
    [[nodiscard]] Status renameRuntime(qint64 runtimeId, const QString &newName,
                                       const std::optional<QString> &currentName = std::nullopt);
    // The runtime's records leave every individual they were part of: the infrastructure is recounted (seconds on a
    // million records).
    [[nodiscard]] Status removeRuntime(qint64 runtimeId);

    // Inside the caller's transaction: the rows of a runtime, including those its foreign keys do not reach
    // (user_key has none, on purpose: it is a bulk table). Aggregates are the caller's.
    [[nodiscard]] static Status deleteRuntimeRows(QSqlDatabase &db, qint64 runtimeId);

private:
    QSqlDatabase m_db;
};

} // namespace hc
