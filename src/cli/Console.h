#pragma once

#include <QString>
#include <QTextStream>

#include <cstdio>
#include <optional>

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
    bool printRaw(const QByteArray &utf8); // exact bytes (JSON); false: not all written
    void warning(const QString &message);

    // Write the error line and return the exit status to use.
    int fail(const QString &message);
    int usage(const QString &message);

    void flush();
    // Standard output's position when it is a regular file (not opened to append), else nullopt.
    std::optional<qint64> regularFileOffset();
    [[nodiscard]] bool flushOut(); // false: what was written did not all reach the file
    // Cuts standard output (a regular file) back to `offset`: what was written after it is gone.
    [[nodiscard]] bool truncateOut(qint64 offset);

private:
    static QString oneLine(const QString &text);

    FILE *m_outFile;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace hc
