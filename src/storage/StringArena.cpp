#include "StringArena.h"

#include <algorithm>

namespace hc {

QString StringArena::keep(const QString &s)
{
    const qsizetype n = s.size();
    if (n == 0)
        return s;
    char16_t *to = nullptr; // left uninitialised until copied into
    if (n > BlockChars / 16) {
        m_large.emplace_back(new char16_t[size_t(n)]);
        to = m_large.back().get();
    } else {
        if (m_used + n > BlockChars) {
            m_blocks.emplace_back(new char16_t[size_t(BlockChars)]);
            m_used = 0;
        }
        to = m_blocks.back().get() + m_used;
        m_used += n;
    }
    std::copy_n(reinterpret_cast<const char16_t *>(s.constData()), n, to);
    return QString::fromRawData(reinterpret_cast<const QChar *>(to), n);
}

} // namespace hc
