#include "NameGroups.h"

#include <QString>

#include <algorithm>

namespace hc {

namespace {

bool isAscii(QByteArrayView utf8)
{
    return std::none_of(utf8.begin(), utf8.end(), [](char c) { return quint8(c) >= 0x80; });
}

bool isAsciiSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r'); // QChar::isSpace below 0x80
}

// What QString::simplified().toCaseFolded() gives for plain ASCII, written into `out` (no allocation once it is
// large enough).
QByteArrayView foldAscii(QByteArrayView ascii, QByteArray &out)
{
    if (out.size() < ascii.size())
        out.resize(ascii.size());
    char *const begin = out.data();
    char *at = begin;
    bool space = false;
    for (char c : ascii) {
        if (isAsciiSpace(c)) {
            space = at != begin;
            continue;
        }
        if (space)
            *at++ = ' ';
        space = false;
        *at++ = c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c;
    }
    return QByteArrayView(begin, at - begin);
}

} // namespace

NameGroups::NameGroups() = default;
NameGroups::~NameGroups() = default;

QByteArray NameGroups::fold(QByteArrayView utf8)
{
    if (!isAscii(utf8))
        return QString::fromUtf8(utf8).simplified().toCaseFolded().toUtf8();
    QByteArray out;
    return foldAscii(utf8, out).toByteArray();
}

int NameGroups::groupOfFolded(QByteArrayView folded)
{
    const size_t hash = TextIndex::hashOf(folded);
    if (const int group = m_byFolded.find(folded, hash); group >= 0)
        return group;
    const int group = int(m_groups.size());
    m_byFolded.insert(folded, hash, group);
    m_groups.append(State());
    return group;
}

int NameGroups::groupOf(QByteArrayView name)
{
    if (isAscii(name)) {
        const QByteArrayView folded = foldAscii(name, m_folded);
        return folded.isEmpty() ? Blank : groupOfFolded(folded);
    }
    // Folding through QString costs allocations: once per spelling, not once per record.
    const size_t hash = TextIndex::hashOf(name);
    int group = m_byRaw.find(name, hash);
    if (group != TextIndex::NotFound)
        return group;
    const QByteArray folded = fold(name);
    group = folded.isEmpty() ? Blank : groupOfFolded(folded);
    m_byRaw.insert(name, hash, group);
    return group;
}

void NameGroups::add(QByteArrayView name, qint64 individual, qint64 id)
{
    const int group = groupOf(name);
    if (group == Blank)
        return;
    State &s = m_groups[group];
    if (s.records++ == 0) {
        s.firstIndividual = s.lastIndividual = s.sampleIndividual = individual;
        s.sampleId = id;
        return;
    }
    // Records arrive in id order, so the first record of the smallest individual stays the sample.
    if (individual < s.sampleIndividual) {
        s.sampleIndividual = individual;
        s.sampleId = id;
    }
    // Every individual but the first is kept (a repeat of the last one need not be): distinct = 1 + those distinct.
    if (individual != s.firstIndividual && individual != s.lastIndividual)
        m_others.append({group, individual});
    s.lastIndividual = individual;
}

QVector<NameGroups::Group> NameGroups::shared()
{
    // The kept individuals put in order of their group by counting, then each group's few sorted: much cheaper
    // than sorting them all.
    QVector<qsizetype> start(m_groups.size() + 1, 0);
    for (const Other &o : std::as_const(m_others))
        ++start[o.group + 1];
    for (qsizetype g = 0; g < m_groups.size(); ++g)
        start[g + 1] += start[g];
    QVector<qint64> individuals(m_others.size());
    {
        QVector<qsizetype> next(start.cbegin(), start.cend() - 1);
        for (const Other &o : std::as_const(m_others))
            individuals[next[o.group]++] = o.individual;
    }
    m_others = {};
    QVector<Group> found;
    for (qsizetype g = 0; g < m_groups.size(); ++g) {
        const auto begin = individuals.begin() + start.at(g);
        const auto end = individuals.begin() + start.at(g + 1);
        if (begin == end)
            continue;
        std::sort(begin, end);
        const qint64 others = std::unique(begin, end) - begin;
        found.append({m_groups.at(g).records, 1 + others, m_groups.at(g).sampleId});
    }
    return found;
}

} // namespace hc
