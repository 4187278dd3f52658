#include "UsersModel.h"

#include "WorkspaceSession.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace hc {

namespace {

// A record's runtime is the upper half of its id (RuntimeImport: ids [runtime << 32, (runtime + 1) << 32)).
qint64 runtimeIdOf(qint64 recordId)
{
    return recordId >> 32;
}

// Whether two filters select and order the same rows.
bool sameQuery(const UserFilter &a, const UserFilter &b)
{
    return a.infraId == b.infraId && a.runtimeId == b.runtimeId && a.search == b.search && a.userClass == b.userClass
        && a.status == b.status && a.tenant == b.tenant && a.notLoggedInSince == b.notLoggedInSince
        && a.group == b.group && a.sortBy == b.sortBy && a.descending == b.descending;
}

} // namespace

UsersModel::UsersModel(WorkspaceSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    // One background load at a time: a newer one cancels the older, so at most one extra connection is open.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(5000);
    if (m_session) {
        connect(m_session, &WorkspaceSession::currentInfrastructureChanged, this, &UsersModel::followInfrastructure);
        connect(m_session, &WorkspaceSession::workspaceClosed, this, &UsersModel::followInfrastructure);
        // A write waits for readers to finish (rollback journal): stop a long background read before a change.
        connect(m_session, &WorkspaceSession::recordsAboutToChange, this, &UsersModel::cancelLoad);
        connect(m_session, &WorkspaceSession::recordsChanged, this, [this] {
            if (m_refreshAfterChanges)
                refresh();
        });
    }
    followInfrastructure();
}

UsersModel::~UsersModel()
{
    cancelLoad();
    m_pool.waitForDone();
}

// ---- what to show --------------------------------------------------------------------------------------------

void UsersModel::followInfrastructure()
{
    const qint64 infraId = m_session && m_session->isOpen() ? m_session->currentInfrastructureId() : 0;
    if (infraId != m_filter.infraId) {
        // Runtimes and tenants belong to one infrastructure; the search, status and class still make sense.
        m_filter.infraId = infraId;
        m_filter.runtimeId.reset();
        m_filter.tenant.reset();
    }
    reload(Load::Replace);
}

void UsersModel::setFilter(const UserFilter &filter)
{
    m_filter = filter;
    if (m_filter.infraId == 0 && m_session)
        m_filter.infraId = m_session->currentInfrastructureId();
    m_filter.limit = -1;
    m_filter.offset = 0;
    m_filter.recordIds.clear();
    reload(Load::Replace);
}

void UsersModel::setSearchText(const QString &text)
{
    UserFilter f = m_filter;
    f.search = text;
    setFilter(f);
}

UserSort UsersModel::userSort(Column column)
{
    switch (column) {
    case Column::Runtime:
        return UserSort::Runtime;
    case Column::Username:
        return UserSort::Username;
    case Column::Name:
        return UserSort::Name;
    case Column::Email:
        return UserSort::Email;
    case Column::Phone:
        return UserSort::Phone;
    case Column::Tenant:
        return UserSort::Tenant;
    case Column::LastLogin:
        return UserSort::LastLogin;
    case Column::Status:
        return UserSort::Status;
    case Column::Class:
        return UserSort::Class;
    case Column::Individual:
        return UserSort::Individual;
    }
    return UserSort::Runtime;
}

void UsersModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    if (Column(column) == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = Column(column);
    m_sortOrder = order;
    reload(Load::Replace);
}

UserFilter UsersModel::queryFilter() const
{
    UserFilter f = m_filter;
    f.sortBy = userSort(m_sortColumn);
    f.descending = m_sortOrder == Qt::DescendingOrder;
    f.limit = -1;
    f.offset = 0;
    f.recordIds.clear();
    return f;
}

bool UsersModel::countIsCheap() const
{
    // Workspace::userCount answers these from the aggregates; the others read every record.
    return m_filter.search.isEmpty() && !m_filter.tenant && m_filter.notLoggedInSince.isEmpty()
        && m_filter.group.isEmpty();
}

