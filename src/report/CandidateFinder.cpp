#include "CandidateFinder.h"

#include <algorithm>

namespace hc {

CandidateFinder::CandidateFinder(const QString &cutoffIsoDate, int limit)
    : m_cutoff(cutoffIsoDate.toUtf8())
    , m_limit(limit)
{
}

void CandidateFinder::add(const RecordRow &row)
{
    // Last logins are stored as ISO 8601 text, empty for never (the reader turns the platform's null date into
    // empty), so text order is time order — as in the SQL filter `last_login = '' OR last_login < cutoff`.
    if (row.status != RecordStatus::Counted || (!row.lastLogin.isEmpty() && !(row.lastLogin < m_cutoff)))
        return;
    ++m_total;
    if (m_limit <= 0)
        return;
    if (int(m_kept.size()) < m_limit) {
        m_kept.push({row.lastLogin.toByteArray(), row.id});
        return;
    }
    const Kept &top = m_kept.top();
    if (row.lastLogin < top.lastLogin || (row.lastLogin == top.lastLogin && row.id < top.id)) {
        m_kept.pop();
        m_kept.push({row.lastLogin.toByteArray(), row.id});
    }
}

QVector<qint64> CandidateFinder::ids() const
{
    auto heap = m_kept;
    QVector<qint64> ids;
    ids.reserve(qsizetype(heap.size()));
    for (; !heap.empty(); heap.pop())
        ids.append(heap.top().id);
    std::reverse(ids.begin(), ids.end());
    return ids;
}

} // namespace hc
