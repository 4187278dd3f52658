#pragma once

#include <QString>
#include <QTextStream>

#include <cstdio>

namespace hc {

// Exit statuses of headcount-cli (SPEC §4): a stable contract for scripts.
enum ExitCode : int { ExitSuccess = 0, ExitFailure = 1, ExitUsage = 2 };

// Standard output and error of the CLI. Errors are exactly one `error: ...` line so that scripts can rely on it.
class Console {
public:
    explicit Console(FILE *out = stdout, FILE *err = stderr);
    ~Console();

    QTextStream &out() { return m_out; }
    void print(const QString &text); // adds a newline unless the text ends with one
    void printRaw(const QByteArray &utf8); // exact bytes (JSON)
    void warning(const QString &message);

    // Write the error line and return the exit status to use.
    int fail(const QString &message);
    int usage(const QString &message);

    void flush();

private:
    static QString oneLine(const QString &text);

    FILE *m_outFile;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace hc
