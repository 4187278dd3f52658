#include "RecordSnapshot.h"

#include <QCoreApplication>
#include <QDir>

namespace hc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RecordSnapshot)
};

constexpr quint32 Magic = 0x48435331; // "HCS1"

} // namespace

RecordSnapshot::RecordSnapshot(const QString &path)
    : m_file(path)
{
}

Status RecordSnapshot::open()
{
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Status::failure(Tr::tr("Could not keep the records for undo in %1: %2")
                                   .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString()));
    m_stream.setDevice(&m_file);
    m_stream.setVersion(QDataStream::Qt_6_0);
    m_stream << Magic;
    return {};
}

void RecordSnapshot::add(const UserRecord &r)
{
    m_stream << r.sourceId << r.name << r.username << r.email << r.phone << r.externalId << r.tenant
             << r.creationDate << r.lastLogin << r.active << r.itUser;
}

Status RecordSnapshot::finish()
{
    m_stream.setDevice(nullptr);
    if (m_file.error() != QFileDevice::NoError || !m_file.flush()) {
        const QString error = m_file.errorString();
        m_file.close();
        return Status::failure(Tr::tr("Could not keep the records for undo in %1: %2")
                                   .arg(QDir::toNativeSeparators(m_file.fileName()), error));
    }
    m_file.close();
    return {};
}

Status RecordSnapshot::write(const QString &path, const QVector<UserRecord> &records)
{
    RecordSnapshot snapshot(path);
    if (Status s = snapshot.open(); !s)
        return s;
    for (const UserRecord &r : records)
        snapshot.add(r);
    return snapshot.finish();
}

Result<QVector<UserRecord>> RecordSnapshot::read(const QString &path)
{
    using R = Result<QVector<UserRecord>>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(Tr::tr("The records kept for undo are gone (%1): %2")
                              .arg(QDir::toNativeSeparators(path), file.errorString()));
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_0);
    quint32 magic = 0;
    in >> magic;
    if (magic != Magic)
        return R::failure(Tr::tr("The records kept for undo are damaged (%1).").arg(QDir::toNativeSeparators(path)));
    QVector<UserRecord> records;
    while (!in.atEnd()) {
        UserRecord r;
        in >> r.sourceId >> r.name >> r.username >> r.email >> r.phone >> r.externalId >> r.tenant >> r.creationDate
            >> r.lastLogin >> r.active >> r.itUser;
        if (in.status() != QDataStream::Ok)
            return R::failure(Tr::tr("The records kept for undo are damaged (%1).").arg(QDir::toNativeSeparators(path)));
        records.append(r);
    }
    return records;
}

} // namespace hc
