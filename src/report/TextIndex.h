#pragma once

#include <QByteArrayView>

#include <memory>
#include <vector>

namespace hc {

// Texts to small integers, exactly: an open-addressing table of the texts' 64-bit hashes, a text compared byte for
// byte when its hash matches, and a copy of each text kept in a few large blocks (no allocation per text). Flat,
// so that a lookup costs a cache miss or two: for the report's million lookups a QHash cost twice as much.
class TextIndex
{
public:
    static constexpr int NotFound = -1;

    static size_t hashOf(QByteArrayView text);

    // The value stored for `text` (`hash`: hashOf(text)), or NotFound.
    int find(QByteArrayView text, size_t hash) const;
    // `text` (under 2 GB, as any SQLite value is) must not be in the index yet; it is copied.
    void insert(QByteArrayView text, size_t hash, int value);
    qsizetype size() const { return qsizetype(m_used); }

private:
    static constexpr qsizetype Inline = 16; // most names and domains: compared without a second cache miss
    struct Slot
    {
        size_t hash = 0;
        qint32 size = -1; // -1: free
        int value = NotFound;
        union {
            char inlined[Inline]; // size <= Inline
            const char *kept;     // longer: in m_blocks
        };
        const char *text() const { return size <= Inline ? inlined : kept; }
    };
    static_assert(sizeof(Slot) == 32);
    const char *keep(QByteArrayView text);
    void grow();

    std::vector<Slot> m_slots; // a power of two, at most half used
    size_t m_used = 0;
    std::vector<std::unique_ptr<char[]>> m_blocks; // the texts; never moved, so the slots may point into them
    qsizetype m_blockUsed = 0;
    qsizetype m_blockSize = 0;
};

} // namespace hc
