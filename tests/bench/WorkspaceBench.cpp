#include "WorkspaceBench.h"

#include "BenchReport.h"
#include "ExportGenerator.h"
#include "Workspace.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>

#include <functional>

namespace hc {

namespace {

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

QJsonArray toJson(const QVector<double> &values)
{
    QJsonArray a;
    for (double v : values)
        a.append(qRound(v * 1000) / 1000.0);
    return a;
}

// Adds a "median (max)" row for repeated timings against a limit in milliseconds.
void addTimings(BenchReport &report, int section, const QString &key, const QString &label,
                const QVector<double> &ms, std::optional<double> limitMs, const QString &note = {})
{
    const double median = BenchReport::median(ms);
    const double max = *std::max_element(ms.begin(), ms.end());
    BenchRow &row = report.addMeasure(section, key, label, median, QStringLiteral("ms"), median < 10 ? 2 : 1,
                                      limitMs ? QStringLiteral("< %1 ms").arg(*limitMs) : QString(), limitMs);
    row.value += QStringLiteral(" (max %1)").arg(BenchReport::formatNumber(max, max < 10 ? 2 : 1));
    row.details.insert(QStringLiteral("runs_ms"), toJson(ms));
    row.details.insert(QStringLiteral("max_ms"), max);
    if (!note.isEmpty())
        row.details.insert(QStringLiteral("note"), note);
}

QString describe(const Counts &c)
{
    return QStringLiteral("unique %1 internal / %2 external; excluded IT %3, inactive %4, anonymous %5")
        .arg(c.unique.internal)
        .arg(c.unique.external)
        .arg(c.excluded.itUser)
        .arg(c.excluded.inactive)
        .arg(c.excluded.anonymous);
}

} // namespace

Status WorkspaceBench::run(const Options &o, BenchReport &report)
{
    const int reps = std::max(1, o.repetitions);
    QElapsedTimer t;
    t.start();
    auto opened = Workspace::open(o.path);
    if (!opened)
        return Status::failure(QStringLiteral("opening %1: %2").arg(o.path, opened.error()));
    const double openMs = msSince(t);
    Workspace &ws = *opened.value();
    const auto infra = ws.infrastructureStore().infrastructure();
    if (!infra)
        return Status::failure(QStringLiteral("reading the infrastructure: %1").arg(infra.error()));
    const qint64 id = infra->id;
    const auto listed = ws.runtimeStore().runtimes(id);
    if (!listed)
        return Status::failure(QStringLiteral("reading the runtimes: %1").arg(listed.error()));
    const QVector<RuntimeInfo> runtimes = *listed;
    if (runtimes.isEmpty())
        return Status::failure(QStringLiteral("the workspace has no runtimes"));

    report.addMeasure(2, QStringLiteral("workspace.open_ms"), QStringLiteral("open the workspace (Workspace::open)"),
                      openMs, QStringLiteral("ms"), 1);

    // Baseline: counts as maintained.
    QVector<double> readMs;
    Counts base;
    for (int i = 0; i < reps; ++i) {
        t.restart();
        const auto c = ws.counts(id);
        readMs.append(msSince(t));
        if (!c)
            return Status::failure(QStringLiteral("reading counts: %1").arg(c.error()));
        base = *c;
    }
    addTimings(report, 2, QStringLiteral("counts.read_ms"), QStringLiteral("read counts (Workspace::counts)"), readMs,
               50);

    // Runs `change` then reads counts; returns the counts, or an error naming `what`.
    auto timed = [&](const QString &what, const std::function<Status()> &change, QVector<double> &ms,
                     Counts *after) -> Status {
        t.restart();
        const Status s = change();
        const auto c = s ? ws.counts(id) : Result<Counts>::failure(s.error());
        ms.append(msSince(t));
        if (!c)
            return Status::failure(QStringLiteral("%1: %2").arg(what, c.error()));
        *after = *c;
        return {};
    };
    auto expectBase = [&](const QString &what, const Counts &c) -> Status {
        if (c == base)
            return {};
        return Status::failure(QStringLiteral("%1 did not restore the counts: %2 instead of %3")
                                   .arg(what, describe(c), describe(base)));
    };

    // A domain with many records: the largest free-mail provider becomes owned, then not again.
    {
        const QString domain = ExportGenerator::largestExternalDomain();
        QVector<double> addMs, removeMs;
        for (int i = 0; i < reps; ++i) {
            Counts c;
            if (Status s = timed(QStringLiteral("adding the owned domain %1").arg(domain),
                                 [&] { return ws.domainStore().addDomains(id, {domain}); }, addMs, &c);
                !s)
                return s;
            if (c.unique.internal <= base.unique.internal)
                return Status::failure(
                    QStringLiteral("adding the owned domain %1 did not raise the internal count (%2)")
                        .arg(domain, describe(c)));
            if (Status s = timed(QStringLiteral("removing the owned domain %1").arg(domain),
                                 [&] { return ws.domainStore().removeDomains(id, {domain}); }, removeMs, &c);
                !s)
                return s;
            if (Status s = expectBase(QStringLiteral("removing %1").arg(domain), c); !s)
                return s;
        }
        addTimings(report, 2, QStringLiteral("change.add_domain_ms"),
                   QStringLiteral("counts current after adding a domain (%1)").arg(domain), addMs, 50);
        addTimings(report, 2, QStringLiteral("change.remove_domain_ms"),
                   QStringLiteral("counts current after removing it"), removeMs, 50);
    }

    // R12 / issue 7: the platform version (a read-time switch) and a tenant's kind (its records' pools and statuses).
    {
        QVector<double> oldMs, newMs, appMs, defaultMs;
        for (int i = 0; i < reps; ++i) {
            Counts c;
            if (Status s = timed(QStringLiteral("setting platform 11.11.2"),
                                 [&] { return ws.infrastructureStore().setPlatformVersion(id, QStringLiteral("11.11.2")); }, oldMs, &c);
                !s)
                return s;
            if (c.platformSum().total() < base.platformSum().total())
                return Status::failure(QStringLiteral("platform 11.11.2 lowered the platform sum (%1)").arg(describe(c)));
            if (Status s = timed(QStringLiteral("unsetting the platform version"),
                                 [&] { return ws.infrastructureStore().setPlatformVersion(id, QString()); }, newMs, &c);
                !s)
                return s;
            if (Status s = expectBase(QStringLiteral("unsetting the platform version"), c); !s)
                return s;
            // The generator's second tenant ("2", ~5 % of the records) becomes a multi-tenant app's tenant and back.
            if (Status s = timed(QStringLiteral("making tenant 2 an app tenant"),
                                 [&] { return ws.tenantStore().setTenantKind(id, {QStringLiteral("2")}, TenantKind::App); }, appMs, &c);
                !s)
                return s;
            if (Status s = timed(QStringLiteral("making tenant 2 a default tenant again"),
                                 [&] { return ws.tenantStore().setTenantKind(id, {QStringLiteral("2")}, TenantKind::Default); },
                                 defaultMs, &c);
                !s)
                return s;
            if (Status s = expectBase(QStringLiteral("making tenant 2 a default tenant again"), c); !s)
                return s;
        }
        addTimings(report, 2, QStringLiteral("change.platform_version_ms"),
                   QStringLiteral("counts current after setting platform 11.11.2"), oldMs, 50);
        addTimings(report, 2, QStringLiteral("change.platform_unset_ms"),
                   QStringLiteral("counts current after unsetting it"), newMs, 50);
        addTimings(report, 2, QStringLiteral("change.tenant_app_ms"),
                   QStringLiteral("counts current after making tenant 2 (~5 % of records) an app tenant"), appMs, 50);
        addTimings(report, 2, QStringLiteral("change.tenant_default_ms"),
                   QStringLiteral("counts current after making it a default tenant again"), defaultMs, 50);
    }

    // Counted users from the middle of the first two runtimes.
    auto pick = [&](const RuntimeInfo &rt, int count, QVector<UserRow> *rows) -> Status {
        UserFilter f;
        f.infraId = id;
        f.runtimeId = rt.id;
        f.status = RecordStatus::Counted;
        f.limit = count;
        f.offset = int(rt.records / 2);
        const auto r = ws.userQueries().users(f);
        if (!r)
            return Status::failure(QStringLiteral("listing users of %1: %2").arg(rt.name, r.error()));
        if (r->size() < count)
            return Status::failure(
                QStringLiteral("runtime %1 has too few counted users for the benchmark").arg(rt.name));
        *rows = *r;
        return {};
    };
    QVector<UserRow> first;
    if (Status s = pick(runtimes.at(0), reps * 4, &first); !s)
        return s;
    auto refOf = [&](const UserRow &row) {
        RecordRef ref;
        for (const RuntimeInfo &rt : runtimes) {
            if (rt.name == row.runtime)
                ref.runtimeId = rt.id;
        }
        ref.username = row.record.username;
        ref.tenant = row.record.tenant;
        return ref;
    };

    {
        QVector<double> offMs, onMs, itMs, notItMs;
        for (int i = 0; i < reps; ++i) {
            const RecordRef ref = refOf(first.at(i));
            Counts c;
            if (Status s = timed(QStringLiteral("deactivating %1").arg(ref.username),
                                 [&] { return ws.decisions().setDeactivated({ref}, true); }, offMs, &c);
                !s)
                return s;
            if (c.excluded.inactive != base.excluded.inactive + 1)
                return Status::failure(QStringLiteral("deactivating %1 left the inactive count at %2 (was %3)")
                                           .arg(ref.username)
                                           .arg(c.excluded.inactive)
                                           .arg(base.excluded.inactive));
            if (Status s = timed(QStringLiteral("re-activating %1").arg(ref.username),
                                 [&] { return ws.decisions().setDeactivated({ref}, false); }, onMs, &c);
                !s)
                return s;
            if (Status s = expectBase(QStringLiteral("re-activating %1").arg(ref.username), c); !s)
                return s;

            if (Status s = timed(QStringLiteral("flagging %1 as IT user").arg(ref.username),
                                 [&] { return ws.decisions().setItUser({ref}, true); }, itMs, &c);
                !s)
                return s;
            if (c.excluded.itUser != base.excluded.itUser + 1)
                return Status::failure(QStringLiteral("flagging %1 as IT user left the IT count at %2 (was %3)")
                                           .arg(ref.username)
                                           .arg(c.excluded.itUser)
                                           .arg(base.excluded.itUser));
            if (Status s = timed(QStringLiteral("clearing the IT flag of %1").arg(ref.username),
                                 [&] { return ws.decisions().setItUser({ref}, false); }, notItMs, &c);
                !s)
                return s;
            if (Status s = expectBase(QStringLiteral("clearing the IT flag of %1").arg(ref.username), c); !s)
                return s;
        }
        addTimings(report, 2, QStringLiteral("change.deactivate_ms"),
                   QStringLiteral("counts current after deactivating one user"), offMs, 50);
        addTimings(report, 2, QStringLiteral("change.activate_ms"),
                   QStringLiteral("counts current after re-activating it"), onMs, 50);
        addTimings(report, 2, QStringLiteral("change.it_user_ms"),
                   QStringLiteral("counts current after flagging one IT user"), itMs, 50);
        addTimings(report, 2, QStringLiteral("change.not_it_user_ms"),
                   QStringLiteral("counts current after clearing the flag"), notItMs, 50);
    }

    // Links cannot be undone through the API: each repetition links a fresh pair of distinct individuals.
    {
        QVector<UserRow> second;
        if (Status s = pick(runtimes.size() > 1 ? runtimes.at(1) : runtimes.at(0), reps * 4, &second); !s)
            return s;
        if (runtimes.size() == 1)
            std::reverse(second.begin(), second.end());
        QSet<qint64> used;
        QVector<double> linkMs;
        Counts before = base;
        for (int i = 0, j = 0; i < first.size() && j < second.size() && linkMs.size() < reps; ++i, ++j) {
            const UserRow &a = first.at(i);
            const UserRow &b = second.at(j);
            if (!a.individual || !b.individual || *a.individual == *b.individual || used.contains(*a.individual)
                || used.contains(*b.individual) || a.record.tenant != b.record.tenant)
                continue;
            used.insert(*a.individual);
            used.insert(*b.individual);
            Counts c;
            if (Status s = timed(QStringLiteral("linking %1 and %2").arg(a.record.username, b.record.username),
                                 [&] { return ws.decisions().link(refOf(a), refOf(b)); }, linkMs, &c);
                !s)
                return s;
            if (c.unique.total() != before.unique.total() - 1)
                return Status::failure(QStringLiteral("linking %1 and %2 changed the unique total from %3 to %4")
                                           .arg(a.record.username, b.record.username)
                                           .arg(before.unique.total())
                                           .arg(c.unique.total()));
            before = c;
        }
        if (linkMs.isEmpty())
            return Status::failure(QStringLiteral("found no pair of distinct individuals to link"));
        addTimings(report, 2, QStringLiteral("change.link_ms"),
            QStringLiteral("counts current after linking two records"), linkMs, 50,
            QStringLiteral("not reverted (no unlink): a fresh pair each time"));
    }

    if (o.verify) {
        t.restart();
        const auto recount = ws.recount(id);
        const double recountMs = msSince(t);
        if (!recount)
            return Status::failure(QStringLiteral("recounting: %1").arg(recount.error()));
        const auto now = ws.counts(id);
        if (!now)
            return Status::failure(QStringLiteral("reading counts: %1").arg(now.error()));
        if (!(*now == *recount))
            return Status::failure(QStringLiteral("maintained counts (%1) differ from a full recount (%2)")
                                       .arg(describe(*now), describe(*recount)));
        report.addMeasure(2, QStringLiteral("check.recount_ms"),
                          QStringLiteral("check: full recount equals maintained counts (Workspace::recount)"),
                          recountMs, QStringLiteral("ms"), 0);
    }

    // Pointers for the Users view, from the API it would page through: total, first page, search, middle.
    {
        UserFilter all;
        all.infraId = id;
        QVector<double> countMs, pageMs, searchMs, middleMs;
        qint64 total = 0;
        qint64 found = 0;
        // Fewer runs: on a million rows an OFFSET page takes seconds, and these rows have no target of their own.
        for (int i = 0; i < std::min(reps, 3); ++i) {
            t.restart();
            const auto n = ws.userQueries().userCount(all);
            countMs.append(msSince(t));
            if (!n)
                return Status::failure(QStringLiteral("counting users: %1").arg(n.error()));
            total = *n;

            UserFilter page = all;
            page.limit = 100;
            t.restart();
            const auto rows = ws.userQueries().users(page);
            pageMs.append(msSince(t));
            if (!rows)
                return Status::failure(QStringLiteral("listing users: %1").arg(rows.error()));

            UserFilter search = page;
            search.search = QStringLiteral("schmidt");
            t.restart();
            const auto hits = ws.userQueries().userCount(search);
            const auto hitRows = hits ? ws.userQueries().users(search) : Result<QVector<UserRow>>::failure(hits.error());
            searchMs.append(msSince(t));
            if (!hitRows)
                return Status::failure(QStringLiteral("searching users: %1").arg(hitRows.error()));
            found = *hits;

            UserFilter middle = page;
            middle.offset = int(total / 2);
            t.restart();
            const auto mid = ws.userQueries().users(middle);
            middleMs.append(msSince(t));
            if (!mid)
                return Status::failure(QStringLiteral("listing users: %1").arg(mid.error()));
        }
        addTimings(report, 4, QStringLiteral("api.user_count_ms"),
                   QStringLiteral("API for the view: total rows (Workspace::userCount, %1)")
                       .arg(BenchReport::formatNumber(double(total), 0)),
                   countMs, {});
        addTimings(report, 4, QStringLiteral("api.first_page_ms"),
                   QStringLiteral("API for the view: first 100 rows (Workspace::users)"), pageMs, {});
        addTimings(report, 4, QStringLiteral("api.search_ms"),
                   QStringLiteral("API for the view: search \"schmidt\", count + 100 rows (%1 hits)")
                       .arg(BenchReport::formatNumber(double(found), 0)),
                   searchMs, {});
        addTimings(report, 4, QStringLiteral("api.middle_page_ms"),
            QStringLiteral("API for the view: 100 rows at offset %1")
                .arg(BenchReport::formatNumber(double(total / 2), 0)),
            middleMs, {});
    }
    return {};
}

} // namespace hc
