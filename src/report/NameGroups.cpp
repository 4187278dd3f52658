#include "NameGroups.h"

#include <QString>

#include <algorithm>
#include <cstring>

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

size_t hashOf(QByteArrayView text)
{
    return qHash(text, 0);
}

} // namespace

NameGroups::NameGroups() = default;
NameGroups::~NameGroups() = default;

QByteArrayView NameGroups::Store::keep(QByteArrayView bytes)
{
    constexpr qsizetype BlockSize = qsizetype(1) << 20;
    if (bytes.isEmpty())
        return QByteArrayView("", 0);
    if (m_used + bytes.size() > m_size) {
        m_size = std::max(BlockSize, bytes.size());
        m_blocks.emplace_back(new char[size_t(m_size)]);
        m_used = 0;
    }
    char *at = m_blocks.back().get() + m_used;
    std::memcpy(at, bytes.data(), size_t(bytes.size()));
    m_used += bytes.size();
    return QByteArrayView(at, bytes.size());
}

QByteArray NameGroups::fold(QByteArrayView utf8)
{
    if (!isAscii(utf8))
        return QString::fromUtf8(utf8).simplified().toCaseFolded().toUtf8();
    QByteArray out;
    return foldAscii(utf8, out).toByteArray();
}

int NameGroups::Index::find(QByteArrayView text, size_t hash) const
{
    if (m_slots.empty())
        return NotFound;
    const size_t mask = m_slots.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        const Slot &slot = m_slots[i];
        if (slot.size < 0)
            return NotFound;
        if (slot.hash == hash && slot.size == text.size()
            && std::memcmp(slot.text, text.data(), size_t(text.size())) == 0)
            return slot.value;
    }
}

void NameGroups::Index::insert(QByteArrayView keptText, size_t hash, int value)
{
    if ((m_used + 1) * 2 > m_slots.size())
        grow();
    const size_t mask = m_slots.size() - 1;
    size_t i = hash & mask;
    while (m_slots[i].size >= 0)
        i = (i + 1) & mask;
    m_slots[i] = {hash, keptText.data(), keptText.size(), value};
    ++m_used;
}

void NameGroups::Index::grow()
{
    std::vector<Slot> old(std::max<size_t>(1024, m_slots.size() * 2));
    old.swap(m_slots);
    const size_t mask = m_slots.size() - 1;
    for (const Slot &slot : old) {
        if (slot.size < 0)
            continue;
        size_t i = slot.hash & mask;
        while (m_slots[i].size >= 0)
            i = (i + 1) & mask;
        m_slots[i] = slot;
    }
}

int NameGroups::groupOfFolded(QByteArrayView folded)
{
    const size_t hash = hashOf(folded);
    if (const int group = m_byFolded.find(folded, hash); group >= 0)
        return group;
    const int group = int(m_groups.size());
    m_byFolded.insert(m_store.keep(folded), hash, group);
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
    const size_t hash = hashOf(name);
    int group = m_byRaw.find(name, hash);
    if (group != NotFound)
        return group;
    const QByteArray folded = fold(name);
    group = folded.isEmpty() ? Blank : groupOfFolded(folded);
    m_byRaw.insert(m_store.keep(name), hash, group);
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
