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

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// A model may answer at once or load in the background: wait (at most 10 s) for a reset or new rows when it has
// none yet, so an asynchronous model is timed until it has something to show.
void settle(QAbstractItemModel &model, bool changedAlready)
{
    if (changedAlready || model.rowCount() > 0)
        return;
    QEventLoop loop;
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    QObject::connect(&model, &QAbstractItemModel::modelReset, &loop, &QEventLoop::quit);
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &loop, &QEventLoop::quit);
    QObject::connect(&model, &QAbstractItemModel::layoutChanged, &loop, &QEventLoop::quit);
    loop.exec();
}

// Reads what a view shows of `rows` rows from `first`: every column's display text.
int readRows(const QAbstractItemModel &model, int first, int rows)
{
    int cells = 0;
    const int last = std::min(model.rowCount(), first + rows);
    for (int r = first; r < last; ++r) {
        for (int c = 0; c < model.columnCount(); ++c) {
            if (model.data(model.index(r, c), Qt::DisplayRole).isValid())
                ++cells;
        }
    }
    return cells;
}

template<typename M>
Status measure(const QString &path, int reps, BenchReport &report)
{
    WorkspaceSession session;
    if (Status s = session.open(path); !s)
        return Status::failure(QStringLiteral("opening %1: %2").arg(path, s.error()));
    const qint64 infraId = session.currentInfrastructureId();
    UserFilter all;
    all.infraId = infraId;
    const auto total = session.workspace()->userCount(all);
    if (!total)
        return Status::failure(QStringLiteral("counting users: %1").arg(total.error()));

    constexpr int Page = 50;
    QVector<double> openMs, pageMs, searchMs, middleMs;
    int rowsAtOpen = 0;
    bool canFetchMore = false;
    int searchRows = 0;
    for (int i = 0; i < reps; ++i) {
        QElapsedTimer t;
        t.start();
        std::unique_ptr<M> model = makeModel<M>(&session);
        bool changed = false;
        QObject::connect(model.get(), &QAbstractItemModel::modelReset, model.get(), [&] { changed = true; });
        settle(*model, changed);
        rowsAtOpen = model->rowCount();
        openMs.append(msSince(t));
        canFetchMore = model->canFetchMore({});

        t.restart();
        if (readRows(*model, 0, Page) == 0 && rowsAtOpen > 0)
            return Status::failure(QStringLiteral("the Users model shows no data in its first page"));
        pageMs.append(msSince(t));

        t.restart();
        const int middle = model->rowCount() / 2;
        readRows(*model, middle, Page);
        middleMs.append(msSince(t));

        changed = false;
        t.restart();
        search(*model, infraId, QStringLiteral("schmidt"));
        settle(*model, changed);
        readRows(*model, 0, Page);
        searchMs.append(msSince(t));
        searchRows = model->rowCount();
    }
    const bool scrollBarRight = rowsAtOpen == *total && !canFetchMore;
    BenchRow &open = report.addMeasure(4, QStringLiteral("view.open_ms"), OpenLabel, BenchReport::median(openMs),
                                       QStringLiteral("ms"), 1, QStringLiteral("< 0.5 s"), 500);
    open.value += QStringLiteral(" (%1 of %2 rows known%3)")
                      .arg(BenchReport::formatNumber(rowsAtOpen, 0), BenchReport::formatNumber(double(*total), 0),
                           scrollBarRight ? QString() : QStringLiteral(": scroll bar NOT correct"));
    if (!scrollBarRight)
        open.verdict = BenchRow::Verdict::Miss;
    open.details.insert(QStringLiteral("rows_at_open"), rowsAtOpen);
    open.details.insert(QStringLiteral("total_rows"), *total);
    report.addMeasure(4, QStringLiteral("view.first_page_ms"), FirstPageLabel + QStringLiteral(" (%1 rows)").arg(Page),
                      BenchReport::median(pageMs), QStringLiteral("ms"), 2);
    BenchRow &s = report.addMeasure(4, QStringLiteral("view.search_ms"), SearchLabel + QStringLiteral(" (\"schmidt\")"),
                                    BenchReport::median(searchMs), QStringLiteral("ms"), 1, QStringLiteral("< 100 ms"),
                                    100);
    s.details.insert(QStringLiteral("rows"), searchRows);
    report.addMeasure(4, QStringLiteral("view.middle_ms"), MiddleLabel + QStringLiteral(" (%1 rows)").arg(Page),
                      BenchReport::median(middleMs), QStringLiteral("ms"), 2);
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
    return runFor<UsersModel>(workspacePath, std::max(1, repetitions), report);
#else
    Q_UNUSED(workspacePath)
    Q_UNUSED(repetitions)
    addAllNotAvailable(report, QStringLiteral("no Users view yet"));
    return {};
#endif
}

} // namespace hc