// ---- loading ---------------------------------------------------------------------------------------------------

void UsersModel::resetToEmpty()
{
    cancelLoad();
    setLoading(false);
    beginResetModel();
    m_rows = 0;
    m_countKnown = true;
    m_ids.clear();
    m_haveIds = false;
    m_placeholders = false;
    m_lastFetchFull = false;
    m_pages.clear();
    m_pageUse.clear();
    endResetModel();
}

void UsersModel::reload(Load load)
{
    Workspace *ws = m_session ? m_session->workspace() : nullptr;
    if (!ws || m_filter.infraId == 0) {
        if (m_rows > 0 || m_haveIds)
            resetToEmpty();
        return;
    }
    cancelLoad();

    if (!streamable() || !countIsCheap()) {
        // A search or a column sort reads many records: in the background, so typing never waits on a scan. What is
        // shown stays until the first rows of the new list arrive (after a change: with its new data).
        if (load == Load::Refresh && m_rows > 0)
            rereadShownRows();
        startLoad(load, load == Load::Replace && streamable());
        return;
    }

    // Runtime order, runtime/status/class filter: the first rows are one LIMIT query that stops early, the total is
    // an aggregate. Both take milliseconds on a million records, so they are read here and the scroll bar is right.
    UserFilter first = queryFilter();
    first.limit = FirstRows;
    auto rows = ws->userQueries().users(first);
    const auto total = ws->userQueries().userCount(queryFilter());
    if (!rows || !total) {
        emit errorOccurred(rows ? total.error() : rows.error());
        resetToEmpty();
        return;
    }
    const bool complete = *total <= rows->size();

    QVector<qint64> ids; // all of them when the list is complete
    for (const UserRow &r : std::as_const(*rows))
        ids << r.recordId;

    if (load == Load::Refresh && m_rows > 0) {
        const bool sameList = complete && m_haveIds && sameQuery(m_shown, queryFilter());
        if (sameList && (ids == m_ids || applyRemovalsOrInsertions(ids))) {
            // The same records, some gone or back: new data, selection and scroll position kept.
            rereadShownRows();
            cachePage(0, std::move(rows).value());
            setLoading(false);
            emit rowsCounted(m_rows);
            return;
        }
        if (!complete) {
            // Larger lists: show the new data of the same records now, compare the whole list when it is read.
            rereadShownRows();
            startLoad(Load::Refresh, false);
            return;
        }
    }

    beginResetModel();
    m_shown = queryFilter();
    m_ids = complete ? ids : QVector<qint64>();
    m_haveIds = complete;
    m_placeholders = false;
    m_pages.clear();
    m_pageUse.clear();
    m_countKnown = true;
    m_lastFetchFull = false;
    m_rows = int(*total);
    cachePage(0, std::move(rows).value());
    endResetModel();
    emit rowsCounted(m_rows);
    setLoading(false);
    // The id list lets rows far down be read by id instead of a long OFFSET.
    if (!complete)
        startLoad(Load::Replace, false);
}

void UsersModel::rereadShownRows()
{
    m_pages.clear();
    m_pageUse.clear();
    m_placeholders = false;
    if (m_rows > 0)
        emit dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
}

void UsersModel::refresh()
{
    reload(Load::Refresh);
}

