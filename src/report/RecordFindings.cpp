#include "RecordFindings.h"

#include <algorithm>

namespace hc {

namespace {

quint64 hashOf(QByteArrayView utf8)
{
    return qHash(utf8, 0);
}

} // namespace

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
    m_names.add(row.name, row.individual, row.id);
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

    QVector<NameGroups::Group> nameGroups = m_names.shared();
    std::sort(nameGroups.begin(), nameGroups.end(), [](const NameGroups::Group &x, const NameGroups::Group &y) {
        return x.individuals != y.individuals ? x.individuals > y.individuals
                                              : x.records != y.records ? x.records > y.records : x.sampleId < y.sampleId;
    });
    names = {};
    names.names = nameGroups.size();
    ids.clear();
    for (const NameGroups::Group &g : std::as_const(nameGroups)) {
        names.individuals += g.individuals;
        if (names.top.size() < limit) {
            names.top.append({QString(), g.individuals, g.records});
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
