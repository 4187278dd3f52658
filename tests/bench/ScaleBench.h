#pragma once

#include "BenchReport.h"
#include "Result.h"

#include <QString>

namespace hc {

// Issue 11's scale figures: a workspace of many runtimes built import by import, against the sqlite3 shell loading
// the same files; the re-import of one runtime into it against the same re-import in a workspace of its own; the
// counts command and a domain change on it; the peak RSS of every headcount-cli command run. The runtimes come from
// the generator (people spread over them, a quarter on two or three), not copies of the same file: copies would
// put every person on every runtime, which no real infrastructure looks like.
class ScaleBench
{
public:
    struct Options
    {
        QString workdir; // its own folder: data and two workspaces
        QString cli;
        QString sqlite3;
        int runtimes = 16;
        qint64 recordsPerRuntime = 250000;
        quint32 seed = 1;
    };

    ScaleBench(Options options, BenchReport &report) : m_o(std::move(options)), m_report(report) {}

    [[nodiscard]] Status run();

private:
    struct Timed
    {
        double seconds = 0;
        qint64 maxRssKib = 0;
    };
    [[nodiscard]] Result<Timed> cli(const QString &workspace, const QStringList &args);
    [[nodiscard]] Status createWorkspace(const QString &workspace, int runtimes);
    [[nodiscard]] Status buildLarge();
    [[nodiscard]] Status loadWithSqlite();
    [[nodiscard]] Status reimport();
    [[nodiscard]] Status countsAndDomainChange();
    void reportPeakRss();
    [[nodiscard]] Status oneLargeRuntime();

    Options m_o;
    BenchReport &m_report;
    QStringList m_files, m_names, m_domains;
    QString m_large, m_alone;
    double m_importSeconds = 0;
    QHash<QString, qint64> m_peakRssKib; // per CLI command
};

} // namespace hc
