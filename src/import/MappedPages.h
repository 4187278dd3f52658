#pragma once

#include <QtGlobal>

namespace hc {

// A mapped export's pages already parsed, given back as the parse moves on. A mapped file's pages count in the
// process's resident memory once read (a 190 MB export was 190 MB of an import's peak RSS, SPEC §8), and the CSV
// parser reads forward only. Giving pages back never changes what the mapping reads: a page touched again (an error
// message's column) is read from the file again.
class MappedPages
{
public:
    MappedPages(const char *begin, qsizetype size) : m_begin(begin), m_end(begin + size), m_released(begin) {}

    bool contains(const char *p) const { return p >= m_begin && p < m_end; }
    // Everything well before `p` is no longer needed; given back a few megabytes at a time.
    void releaseBefore(const char *p)
    {
        if (p - m_released >= Step)
            release(p);
    }

private:
    static constexpr qsizetype Step = 8 << 20;
    void release(const char *p);

    const char *m_begin;
    const char *m_end;
    const char *m_released; // page-aligned once anything was given back
};

} // namespace hc
