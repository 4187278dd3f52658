// headcount-bench: the scale benchmark of SPEC §8 / issue 3. Generates multi-runtime exports, imports them with the
// real headcount-cli (and, as the yardstick, with the sqlite3 shell), then times counts after changes, the counts
// command, the Users view and the GUI's memory. Prints a table and writes a JSON file. A missed target is reported,
// not fatal; a failed step (a child's exit code, unparsable output, counts that do not follow a change) exits 1.
#include "BenchReport.h"
#include "ChildProcess.h"
#include "ExportGenerator.h"
#include "PgBench.h"
#include "UsersModelBench.h"
#include "ScaleBench.h"
#include "WorkspaceBench.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QThread>

#ifdef HEADCOUNT_BENCH_WITH_GUI
#include <QApplication>
#else
#include <QCoreApplication>
#endif

#include <cstdio>

namespace {

using hc::BenchReport;
using hc::BenchRow;
using hc::ChildProcess;
using hc::ChildResult;
using hc::Result;
using hc::Status;

struct Options
{
    qint64 recordsPerRuntime = 250000;
    int runtimes = 4;
    quint32 seed = 1;
    int repetitions = 7;
    int countsRuns = 10;
    int importRuns = 1;
    bool verify = true;
    bool onlyReport = false; // --only report: time the report on the workspace a full run left in the workdir
    bool onlyScale = false;  // --only scale: the scale part alone (issue 11)
    bool onlyPg = false;     // --only pg: the import on PostgreSQL beside psql's \copy (issue 12)
    QString pgUrl;           // --pg-url: a server to use instead of a throwaway one
    QString psql;
    int scaleRuntimes = 16;  // runtimes of the scale part's large workspace
    QString workdir;
    QString json;
    QString cli;
    QString gui;
    QString guiChild; // headcount-bench-gui
    QString sqlite3;
};

void progress(const QString &text)
{
    hc::benchProgress("", text);
}

// First line of a (/proc) text file, or the value of its first "prefix: value" line. /proc files report size 0:
// read them whole instead of testing atEnd().
QString readFirstLine(const QString &path, const QString &prefix = {})
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (prefix.isEmpty())
            return line;
        if (line.startsWith(prefix))
            return line.section(u':', 1).trimmed();
    }
    return {};
}

double megabytes(qint64 bytes)
{
    return double(bytes) / 1e6;
}

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size();
}

QString sqliteLibraryVersion()
{
    const QString name = QStringLiteral("headcount-bench-version");
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
                version = q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return version.isEmpty() ? QStringLiteral("unknown") : version;
}

class Bench
{
public:
    explicit Bench(Options options)
        : m_o(std::move(options))
    {
    }

    int run();

private:
    // Runs a child to completion; a failure (it did not start, or exited non-zero) names the step.
    Result<ChildResult> child(const QString &what, const QString &program, const QStringList &args,
                              const QHash<QString, QString> &env = {})
    {
        ChildResult r = ChildProcess::run(program, args, env);
        if (!r.ok())
            return Result<ChildResult>::failure(
                QStringLiteral("%1 (%2 %3): %4").arg(what, program, args.join(u' '), r.failure()));
        return r;
    }
    Result<ChildResult> cli(const QString &what, const QStringList &args, const QHash<QString, QString> &env = {})
    {
        return child(what, m_o.cli, QStringList{QStringLiteral("--db"), m_workspace} + args, env);
    }

    Status describeMachine();
    Status generate();
    Status importWithSqlite(QVector<double> &seconds, qint64 &maxRssKib);
    Status importWithHeadcount(QVector<double> &seconds, qint64 &maxRssKib, QJsonArray &perFile);
    Status measureImport();
    Status measureCountsCommand();
    Status measureUsersJson();
    Status measureWorkspace();
    Status measureView();
    Status measureReport();
    Status measureGuiBulk();
    Status measureGuiImport();
    Status measureScale();
    Status measurePg();
    Status measureAll();
    void writeJson(const QString &failure);

    Options m_o;
    BenchReport m_report;
    hc::GeneratedExport m_data;
    QString m_workspace;
    qint64 m_records = 0;
    qint64 m_csvBytes = 0;
    QString m_sqliteShellVersion;
    QMap<QString, QStringList> m_importPhases; // runtime -> "phase N ms" lines of its last import
};

QJsonArray toJsonArray(const QVector<double> &values)
{
    QJsonArray a;
    for (double v : values)
        a.append(v);
    return a;
}

