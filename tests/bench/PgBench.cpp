#include "BenchReport.h"
#include "PgBench.h"

#include "ChildProcess.h"
#include "ExportGenerator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QScopeGuard>
#include <QUrl>

#include <algorithm>
#include <cstdio>

namespace hc {

namespace {

void progress(const QString &text)
{
    benchProgress("pg", text);
}

// The number of fields of a CSV file's header row (quotes respected).
int headerFields(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = f.readLine();
    int fields = 1;
    bool quoted = false;
    for (char c : line) {
        if (c == '"')
            quoted = !quoted;
        else if (c == ',' && !quoted)
            ++fields;
    }
    return fields;
}

// A psql literal: the file name of \copy in single quotes.
QString quotedPath(const QString &path)
{
    return u'\'' + QString(path).replace(u'\'', QStringLiteral("''")) + u'\'';
}

QJsonArray toJsonArray(const QVector<double> &values)
{
    QJsonArray a;
    for (double v : values)
        a.append(v);
    return a;
}

} // namespace

QString PgBench::whyNotAvailable() const
{
    if (m_o.psql.isEmpty() || !QFileInfo(m_o.psql).isExecutable())
        return QStringLiteral("no psql at '%1'; install Debian's postgresql-client or pass --psql").arg(m_o.psql);
    if (m_o.url.isEmpty() && !QFileInfo::exists(m_o.pgBin + QStringLiteral("/initdb")))
        return QStringLiteral("no --pg-url and no PostgreSQL server in %1 to start one (Debian's postgresql)").arg(m_o.pgBin);
    if (m_o.url.isEmpty() && !QFileInfo::exists(m_o.pgServer))
        return QStringLiteral("no --pg-url and no %1 to start a server").arg(m_o.pgServer);
    return {};
}

Status PgBench::run()
{
    if (const QString why = whyNotAvailable(); !why.isEmpty()) {
        progress(QStringLiteral("skipped: %1").arg(why));
        m_report.addNotAvailable(1, QStringLiteral("pg.import_ratio"),
                                 QStringLiteral("import on PostgreSQL: Headcount / psql \\copy"), why);
        return {};
    }
    if (m_o.url.isEmpty()) {
        if (Status s = startServer(); !s)
            return s;
    }
    const auto stop = qScopeGuard([this] { stopServer(); });
    const auto version = psql(QString(), {QStringLiteral("SHOW server_version")});
    if (!version)
        return Status::failure(version.error());
    m_report.addHeader(QStringLiteral("PostgreSQL part: %1 runtimes x %2 records on PostgreSQL %3 (%4), psql %5")
                           .arg(m_o.runtimes)
                           .arg(BenchReport::formatNumber(double(m_o.recordsPerRuntime), 0),
                                QString::fromUtf8(*version).trimmed(),
                                m_serverDir.isEmpty() ? QStringLiteral("--pg-url")
                                                      : QStringLiteral("a throwaway server of pg-server: fsync off"),
                                m_o.psql));
    if (Status s = generate(); !s)
        return s;
    return measure();
}

Status PgBench::startServer()
{
    m_serverDir = QDir(m_o.workdir).filePath(QStringLiteral("pg-server"));
    progress(QStringLiteral("starting a throwaway server in %1").arg(m_serverDir));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PG_BIN"), m_o.pgBin);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("bash"), {m_o.pgServer, QStringLiteral("start"), m_serverDir});
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        const QString why = QString::fromUtf8(p.readAllStandardError()).trimmed();
        m_serverDir.clear();
        return Status::failure(QStringLiteral("starting the PostgreSQL server: %1").arg(why));
    }
    m_o.url = QString::fromUtf8(p.readAllStandardOutput()).trimmed().section(u'\n', -1);
    m_env.insert(QStringLiteral("PGPASSFILE"), QDir(m_serverDir).filePath(QStringLiteral(".pgpass")));
    return {};
}

void PgBench::stopServer()
{
    if (m_serverDir.isEmpty())
        return;
    progress(QStringLiteral("stopping the throwaway server"));
    QProcess p;
    p.start(QStringLiteral("bash"), {m_o.pgServer, QStringLiteral("stop"), m_serverDir});
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        progress(QStringLiteral("could not stop the server in %1: %2")
                     .arg(m_serverDir, QString::fromUtf8(p.readAllStandardError()).trimmed()));
    m_serverDir.clear();
}