void UsersModel::startLoad(Load load, bool firstRows)
{
    cancelLoad();
    const quint64 generation = ++m_generation;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    const QString path = m_session->path();
    const UserFilter filter = queryFilter();
    setLoading(true);
    m_pool.start([this, path, filter, generation, load, firstRows, cancel] {
        if (cancel->load())
            return;
        // A connection of this thread's own, closed afterwards: its page cache does not stay in memory.
        auto ws = Workspace::open(path);
        if (!ws) {
            const QString error = ws.error();
            QMetaObject::invokeMethod(
                this, [this, generation, error] { loadFailed(generation, error); }, Qt::QueuedConnection);
            return;
        }
        if (firstRows) {
            // What to show first: a search stops as soon as it has a screenful.
            UserFilter first = filter;
            first.limit = FirstRows;
            const auto rows = (*ws)->userQueries().users(first);
            if (cancel->load())
                return;
            if (!rows) {
                const QString error = rows.error();
                QMetaObject::invokeMethod(
                    this, [this, generation, error] { loadFailed(generation, error); }, Qt::QueuedConnection);
                return;
            }
            const QVector<UserRow> shown = *rows;
            QMetaObject::invokeMethod(
                this, [this, generation, filter, shown] { firstRowsLoaded(generation, filter, shown); },
                Qt::QueuedConnection);
            if (shown.size() < FirstRows)
                return; // that was all of them
        }
        const auto ids = (*ws)->userQueries().userIds(filter, cancel.get());
        if (cancel->load())
            return;
        if (!ids) {
            const QString error = ids.error();
            QMetaObject::invokeMethod(
                this, [this, generation, error] { loadFailed(generation, error); }, Qt::QueuedConnection);
            return;
        }
        const QVector<qint64> list = *ids;
        QMetaObject::invokeMethod(
            this, [this, generation, load, filter, list] { idsLoaded(generation, load, filter, list); },
            Qt::QueuedConnection);
    });
}

void UsersModel::cancelLoad()
{
    ++m_generation;
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
}

void UsersModel::loadFailed(quint64 generation, const QString &error)
{
    if (generation != m_generation)
        return;
    m_cancel.reset();
    setLoading(false);
    emit errorOccurred(tr("Could not list the users: %1").arg(error));
}

void UsersModel::firstRowsLoaded(quint64 generation, const UserFilter &filter, const QVector<UserRow> &rows)
{
    if (generation != m_generation)
        return;
    const bool complete = rows.size() < FirstRows;
    beginResetModel();
    m_shown = filter;
    m_ids.clear();
    if (complete) {
        for (const UserRow &r : rows)
            m_ids << r.recordId;
    }
    m_haveIds = complete;
    m_placeholders = false;
    m_pages.clear();
    m_pageUse.clear();
    m_rows = int(rows.size());
    m_countKnown = complete;
    m_lastFetchFull = !complete;
    cachePage(0, rows);
    endResetModel();
    if (complete) {
        m_cancel.reset();
        setLoading(false);
        emit rowsCounted(m_rows);
    }
}

void UsersModel::idsLoaded(quint64 generation, Load load, const UserFilter &filter, const QVector<qint64> &ids)
{
    if (generation != m_generation)
        return;
    m_cancel.reset();
    setLoading(false);
    // The same records in the same rows (their new data was signalled already), or some gone or new: rows shown as
    // placeholders meanwhile (records removed elsewhere) are read again.
    if (load == Load::Refresh && m_haveIds
        && (ids == m_ids || (sameQuery(filter, m_shown) && applyRemovalsOrInsertions(ids)))) {
        if (m_placeholders)
            rereadShownRows();
        emit rowsCounted(m_rows);
        return;
    }

    // The rows read so far came from the same query: when they agree, rows are only added (selection kept).
    bool agrees = load == Load::Replace && !m_haveIds && m_rows > 0 && sameQuery(filter, m_shown)
        && (m_countKnown ? ids.size() == m_rows : ids.size() >= m_rows);
    for (auto it = m_pages.cbegin(); agrees && it != m_pages.cend(); ++it) {
        const qsizetype from = qsizetype(it.key()) * PageSize;
        agrees = from + it->size() <= ids.size();
        for (qsizetype i = 0; agrees && i < it->size(); ++i)
            agrees = it->at(i).recordId == ids.at(from + i);
    }
    m_shown = filter;
    if (agrees) {
        const int before = m_rows;
        m_ids = ids;
        m_haveIds = true;
        m_countKnown = true;
        if (ids.size() > before) {
            beginInsertRows({}, before, int(ids.size()) - 1);
            m_rows = int(ids.size());
            endInsertRows();
        }
        if (m_placeholders && before > 0)
            emit dataChanged(index(0, 0), index(before - 1, ColumnCount - 1));
        m_placeholders = false;
    } else {
        beginResetModel();
        m_ids = ids;
        m_haveIds = true;
        m_countKnown = true;
        m_placeholders = false;
        m_rows = int(ids.size());
        m_pages.clear();
        m_pageUse.clear();
        endResetModel();
    }
    emit rowsCounted(m_rows);
}

