// headcount-bench-gui: the console's side of the benchmark (issue 10), run by headcount-bench as a child so that its
// peak RSS is the console's own. It drives the real main window offscreen, as a user would, and prints one JSON
// object on stdout:
//   headcount-bench-gui --db W bulk --select N   deactivates the first N rows of the Users view (every record of the
//       infrastructure, in the view's order), undoes and redoes it, then undoes once more so that the workspace is
//       left as it was; for each step the time until the change is made, until the view shows it, and the GUI
//       thread's longest pause meanwhile (a 10 ms QTimer heartbeat).
//   headcount-bench-gui --db W import --file F   imports F into a new runtime through ImportWorker (the wizard's
//       real path, with its undo snapshots), with the Users view open on the workspace, and cancels it half-way
//       through writing; checks that the workspace is unchanged. The parent reports this process's peak RSS.
#include "GuiTestSupport.h"
#include "ImportWorker.h"
#include "MainWindow.h"
#include "MessageWidget.h"
#include "ProcessMemory.h"
#include "Settings.h"
#include "UsersModel.h"
#include "UsersView.h"
#include "Workspace.h"
#include "WorkspaceSession.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cstdio>
#include <functional>
#include <limits>
#include <memory>

namespace {

using hc::Result;
using hc::Status;

// A change of a million records may take minutes on a loaded two-core machine: the figures are what matters.
constexpr int LongWaitMs = 900000;

// Spins the event loop (so that the heartbeat and queued signals run) until `done`; false after `timeoutMs`.
bool waitFor(const std::function<bool()> &done, int timeoutMs = LongWaitMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QTest::qWait(2);
    }
    return true;
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

class GuiBench {
public:
    Status open(const QString &db)
    {
        if (!m_dir.isValid())
            return Status::failure(QStringLiteral("cannot create a temporary folder"));
        // Settings of its own: the user's are never read or changed.
        m_settings = std::make_unique<hc::Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_window = std::make_unique<hc::MainWindow>(*m_settings);
        if (!m_window->openWorkspace(db))
            return Status::failure(QStringLiteral("the main window did not open ") + db);
        m_window->resize(1200, 800);
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            return Status::failure(QStringLiteral("the main window was never exposed"));
        if (!hc::test::showView(*m_window, QStringLiteral("usersView")))
            return Status::failure(QStringLiteral("no Users view"));
        hc::UsersModel *model = m_window->usersView()->model();
        if (!waitFor([model] { return !model->isLoading() && model->isCountKnown() && model->rowCount() > 0; }))
            return Status::failure(QStringLiteral("the Users view did not load"));
        return {};
    }

