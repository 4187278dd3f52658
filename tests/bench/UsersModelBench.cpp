#include "UsersModelBench.h"

#include "BenchReport.h"

// The Users view model is being written in parallel; measure it when this build has one.
#if __has_include("UsersModel.h") && __has_include("WorkspaceSession.h")
#include "UsersModel.h"
#include "Workspace.h"
#include "WorkspaceSession.h"

#include <QAbstractItemModel>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>

#include <functional>
#include <memory>
#include <type_traits>
#define HC_BENCH_HAS_USERS_MODEL 1
#endif

namespace hc {

namespace {

const QString OpenLabel = QStringLiteral("Users view: open with total row count");
const QString FirstPageLabel = QStringLiteral("Users view: first page");
const QString SearchLabel = QStringLiteral("Users view: search-as-you-type result");
const QString MiddleLabel = QStringLiteral("Users view: scroll to the middle");

void addAllNotAvailable(BenchReport &report, const QString &why)
{
    report.addNotAvailable(4, QStringLiteral("view.open_ms"), OpenLabel, why, QStringLiteral("< 0.5 s"));
    report.addNotAvailable(4, QStringLiteral("view.first_page_ms"), FirstPageLabel, why);
    report.addNotAvailable(4, QStringLiteral("view.search_ms"), SearchLabel, why, QStringLiteral("< 100 ms"));
    report.addNotAvailable(4, QStringLiteral("view.middle_ms"), MiddleLabel, why);
}

#ifdef HC_BENCH_HAS_USERS_MODEL

// The shapes of API a Users model plausibly has; the first that compiles is used.
template<typename M, typename = void>
struct HasSetSearchText : std::false_type {};
template<typename M>
struct HasSetSearchText<M, std::void_t<decltype(std::declval<M &>().setSearchText(QString()))>> : std::true_type {};
template<typename M, typename = void>
struct HasSetSearch : std::false_type {};
template<typename M>
struct HasSetSearch<M, std::void_t<decltype(std::declval<M &>().setSearch(QString()))>> : std::true_type {};
template<typename M, typename = void>
struct HasSetFilter : std::false_type {};
template<typename M>
struct HasSetFilter<M, std::void_t<decltype(std::declval<M &>().setFilter(std::declval<const UserFilter &>()))>>
    : std::true_type {};
template<typename M, typename = void>
struct HasSetSession : std::false_type {};
template<typename M>
struct HasSetSession<M, std::void_t<decltype(std::declval<M &>().setSession(std::declval<WorkspaceSession *>()))>>
    : std::true_type {};

template<typename M>
constexpr bool Constructible = std::is_constructible_v<M, WorkspaceSession *, QObject *>
    || std::is_constructible_v<M, WorkspaceSession *> || std::is_constructible_v<M, Workspace *, qint64, QObject *>
    || std::is_constructible_v<M, Workspace *, qint64>
    || (std::is_constructible_v<M, QObject *> && HasSetSession<M>::value);

template<typename M>
constexpr bool Searchable = HasSetSearchText<M>::value || HasSetSearch<M>::value || HasSetFilter<M>::value;

template<typename M>
std::unique_ptr<M> makeModel(WorkspaceSession *session)
{
    if constexpr (std::is_constructible_v<M, WorkspaceSession *, QObject *>) {
        return std::make_unique<M>(session, nullptr);
    } else if constexpr (std::is_constructible_v<M, WorkspaceSession *>) {
        return std::make_unique<M>(session);
    } else if constexpr (std::is_constructible_v<M, Workspace *, qint64, QObject *>) {
        return std::make_unique<M>(session->workspace(), session->currentInfrastructureId(), nullptr);
    } else if constexpr (std::is_constructible_v<M, Workspace *, qint64>) {
        return std::make_unique<M>(session->workspace(), session->currentInfrastructureId());
    } else {
        auto m = std::make_unique<M>(nullptr);
        m->setSession(session);
        return m;
    }
}

template<typename M>
void search(M &model, qint64 infraId, const QString &text)
{
    if constexpr (HasSetSearchText<M>::value) {
        model.setSearchText(text);
    } else if constexpr (HasSetSearch<M>::value) {
        model.setSearch(text);
    } else {
        UserFilter f;
        f.infraId = infraId;
        f.search = text;
        model.setFilter(f);
    }
}

template<typename M, typename = void>
struct HasIsCountKnown : std::false_type {};
template<typename M>
struct HasIsCountKnown<M, std::void_t<decltype(std::declval<const M &>().isCountKnown())>> : std::true_type {};

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Runs the event loop until `done` (polled every millisecond, so background loads can deliver) or `timeoutMs`.
bool waitFor(const std::function<bool()> &done, int timeoutMs = 30000)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start();
    loop.exec();
    return done();
}

// The scroll bar is right once the model knows its total: no more rows to fetch (and, for a model that says so,
// the count is known).
template<typename M>
bool countKnown(const M &model)
{
    if constexpr (HasIsCountKnown<M>::value) {
        if (!model.isCountKnown())
            return false;
    }
    return !model.canFetchMore({});
}

// Reads what a view shows of `rows` rows from `first` (every column's display text) and returns how many of them
// have data: a model that loads in the background shows a placeholder in one cell of a row it has not read yet.
int readRows(const QAbstractItemModel &model, int first, int rows)
{
    int loaded = 0;
    const int last = std::min(model.rowCount(), first + rows);
    for (int r = first; r < last; ++r) {
        int cells = 0;
        for (int c = 0; c < model.columnCount(); ++c) {
            if (model.data(model.index(r, c), Qt::DisplayRole).isValid())
                ++cells;
        }
        loaded += cells > 1 ? 1 : 0;
    }
    return loaded;
}

// Waits until the rows from `first` show their data; false after 30 s.
bool showRows(const QAbstractItemModel &model, int first, int rows)
{
    const int wanted = std::max(0, std::min(model.rowCount(), first + rows) - first);
    return waitFor([&] { return readRows(model, first, rows) == wanted; });
}

QJsonArray toJson(const QVector<double> &values)
{
    QJsonArray a;
    for (double v : values)
        a.append(qRound(v * 1000) / 1000.0);
    return a;
}

template<typename M>
Status measure(const QString &path, int reps, BenchReport &report)
{
    QElapsedTimer t;
    t.start();
    WorkspaceSession session;
    if (Status s = session.open(path); !s)
        return Status::failure(QStringLiteral("opening %1: %2").arg(path, s.error()));
    const double sessionMs = msSince(t);
    const qint64 infraId = session.currentInfrastructureId();
    UserFilter all;
    all.infraId = infraId;
    const auto total = session.workspace()->userQueries().userCount(all);
    if (!total)
        return Status::failure(QStringLiteral("counting users: %1").arg(total.error()));
    UserFilter searchFilter = all;
    searchFilter.search = QStringLiteral("schmidt");
    const auto hits = session.workspace()->userQueries().userCount(searchFilter);
    if (!hits)
        return Status::failure(QStringLiteral("counting users: %1").arg(hits.error()));

    constexpr int Page = 50;
    QVector<double> firstRowsMs, openMs, pageMs, middleMs, searchMs, searchCountedMs;
    int rowsAtOpen = 0;
    int searchRows = 0;
    for (int i = 0; i < reps; ++i) {
        // Open: rows to show, then the total (the scroll bar).
        t.restart();
        std::unique_ptr<M> model = makeModel<M>(&session);
        if (!waitFor([&] { return model->rowCount() > 0; }))
            return Status::failure(QStringLiteral("the Users model showed no rows within 30 s"));
        firstRowsMs.append(msSince(t));
        if (!waitFor([&] { return countKnown(*model); }))
            return Status::failure(QStringLiteral("the Users model did not know its row count within 30 s"));
        openMs.append(msSince(t));
        rowsAtOpen = model->rowCount();
        if (rowsAtOpen != *total)
            return Status::failure(QStringLiteral("the Users model shows %1 rows, the workspace has %2")
                                       .arg(rowsAtOpen)
                                       .arg(*total));

        t.restart();
        if (!showRows(*model, 0, Page))
            return Status::failure(QStringLiteral("the Users model showed no data in its first page within 30 s"));
        pageMs.append(msSince(t));

        // Dragging the scroll bar to the middle right after opening: until those rows show their data.
        t.restart();
        if (!showRows(*model, model->rowCount() / 2, Page))
            return Status::failure(QStringLiteral("the Users model showed no data in the middle within 30 s"));
        middleMs.append(msSince(t));

        // Search as you type: the first rows of the result, then its total.
        bool changed = false;
        QObject::connect(model.get(), &QAbstractItemModel::modelReset, model.get(), [&] { changed = true; });
        QObject::connect(model.get(), &QAbstractItemModel::layoutChanged, model.get(), [&] { changed = true; });
        QObject::connect(model.get(), &QAbstractItemModel::rowsRemoved, model.get(), [&] { changed = true; });
        QObject::connect(model.get(), &QAbstractItemModel::rowsInserted, model.get(), [&] { changed = true; });
        t.restart();
        search(*model, infraId, QStringLiteral("schmidt"));
        if (!waitFor([&] { return changed && model->rowCount() > 0 && model->rowCount() < rowsAtOpen; })
            || !showRows(*model, 0, Page))
            return Status::failure(QStringLiteral("the Users model showed no search result within 30 s"));
        searchMs.append(msSince(t));
        if (!waitFor([&] { return countKnown(*model); }))
            return Status::failure(QStringLiteral("the Users model did not count the search result within 30 s"));
        searchCountedMs.append(msSince(t));
        searchRows = model->rowCount();
        if (searchRows != *hits)
            return Status::failure(QStringLiteral("the Users model found %1 rows for \"schmidt\", the workspace %2")
                                       .arg(searchRows)
                                       .arg(*hits));
    }

    BenchRow &open = report.addMeasure(4, QStringLiteral("view.open_ms"),
        OpenLabel + QStringLiteral(" (%1 rows)").arg(BenchReport::formatNumber(double(*total), 0)),
        BenchReport::median(openMs), QStringLiteral("ms"), 1, QStringLiteral("< 0.5 s"), 500);
    open.value
        += QStringLiteral(" (first rows %1)").arg(BenchReport::formatNumber(BenchReport::median(firstRowsMs), 1));
    open.details.insert(QStringLiteral("runs_ms"), toJson(openMs));
    open.details.insert(QStringLiteral("first_rows_ms"), toJson(firstRowsMs));
    open.details.insert(QStringLiteral("session_open_ms"), sessionMs);
    report.addMeasure(4, QStringLiteral("view.first_page_ms"), FirstPageLabel + QStringLiteral(" (%1 rows)").arg(Page),
                      BenchReport::median(pageMs), QStringLiteral("ms"), 2)
        .details.insert(QStringLiteral("runs_ms"), toJson(pageMs));
    BenchRow &s = report.addMeasure(4, QStringLiteral("view.search_ms"),
                                    SearchLabel + QStringLiteral(" (\"schmidt\", %1 rows)")
                                                      .arg(BenchReport::formatNumber(searchRows, 0)),
                                    BenchReport::median(searchMs), QStringLiteral("ms"), 1, QStringLiteral("< 100 ms"),
                                    100);
    s.value += QStringLiteral(" (counted %1)").arg(BenchReport::formatNumber(BenchReport::median(searchCountedMs), 1));
    s.details.insert(QStringLiteral("runs_ms"), toJson(searchMs));
    s.details.insert(QStringLiteral("counted_ms"), toJson(searchCountedMs));
    report.addMeasure(4, QStringLiteral("view.middle_ms"),
                      MiddleLabel + QStringLiteral(" (%1 rows, right after opening)").arg(Page),
                      BenchReport::median(middleMs), QStringLiteral("ms"), 2)
        .details.insert(QStringLiteral("runs_ms"), toJson(middleMs));
    return {};
}

template<typename M>
Status runFor(const QString &path, int reps, BenchReport &report)
{
    if constexpr (Constructible<M> && Searchable<M>) {
        return measure<M>(path, reps, report);
    } else {
        addAllNotAvailable(report, QStringLiteral("hc::UsersModel has an API this benchmark does not know yet: "
                                                  "adapt tests/bench/UsersModelBench.cpp"));
        return {};
    }
}

#endif

} // namespace

bool UsersModelBench::available()
{
#ifdef HC_BENCH_HAS_USERS_MODEL
    return Constructible<UsersModel> && Searchable<UsersModel>;
#else
    return false;
#endif
}

Status UsersModelBench::run(const QString &workspacePath, int repetitions, BenchReport &report)
{
#ifdef HC_BENCH_HAS_USERS_MODEL
    // At most three runs: scrolling to the middle of a million rows may take seconds, and that is worth seeing.
    return runFor<UsersModel>(workspacePath, std::clamp(repetitions, 1, 3), report);
#else
    Q_UNUSED(workspacePath)
    Q_UNUSED(repetitions)
    addAllNotAvailable(report, QStringLiteral("no Users view yet"));
    return {};
#endif
}

} // namespace hc