namespace {

// More separate runs than this and one reset is cheaper than the signals (and keeps nothing worth keeping).
constexpr int MaxRuns = 64;

// Appends index `i` to the runs, extending the last run when `i` follows it; false when there would be too many.
bool addToRuns(QVector<QPair<int, int>> *runs, qsizetype i)
{
    if (!runs->isEmpty() && runs->last().second == i - 1) {
        runs->last().second = int(i);
        return true;
    }
    if (runs->size() == MaxRuns)
        return false;
    runs->append({ int(i), int(i) });
    return true;
}

// The runs of `from` that are missing from `to`, when `to` is `from` with elements removed (ids are unique);
// false when it is not.
bool removedRuns(const QVector<qint64> &from, const QVector<qint64> &to, QVector<QPair<int, int>> *runs)
{
    qsizetype j = 0;
    for (qsizetype i = 0; i < from.size(); ++i) {
        if (j < to.size() && from.at(i) == to.at(j)) {
            ++j;
            continue;
        }
        if (!addToRuns(runs, i))
            return false;
    }
    return j == to.size();
}

// The order of a list in runtime order: the runtimes' blocks (by name) one after the other, ids ascending in each.
// Keys that both lists ascend under, when there are, let one merge find the records either lacks.
class BlockOrder {
public:
    BlockOrder(const QVector<qint64> &a, const QVector<qint64> &b)
    {
        addBlocks(a);
        addBlocks(b);
    }
    bool less(qint64 x, qint64 y) const
    {
        const int bx = m_block.value(runtimeIdOf(x)), by = m_block.value(runtimeIdOf(y));
        return bx != by ? bx < by : x < y;
    }
    bool ascends(const QVector<qint64> &list) const
    {
        for (qsizetype i = 1; i < list.size(); ++i) {
            if (!less(list.at(i - 1), list.at(i)))
                return false;
        }
        return true;
    }

private:
    void addBlocks(const QVector<qint64> &list)
    {
        qint64 last = -1;
        for (qint64 id : list) {
            const qint64 runtime = runtimeIdOf(id);
            if (runtime != last && !m_block.contains(runtime))
                m_block.insert(runtime, int(m_block.size()));
            last = runtime;
        }
    }
    QHash<qint64, int> m_block;
};

// For two lists ascending under `order`: the runs of `from` that `to` lacks (indices of `from`) and the runs of `to`
// that `from` lacks (indices of `to`).
bool mergeRuns(const BlockOrder &order, const QVector<qint64> &from, const QVector<qint64> &to,
    QVector<QPair<int, int>> *removed, QVector<QPair<int, int>> *inserted)
{
    qsizetype i = 0, j = 0;
    while (i < from.size() || j < to.size()) {
        if (i < from.size() && j < to.size() && from.at(i) == to.at(j)) {
            ++i;
            ++j;
        } else if (j == to.size() || (i < from.size() && order.less(from.at(i), to.at(j)))) {
            if (!addToRuns(removed, i++))
                return false;
        } else if (!addToRuns(inserted, j++)) {
            return false;
        }
    }
    return true;
}

// The rows to remove from `from` and to insert from `to`, when `to` is `from` with some records gone and others
// new in between; false when it is not (or when the runs are too many).
bool changedRuns(bool runtimeOrder, const QVector<qint64> &from, const QVector<qint64> &to,
    QVector<QPair<int, int>> *removed, QVector<QPair<int, int>> *inserted)
{
    if (runtimeOrder) {
        const BlockOrder order(from, to);
        if (order.ascends(from) && order.ascends(to))
            return mergeRuns(order, from, to, removed, inserted);
    }
    if (to.size() < from.size())
        return removedRuns(from, to, removed);
    if (to.size() > from.size())
        return removedRuns(to, from, inserted);
    return false;
}

} // namespace

