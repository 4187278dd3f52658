#pragma once

#include "Result.h"
#include "UserRecord.h"

#include <QDataStream>
#include <QFile>
#include <QString>
#include <QVector>

namespace hc {

// A runtime's records kept on disk so an import can be undone (and redone) without holding a quarter of a million
// records in the console's memory: written a record at a time while the import runs, read back whole by the undo.
// Passwords are never part of a UserRecord, so none reaches the file. The files live in the session's temporary
// folder and go with it.
class RecordSnapshot {
public:
    explicit RecordSnapshot(const QString &path);
    [[nodiscard]] Status open();
    void add(const UserRecord &record);
    [[nodiscard]] Status finish();

    [[nodiscard]] static Status write(const QString &path, const QVector<UserRecord> &records);
    [[nodiscard]] static Result<QVector<UserRecord>> read(const QString &path);

private:
    QFile m_file;
    QDataStream m_stream;
};

} // namespace hc
