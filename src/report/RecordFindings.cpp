#include "RecordFindings.h"

#include <algorithm>

namespace hc {

namespace {

quint64 hashOf(QByteArrayView utf8)
{
    return qHash(utf8, 0);
}

// FNV-1a 64.
constexpr quint64 FnvOffset = 14695981039346656037ULL;
constexpr quint64 FnvPrime = 1099511628211ULL;

quint64 fnv(QByteArrayView bytes, quint64 h = FnvOffset)
{
    for (char c : bytes)
        h = (h ^ quint8(c)) * FnvPrime;
    return h;
}

bool isAsciiSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r'); // QChar::isSpace below 0x80
}


} // namespace

quint64 RecordFindings::nameHash(QByteArrayView utf8)
{
    if (std::any_of(utf8.begin(), utf8.end(), [](char c) { return quint8(c) >= 0x80; })) {
        const QByteArray folded = QString::fromUtf8(utf8).simplified().toCaseFolded().toUtf8();
        return folded.isEmpty() ? 0 : fnv(folded);
    }
    quint64 h = FnvOffset;
    bool any = false;
    bool space = false;
    for (char c : utf8) {
        if (isAsciiSpace(c)) {
            space = any;
            continue;
        }
        if (space)
            h = (h ^ quint8(' ')) * FnvPrime;
        space = false;
        any = true;
        h = (h ^ quint8(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c)) * FnvPrime;
    }
    return any ? h : 0;
}

void RecordFindings::add(const RecordRow &row)
{
    if (row.runtimeId != m_runtimeId) {
        endRuntime();
        m_runtimeId = row.runtimeId;
    }
    if (row.status != RecordStatus::Counted)
        return;
    if (!row.emailKey.isEmpty())
        m_runtimeEmails.append({hashOf(row.emailKey), hashOf(row.usernameKey), row.id});
    else if (m_noEmail.size() < m_limit)
        m_noEmail.append(row.id);
    if (const quint64 name = nameHash(row.name); name != 0)
        m_names.append({name, quint64(row.individual), row.id});
}

// Sorts by (key, other) and returns the keys carried by more than one distinct `other`.
QVector<QPair<quint64, RecordFindings::Group>> RecordFindings::groups(QVector<Entry> &entries)
{
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.key != b.key ? a.key < b.key : a.other != b.other ? a.other < b.other : a.id < b.id;
    });
    QVector<QPair<quint64, Group>> found;
    for (qsizetype i = 0; i < entries.size();) {
        Group g;
        g.sampleId = entries.at(i).id;
        qsizetype j = i;
        for (; j < entries.size() && entries.at(j).key == entries.at(i).key; ++j) {
            ++g.records;
            if (j == i || entries.at(j).other != entries.at(j - 1).other)
                ++g.distinct;
        }
        if (g.distinct > 1)
            found.append({entries.at(i).key, g});
        i = j;
    }
    return found;
}

void RecordFindings::endRuntime()
{
    for (const auto &[key, g] : groups(m_runtimeEmails)) {
        Group &all = m_sharedEmails[key];
        all.records += g.records;
        all.distinct += g.distinct;
        all.runtimes += 1;
        if (all.sampleId == 0)
            all.sampleId = g.sampleId;
    }
    m_runtimeEmails.clear();
    m_runtimeEmails.squeeze();
}

Status RecordFindings::finish(const ReportQueries &queries, SharedEmails &shared, DuplicateNames &names,
                              QVector<ReportRecord> &noEmailSample)
{
    const int limit = m_limit;
    endRuntime();
    QVector<Group> emailGroups(m_sharedEmails.cbegin(), m_sharedEmails.cend());
    const auto byRecords = [](const Group &a, const Group &b) {
        return a.records != b.records ? a.records > b.records : a.sampleId < b.sampleId;
    };
    std::sort(emailGroups.begin(), emailGroups.end(), byRecords);
    shared = {};
    shared.addresses = emailGroups.size();
    QVector<qint64> ids;
    for (const Group &g : std::as_const(emailGroups)) {
        shared.records += g.records;
        if (shared.top.size() < limit) {
            shared.top.append({QString(), g.records, g.distinct, g.runtimes});
            ids.append(g.sampleId);
        }
    }
    auto texts = queries.records(ids);
    if (!texts)
        return Status::failure(texts.error());
    for (int i = 0; i < shared.top.size() && i < texts->size(); ++i)
        shared.top[i].emailKey = texts->at(i).emailKey;

    QVector<QPair<quint64, Group>> nameGroups = groups(m_names);
    m_names.clear();
    m_names.squeeze();
    std::sort(nameGroups.begin(), nameGroups.end(), [](const auto &a, const auto &b) {
        const Group &x = a.second, &y = b.second;
        return x.distinct != y.distinct ? x.distinct > y.distinct
                                        : x.records != y.records ? x.records > y.records : x.sampleId < y.sampleId;
    });
    names = {};
    names.names = nameGroups.size();
    ids.clear();
    for (const auto &[key, g] : std::as_const(nameGroups)) {
        names.individuals += g.distinct;
        if (names.top.size() < limit) {
            names.top.append({QString(), g.distinct, g.records});
            ids.append(g.sampleId);
        }
    }
    texts = queries.records(ids);
    if (!texts)
        return Status::failure(texts.error());
    for (int i = 0; i < names.top.size() && i < texts->size(); ++i)
        names.top[i].name = texts->at(i).name;

    auto sample = queries.records(m_noEmail);
    if (!sample)
        return Status::failure(sample.error());
    noEmailSample = std::move(sample).value();
    return {};
}

} // namespace hc