bool UsersModel::applyRemovalsOrInsertions(const QVector<qint64> &ids)
{
    // After a decision the list usually lost or regained a few records; after an import elsewhere, a runtime lost
    // some and gained others. Remove and insert just those rows, so the view keeps its selection and scroll position
    // and an undo puts a row back where it was. Anything else resets.
    QVector<QPair<int, int>> removals, insertions;
    const bool runtimeOrder = m_sortColumn == Column::Runtime && m_sortOrder == Qt::AscendingOrder;
    if (!changedRuns(runtimeOrder, m_ids, ids, &removals, &insertions))
        return false;
    // From the last run back, so the indices of the runs before stay valid; then the list is the records both have.
    for (auto it = removals.crbegin(); it != removals.crend(); ++it) {
        beginRemoveRows({}, it->first, it->second);
        m_ids.remove(it->first, it->second - it->first + 1);
        m_rows = int(m_ids.size());
        m_pages.clear();
        m_pageUse.clear();
        endRemoveRows();
    }
    // Indices of the new list, first run first: everything before a run is in place when it is inserted.
    for (const auto &[first, last] : std::as_const(insertions)) {
        beginInsertRows({}, first, last);
        m_ids.insert(first, last - first + 1, 0);
        std::copy(ids.cbegin() + first, ids.cbegin() + last + 1, m_ids.begin() + first);
        m_rows = int(m_ids.size());
        m_pages.clear();
        m_pageUse.clear();
        endInsertRows();
    }
    Q_ASSERT(m_ids == ids);
    return true;
}

void UsersModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

// ---- pages -----------------------------------------------------------------------------------------------------

Result<QVector<UserRow>> UsersModel::readPage(int page) const
{
    using R = Result<QVector<UserRow>>;
    Workspace *ws = m_session ? m_session->workspace() : nullptr;
    if (!ws)
        return R::failure(tr("No workspace is open."));
    if (!m_haveIds) {
        UserFilter f = m_shown;
        f.limit = PageSize;
        f.offset = page * PageSize;
        return ws->userQueries().users(f);
    }
    // By id: the same records whatever changed since the list was read (a refresh shows their new data).
    UserFilter f;
    f.infraId = m_filter.infraId;
    f.recordIds = m_ids.mid(qsizetype(page) * PageSize, PageSize);
    if (f.recordIds.isEmpty())
        return QVector<UserRow>();
    const auto found = ws->userQueries().users(f);
    if (!found)
        return found;
    QHash<qint64, const UserRow *> byId;
    for (const UserRow &r : *found)
        byId.insert(r.recordId, &r);
    QVector<UserRow> rows;
    rows.reserve(f.recordIds.size());
    for (qint64 id : std::as_const(f.recordIds)) {
        // A record removed meanwhile (an import elsewhere) has no id here: rowAt() shows it as a placeholder.
        const UserRow *r = byId.value(id);
        rows.append(r ? *r : UserRow());
    }
    return rows;
}

void UsersModel::cachePage(int page, QVector<UserRow> rows) const
{
    m_pages.insert(page, std::move(rows));
    m_pageUse.removeAll(page);
    m_pageUse.append(page);
    while (m_pageUse.size() > MaxCachedPages)
        m_pages.remove(m_pageUse.takeFirst());
}

QVector<qint64> UsersModel::cachedIdsOfPage(int page) const
{
    QVector<qint64> ids;
    const auto it = m_pages.constFind(page);
    if (it == m_pages.cend())
        return ids;
    for (const UserRow &r : *it)
        ids << r.recordId;
    return ids;
}

