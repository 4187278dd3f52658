#pragma once

#include "Workspace.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QThreadPool>
#include <QVector>

#include <atomic>
#include <memory>

namespace hc {

class WorkspaceSession;

// SPEC §5 Users view: the user records of the session's current infrastructure, over millions of rows. Filtering and
// sorting happen in SQL; rows are read a page at a time into a small LRU cache, so memory stays bounded whatever
// the size (qBittorrent's transferlistmodel for the Column enum and raw-value role, Qt's examples/sql for paging).
//
// How rows become known:
// - runtime order (the default) with a runtime/status/class filter: SQLite reads that order without sorting, so the
//   first rows are one LIMIT query and the total comes from the maintained aggregates, both at once: the scroll bar
//   is right from the start;
// - a search, tenant or group filter, or a column sort, reads many records: on a connection of its own in the
//   background (STYLE 13), first a screenful (runtime order only: a search stops once it has FirstRows), then the
//   ordered list of ids (8 bytes a row), which gives the total and lets any page be read by id. Until the first rows
//   arrive the previous ones stay; until the total is known rowCount() is the rows read so far (canFetchMore()),
//   then the rest are inserted;
// - far down before the id list is read, rows show "Loading…" for that moment instead of a long OFFSET scan.
class UsersModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum class Column { Runtime, Username, Name, Email, Phone, Tenant, LastLogin, Status, Class, Individual };
    Q_ENUM(Column)
    static constexpr int ColumnCount = int(Column::Individual) + 1;

    enum Role {
        RawValueRole = Qt::UserRole + 1, // the value itself, as sorted by SQL
        RecordIdRole, // the record's id in the workspace
    };

    static constexpr int PageSize = 256;
    static constexpr int MaxCachedPages = 32;
    // Rows read first: a screenful, so a search shows as soon as it has found that many.
    static constexpr int FirstRows = 64;
    // Pages read with LIMIT/OFFSET while the id list is not there yet; further down shows "Loading…" meanwhile.
    static constexpr int DirectPages = 8;

    explicit UsersModel(WorkspaceSession *session, QObject *parent = nullptr);
    ~UsersModel() override;

    // Which records to show. Its infrastructure (0: the session's current one) and selection fields are used; the
    // order is the model's sort() and paging is the model's own.
    void setFilter(const UserFilter &filter);
    // Re-read after every change the session makes (the default); off for a list its view re-reads itself, when
    // shown (ReclaimView).
    void setRefreshAfterChanges(bool refresh) { m_refreshAfterChanges = refresh; }
    UserFilter filter() const { return m_filter; }
    // The filter with the model's order: the list as shown (an export writes it in the same order).
    UserFilter listFilter() const { return queryFilter(); }
    void setSearchText(const QString &text);

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    Column sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    static UserSort userSort(Column column);

    // True while the ordered list of rows is being read in the background.
    bool isLoading() const { return m_loading; }
    // False while a search is still being counted: rowCount() is then the rows read so far.
    bool isCountKnown() const { return m_countKnown; }
    // Rows held in memory right now (at most MaxCachedPages * PageSize).
    int cachedRowCount() const;

    // The record at a row (its page is read when needed); an empty row when out of range.
    UserRow userRow(int row) const;
    // How administrator decisions address the record at a row (runtime + username + its tenant).
    RecordRef recordRef(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

public slots:
    // Reads the records again after a change: rows keep showing the same records with their new data until the new
    // list is read; then the rows that left or entered the filter are removed or inserted (a reset when the order
    // changed too).
    void refresh();

signals:
    void loadingChanged(bool loading);
    // The number of rows once known (after every load).
    void rowsCounted(qint64 rows);
    void errorOccurred(const QString &message);

private:
    enum class Load { Replace, Refresh };

    void reload(Load load);
    void resetToEmpty();
    void followInfrastructure();
    bool streamable() const { return m_sortColumn == Column::Runtime; }
    bool countIsCheap() const;
    UserFilter queryFilter() const;
    // Reads the list in the background: first a screenful (firstRows: a search in runtime order), then every id.
    void startLoad(Load load, bool firstRows);
    void cancelLoad();
    void firstRowsLoaded(quint64 generation, const UserFilter &filter, const QVector<UserRow> &rows);
    void idsLoaded(quint64 generation, Load load, const UserFilter &filter, const QVector<qint64> &ids);
    void loadFailed(quint64 generation, const QString &error);
    void fetchNextPage();
    bool applyRemovalsOrInsertions(const QVector<qint64> &ids);
    // Drops the cached pages and signals every row: they are read again (with their new data) when shown.
    void rereadShownRows();
    void setLoading(bool loading);
    const UserRow *rowAt(int row) const;
    Result<QVector<UserRow>> readPage(int page) const;
    void cachePage(int page, QVector<UserRow> rows) const;
    QVector<qint64> cachedIdsOfPage(int page) const;
    QVariant display(const UserRow &row, Column column) const;
    QVariant rawValue(const UserRow &row, Column column) const;

    WorkspaceSession *m_session;
    UserFilter m_filter;
    UserFilter m_shown; // the query the rows shown came from (it differs while a new order is read)
    Column m_sortColumn = Column::Runtime;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    int m_rows = 0;
    bool m_refreshAfterChanges = true;
    bool m_countKnown = true;
    bool m_loading = false;
    // The ordered ids of every row, once read; until then pages are read with LIMIT/OFFSET (runtime order only).
    QVector<qint64> m_ids;
    bool m_haveIds = false;
    bool m_lastFetchFull = false; // the last read filled its page: fetchMore() may find more
    bool m_fetchQueued = false;
    mutable bool m_placeholders = false; // rows were shown as "Loading…": signal them when the list arrives

    mutable QHash<int, QVector<UserRow>> m_pages;
    mutable QList<int> m_pageUse; // least recently used first

    // Background loads: one at a time on a connection of their own; a newer load cancels the older one.
    QThreadPool m_pool;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace hc
