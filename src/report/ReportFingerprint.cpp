#include "ReportFingerprint.h"

#include "ReportQueries.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace hc {

namespace {

QByteArray number(std::optional<qint64> n)
{
    return n ? QByteArray::number(*n) : QByteArray();
}

QByteArray line(std::initializer_list<QByteArray> fields)
{
    QByteArray out;
    for (const QByteArray &f : fields) {
        if (!out.isEmpty())
            out += '\t';
        out += f;
    }
    return out + '\n';
}

QByteArray text(const QString &s)
{
    return ReportFingerprint::escaped(s.toUtf8());
}

// INTERNAL<TAB>EXTERNAL<TAB>TOTAL, or TOTAL alone for the named model (as `counts --json` gives them).
QByteArray classFields(const ClassCounts &c, LicenceModel model)
{
    if (model == LicenceModel::Named)
        return QByteArray::number(c.total());
    return QByteArray::number(c.internal) + '\t' + QByteArray::number(c.external) + '\t'
        + QByteArray::number(c.total());
}

// Hashes the record lines through a 64 KiB buffer: one addData per row would cost more than the hashing itself.
class RecordHasher
{
public:
    RecordHasher(QCryptographicHash &hash, QHash<qint64, QByteArray> runtimeNames, QSet<QString> owned, bool classes)
        : m_hash(hash), m_runtimeNames(std::move(runtimeNames)), m_owned(std::move(owned)), m_classes(classes)
    {
        m_buffer.reserve(BufferSize + 4096);
    }
    ~RecordHasher() { flush(); }
    RecordHasher(const RecordHasher &) = delete;
    RecordHasher &operator=(const RecordHasher &) = delete;

    void add(const FingerprintRow &row)
    {
        m_buffer += "record\t";
        m_buffer += m_runtimeNames.value(row.runtimeId);
        for (QByteArrayView field : {row.sourceId, row.tenant, row.usernameKey, row.emailKey}) {
            m_buffer += '\t';
            appendEscaped(field);
        }
        m_buffer += '\t';
        m_buffer += toString(row.status).toLatin1();
        m_buffer += '\t';
        if (m_classes && row.status == RecordStatus::Counted)
            m_buffer += classOf(row.domain);
        m_buffer += '\n';
        if (m_buffer.size() >= BufferSize)
            flush();
    }

    void flush()
    {
        m_hash.addData(m_buffer);
        m_buffer.clear();
    }

private:
    static constexpr qsizetype BufferSize = 64 * 1024;

    void appendEscaped(QByteArrayView v)
    {
        const bool plain = std::none_of(v.begin(), v.end(), [](char c) {
            return c == '\\' || c == '\t' || c == '\n' || c == '\r';
        });
        if (plain)
            m_buffer.append(v.data(), v.size());
        else
            m_buffer += ReportFingerprint::escaped(v);
    }

    // R4 through the rule itself, once per distinct domain.
    const QByteArray &classOf(QByteArrayView domain)
    {
        const QByteArray key = domain.toByteArray();
        auto it = m_classCache.constFind(key);
        if (it == m_classCache.constEnd()) {
            const UserClass c = Rules::classify(QString::fromUtf8(key), m_owned);
            it = m_classCache.insert(key, toString(c).toLatin1());
        }
        return *it;
    }

    QCryptographicHash &m_hash;
    QHash<qint64, QByteArray> m_runtimeNames;
    QSet<QString> m_owned;
    bool m_classes;
    QHash<QByteArray, QByteArray> m_classCache;
    QByteArray m_buffer;
};

} // namespace

QByteArray ReportFingerprint::escaped(QByteArrayView utf8)
{
    QByteArray out;
    out.reserve(utf8.size());
    for (char c : utf8) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        default: out += c;
        }
    }
    return out;
}

QByteArray ReportFingerprint::header(const Counts &c, const QVector<DomainInfo> &ownedDomains)
{
    QByteArray out = line({"headcount-fingerprint", QByteArray::number(Version)});
    out += line({"infrastructure", text(c.infrastructure)});
    out += line({"model", toString(c.model).toUtf8()});
    out += line({"platform_version", text(c.platformVersion)});
    out += line({"capacity", number(c.capacity.internal), number(c.capacity.external), number(c.capacity.named)});
    out += line({"unique", classFields(c.unique, c.model)});
    for (const RuntimeCounts &rc : c.runtimes)
        out += line({"runtime", text(rc.name), classFields(rc.records, c.model), classFields(rc.platform, c.model)});
    out += line({"excluded", QByteArray::number(c.excluded.itUser), QByteArray::number(c.excluded.inactive),
                 QByteArray::number(c.excluded.anonymous)});
    QList<QByteArray> domains;
    for (const DomainInfo &d : ownedDomains)
        domains.append(text(d.normalized));
    std::sort(domains.begin(), domains.end());
    for (const QByteArray &d : domains)
        out += line({"domain", d});
    return out;
}

Result<QString> ReportFingerprint::compute(const Workspace &workspace, qint64 infraId)
{
    ReadSnapshot snapshot(workspace);
    if (Status s = snapshot.begin(); !s)
        return Result<QString>::failure(s.error());
    const auto counts = workspace.counts(infraId);
    if (!counts)
        return Result<QString>::failure(counts.error());
    return compute(workspace, infraId, *counts, workspace.domains(infraId));
}

Result<QString> ReportFingerprint::compute(const Workspace &workspace, qint64 infraId, const Counts &counts,
                                           const QVector<DomainInfo> &ownedDomains)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(header(counts, ownedDomains));
    QHash<qint64, QByteArray> runtimeNames;
    for (const RuntimeInfo &r : workspace.runtimes(infraId))
        runtimeNames.insert(r.id, text(r.name));
    QSet<QString> owned;
    for (const DomainInfo &d : ownedDomains)
        owned.insert(d.normalized);
    {
        RecordHasher hasher(hash, std::move(runtimeNames), std::move(owned), counts.model == LicenceModel::InternalExternal);
        const Status s = ReportQueries(workspace).forEachRecord(infraId, [&](const FingerprintRow &row) { hasher.add(row); });
        if (!s)
            return Result<QString>::failure(s.error());
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace hc
