#pragma once

#include "Result.h"
#include "Workspace.h"

#include <QIODevice>
#include <QStringList>

#include <atomic>
#include <functional>

namespace hc {

// The Users list as CSV (SPEC §4 `users --output`, the console's Export to CSV): the columns and values of
// `users --json`, written through CsvWriter (formula-safe). Rows are read and written in batches, so a million
// records take a few megabytes of memory, not the whole list.
class UserCsv
{
public:
    using Progress = std::function<void(qint64 written)>;

    static QStringList header();
    static QStringList cells(const UserRow &row);

    // Writes the header and the rows of `filter` in its order; the rows written.
    [[nodiscard]] static Result<qint64> write(const Workspace &ws, const UserFilter &filter, QIODevice &out,
                                              const std::atomic_bool *cancelled = nullptr, const Progress &progress = {});
    // Writes the header and the records of `ids` (of infrastructure `infraId`) in that order; ids of records that
    // are gone are left out.
    [[nodiscard]] static Result<qint64> writeIds(const Workspace &ws, qint64 infraId, const QVector<qint64> &ids,
                                                 QIODevice &out, const std::atomic_bool *cancelled = nullptr,
                                                 const Progress &progress = {});

    // Runs `write` into `path` through a QSaveFile: a failed or cancelled export leaves the file as it was.
    [[nodiscard]] static Result<qint64> toFile(const QString &path,
                                               const std::function<Result<qint64>(QIODevice &)> &write);

    static constexpr int BatchSize = 2000;
    static constexpr int IdsPerQuery = 500;
};

} // namespace hc