    Status bulk(int select, QJsonObject &out)
    {
        hc::UsersView *view = m_window->usersView();
        hc::WorkspaceSession *session = m_window->session();
        const int rows = view->model()->rowCount();
        if (select > rows)
            return Status::failure(QStringLiteral("the Users view has %1 rows, fewer than %2").arg(rows).arg(select));
        const hc::Counts before = session->counts();
        view->table()->selectionModel()->select(
            QItemSelection(view->model()->index(0, 0), view->model()->index(select - 1, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        out.insert(QStringLiteral("selected"), select);
        out.insert(QStringLiteral("rows"), rows);
        if (Status s = step(QStringLiteral("deactivate"), QStringLiteral("actionDeactivate"), out); !s)
            return s;
        const hc::Counts after = session->counts();
        if (after == before || session->undoStack()->count() != 1)
            return Status::failure(QStringLiteral("deactivating %1 users changed nothing").arg(select));
        out.insert(QStringLiteral("inactive_added"), after.excluded.inactive - before.excluded.inactive);
        if (Status s = step(QStringLiteral("undo"), QStringLiteral("actionUndo"), out); !s)
            return s;
        if (!(session->counts() == before))
            return Status::failure(QStringLiteral("undo did not restore the counts"));
        if (Status s = step(QStringLiteral("redo"), QStringLiteral("actionRedo"), out); !s)
            return s;
        if (!(session->counts() == after))
            return Status::failure(QStringLiteral("redo did not give the counts of the change again"));
        // Leave the workspace as it was for whatever the benchmark measures next (not a figure).
        QJsonObject ignored;
        if (Status s = step(QStringLiteral("restore"), QStringLiteral("actionUndo"), ignored); !s)
            return s;
        return session->counts() == before ? Status() : Status::failure(QStringLiteral("the last undo failed"));
    }

    Status cancelledImport(const QString &file, QJsonObject &out)
    {
        hc::WorkspaceSession *session = m_window->session();
        const hc::Counts before = session->counts();
        hc::ImportRequest request;
        request.workspacePath = session->path();
        request.infraId = session->currentInfrastructureId();
        request.runtimeName = QStringLiteral("bench-cancelled-import");
        request.filePath = file;
        request.mode = hc::ImportMode::Replace;
        request.beforeSnapshot = session->newSnapshotPath();
        request.afterSnapshot = session->newSnapshotPath();
        // As the wizard's progress page does: the session does not watch while the import runs.
        auto operation = std::make_unique<hc::WorkspaceSession::LongOperation>(session);
        hc::ImportWorker worker;
        qint64 cancelledAt = -1;
        qint64 records = 0;
        QObject::connect(&worker, &hc::ImportWorker::progressed, &worker,
            [&](hc::ImportWorker::Phase phase, qint64 done, qint64 total) {
                if (phase == hc::ImportWorker::Phase::Writing)
                    records = total;
                if (phase == hc::ImportWorker::Phase::Writing && cancelledAt < 0 && done > 0 && done >= total / 2) {
                    cancelledAt = done;
                    worker.cancel();
                }
            });
        bool ended = false;
        QObject::connect(&worker, &hc::ImportWorker::imported, &worker, [&ended] { ended = true; });
        hc::test::Heartbeat heartbeat;
        QElapsedTimer clock;
        clock.start();
        worker.import(request);
        if (!waitFor([&ended] { return ended; }))
            return Status::failure(QStringLiteral("the import did not end"));
        out.insert(QStringLiteral("import_ms"), msSince(clock));
        out.insert(QStringLiteral("import_gap_ms"), double(heartbeat.longestGapMs()));
        out.insert(QStringLiteral("records"), records);
        out.insert(QStringLiteral("cancelled_at"), cancelledAt);
        operation.reset();
        const hc::ImportOutcome &outcome = worker.outcome();
        if (outcome.status != hc::ImportOutcome::Status::Cancelled) {
            return Status::failure(outcome.status == hc::ImportOutcome::Status::Failed
                    ? QStringLiteral("the import failed: %1").arg(outcome.error)
                    : QStringLiteral("the import went through before it could be cancelled"));
        }
        if (Status s = session->refresh(); !s)
            return s;
        if (!(session->counts() == before))
            return Status::failure(QStringLiteral("the cancelled import changed the counts"));
        const auto runtime = session->workspace()->runtimeStore().runtime(request.infraId, request.runtimeName);
        if (runtime)
            return Status::failure(QStringLiteral("the cancelled import left its runtime behind"));
        return {};
    }

private:
    // Triggers `action` as a user would and waits for the change, then for the view to show it.
    Status step(const QString &name, const QString &action, QJsonObject &out)
    {
        hc::WorkspaceSession *session = m_window->session();
        hc::UsersModel *model = m_window->usersView()->model();
        hc::test::Heartbeat heartbeat;
        QElapsedTimer clock;
        clock.start();
        if (!hc::test::triggerAction(m_window.get(), action))
            return Status::failure(QStringLiteral("%1 is missing or disabled").arg(action));
        if (!waitFor([session] { return !session->isBusy(); }))
            return Status::failure(QStringLiteral("%1 did not end").arg(name));
        const double changed = msSince(clock);
        if (!waitFor([model] { return !model->isLoading() && model->isCountKnown(); }))
            return Status::failure(QStringLiteral("the Users view did not show the result of %1").arg(name));
        const double shown = msSince(clock);
        if (m_window->messageWidget()->isVisible())
            return Status::failure(QStringLiteral("%1: %2").arg(name, m_window->messageWidget()->text()));
        out.insert(name + QStringLiteral("_ms"), changed);
        out.insert(name + QStringLiteral("_shown_ms"), shown);
        out.insert(name + QStringLiteral("_gap_ms"), double(heartbeat.longestGapMs()));
        return {};
    }

    QTemporaryDir m_dir;
    std::unique_ptr<hc::Settings> m_settings;
    std::unique_ptr<hc::MainWindow> m_window;
};

// With HEADCOUNT_BENCH_SLOW_EVENTS=MS set, names on stderr every event the GUI thread took longer than MS to deliver
// (outermost only): where a pause the heartbeat measured comes from.
class BenchApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_slowMs < 0 || m_depth > 8)
            return QApplication::notify(receiver, event);
        ++m_depth;
        QElapsedTimer clock;
        clock.start();
        const int type = event->type(); // the event may be gone once delivered
        const QByteArray what = receiver->metaObject()->className() + QByteArray(" ")
            + receiver->objectName().toUtf8();
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        if (clock.elapsed() >= m_slowMs)
            std::fprintf(stderr, "slow event: %*s%lld ms, type %d to %s\n", m_depth * 2, "", qint64(clock.elapsed()), type,
                         what.constData());
        return result;
    }

private:
    int m_depth = 0;
    int m_slowMs = qEnvironmentVariableIsSet("HEADCOUNT_BENCH_SLOW_EVENTS")
        ? qEnvironmentVariableIntValue("HEADCOUNT_BENCH_SLOW_EVENTS") : -1;
};

int usage()
{
    std::fprintf(stderr,
        "usage: headcount-bench-gui --db WORKSPACE bulk --select N\n"
        "       headcount-bench-gui --db WORKSPACE import --file EXPORT\n");
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    hc::useOneHeapArena(); // as the console does
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    BenchApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("headcount-bench-gui"));
    QLocale::setDefault(QLocale::c());
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.size() != 5 || args.at(0) != QLatin1String("--db"))
        return usage();
    const QString db = args.at(1);
    const QString mode = args.at(2);
    bool ok = false;
    const qint64 number = args.at(4).toLongLong(&ok);
    const bool bulk = mode == QLatin1String("bulk") && args.at(3) == QLatin1String("--select") && ok && number > 0
        && number <= std::numeric_limits<int>::max();
    const bool import = mode == QLatin1String("import") && args.at(3) == QLatin1String("--file");
    if (!bulk && !import)
        return usage();

    GuiBench bench;
    QJsonObject out;
    Status status = bench.open(db);
    if (status && bulk)
        status = bench.bulk(int(number), out);
    else if (status)
        status = bench.cancelledImport(args.at(4), out);
    if (!status) {
        std::fprintf(stderr, "error: %s\n", qPrintable(status.error()));
        return 1;
    }
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
