#include "MappedPages.h"

#include <algorithm>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace hc {

void MappedPages::release(const char *p)
{
#ifdef Q_OS_LINUX
    if (!contains(p))
        return;
    const auto page = quintptr(sysconf(_SC_PAGESIZE));
    const quintptr begin = (quintptr(m_begin) + page - 1) & ~(page - 1); // the first whole page
    const quintptr from = std::max(quintptr(m_released) & ~(page - 1), begin);
    // A page short of p: the row being parsed may still be read.
    const quintptr to = (quintptr(p) & ~(page - 1)) - page;
    if (to <= from)
        return;
    // MADV_DONTNEED on a shared read-only file mapping drops the pages from this process only (posix_madvise's
    // POSIX_MADV_DONTNEED is a no-op in glibc). A failure only leaves the pages resident.
    if (madvise(reinterpret_cast<void *>(from), size_t(to - from), MADV_DONTNEED) == 0)
        m_released = reinterpret_cast<const char *>(to);
#else
    Q_UNUSED(p)
#endif
}

} // namespace hc