const UserRow *UsersModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rows)
        return nullptr;
    const int page = row / PageSize;
    const int offset = row % PageSize;
    auto it = m_pages.constFind(page);
    // A page cut short is read whole (the first rows fill only part of page 0).
    if (it == m_pages.cend() || offset >= it->size()) {
        // Far down before the id list is read, an OFFSET would scan everything above: show a placeholder for the
        // fraction of a second until the list arrives (dataChanged then).
        if (!m_haveIds && m_loading && page >= DirectPages) {
            m_placeholders = true;
            return nullptr;
        }
        auto rows = readPage(page);
        if (!rows)
            return nullptr;
        cachePage(page, std::move(rows).value());
        it = m_pages.constFind(page);
    } else if (m_pageUse.constLast() != page) {
        m_pageUse.removeAll(page);
        m_pageUse.append(page);
    }
    const UserRow *r = offset < it->size() ? &it->at(offset) : nullptr;
    if (!r || r->recordId == 0) {
        // Gone since the list was read (another process removed it): "Loading…" until the list is read again, which
        // the session's watch starts, and the row is removed. Never a blank row a decision could be taken on.
        m_placeholders = true;
        return nullptr;
    }
    return r;
}

int UsersModel::cachedRowCount() const
{
    int n = 0;
    for (const QVector<UserRow> &page : m_pages)
        n += int(page.size());
    return n;
}

UserRow UsersModel::userRow(int row) const
{
    const UserRow *r = rowAt(row);
    return r ? *r : UserRow();
}

RecordRef UsersModel::recordRef(int row) const
{
    const UserRow *r = rowAt(row);
    if (!r || r->recordId == 0)
        return {};
    // The record's own tenant ("" is the default one), so a decision never reaches a namesake in another tenant.
    return { runtimeIdOf(r->recordId), r->record.username, std::optional<QString>(r->record.tenant) };
}

// ---- QAbstractItemModel ------------------------------------------------------------------------------------------

int UsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int UsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool UsersModel::canFetchMore(const QModelIndex &parent) const
{
    // While a search is being counted, the view may read on a page at a time (LIMIT/OFFSET in runtime order).
    return !parent.isValid() && !m_countKnown && !m_haveIds && m_lastFetchFull && !m_fetchQueued;
}

void UsersModel::fetchMore(const QModelIndex &parent)
{
    // Views ask from inside their handling of this model's signals (a reset, an insertion): the rows are read and
    // inserted from the event loop instead, never in the middle of another change.
    if (!canFetchMore(parent))
        return;
    m_fetchQueued = true;
    QMetaObject::invokeMethod(this, &UsersModel::fetchNextPage, Qt::QueuedConnection);
}

