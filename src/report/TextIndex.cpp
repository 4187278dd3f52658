#include "TextIndex.h"

#include <QHashFunctions>
#include <QtGlobal>

#include <algorithm>
#include <cstring>
#include <limits>

namespace hc {

size_t TextIndex::hashOf(QByteArrayView text)
{
    return qHash(text, 0);
}

int TextIndex::find(QByteArrayView text, size_t hash) const
{
    if (m_slots.empty())
        return NotFound;
    const size_t mask = m_slots.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        const Slot &slot = m_slots[i];
        if (slot.size < 0)
            return NotFound;
        if (slot.hash == hash && slot.size == text.size()
            && (text.isEmpty() || std::memcmp(slot.text(), text.data(), size_t(text.size())) == 0))
            return slot.value;
    }
}

void TextIndex::insert(QByteArrayView text, size_t hash, int value)
{
    if ((m_used + 1) * 2 > m_slots.size())
        grow();
    const size_t mask = m_slots.size() - 1;
    size_t i = hash & mask;
    while (m_slots[i].size >= 0)
        i = (i + 1) & mask;
    if (text.size() > std::numeric_limits<qint32>::max())
        qFatal("TextIndex: a text of %lld bytes", qlonglong(text.size())); // SQLite values are at most 1 GB
    Slot &slot = m_slots[i];
    slot.hash = hash;
    slot.size = qint32(text.size());
    slot.value = value;
    if (text.size() <= Inline) {
        if (!text.isEmpty())
            std::memcpy(slot.inlined, text.data(), size_t(text.size()));
    } else {
        slot.kept = keep(text);
    }
    ++m_used;
}

const char *TextIndex::keep(QByteArrayView text)
{
    constexpr qsizetype BlockSize = qsizetype(1) << 20;
    if (m_blockUsed + text.size() > m_blockSize) {
        m_blockSize = std::max(BlockSize, text.size());
        m_blocks.emplace_back(new char[size_t(m_blockSize)]);
        m_blockUsed = 0;
    }
    char *at = m_blocks.back().get() + m_blockUsed;
    std::memcpy(at, text.data(), size_t(text.size()));
    m_blockUsed += text.size();
    return at;
}

void TextIndex::grow()
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

} // namespace hc
