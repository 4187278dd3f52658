#include "RowSpool.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstring>

namespace hc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RuntimeImport)
};

// Large enough that the file is written and read in a few hundred system calls per million rows.
constexpr qsizetype Chunk = 1 << 20;

} // namespace

Status RowSpool::failure(Problem problem) const
{
    const QString file = QDir::toNativeSeparators(m_file.fileName());
    switch (problem) {
    case Problem::Create:
        return Status::failure(Tr::tr("Cannot create the import's temporary file %1: %2").arg(file, m_file.errorString()));
    case Problem::Write:
        return Status::failure(Tr::tr("Cannot write the import's temporary file %1: %2").arg(file, m_file.errorString()));
    case Problem::Read:
        break;
    }
    return Status::failure(Tr::tr("Cannot read the import's temporary file %1: %2").arg(file, m_file.errorString()));
}

Status RowSpool::open()
{
    // QDir::tempPath() is empty when TMPDIR names no folder: the file would land in the current one instead.
    const QString dir = QDir::tempPath();
    if (dir.isEmpty() || !QFileInfo(dir).isDir()) {
        return Status::failure(Tr::tr("Cannot create the import's temporary file: the folder for temporary files "
                                      "(TMPDIR) %1 does not exist.")
                                   .arg(QDir::toNativeSeparators(qEnvironmentVariable("TMPDIR"))));
    }
    m_file.setFileTemplate(QDir(dir).filePath(QStringLiteral("headcount-import-XXXXXX")));
    if (!m_file.open())
        return failure(Problem::Create);
    m_buffer.reserve(Chunk + 4096);
    return {};
}

Status RowSpool::flush()
{
    if (m_buffer.isEmpty())
        return {};
    if (m_file.write(m_buffer) != m_buffer.size())
        return failure(Problem::Write);
    m_buffer.clear();
    return {};
}

Status RowSpool::append(const char *data, qsizetype size)
{
    m_buffer.append(data, size);
    return m_buffer.size() >= Chunk ? flush() : Status();
}

Status RowSpool::rewind()
{
    if (Status s = flush(); !s)
        return s;
    if (!m_file.flush() || !m_file.seek(0))
        return failure(Problem::Read);
    m_reading = true;
    m_read = 0;
    return {};
}

Result<const char *> RowSpool::next(qsizetype size)
{
    using R = Result<const char *>;
    if (!m_reading)
        return R::failure(Tr::tr("The import's temporary file was read before it was written."));
    if (m_buffer.size() - m_read < size) {
        // Keep the unread tail, then read ahead.
        m_buffer.remove(0, m_read);
        m_read = 0;
        const qsizetype have = m_buffer.size();
        const qsizetype want = std::max(Chunk, size - have);
        m_buffer.resize(have + want);
        const qint64 got = m_file.read(m_buffer.data() + have, want);
        if (got < 0)
            return R::failure(failure(Problem::Read).error());
        m_buffer.resize(have + got);
        if (m_buffer.size() < size)
            return R::failure(Tr::tr("The import's temporary file %1 ends early: it was changed or cut short "
                                     "while the import ran.")
                                  .arg(QDir::toNativeSeparators(m_file.fileName())));
    }
    const char *row = m_buffer.constData() + m_read;
    m_read += size;
    return row;
}

} // namespace hc