void UsersModel::fetchNextPage()
{
    m_fetchQueued = false;
    if (m_countKnown || m_haveIds || !m_lastFetchFull)
        return;
    // The whole page holding the next row (the first rows may have filled only part of it).
    const int page = m_rows / PageSize;
    auto rows = readPage(page);
    if (!rows) {
        m_lastFetchFull = false;
        emit errorOccurred(rows.error());
        return;
    }
    const int end = page * PageSize + int(rows->size());
    m_lastFetchFull = rows->size() == PageSize;
    if (end <= m_rows)
        return;
    beginInsertRows({}, m_rows, end - 1);
    cachePage(page, std::move(rows).value());
    m_rows = end;
    endInsertRows();
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Runtime:
        return tr("Runtime");
    case Column::Username:
        return tr("Username");
    case Column::Name:
        return tr("Name");
    case Column::Email:
        return tr("E-mail");
    case Column::Phone:
        return tr("Phone");
    case Column::Tenant:
        return tr("Tenant");
    case Column::LastLogin:
        return tr("Last login");
    case Column::Status:
        return tr("Status");
    case Column::Class:
        return tr("Class");
    case Column::Individual:
        return tr("Individual");
    }
    return {};
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Column column = Column(index.column());
    if (role == Qt::TextAlignmentRole)
        return column == Column::Individual ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole && role != RawValueRole && role != RecordIdRole && role != Qt::ToolTipRole
        && role != Qt::ForegroundRole)
        return {};
    const UserRow *row = rowAt(index.row());
    if (!row) {
        const bool placeholder = role == Qt::DisplayRole && column == Column::Username && m_placeholders;
        return placeholder ? QVariant(tr("Loading…")) : QVariant();
    }
    switch (role) {
    case Qt::DisplayRole:
        return display(*row, column);
    case RawValueRole:
        return rawValue(*row, column);
    case RecordIdRole:
        return row->recordId;
    case Qt::ForegroundRole:
        // Records that do not count read as secondary.
        return row->status == RecordStatus::Counted
            ? QVariant()
            : QVariant(QGuiApplication::palette().brush(QPalette::PlaceholderText));
    case Qt::ToolTipRole:
        if (column == Column::Status) {
            if (row->pendingOnPlatform())
                return tr("Deactivated in Headcount; still active on the platform: deactivate it there too.");
            if (row->deactivatedHere)
                return tr("Deactivated in Headcount.");
            if (row->itOverride)
                return tr("IT flag set by an administrator in Headcount.");
            if (row->split)
                return tr("Split: kept apart from automatic matching (only links join it).");
        }
        if (column == Column::Tenant && row->record.tenant.isEmpty())
            return tr("Default tenant");
        return {};
    }
    return {};
}

QVariant UsersModel::display(const UserRow &row, Column column) const
{
    switch (column) {
    case Column::Runtime:
        return row.runtime;
    case Column::Username:
        return row.record.username;
    case Column::Name:
        return row.record.name;
    case Column::Email:
        return row.record.email;
    case Column::Phone:
        return row.record.phone;
    case Column::Tenant:
        return row.record.tenant;
    case Column::LastLogin: {
        if (row.record.lastLogin.isEmpty())
            return tr("Never");
        const QDateTime when = QDateTime::fromString(row.record.lastLogin, Qt::ISODate);
        return when.isValid() ? QLocale().toString(when, QLocale::ShortFormat) : row.record.lastLogin;
    }
    case Column::Status: {
        QString text;
        switch (row.status) {
        case RecordStatus::Counted:
            text = tr("Counted");
            break;
        case RecordStatus::ItUser:
            text = tr("IT user");
            break;
        case RecordStatus::Inactive:
            text = tr("Inactive");
            break;
        case RecordStatus::Anonymous:
            text = tr("Anonymous");
            break;
        }
        // An IT user deactivated here is both, as the CLI says (status it_user, active false).
        if (row.deactivatedHere)
            text = row.status == RecordStatus::ItUser ? tr("IT user, deactivated here") : tr("Deactivated here");
        if (row.split)
            text += tr(", split");
        return text;
    }
    case Column::Class:
        if (!row.userClass)
            return QString();
        return *row.userClass == UserClass::Internal ? tr("Internal") : tr("External");
    case Column::Individual:
        return row.individual ? QVariant(QStringLiteral("#%1").arg(*row.individual)) : QVariant(QString());
    }
    return {};
}

QVariant UsersModel::rawValue(const UserRow &row, Column column) const
{
    switch (column) {
    case Column::Runtime:
        return row.runtime;
    case Column::Username:
        return row.record.username;
    case Column::Name:
        return row.record.name;
    case Column::Email:
        return row.record.email;
    case Column::Phone:
        return row.record.phone;
    case Column::Tenant:
        return row.record.tenant;
    case Column::LastLogin:
        return row.record.lastLogin; // ISO 8601, empty = never: sorts as text
    case Column::Status:
        return int(row.status);
    case Column::Class: // as SQL sorts it: internal, external, then no class
        return row.userClass ? int(*row.userClass) : 2;
    case Column::Individual:
        return row.individual ? QVariant(*row.individual) : QVariant();
    }
    return {};
}

} // namespace hc