Status Bench::describeMachine()
{
    const QString cpu = readFirstLine(QStringLiteral("/proc/cpuinfo"), QStringLiteral("model name"));
    const double memoryKb
        = readFirstLine(QStringLiteral("/proc/meminfo"), QStringLiteral("MemTotal")).section(u' ', 0, 0).toDouble();
    const QString memory = QStringLiteral("%1 GB").arg(memoryKb * 1024 / 1e9, 0, 'f', 1);
    const QString load = readFirstLine(QStringLiteral("/proc/loadavg")).section(u' ', 0, 2);
    const int cores = QThread::idealThreadCount();
    const QString library = sqliteLibraryVersion();
    const ChildResult shell = ChildProcess::run(m_o.sqlite3, {QStringLiteral("--version")});
    m_sqliteShellVersion = shell.ok() ? QString::fromUtf8(shell.out).section(u' ', 0, 0) : QStringLiteral("missing");

    m_report.addHeader(
        QStringLiteral("Headcount benchmark (SPEC §8, issue 3): %1 runtimes x %2 records = %3 records, seed %4")
            .arg(m_o.runtimes)
            .arg(BenchReport::formatNumber(double(m_o.recordsPerRuntime), 0))
            .arg(BenchReport::formatNumber(double(m_o.recordsPerRuntime) * m_o.runtimes, 0))
            .arg(m_o.seed));
    m_report.addHeader(QStringLiteral("Machine: %1 x %2, %3 RAM, %4; load average at start %5")
                           .arg(cores)
                           .arg(cpu.isEmpty() ? QStringLiteral("unknown CPU") : cpu, memory,
                                QSysInfo::prettyProductName(), load));
    m_report.addHeader(QStringLiteral("Versions: Headcount %1 (%2 build), Qt %3, SQLite %4 (library), sqlite3 shell %5")
                           .arg(QStringLiteral(HEADCOUNT_VERSION), QStringLiteral(HEADCOUNT_BENCH_BUILD_TYPE),
                                QString::fromLatin1(qVersion()), library, m_sqliteShellVersion));
    m_report.setInfo(QStringLiteral("machine"),
                     QJsonObject{{QStringLiteral("cores"), cores},
                                 {QStringLiteral("cpu"), cpu},
                                 {QStringLiteral("memory"), memory},
                                 {QStringLiteral("os"), QSysInfo::prettyProductName()},
                                 {QStringLiteral("kernel"), QSysInfo::kernelVersion()},
                                 {QStringLiteral("load_average_start"), load}});
    m_report.setInfo(QStringLiteral("versions"),
                     QJsonObject{{QStringLiteral("headcount"), QStringLiteral(HEADCOUNT_VERSION)},
                                 {QStringLiteral("build_type"), QStringLiteral(HEADCOUNT_BENCH_BUILD_TYPE)},
                                 {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
                                 {QStringLiteral("sqlite_library"), library},
                                 {QStringLiteral("sqlite3_shell"), m_sqliteShellVersion}});
    if (!shell.ok())
        return Status::failure(QStringLiteral("the sqlite3 shell (%1) does not run: %2; scripts/setup-deps installs it")
                                   .arg(m_o.sqlite3, shell.failure()));
    if (!QFileInfo(m_o.cli).isExecutable())
        return Status::failure(QStringLiteral("headcount-cli not found at '%1'; pass --cli").arg(m_o.cli));
    return {};
}

Status Bench::generate()
{
    hc::GeneratorOptions g;
    g.outDir = QDir(m_o.workdir).filePath(QStringLiteral("data"));
    g.runtimes = m_o.runtimes;
    g.recordsPerRuntime = m_o.recordsPerRuntime;
    g.seed = m_o.seed;
    progress(QStringLiteral("generating %1 records in %2").arg(m_o.recordsPerRuntime * m_o.runtimes).arg(g.outDir));
    QElapsedTimer t;
    t.start();
    auto result = hc::ExportGenerator(g).generate();
    if (!result)
        return Status::failure(QStringLiteral("generating the exports: %1").arg(result.error()));
    const double seconds = double(t.elapsed()) / 1000;
    m_data = *result;
    m_records = m_data.stats.records;
    for (const hc::GeneratedRuntime &r : std::as_const(m_data.runtimes))
        m_csvBytes += r.bytes;
    const hc::GeneratorStats &s = m_data.stats;
    m_report.addHeader(
        QStringLiteral("Data: %1 CSV files, %2 MB, %3 records of %4 persons (%5 on 2-3 runtimes); addresses: "
                       "%6 owned-domain, %7 free-mail, %8 on %9 company domains; generated in %10 s")
            .arg(m_data.runtimes.size())
            .arg(megabytes(m_csvBytes), 0, 'f', 1)
            .arg(BenchReport::formatNumber(double(m_records), 0), BenchReport::formatNumber(double(s.people), 0),
                 BenchReport::formatNumber(double(s.peopleOnTwo + s.peopleOnThree), 0),
                 BenchReport::formatNumber(double(s.ownedDomain), 0), BenchReport::formatNumber(double(s.freeMail), 0),
                 BenchReport::formatNumber(double(s.companyDomain), 0),
                 BenchReport::formatNumber(double(s.companyDomainsUsed), 0))
            .arg(seconds, 0, 'f', 1));
    m_report.setInfo(QStringLiteral("data"),
                     QJsonObject{{QStringLiteral("folder"), g.outDir},
                                 {QStringLiteral("manifest"), m_data.manifest},
                                 {QStringLiteral("runtimes"), m_o.runtimes},
                                 {QStringLiteral("records_per_runtime"), m_o.recordsPerRuntime},
                                 {QStringLiteral("records"), m_records},
                                 {QStringLiteral("csv_bytes"), m_csvBytes},
                                 {QStringLiteral("seed"), qint64(m_o.seed)},
                                 {QStringLiteral("generate_seconds"), seconds}});
    return {};
}

Status Bench::importWithSqlite(QVector<double> &seconds, qint64 &maxRssKib)
{
    const QString db = QDir(m_o.workdir).filePath(QStringLiteral("sqlite3-raw.db"));
    QFile::remove(db);
    double total = 0;
    QStringList tables;
    for (const hc::GeneratedRuntime &r : std::as_const(m_data.runtimes)) {
        const QString table = QStringLiteral("t_") + QString(r.name).replace(u'-', u'_');
        tables.append(table);
        // One table per file, created from that file's header row: exactly `.import --csv FILE t` per file.
        const auto c = child(QStringLiteral("sqlite3 shell import of %1").arg(r.file), m_o.sqlite3,
                             {db, QStringLiteral(".import --csv %1 %2").arg(r.file, table)});
        if (!c)
            return Status::failure(c.error());
        total += c->seconds;
        maxRssKib = std::max(maxRssKib, c->maxRssKib);
    }
    seconds.append(total);
    QStringList counts;
    for (const QString &t : std::as_const(tables))
        counts.append(QStringLiteral("(SELECT count(*) FROM %1)").arg(t));
    const auto check = child(QStringLiteral("counting the sqlite3 shell's rows"), m_o.sqlite3,
                             {db, QStringLiteral("SELECT ") + counts.join(u'+')});
    if (!check)
        return Status::failure(check.error());
    if (QString::fromUtf8(check->out).trimmed().toLongLong() != m_records)
        return Status::failure(QStringLiteral("the sqlite3 shell loaded %1 rows, not %2")
                                   .arg(QString::fromUtf8(check->out).trimmed())
                                   .arg(m_records));
    return {};
}

Status Bench::importWithHeadcount(QVector<double> &seconds, qint64 &maxRssKib, QJsonArray &perFile)
{
    for (const QString &suffix :
        { QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(m_workspace + suffix);
    QVector<QPair<QString, QStringList>> setup{
        {QStringLiteral("creating the workspace"), {QStringLiteral("init")}},
        {QStringLiteral("setting capacities"),
         {QStringLiteral("capacity"), QStringLiteral("set"), QStringLiteral("--internal"),
          QString::number(m_data.capacityInternal), QStringLiteral("--external"),
          QString::number(m_data.capacityExternal)}},
        {QStringLiteral("adding the owned domains"),
         QStringList{QStringLiteral("domain"), QStringLiteral("add")} + m_data.domains},
    };
    for (const hc::GeneratedRuntime &r : std::as_const(m_data.runtimes))
        setup.append({ QStringLiteral("adding runtime %1").arg(r.name),
            { QStringLiteral("runtime"), QStringLiteral("add"), r.name } });
    for (const auto &[what, args] : std::as_const(setup)) {
        if (const auto c = cli(what, args); !c)
            return Status::failure(c.error());
    }

    double total = 0;
    perFile = {};
    for (const hc::GeneratedRuntime &r : std::as_const(m_data.runtimes)) {
        progress(QStringLiteral("headcount-cli import --runtime %1 %2").arg(r.name, r.file));
        // The storage layer logs its phase timings on this category: kept for whoever profiles the import.
        const auto c = cli(QStringLiteral("importing %1").arg(r.file),
                           {QStringLiteral("import"), QStringLiteral("--runtime"), r.name, r.file},
                           {{QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("headcount.import.debug=true")}});
        if (!c)
            return Status::failure(c.error());
        total += c->seconds;
        maxRssKib = std::max(maxRssKib, c->maxRssKib);
        QStringList phases;
        for (const QByteArray &line : c->err.split('\n')) {
            if (line.trimmed().endsWith(" ms"))
                phases.append(QString::fromUtf8(line).remove(QStringLiteral("headcount.import:")).simplified());
        }
        m_importPhases.insert(r.name, phases);
        perFile.append(QJsonObject{{QStringLiteral("runtime"), r.name},
                                   {QStringLiteral("records"), r.records},
                                   {QStringLiteral("seconds"), c->seconds},
                                   {QStringLiteral("max_rss_mb"), c->maxRssMB()},
                                   {QStringLiteral("phases"), QJsonArray::fromStringList(phases)}});
    }
    seconds.append(total);
    return {};
}

Status Bench::measureImport()
{
    QVector<double> hcSeconds, sqliteSeconds;
    qint64 hcRss = 0;
    qint64 sqliteRss = 0;
    QJsonArray perFile;
    for (int run = 0; run < m_o.importRuns; ++run) {
        progress(QStringLiteral("sqlite3 shell: .import --csv of %1 files (run %2 of %3)")
                     .arg(m_data.runtimes.size())
                     .arg(run + 1)
                     .arg(m_o.importRuns));
        if (Status s = importWithSqlite(sqliteSeconds, sqliteRss); !s)
            return s;
        if (Status s = importWithHeadcount(hcSeconds, hcRss, perFile); !s)
            return s;
    }
    const double hc = BenchReport::median(hcSeconds);
    const double sq = BenchReport::median(sqliteSeconds);
    const QString files = QString::number(m_data.runtimes.size());
    BenchRow &h = m_report.addMeasure(1, QStringLiteral("import.headcount_s"),
        QStringLiteral("import: Headcount, %1 files (headcount-cli import, wall)").arg(files), hc, QStringLiteral("s"),
        2);
    h.details.insert(QStringLiteral("runs_s"), toJsonArray(hcSeconds));
    h.details.insert(QStringLiteral("per_file_last_run"), perFile);
    QStringList fileSeconds;
    for (const QJsonValue &f : std::as_const(perFile))
        fileSeconds.append(QString::number(f.toObject().value(QStringLiteral("seconds")).toDouble(), 'f', 2));
    m_report.addText(1, QStringLiteral("import.per_file"),
                     QStringLiteral("import: per file, in order (each merges with the runtimes before it)"),
                     fileSeconds.join(QStringLiteral(" / ")) + QStringLiteral(" s"));
    m_report.addMeasure(1, QStringLiteral("import.records_per_s"), QStringLiteral("import: records per second"),
                        double(m_records) / hc, QStringLiteral("records/s"), 0);
    m_report.addMeasure(1, QStringLiteral("import.headcount_rss_mb"),
                        QStringLiteral("import: peak RSS of headcount-cli (largest of the imports)"),
                        double(hcRss) * 1024 / 1e6, QStringLiteral("MB"), 1);
    BenchRow &s = m_report.addMeasure(1, QStringLiteral("import.sqlite3_s"),
        QStringLiteral("import: sqlite3 shell, raw text (.import --csv, one table per file)"), sq, QStringLiteral("s"),
        2);
    s.details.insert(QStringLiteral("runs_s"), toJsonArray(sqliteSeconds));
    s.details.insert(QStringLiteral("max_rss_mb"), double(sqliteRss) * 1024 / 1e6);
    m_report.addMeasure(1, QStringLiteral("import.ratio"), QStringLiteral("import: ratio Headcount / sqlite3 shell"),
                        hc / sq, QStringLiteral("x"), 2, QStringLiteral("<= 1.0"), 1.0, true);
    m_report.addText(1, QStringLiteral("import.sizes"), QStringLiteral("sizes: CSV / workspace / sqlite3 raw DB"),
                     QStringLiteral("%1 / %2 / %3 MB")
                         .arg(megabytes(m_csvBytes), 0, 'f', 1)
                         .arg(megabytes(fileSize(m_workspace)), 0, 'f', 1)
                         .arg(megabytes(fileSize(QDir(m_o.workdir).filePath(QStringLiteral("sqlite3-raw.db")))), 0,
                              'f', 1));
    return {};
}

Status Bench::measureCountsCommand()
{
    progress(QStringLiteral("headcount-cli counts --json x %1").arg(m_o.countsRuns));
    QVector<double> ms;
    QJsonObject counts;
    for (int i = 0; i < std::max(1, m_o.countsRuns); ++i) {
        const auto c = cli(QStringLiteral("counts --json"), {QStringLiteral("counts"), QStringLiteral("--json")});
        if (!c)
            return Status::failure(c.error());
        ms.append(c->seconds * 1000);
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(c->out, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()
            || !doc.object().value(QStringLiteral("unique")).isObject())
            return Status::failure(QStringLiteral("counts --json printed no counts object (%1): %2")
                                       .arg(error.errorString(), QString::fromUtf8(c->out.left(200))));
        counts = doc.object();
    }
    const double max = *std::max_element(ms.begin(), ms.end());
    BenchRow &row = m_report.addMeasure(3, QStringLiteral("counts_command_ms"),
        QStringLiteral("headcount-cli counts --json, whole process (median of %1)").arg(ms.size()),
        BenchReport::median(ms), QStringLiteral("ms"), 1, QStringLiteral("< 100 ms"), 100);
    row.value += QStringLiteral(" (max %1)").arg(BenchReport::formatNumber(max, 1));
    row.details.insert(QStringLiteral("runs_ms"), toJsonArray(ms));
    const QJsonObject unique = counts.value(QStringLiteral("unique")).toObject();
    const QJsonObject excluded = counts.value(QStringLiteral("excluded")).toObject();
    const QJsonObject capacity = counts.value(QStringLiteral("capacity")).toObject();
    auto n = [](const QJsonObject &o, const char *key) {
        return BenchReport::formatNumber(o.value(QLatin1String(key)).toDouble(), 0);
    };
    m_report.addText(3, QStringLiteral("counts"), QStringLiteral("counts: unique internal / external (capacity)"),
                     QStringLiteral("%1 / %2 (%3 / %4)")
                         .arg(n(unique, "internal"), n(unique, "external"), n(capacity, "internal"),
                              n(capacity, "external")));
    m_report.addText(3, QStringLiteral("excluded"), QStringLiteral("counts: excluded IT / inactive / anonymous"),
                     QStringLiteral("%1 / %2 / %3")
                         .arg(n(excluded, "it_user"), n(excluded, "inactive"), n(excluded, "anonymous")));
    m_report.setInfo(QStringLiteral("counts"), counts);
    return {};
}

// SPEC §8: the whole list streams (bounded memory), so its time and peak RSS are figures of their own. The output
// goes to a file, as a script would redirect it; it must hold one object per record.
Status Bench::measureUsersJson()
{
    constexpr int Runs = 3;
    progress(QStringLiteral("headcount-cli users --json x %1").arg(Runs));
    QVector<double> seconds;
    qint64 rssKib = 0;
    for (int i = 0; i < Runs; ++i) {
        const auto c = cli(QStringLiteral("users --json"), {QStringLiteral("users"), QStringLiteral("--json")});
        if (!c)
            return Status::failure(c.error());
        const qint64 objects = c->out.count("\"runtime\":");
        if (!c->out.startsWith('[') || !c->out.endsWith("]\n") || objects != m_records)
            return Status::failure(QStringLiteral("users --json printed %1 users of %2 (%3 bytes)")
                                       .arg(objects)
                                       .arg(m_records)
                                       .arg(c->out.size()));
        seconds.append(c->seconds);
        rssKib = std::max(rssKib, c->maxRssKib);
    }
    BenchRow &row = m_report.addMeasure(3, QStringLiteral("users_json_s"),
        QStringLiteral("headcount-cli users --json, every record, whole process (median of %1)").arg(Runs),
        BenchReport::median(seconds), QStringLiteral("s"), 2, QStringLiteral("< 5 s"), 5.0);
    row.details.insert(QStringLiteral("runs_s"), toJsonArray(seconds));
    m_report.addMeasure(3, QStringLiteral("users_json_rss_mb"), QStringLiteral("headcount-cli users --json: peak RSS"),
                        double(rssKib) * 1024 / 1e6, QStringLiteral("MB"), 1, QStringLiteral("<= 100 MB"), 100.0,
                        true);
    return {};
}

Status Bench::measureWorkspace()
{
    progress(QStringLiteral("Workspace API: changes and counts (%1 repetitions)").arg(m_o.repetitions));
    hc::WorkspaceBench::Options o;
    o.path = m_workspace;
    o.repetitions = m_o.repetitions;
    o.verify = m_o.verify;
    if (Status s = hc::WorkspaceBench::run(o, m_report); !s)
        return Status::failure(QStringLiteral("Workspace API: %1").arg(s.error()));
    return {};
}

Status Bench::measureView()
{
    progress(QStringLiteral("Users view model"));
    if (Status s = hc::UsersModelBench::run(m_workspace, m_o.repetitions, m_report); !s)
        return Status::failure(QStringLiteral("Users view model: %1").arg(s.error()));

    if (m_o.gui.isEmpty() || !QFileInfo(m_o.gui).isExecutable()) {
        m_report.addNotAvailable(4, QStringLiteral("gui.rss_mb"), QStringLiteral("GUI process peak RSS"),
                                 QStringLiteral("no headcount executable; pass --gui"), QStringLiteral("< 200 MB"));
        return {};
    }
    progress(QStringLiteral("headcount --screenshot (offscreen)"));
    const QString shot = QDir(m_o.workdir).filePath(QStringLiteral("gui.png"));
    QFile::remove(shot);
    const auto c = child(QStringLiteral("the console (screenshot run)"), m_o.gui,
                         {QStringLiteral("--db"), m_workspace, QStringLiteral("--screenshot"), shot},
                         {{QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")}});
    if (!c)
        return Status::failure(c.error());
    if (fileSize(shot) <= 0)
        return Status::failure(QStringLiteral("the console wrote no screenshot to %1").arg(shot));
    m_report.addMeasure(4, QStringLiteral("gui.rss_mb"),
                        QStringLiteral("GUI process peak RSS (headcount --db W --screenshot, offscreen)"),
                        c->maxRssMB(), QStringLiteral("MB"), 1, QStringLiteral("< 200 MB"), 200);
    m_report.addMeasure(4, QStringLiteral("gui.screenshot_s"),
                        QStringLiteral("GUI: start, open the workspace, show the dashboard, save the image"),
                        c->seconds, QStringLiteral("s"), 2);
    return {};
}

Status Bench::measureAll()
{
    if (m_o.onlyScale) {
        if (Status s = describeMachine(); !s)
            return s;
        return measureScale();
    }
    if (m_o.onlyPg) {
        if (Status s = describeMachine(); !s)
            return s;
        return measurePg();
    }
    if (m_o.onlyReport) {
        if (Status s = describeMachine(); !s)
            return s;
        if (!QFileInfo::exists(m_workspace))
            return Status::failure(QStringLiteral("--only report needs the workspace of a full run in the workdir: "
                                                  "%1 does not exist")
                                       .arg(m_workspace));
        // The size line above is the options'; the workspace is whatever the full run left.
        const ChildResult n = ChildProcess::run(
            m_o.sqlite3, {QStringLiteral("-readonly"), m_workspace, QStringLiteral("SELECT COUNT(*) FROM user_record")});
        if (!n.ok())
            return Status::failure(QStringLiteral("counting the records of %1: %2").arg(m_workspace, n.failure()));
        m_report.addHeader(QStringLiteral("Only the report (--only report), on the existing workspace %1: %2 records")
                               .arg(m_workspace, BenchReport::formatNumber(QString::fromUtf8(n.out).trimmed().toDouble(), 0)));
        return measureReport();
    }
    for (Status (Bench::*step)() : {&Bench::describeMachine, &Bench::generate, &Bench::measureImport,
                                    // counts --json before the changes of item 2, which leave links behind
                                    &Bench::measureCountsCommand, &Bench::measureUsersJson, &Bench::measureWorkspace,
                                    &Bench::measureView}) {
        if (Status s = (this->*step)(); !s)
            return s;
    }
    if (Status s = measureReport(); !s)
        return s;
    // Last: the bulk decisions leave the workspace as it was, but a failure half-way would not.
    if (Status s = measureGuiImport(); !s)
        return s;
    if (Status s = measureGuiBulk(); !s)
        return s;
    return measureScale();
}

// Issue 11: a workspace of many runtimes, in a folder of its own (ScaleBench).
Status Bench::measureScale()
{
    hc::ScaleBench::Options o;
    o.workdir = QDir(m_o.workdir).filePath(QStringLiteral("scale"));
    o.cli = m_o.cli;
    o.sqlite3 = m_o.sqlite3;
    o.runtimes = m_o.scaleRuntimes;
    o.recordsPerRuntime = m_o.recordsPerRuntime;
    o.seed = m_o.seed + 1;
    if (!QDir().mkpath(o.workdir))
        return Status::failure(QStringLiteral("cannot create %1").arg(o.workdir));
    m_report.addHeader(QStringLiteral("Scale part: %1 runtimes x %2 records in %3")
                           .arg(o.runtimes)
                           .arg(BenchReport::formatNumber(double(o.recordsPerRuntime), 0), o.workdir));
    return hc::ScaleBench(o, m_report).run();
}

// Issue 12: the import into a shared workspace on PostgreSQL beside psql loading the same files (PgBench).
Status Bench::measurePg()
{
    hc::PgBench::Options o;
    o.workdir = QDir(m_o.workdir).filePath(QStringLiteral("pg"));
    o.cli = m_o.cli;
    o.psql = m_o.psql;
    o.pgServer = QStringLiteral(HEADCOUNT_BENCH_PG_SERVER);
    o.pgBin = QStringLiteral(HEADCOUNT_BENCH_PG_BIN);
    o.url = m_o.pgUrl;
    o.runtimes = m_o.runtimes;
    o.recordsPerRuntime = m_o.recordsPerRuntime;
    o.seed = m_o.seed;
    if (!QDir().mkpath(o.workdir))
        return Status::failure(QStringLiteral("cannot create %1").arg(o.workdir));
    return hc::PgBench(o, m_report).run();
}

// SPEC §8: the compliance report for all records, as PDF, whole process (median of three).
Status Bench::measureReport()
{
    progress(QStringLiteral("headcount-cli report --output report.pdf x 3"));
    const QString pdf = QDir(m_o.workdir).filePath(QStringLiteral("report.pdf"));
    QVector<double> seconds;
    for (int i = 0; i < 3; ++i) {
        QFile::remove(pdf);
        const auto c = cli(QStringLiteral("report"), {QStringLiteral("report"), QStringLiteral("--output"), pdf});
        if (!c)
            return Status::failure(c.error());
        if (fileSize(pdf) <= 0)
            return Status::failure(QStringLiteral("report wrote no PDF to %1").arg(pdf));
        seconds.append(c->seconds);
    }
    BenchRow &row = m_report.addMeasure(5, QStringLiteral("report_s"),
                                        QStringLiteral("compliance report as PDF, whole process (median of 3)"),
                                        BenchReport::median(seconds), QStringLiteral("s"), 2, QStringLiteral("< 2 s"), 2);
    row.details.insert(QStringLiteral("runs_s"), toJsonArray(seconds));
    return {};
}

// Issue 10: the real main window deactivates a tenth of the records (100 000 of the 1 M workspace) selected in the
// Users view, undoes and redoes it; the GUI thread's longest pause and each step's time.
Status Bench::measureGuiBulk()
{
    const QString what = QStringLiteral("the console's bulk deactivation (headcount-bench-gui)");
    const int select = int(std::min<qint64>(100000, std::max<qint64>(1, m_records / 10)));
    if (m_o.guiChild.isEmpty() || !QFileInfo(m_o.guiChild).isExecutable()) {
        for (const char *step : {"deactivate", "undo", "redo"}) {
            m_report.addNotAvailable(4, QStringLiteral("gui.bulk_%1_ms").arg(QLatin1String(step)),
                QStringLiteral("GUI bulk %1").arg(QLatin1String(step)), QStringLiteral("no headcount-bench-gui"),
                QStringLiteral("< 2 s"));
        }
        return {};
    }
    progress(QStringLiteral("the console deactivates %1 selected users, undo, redo").arg(select));
    const auto c = child(what, m_o.guiChild,
        {QStringLiteral("--db"), m_workspace, QStringLiteral("bulk"), QStringLiteral("--select"),
            QString::number(select)});
    if (!c)
        return Status::failure(c.error());
    const QJsonObject r = QJsonDocument::fromJson(c->out).object();
    if (!r.contains(QStringLiteral("deactivate_ms")))
        return Status::failure(QStringLiteral("%1 printed no figures: %2").arg(what, QString::fromUtf8(c->out)));
    const QString selected = BenchReport::formatNumber(double(select), 0);
    const QString rows = BenchReport::formatNumber(r.value(QStringLiteral("rows")).toDouble(), 0);
    double longestGap = 0;
    for (const QString &step : {QStringLiteral("deactivate"), QStringLiteral("undo"), QStringLiteral("redo")}) {
        const double gap = r.value(step + QStringLiteral("_gap_ms")).toDouble();
        longestGap = std::max(longestGap, gap);
        BenchRow &row = m_report.addMeasure(4, QStringLiteral("gui.bulk_%1_ms").arg(step),
            QStringLiteral("GUI: %1 of %2 selected users (of %3), until made").arg(step, selected, rows),
            r.value(step + QStringLiteral("_ms")).toDouble(), QStringLiteral("ms"), 0, QStringLiteral("< 2 s"), 2000);
        row.value += QStringLiteral(" (shown %1; GUI pause %2 ms)")
                         .arg(BenchReport::formatNumber(r.value(step + QStringLiteral("_shown_ms")).toDouble(), 0),
                             BenchReport::formatNumber(gap, 0));
        row.details.insert(QStringLiteral("shown_ms"), r.value(step + QStringLiteral("_shown_ms")));
        row.details.insert(QStringLiteral("gap_ms"), gap);
    }
    m_report.addMeasure(4, QStringLiteral("gui.bulk_stall_ms"),
        QStringLiteral("GUI: longest GUI-thread pause during them (10 ms heartbeat)"), longestGap,
        QStringLiteral("ms"), 0, QStringLiteral("< 100 ms"), 100);
    m_report.addMeasure(4, QStringLiteral("gui.bulk_rss_mb"),
        QStringLiteral("GUI process peak RSS (Users view of %1 rows, bulk decisions)").arg(rows), c->maxRssMB(),
        QStringLiteral("MB"), 1, QStringLiteral("< 200 MB"), 200);
    return {};
}

// Issue 10: the console's peak RSS when an import of 400 000 rows (0.4 x the workspace) through ImportWorker, the
// wizard's own path, is cancelled half-way through writing, with the Users view open on the workspace.
Status Bench::measureGuiImport()
{
    const qint64 rows = std::max<qint64>(1000, m_records * 2 / 5);
    const QString label = QStringLiteral("GUI process peak RSS, %1-row import cancelled half-way (ImportWorker)")
                              .arg(BenchReport::formatNumber(double(rows), 0));
    if (m_o.guiChild.isEmpty() || !QFileInfo(m_o.guiChild).isExecutable()) {
        m_report.addNotAvailable(4, QStringLiteral("gui.import_cancel_rss_mb"), label,
                                 QStringLiteral("no headcount-bench-gui"), QStringLiteral("< 200 MB"));
        return {};
    }
    hc::GeneratorOptions g;
    g.outDir = QDir(m_o.workdir).filePath(QStringLiteral("data-import"));
    g.runtimes = 1;
    g.recordsPerRuntime = rows;
    g.seed = m_o.seed + 1;
    progress(QStringLiteral("generating a %1-row export for the cancelled import").arg(rows));
    const auto generated = hc::ExportGenerator(g).generate();
    if (!generated)
        return Status::failure(QStringLiteral("generating the export: %1").arg(generated.error()));
    const QString file = generated->runtimes.constFirst().file;
    progress(QStringLiteral("the console imports %1 rows and cancels").arg(rows));
    const QString what = QStringLiteral("the console's cancelled import (headcount-bench-gui)");
    const auto c = child(what, m_o.guiChild,
        {QStringLiteral("--db"), m_workspace, QStringLiteral("import"), QStringLiteral("--file"), file});
    if (!c)
        return Status::failure(c.error());
    const QJsonObject r = QJsonDocument::fromJson(c->out).object();
    if (!r.contains(QStringLiteral("import_ms")))
        return Status::failure(QStringLiteral("%1 printed no figures: %2").arg(what, QString::fromUtf8(c->out)));
    BenchRow &rss = m_report.addMeasure(4, QStringLiteral("gui.import_cancel_rss_mb"), label, c->maxRssMB(),
                                        QStringLiteral("MB"), 1, QStringLiteral("< 200 MB"), 200);
    rss.details.insert(QStringLiteral("cancelled_at"), r.value(QStringLiteral("cancelled_at")));
    m_report.addMeasure(4, QStringLiteral("gui.import_cancel_stall_ms"),
        QStringLiteral("GUI: longest GUI-thread pause during that import and its rollback"),
        r.value(QStringLiteral("import_gap_ms")).toDouble(), QStringLiteral("ms"), 0, QStringLiteral("< 100 ms"),
        100);
    m_report.addMeasure(4, QStringLiteral("gui.import_cancel_s"),
        QStringLiteral("GUI: that import from start to rolled back (cancelled after %1 records written)")
            .arg(BenchReport::formatNumber(r.value(QStringLiteral("cancelled_at")).toDouble(), 0)),
        r.value(QStringLiteral("import_ms")).toDouble() / 1000, QStringLiteral("s"), 2);
    QDir(g.outDir).removeRecursively();
    return {};
}

void Bench::writeJson(const QString &failure)
{
    QJsonObject root = m_report.toJson();
    root.insert(QStringLiteral("load_average_end"), readFirstLine(QStringLiteral("/proc/loadavg")).section(u' ', 0, 2));
    root.insert(QStringLiteral("failed"), failure.isEmpty() ? QJsonValue(false) : QJsonValue(failure));
    QFile f(m_o.json);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(QJsonDocument(root).toJson()) < 0)
        progress(QStringLiteral("cannot write %1: %2").arg(m_o.json, f.errorString()));
}

int Bench::run()
{
    if (!QDir().mkpath(m_o.workdir)) {
        std::fprintf(stderr, "error: cannot create %s\n", qPrintable(m_o.workdir));
        return 1;
    }
    m_workspace = QDir(m_o.workdir).filePath(QStringLiteral("bench.headcount"));
    const Status status = measureAll();
    m_report.addHeader(QStringLiteral("Load average at end: %1; workdir %2")
                           .arg(readFirstLine(QStringLiteral("/proc/loadavg")).section(u' ', 0, 2), m_o.workdir));
    std::printf("%s", m_report.table().toUtf8().constData());
    if (!m_importPhases.isEmpty()) {
        std::printf("\nImport phases (headcount-cli, QT_LOGGING_RULES=headcount.import.debug=true):\n");
        for (const hc::GeneratedRuntime &r : std::as_const(m_data.runtimes)) {
            const QStringList phases = m_importPhases.value(r.name);
            if (!phases.isEmpty())
                std::printf("  %s: %s\n", qPrintable(r.name), qPrintable(phases.join(QStringLiteral("; "))));
        }
    }
    writeJson(status ? QString() : status.error());
    std::printf("\nJSON: %s\n", qPrintable(m_o.json));
    if (!status) {
        std::fprintf(stderr, "error: failed step: %s\n", qPrintable(status.error()));
        return 1;
    }
    return 0;
}

bool positive(const QCommandLineParser &p, const QCommandLineOption &o, qint64 *out)
{
    if (!p.isSet(o))
        return true;
    bool ok = false;
    const qint64 v = p.value(o).toLongLong(&ok);
    if (!ok || v < 1) {
        std::fprintf(
            stderr, "headcount-bench: --%s needs a positive whole number\n", qPrintable(o.names().constFirst()));
        return false;
    }
    *out = v;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
#ifdef HEADCOUNT_BENCH_WITH_GUI
    // The Users view model may want a GUI application; the benchmark itself never shows a window.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    QCoreApplication::setApplicationName(QStringLiteral("headcount-bench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HEADCOUNT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Headcount's scale benchmark (SPEC §8): generates exports, imports them with headcount-cli and the sqlite3 "
        "shell, and times counts, the counts command, the Users view and the GUI's memory."));
    parser.addHelpOption();
    const QCommandLineOption onlyOption(QStringLiteral("only"),
        QStringLiteral("Run one part only: 'report' times the compliance report on the workspace a full run left in "
                       "the workdir (no generating, no importing); 'scale' builds the scale part's large workspace and "
                       "times it; 'pg' imports the generated files into PostgreSQL beside psql's \\copy of them "
                       "(--pg-url, else a throwaway server)."),
        QStringLiteral("PART"));
    parser.addOption(onlyOption);
    const QCommandLineOption recordsOption(QStringLiteral("records-per-runtime"),
        QStringLiteral("Records per runtime (default 250000)."), QStringLiteral("N"));
    const QCommandLineOption runtimesOption(QStringLiteral("runtimes"), QStringLiteral("Runtimes (default 4)."),
                                            QStringLiteral("N"));
    const QCommandLineOption quickOption(
        QStringLiteral("quick"), QStringLiteral("5000 records per runtime: keeps the benchmark working in CI."));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Generator seed (default 1)."),
                                        QStringLiteral("N"));
    const QCommandLineOption workdirOption(QStringLiteral("workdir"),
        QStringLiteral("Working folder for data and workspaces (default: <temp>/headcount-bench)."),
        QStringLiteral("DIR"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Results file (default: bench-results.json in the workdir)."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption repetitionsOption(QStringLiteral("repetitions"),
                                               QStringLiteral("Repetitions of each in-process change (default 7)."),
                                               QStringLiteral("N"));
    const QCommandLineOption countsRunsOption(
        QStringLiteral("counts-runs"), QStringLiteral("Runs of `counts --json` (default 10)."), QStringLiteral("N"));
    const QCommandLineOption importRunsOption(QStringLiteral("import-runs"),
        QStringLiteral("Runs of both imports; the median is reported (default 1)."), QStringLiteral("N"));
    const QCommandLineOption noVerifyOption(QStringLiteral("no-verify"),
                                            QStringLiteral("Skip the final full recount check."));
    const QCommandLineOption cliOption(QStringLiteral("cli"), QStringLiteral("headcount-cli to run."),
        QStringLiteral("PATH"), QStringLiteral(HEADCOUNT_BENCH_CLI));
    const QCommandLineOption guiOption(QStringLiteral("gui"), QStringLiteral("headcount (the console) to run."),
                                       QStringLiteral("PATH"), QStringLiteral(HEADCOUNT_BENCH_GUI));
    const QCommandLineOption guiChildOption(QStringLiteral("gui-bench"),
        QStringLiteral("headcount-bench-gui to run (the console's bulk decisions and cancelled import)."),
        QStringLiteral("PATH"), QStringLiteral(HEADCOUNT_BENCH_GUI_CHILD));
    const QCommandLineOption sqliteOption(QStringLiteral("sqlite3"),
                                          QStringLiteral("The sqlite3 shell (default: sqlite3 from PATH)."),
                                          QStringLiteral("PATH"));
    const QCommandLineOption scaleRuntimesOption(QStringLiteral("scale-runtimes"),
        QStringLiteral("Runtimes of the scale part's large workspace (default 16, 8 with --quick; at most 64)."),
        QStringLiteral("N"));
    const QCommandLineOption pgUrlOption(QStringLiteral("pg-url"),
        QStringLiteral("--only pg: the server to use, postgresql://ROLE@HOST:PORT/DB of a role that may create "
                       "databases (password from PGPASSFILE or ~/.pgpass); default: a throwaway server of "
                       "tests/postgres/pg-server."),
        QStringLiteral("URL"));
    const QCommandLineOption psqlOption(QStringLiteral("psql"), QStringLiteral("psql (default: psql from PATH)."),
                                        QStringLiteral("PATH"));
    parser.addOptions({pgUrlOption, psqlOption});
    parser.addOptions({scaleRuntimesOption, recordsOption, runtimesOption, quickOption, seedOption, workdirOption, jsonOption,
                       repetitionsOption, countsRunsOption, importRunsOption, noVerifyOption, cliOption, guiOption,
                       guiChildOption, sqliteOption});
    parser.process(app);
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "headcount-bench: unexpected argument %s\n",
                     qPrintable(parser.positionalArguments().constFirst()));
        return 2;
    }

    Options o;
    qint64 runtimes = o.runtimes, seed = o.seed, reps = o.repetitions, countsRuns = o.countsRuns,
           importRuns = o.importRuns;
    if (parser.isSet(quickOption))
        o.recordsPerRuntime = 5000;
    if (!positive(parser, recordsOption, &o.recordsPerRuntime) || !positive(parser, runtimesOption, &runtimes)
        || !positive(parser, seedOption, &seed) || !positive(parser, repetitionsOption, &reps)
        || !positive(parser, countsRunsOption, &countsRuns) || !positive(parser, importRunsOption, &importRuns))
        return 2;
    if (runtimes > 64 || seed > 0xffffffffLL) {
        std::fprintf(stderr, "headcount-bench: --runtimes at most 64, --seed at most 4294967295\n");
        return 2;
    }
    o.runtimes = int(runtimes);
    o.seed = quint32(seed);
    o.repetitions = int(std::min<qint64>(reps, 1000));
    o.countsRuns = int(std::min<qint64>(countsRuns, 1000));
    o.importRuns = int(std::min<qint64>(importRuns, 100));
    o.verify = !parser.isSet(noVerifyOption);
    if (parser.isSet(onlyOption)) {
        const QString part = parser.value(onlyOption);
        if (part != u"report" && part != u"scale" && part != u"pg") {
            std::fprintf(stderr, "headcount-bench: --only knows three parts: report, scale, pg\n");
            return 2;
        }
        o.onlyReport = part == u"report";
        o.onlyScale = part == u"scale";
        o.onlyPg = part == u"pg";
    }
    qint64 scaleRuntimes = parser.isSet(quickOption) ? 8 : o.scaleRuntimes;
    if (!positive(parser, scaleRuntimesOption, &scaleRuntimes))
        return 2;
    o.scaleRuntimes = int(std::min<qint64>(scaleRuntimes, 64));
    o.workdir = QDir(parser.isSet(workdirOption) ? parser.value(workdirOption)
                                                 : QDir::temp().filePath(QStringLiteral("headcount-bench")))
                    .absolutePath();
    o.json = parser.isSet(jsonOption) ? QFileInfo(parser.value(jsonOption)).absoluteFilePath()
                                      : QDir(o.workdir).filePath(QStringLiteral("bench-results.json"));
    o.cli = parser.value(cliOption);
    o.gui = parser.value(guiOption);
    o.guiChild = parser.value(guiChildOption);
    o.sqlite3 = parser.isSet(sqliteOption) ? parser.value(sqliteOption)
                                           : QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    o.pgUrl = parser.value(pgUrlOption);
    o.psql = parser.isSet(psqlOption) ? parser.value(psqlOption) : QStandardPaths::findExecutable(QStringLiteral("psql"));
    if (o.sqlite3.isEmpty())
        o.sqlite3 = QStringLiteral("sqlite3"); // reported as missing by the first step
    return Bench(o).run();
}