QString PgBench::urlOf(const QString &database) const
{
    if (database.isEmpty())
        return m_o.url;
    QUrl url(m_o.url);
    url.setPath(u'/' + database);
    return url.toString();
}

Result<QByteArray> PgBench::psql(const QString &database, const QStringList &commands, double *seconds)
{
    QStringList args{QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"),
                     QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), urlOf(database)};
    for (const QString &c : commands)
        args << QStringLiteral("-c") << c;
    const ChildResult r = ChildProcess::run(m_o.psql, args, m_env);
    if (!r.ok())
        return Result<QByteArray>::failure(QStringLiteral("psql %1: %2").arg(commands.join(QStringLiteral("; ")), r.failure()));
    if (seconds)
        *seconds = r.seconds;
    return r.out;
}

Status PgBench::generate()
{
    GeneratorOptions g;
    g.outDir = QDir(m_o.workdir).filePath(QStringLiteral("pg-data"));
    g.runtimes = m_o.runtimes;
    g.recordsPerRuntime = m_o.recordsPerRuntime;
    g.seed = m_o.seed;
    progress(QStringLiteral("generating %1 runtimes x %2 records").arg(m_o.runtimes).arg(m_o.recordsPerRuntime));
    const auto data = ExportGenerator(g).generate();
    if (!data)
        return Status::failure(QStringLiteral("generating the exports: %1").arg(data.error()));
    for (const GeneratedRuntime &r : data->runtimes) {
        m_files.paths << r.file;
        m_files.names << r.name;
    }
    m_files.domains = data->domains;
    m_files.records = data->stats.records;
    return {};
}

Status PgBench::recreateDatabase(const QString &name)
{
    dropDatabase(name);
    const auto r = psql(QString(), {QStringLiteral("CREATE DATABASE %1").arg(name)});
    return r ? Status() : Status::failure(r.error());
}

void PgBench::dropDatabase(const QString &name)
{
    if (const auto r = psql(QString(), {QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name)}); !r)
        progress(r.error());
}

// The workspace's setup (capacity, domains, runtimes) is not timed, as in the SQLite row; the imports are.
Result<double> PgBench::importWithHeadcount(const QString &database, qint64 &maxRssKib, QStringList &perFile)
{
    using R = Result<double>;
    if (Status s = recreateDatabase(database); !s)
        return R::failure(s.error());
    const QString url = urlOf(database);
    QVector<QStringList> setup{{QStringLiteral("init")},
                               QStringList{QStringLiteral("domain"), QStringLiteral("add")} + m_files.domains};
    for (const QString &name : std::as_const(m_files.names))
        setup.append({QStringLiteral("runtime"), QStringLiteral("add"), name});
    for (const QStringList &args : std::as_const(setup)) {
        const ChildResult r = ChildProcess::run(m_o.cli, QStringList{QStringLiteral("--db"), url} + args, m_env);
        if (!r.ok())
            return R::failure(QStringLiteral("headcount-cli %1: %2").arg(args.join(u' '), r.failure()));
    }
    double seconds = 0;
    for (int i = 0; i < m_files.paths.size(); ++i) {
        const ChildResult r = ChildProcess::run(
            m_o.cli, {QStringLiteral("--db"), url, QStringLiteral("import"), QStringLiteral("--runtime"), m_files.names[i], m_files.paths[i]},
            m_env);
        if (!r.ok())
            return R::failure(QStringLiteral("headcount-cli import of %1: %2").arg(m_files.paths[i], r.failure()));
        seconds += r.seconds;
        perFile << QString::number(r.seconds, 'f', 2);
        maxRssKib = std::max(maxRssKib, r.maxRssKib);
    }
    const auto n = psql(database, {QStringLiteral("SELECT COUNT(*) FROM user_record")});
    if (!n)
        return R::failure(n.error());
    if (QString::fromUtf8(*n).trimmed().toLongLong() != m_files.records)
        return R::failure(QStringLiteral("headcount-cli imported %1 records, not %2").arg(QString::fromUtf8(*n).trimmed()).arg(m_files.records));
    return seconds;
}

