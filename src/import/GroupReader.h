#pragma once

#include "ExportReader.h"
#include "GroupMembership.h"
#include "Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

namespace hc {

struct GroupData {
    QVector<GroupMembership> memberships;
    QVector<qint64> lines; // 1-based source line where each membership starts
    QStringList columns; // header as read (JSON: keys in order of first appearance)
    QStringList unknownColumns; // ignored columns, each name once
    bool hasTenant = false; // a tenant column was present
    QString encoding;
    QChar delimiter; // CSV only
    ExportFormat format = ExportFormat::Csv;
    QVector<ImportProblem> skipped; // rows skipped because skipBadRows was set
};

// Reads a runtime's group membership export: CSV or JSON (an array of objects, or an object holding one such array)
// with one line per group and member. Columns, matched like the user export's (case-insensitive, ignoring spaces,
// `_` and `-`): Group | GroupName | Role | RoleName, Username | UserName | Login | User, and optionally
// Tenant | TenantId | Tenant_Id; others are ignored and reported. Encodings, delimiters, line ends, quoting and
// the errors (file:line:column) are those of ExportReader; an empty group or username is a bad row.
class GroupReader {
    Q_DECLARE_TR_FUNCTIONS(hc::GroupReader)

public:
    enum class Column { Ignored, Group, Username, Tenant };
    static Column columnFor(QStringView name);

    // ReadOptions: format, skipBadRows and delimiter apply; columnMapping and batchSize do not.
    static Result<GroupData> readFile(const QString &path, const ReadOptions &options = {});
    static Result<GroupData> readBytes(
        const QByteArray &bytes, const QString &fileName, const ReadOptions &options = {});
};

} // namespace hc
