#pragma once

#include "Counts.h"
#include "ReportQueries.h"
#include "Sha256.h"
#include "TextIndex.h"
#include "Result.h"
#include "Workspace.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QVector>

#include <vector>

namespace hc {

// The SHA-256 printed in a compliance report: over a canonical serialisation of an infrastructure's counts, its
// owned domains and every record behind them, so that an auditor can recompute it (`headcount-cli fingerprint`)
// and see that the report describes the workspace as it is. Streamed row by row: memory does not grow with the
// records.
//
// Canonical form, version 1 (also in README.md): UTF-8 lines, each ended by LF, fields separated by TAB; in text
// fields a backslash, TAB, LF and CR are written as \\, \t, \n and \r. Numbers are decimal; a capacity not set and
// a platform version not set are empty fields.
//   headcount-fingerprint<TAB>1
//   infrastructure<TAB>NAME
//   model<TAB>internal-external|named
//   platform_version<TAB>VERSION
//   capacity<TAB>INTERNAL<TAB>EXTERNAL<TAB>NAMED
//   unique<TAB>INTERNAL<TAB>EXTERNAL<TAB>TOTAL                    (named model: unique<TAB>TOTAL)
//   runtime<TAB>NAME<TAB>INT<TAB>EXT<TAB>TOTAL<TAB>PINT<TAB>PEXT<TAB>PTOTAL   one per runtime, in name order
//                                                                (named: runtime<TAB>NAME<TAB>TOTAL<TAB>PTOTAL)
//   excluded<TAB>IT_USER<TAB>INACTIVE<TAB>ANONYMOUS
//   domain<TAB>NORMALISED_DOMAIN                                 one per owned domain, in byte order
//   record<TAB>RUNTIME<TAB>SOURCE_ID<TAB>TENANT<TAB>USERNAME_KEY<TAB>EMAIL_KEY<TAB>STATUS<TAB>CLASS
//                                                                one per record, in record-id order
// The counts are those of `counts --json`; RUNTIME is the runtime's name; USERNAME_KEY is the trimmed lower-case
// username (R6) and EMAIL_KEY the normalised address (R1, R2; empty when none); STATUS is counted, it_user, inactive
// or anonymous (R5); CLASS is internal or external for a counted record of the internal-external model, else empty.
// Record-id order is each runtime's records in the order of its export, runtimes in the order they were added.
class ReportFingerprint
{
    Q_DECLARE_TR_FUNCTIONS(hc::ReportFingerprint)

public:
    static constexpr int Version = 1;

    // Starts a digest: the header lines now, then add() each record of the infrastructure in record-id order.
    ReportFingerprint(const Counts &counts, const QVector<DomainInfo> &ownedDomains,
                      const QVector<RuntimeInfo> &runtimes);
    ReportFingerprint(const ReportFingerprint &) = delete;
    ReportFingerprint &operator=(const ReportFingerprint &) = delete;

    void add(const RecordRow &row);
    // Lower-case hex; call once, after the last record.
    QString result();

    // Reads the counts, domains and records in one read transaction of its own (the `fingerprint` command).
    [[nodiscard]] static Result<QString> compute(const Workspace &workspace, qint64 infraId);

    // The lines before the records (exposed for tests that recompute the digest by hand).
    static QByteArray header(const Counts &counts, const QVector<DomainInfo> &ownedDomains);
    // A text field in canonical form.
    static QByteArray escaped(QByteArrayView utf8);

private:
    static char *put(char *at, QByteArrayView v);
    static char *putEscaped(char *at, QByteArrayView v);
    QByteArrayView classOf(QByteArrayView domain);
    void flush();

    Sha256 m_hash;
    QHash<qint64, QByteArray> m_runtimeNames; // escaped
    QSet<QString> m_owned;
    bool m_classes = false;
    qint64 m_runtimeId = -1;
    QByteArray m_runtimeName; // of m_runtimeId, escaped
    TextIndex m_classOfDomain; // domain -> m_classWords index
    std::vector<QByteArray> m_classWords;
    QByteArray m_buffer;
};

} // namespace hc