// One table of text columns per file, created untimed; each file's \copy is one timed psql process.
Result<double> PgBench::loadWithPsql(const QString &database)
{
    using R = Result<double>;
    if (Status s = recreateDatabase(database); !s)
        return R::failure(s.error());
    QStringList tables;
    for (int i = 0; i < m_files.paths.size(); ++i) {
        QStringList columns;
        for (int c = 1; c <= headerFields(m_files.paths[i]); ++c)
            columns << QStringLiteral("c%1 text").arg(c);
        tables << QStringLiteral("t%1").arg(i);
        if (const auto r = psql(database, {QStringLiteral("CREATE TABLE %1 (%2)").arg(tables.last(), columns.join(QStringLiteral(", ")))}); !r)
            return R::failure(r.error());
    }
    double total = 0;
    for (int i = 0; i < m_files.paths.size(); ++i) {
        double seconds = 0;
        const auto r = psql(database, {QStringLiteral("\\copy %1 FROM %2 CSV HEADER").arg(tables[i], quotedPath(m_files.paths[i]))},
                            &seconds);
        if (!r)
            return R::failure(r.error());
        total += seconds;
    }
    QStringList counts;
    for (const QString &t : std::as_const(tables))
        counts << QStringLiteral("(SELECT COUNT(*) FROM %1)").arg(t);
    const auto n = psql(database, {QStringLiteral("SELECT ") + counts.join(u'+')});
    if (!n)
        return R::failure(n.error());
    if (QString::fromUtf8(*n).trimmed().toLongLong() != m_files.records)
        return R::failure(QStringLiteral("psql loaded %1 rows, not %2").arg(QString::fromUtf8(*n).trimmed()).arg(m_files.records));
    return total;
}

// Alternating (Headcount first, then psql first, ...), so that neither always runs on a warmer server.
Status PgBench::measure()
{
    QVector<double> hc, raw;
    qint64 rss = 0;
    QStringList bestPerFile;
    const QString hcDb = QStringLiteral("headcount_bench_hc"), rawDb = QStringLiteral("headcount_bench_raw");
    for (int run = 0; run < m_o.runs; ++run) {
        for (int side = 0; side < 2; ++side) {
            if ((side == 0) == (run % 2 == 0)) {
                progress(QStringLiteral("headcount-cli import of %1 files (run %2 of %3)").arg(m_files.paths.size()).arg(run + 1).arg(m_o.runs));
                QStringList perFile;
                const auto s = importWithHeadcount(hcDb, rss, perFile);
                dropDatabase(hcDb);
                if (!s)
                    return Status::failure(s.error());
                if (hc.isEmpty() || *s < *std::min_element(hc.cbegin(), hc.cend()))
                    bestPerFile = perFile;
                hc << *s;
            } else {
                progress(QStringLiteral("psql \\copy of %1 files (run %2 of %3)").arg(m_files.paths.size()).arg(run + 1).arg(m_o.runs));
                const auto s = loadWithPsql(rawDb);
                dropDatabase(rawDb);
                if (!s)
                    return Status::failure(s.error());
                raw << *s;
            }
        }
    }
    const double bestHc = *std::min_element(hc.cbegin(), hc.cend());
    const double bestRaw = *std::min_element(raw.cbegin(), raw.cend());
    const QString files = QString::number(m_files.paths.size());
    m_report.addMeasure(1, QStringLiteral("pg.import_headcount_s"),
                        QStringLiteral("import on PostgreSQL: Headcount, %1 files (headcount-cli --db postgresql://… import, "
                                       "wall, best of %2)").arg(files).arg(hc.size()),
                        bestHc, QStringLiteral("s"), 2)
        .details.insert(QStringLiteral("runs_s"), toJsonArray(hc));
    m_report.addText(1, QStringLiteral("pg.import_per_file"),
                     QStringLiteral("import on PostgreSQL: per file of the best run, in order"),
                     bestPerFile.join(QStringLiteral(" / ")) + QStringLiteral(" s"));
    m_report.addMeasure(1, QStringLiteral("pg.import_psql_s"),
                        QStringLiteral("import on PostgreSQL: psql, raw text (\\copy t FROM FILE CSV HEADER, one text "
                                       "table per file, best of %1)").arg(raw.size()),
                        bestRaw, QStringLiteral("s"), 2)
        .details.insert(QStringLiteral("runs_s"), toJsonArray(raw));
    m_report.addMeasure(1, QStringLiteral("pg.import_ratio"), QStringLiteral("import on PostgreSQL: ratio Headcount / psql"),
                        bestHc / bestRaw, QStringLiteral("x"), 2);
    m_report.addMeasure(1, QStringLiteral("pg.import_rss_mb"),
                        QStringLiteral("import on PostgreSQL: peak RSS of headcount-cli (largest of the imports)"),
                        double(rss) * 1024 / 1e6, QStringLiteral("MB"), 1);
    return {};
}

} // namespace hc
