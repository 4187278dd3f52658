#pragma once

#include "NameGroups.h"
#include "ReportData.h"
#include "ReportQueries.h"
#include "Result.h"

#include <QVector>

namespace hc {

// The data-quality findings that need every counted record (SPEC §6: e-mails shared by several records, likely
// duplicates), gathered in the report's one pass over the records instead of a GROUP BY each: in SQL, grouping a
// million text keys took 1.2–1.5 s per finding.
//  - shared e-mails are grouped per runtime (records arrive runtime by runtime), so their memory is one runtime's;
//    they are keyed by 64-bit hashes of the e-mail and username keys (a collision merges two groups with odds of
//    about 1 in 10^7 per million keys);
//  - names are grouped over the infrastructure (a person's accounts on several runtimes are the case to find), by
//    their folded text, exactly (NameGroups).
// The texts shown are read back by record id for the listed groups only.
class RecordFindings
{
public:
    // `limit`: groups listed per finding, and records listed without a valid e-mail.
    explicit RecordFindings(int limit) : m_limit(limit) {}

    void add(const RecordRow &row);
    // Ends the pass: totals, the largest groups of each finding with their texts, and the first counted records
    // without a valid e-mail.
    [[nodiscard]] Status finish(const ReportQueries &queries, SharedEmails &shared, DuplicateNames &names,
                                QVector<ReportRecord> &noEmailSample);

private:
    struct Entry
    {
        quint64 key;   // e-mail or name hash
        quint64 other; // username hash, or individual
        qint64 id;     // a record carrying it
    };
    struct Group
    {
        qint64 records = 0;
        qint64 distinct = 0; // usernames, or individuals
        qint64 runtimes = 0;
        qint64 sampleId = 0;
    };

    void endRuntime();
    static QVector<QPair<quint64, Group>> groups(QVector<Entry> &entries);

    int m_limit;
    qint64 m_runtimeId = -1;
    QVector<qint64> m_noEmail;
    QVector<Entry> m_runtimeEmails;
    QHash<quint64, Group> m_sharedEmails;
    NameGroups m_names;
};

} // namespace hc
