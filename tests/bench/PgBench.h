#pragma once

#include "BenchReport.h"
#include "Result.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace hc {

// Issue 12's import figure on a shared workspace: the generated exports imported with `headcount-cli --db
// postgresql://… import` into a fresh database, against psql loading the same files as raw text (`\copy t FROM
// FILE CSV HEADER` into one table of text columns per file), alternately, best of three each. On the server of
// --pg-url (a role that may create databases; its password from PGPASSFILE or ~/.pgpass), else on a throwaway one
// that tests/postgres/pg-server starts and stops. Without psql or a server the rows say n/a and the part passes.
class PgBench
{
public:
    struct Options
    {
        QString workdir; // its own folder: the data (and the throwaway server)
        QString cli;
        QString psql;     // empty: not found
        QString pgServer; // tests/postgres/pg-server
        QString pgBin;    // the server binaries pg-server uses
        QString url;      // empty: start a throwaway server
        int runtimes = 4;
        qint64 recordsPerRuntime = 250000;
        quint32 seed = 1;
        int runs = 3;
    };

    PgBench(Options options, BenchReport &report) : m_o(std::move(options)), m_report(report) {}

    [[nodiscard]] Status run();

private:
    struct Files
    {
        QStringList paths, names, domains;
        qint64 records = 0;
    };
    [[nodiscard]] QString whyNotAvailable() const;
    [[nodiscard]] Status startServer();
    void stopServer();
    [[nodiscard]] Status generate();
    [[nodiscard]] Status measure();
    // One fresh database per load, dropped afterwards.
    [[nodiscard]] Status recreateDatabase(const QString &name);
    void dropDatabase(const QString &name);
    // Seconds of the imports (summed); each file's in `perFile`.
    [[nodiscard]] Result<double> importWithHeadcount(const QString &database, qint64 &maxRssKib, QStringList &perFile);
    [[nodiscard]] Result<double> loadWithPsql(const QString &database);
    // psql -X -q -v ON_ERROR_STOP=1 -d URL of `database` (empty: the server's own) -c each of `commands`.
    [[nodiscard]] Result<QByteArray> psql(const QString &database, const QStringList &commands, double *seconds = nullptr);
    QString urlOf(const QString &database) const;

    Options m_o;
    BenchReport &m_report;
    Files m_files;
    QString m_serverDir; // the throwaway server's, empty when --pg-url was given
    QHash<QString, QString> m_env; // PGPASSFILE for the children
};

} // namespace hc
