#include "ReportFingerprint.h"

#include "ReportQueries.h"

#include <algorithm>
#include <cstring>

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

// Record lines are hashed through a buffer: one addData per row would cost more than the hashing itself.
constexpr qsizetype BufferSize = 64 * 1024;

const QByteArray &statusWord(RecordStatus status)
{
    static const QByteArray words[] = {toString(RecordStatus::Counted).toLatin1(), toString(RecordStatus::ItUser).toLatin1(),
                                       toString(RecordStatus::Inactive).toLatin1(),
                                       toString(RecordStatus::Anonymous).toLatin1()};
    return words[std::clamp(int(status), 0, 3)];
}

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

ReportFingerprint::ReportFingerprint(const Counts &counts, const QVector<DomainInfo> &ownedDomains,
                                     const QVector<RuntimeInfo> &runtimes)
    : m_classes(counts.model == LicenceModel::InternalExternal)
{
    m_hash.addData(header(counts, ownedDomains));
    for (const RuntimeInfo &r : runtimes)
        m_runtimeNames.insert(r.id, text(r.name));
    for (const DomainInfo &d : ownedDomains)
        m_owned.insert(d.normalized);
    m_buffer.reserve(BufferSize + 4096);
}

// The line is written straight into the buffer, sized once for its longest escaped form: a dozen QByteArray
// appends per record cost more than hashing it.
void ReportFingerprint::add(const RecordRow &row)
{
    if (row.runtimeId != m_runtimeId) {
        m_runtimeId = row.runtimeId;
        m_runtimeName = m_runtimeNames.value(row.runtimeId);
    }
    static constexpr QByteArrayView Record("record\t");
    const QByteArrayView fields[] = {row.sourceId, row.tenant, row.usernameKey, row.emailKey};
    const QByteArrayView status = statusWord(row.status);
    const QByteArrayView cls = m_classes && row.status == RecordStatus::Counted ? classOf(row.domain) : QByteArrayView();
    qsizetype longest = Record.size() + m_runtimeName.size() + status.size() + cls.size() + 3;
    for (QByteArrayView field : fields)
        longest += 1 + 2 * field.size();
    const qsizetype start = m_buffer.size();
    m_buffer.resize(start + longest);
    char *const begin = m_buffer.data() + start;
    char *at = put(begin, Record);
    at = put(at, m_runtimeName);
    for (QByteArrayView field : fields) {
        *at++ = '\t';
        at = putEscaped(at, field);
    }
    *at++ = '\t';
    at = put(at, status);
    *at++ = '\t';
    at = put(at, cls);
    *at++ = '\n';
    m_buffer.resize(start + (at - begin));
    if (m_buffer.size() >= BufferSize)
        flush();
}

char *ReportFingerprint::put(char *at, QByteArrayView v)
{
    if (!v.isEmpty())
        std::memcpy(at, v.data(), size_t(v.size()));
    return at + v.size();
}

char *ReportFingerprint::putEscaped(char *at, QByteArrayView v)
{
    const bool plain = std::none_of(v.begin(), v.end(), [](char c) {
        return c == '\\' || c == '\t' || c == '\n' || c == '\r';
    });
    if (plain)
        return put(at, v);
    const QByteArray e = escaped(v);
    return put(at, e);
}

QString ReportFingerprint::result()
{
    flush();
    const QByteArray digest = m_hash.result();
    return digest.size() == 32 ? QString::fromLatin1(digest.toHex()) : QString();
}

void ReportFingerprint::flush()
{
    m_hash.addData(m_buffer);
    m_buffer.resize(0); // keeps the allocation (clear() would free it)
}

QByteArrayView ReportFingerprint::classOf(QByteArrayView domain)
{
    // R4 once per distinct domain; the lookup goes through the raw bytes (no copy per record).
    const size_t hash = TextIndex::hashOf(domain);
    int word = m_classOfDomain.find(domain, hash);
    if (word == TextIndex::NotFound) {
        const QByteArray cls = toString(Rules::classify(QString::fromUtf8(domain), m_owned)).toLatin1();
        word = int(std::find(m_classWords.cbegin(), m_classWords.cend(), cls) - m_classWords.cbegin());
        if (word == int(m_classWords.size()))
            m_classWords.push_back(cls);
        m_classOfDomain.insert(domain, hash, word);
    }
    return m_classWords[size_t(word)];
}

Result<QString> ReportFingerprint::compute(const Workspace &workspace, qint64 infraId)
{
    ReadSnapshot snapshot(workspace);
    if (Status s = snapshot.begin(); !s)
        return Result<QString>::failure(s.error());
    const auto counts = workspace.counts(infraId);
    if (!counts)
        return Result<QString>::failure(counts.error());
    auto domains = workspace.domainStore().domains(infraId);
    if (!domains)
        return Result<QString>::failure(domains.error());
    auto runtimes = workspace.runtimeStore().runtimes(infraId);
    if (!runtimes)
        return Result<QString>::failure(runtimes.error());
    ReportFingerprint fingerprint(*counts, domains.value(), runtimes.value());
    const Status s = ReportQueries(workspace).forEachRecord(infraId, [&](const RecordRow &row) { fingerprint.add(row); });
    if (!s)
        return Result<QString>::failure(s.error());
    const QString hex = fingerprint.result();
    if (hex.isEmpty())
        return Result<QString>::failure(tr("Cannot compute the SHA-256 fingerprint."));
    return hex;
}

} // namespace hc
