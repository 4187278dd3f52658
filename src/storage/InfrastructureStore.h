#pragma once

#include <optional>

#include "Result.h"
#include "StorageTypes.h"

#include <QSqlDatabase>

namespace hc {

// The infrastructures of a workspace: listed, added, renamed, removed, with their licence model, platform version
// (R12) and capacities. Each change is one transaction and stores a count snapshot when it can move a count.
class InfrastructureStore
{
public:
    explicit InfrastructureStore(QSqlDatabase db) : m_db(std::move(db)) {}

    [[nodiscard]] Result<QVector<InfrastructureInfo>> infrastructures() const;
    // `name` empty: the only one (an error when there are several).
    [[nodiscard]] Result<InfrastructureInfo> infrastructure(const QString &name = {}) const;
    [[nodiscard]] Result<InfrastructureInfo> infrastructureById(qint64 id) const;
    [[nodiscard]] Result<InfrastructureInfo> addInfrastructure(const QString &name, LicenceModel model,
                                                               const QString &platformVersion = {});
    [[nodiscard]] Status setCapacity(qint64 infraId, const Capacity &capacity);
    // The platform version (R12) as typed, e.g. "11.20.1"; empty unsets it. Counts follow at once (no row changes).
    [[nodiscard]] Status setPlatformVersion(qint64 infraId, const QString &version);
    [[nodiscard]] Status setLicenceModel(qint64 infraId, LicenceModel model);
    // Renaming keeps everything; removing takes the infrastructure's runtimes, records, domains and decisions with
    // it, in one transaction.
    // `currentName`: the name the caller knows it by (the CLI's --infra, the dialog's "before"); another name now means
    // someone renamed it meanwhile, and the rename is refused rather than overwrite theirs.
    [[nodiscard]] Status renameInfrastructure(qint64 infraId, const QString &newName,
                                              const std::optional<QString> &currentName = std::nullopt);
    [[nodiscard]] Status removeInfrastructure(qint64 infraId);

private:
    [[nodiscard]] Status updateOne(qint64 infraId, const QString &sql, const QVariantList &values, const QString &what,
                                   bool snapshot);

    QSqlDatabase m_db;
};

} // namespace hc
