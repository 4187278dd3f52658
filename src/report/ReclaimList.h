#pragma once

#include "Result.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

namespace hc {

// A record deactivated in Headcount, as its runtime's platform knows it.
struct ReclaimRecord {
    QString runtime;
    QString sourceId; // the export's Id
    QString username;
};

// Reclaim (SPEC §5, issue 10): what to deactivate on the platform after deactivating here, one CSV file per runtime
// (columns Id, Username; formula-safe through CsvWriter) for the platform administrator to apply. The next import of
// that runtime reconciles it: the records then come back inactive.
class ReclaimList {
public:
    // The file of `runtime` for `date`: "<runtime>-deactivate-<YYYY-MM-DD>.csv", the name made safe for any file
    // system (characters outside A–Z a–z 0–9 . _ - become _).
    static QString fileName(const QString &runtime, const QDate &date);
    // Writes one file per runtime into `folder` (each whole or not at all); the paths written, by runtime name.
    [[nodiscard]] static Result<QStringList> write(const QString &folder, const QVector<ReclaimRecord> &records,
                                                   const QDate &date = QDate::currentDate());
};

} // namespace hc
