#include "UserCsv.h"

#include "CsvWriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QSaveFile>

namespace hc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(UserCsv)
};

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

Status writeRows(const QVector<UserRow> &rows, QIODevice &out, qint64 &written, const UserCsv::Progress &progress)
{
    QByteArray chunk;
    chunk.reserve(rows.size() * 160);
    for (const UserRow &row : rows)
        chunk += CsvWriter::line(UserCsv::cells(row));
    if (out.write(chunk) != chunk.size())
        return Status::failure(Tr::tr("Could not write the CSV file: %1").arg(out.errorString()));
    written += rows.size();
    if (progress)
        progress(written);
    return {};
}

Status writeHeader(QIODevice &out)
{
    const QByteArray header = CsvWriter::line(UserCsv::header());
    if (out.write(header) != header.size())
        return Status::failure(Tr::tr("Could not write the CSV file: %1").arg(out.errorString()));
    return {};
}

} // namespace

QStringList UserCsv::header()
{
    // The keys of `users --json` (SPEC §4), so a script reads either the same way.
    return { QStringLiteral("runtime"), QStringLiteral("id"), QStringLiteral("username"), QStringLiteral("name"),
             QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("external_id"), QStringLiteral("tenant"),
             QStringLiteral("last_login"), QStringLiteral("active"), QStringLiteral("it_user"), QStringLiteral("class"),
             QStringLiteral("status"), QStringLiteral("individual") };
}

QStringList UserCsv::cells(const UserRow &row)
{
    const UserRecord &r = row.record;
    const bool itUser = row.status == RecordStatus::ItUser;
    return { row.runtime,
             r.sourceId,
             r.username,
             r.name,
             r.email,
             r.phone,
             r.externalId,
             r.tenant,
             Rules::isNeverLoggedIn(r.lastLogin) ? QString() : r.lastLogin,
             boolText(row.effectiveActive()),
             boolText(itUser),
             row.userClass ? toString(*row.userClass) : QString(),
             toString(row.status),
             row.individual ? QString::number(*row.individual) : QString() };
}

Result<qint64> UserCsv::write(const Workspace &ws, const UserFilter &filter, QIODevice &out,
                              const std::atomic_bool *cancelled, const Progress &progress)
{
    if (Status s = writeHeader(out); !s)
        return Result<qint64>::failure(s.error());
    qint64 written = 0;
    const Status read = ws.userQueries().forEachUser(
        filter, [&](const QVector<UserRow> &rows) { return writeRows(rows, out, written, progress); }, BatchSize,
        cancelled);
    if (!read)
        return Result<qint64>::failure(read.error());
    return written;
}

Result<qint64> UserCsv::writeIds(const Workspace &ws, qint64 infraId, const QVector<qint64> &ids, QIODevice &out,
                                 const std::atomic_bool *cancelled, const Progress &progress)
{
    if (Status s = writeHeader(out); !s)
        return Result<qint64>::failure(s.error());
    qint64 written = 0;
    for (qsizetype start = 0; start < ids.size(); start += IdsPerQuery) {
        if (cancelled && cancelled->load())
            return Result<qint64>::failure(Tr::tr("Cancelled."));
        UserFilter f;
        f.infraId = infraId;
        f.recordIds = ids.mid(start, IdsPerQuery);
        const auto found = ws.userQueries().users(f);
        if (!found)
            return Result<qint64>::failure(found.error());
        // users() returns its own order: put the rows back in the order asked for.
        QHash<qint64, const UserRow *> byId;
        for (const UserRow &r : *found)
            byId.insert(r.recordId, &r);
        QVector<UserRow> rows;
        rows.reserve(f.recordIds.size());
        for (qint64 id : std::as_const(f.recordIds)) {
            if (const UserRow *r = byId.value(id))
                rows.append(*r);
        }
        if (Status s = writeRows(rows, out, written, progress); !s)
            return Result<qint64>::failure(s.error());
    }
    return written;
}

Result<qint64> UserCsv::toFile(const QString &path, const std::function<Result<qint64>(QIODevice &)> &write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<qint64>::failure(Tr::tr("Could not write %1: %2").arg(path, file.errorString()));
    const auto written = write(file);
    if (!written) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit())
        return Result<qint64>::failure(Tr::tr("Could not write %1: %2").arg(path, file.errorString()));
    return written;
}

} // namespace hc
