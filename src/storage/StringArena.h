#pragma once

#include <QString>

#include <memory>
#include <vector>

namespace hc {

// Strings that live as long as the arena, one after the other in large blocks. An import holds two keys for each of
// its rows until it has written them (SPEC §8: a million-record runtime in bounded memory); as a million heap
// allocations each key cost its header and malloc's rounding on top of its characters.
class StringArena
{
public:
    // A string equal to `s` whose characters are in the arena (QString::fromRawData): it and its copies are valid
    // only while the arena lives. An empty `s` is returned as it is (null stays null).
    QString keep(const QString &s);

private:
    static constexpr qsizetype BlockChars = 1 << 19; // 1 MiB

    std::vector<std::unique_ptr<char16_t[]>> m_blocks;
    std::vector<std::unique_ptr<char16_t[]>> m_large; // strings longer than a block, one allocation each
    qsizetype m_used = BlockChars;                 // in the last block
};

} // namespace hc
