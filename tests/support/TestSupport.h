#pragma once

// Helpers shared by the test programs (KeePassXC keeps its in tests/util): the sample workspace, running the real
// headcount-cli, checking a Result. Link headcount_testsupport; GUI helpers are in GuiTestSupport.h.
#include "Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <QTest>

// QVERIFY on a Result or Status, failing with its message.
#define VERIFY_OK(expr)                                                                                                \
    do {                                                                                                               \
        const auto &result_ = (expr);                                                                                  \
        QVERIFY2(result_.ok(), qPrintable(result_.error()));                                                           \
    } while (false)

namespace hc::test {

// tests/data/samples/expected-counts.json (what `counts --json` prints for the sample workspace).
QJsonObject expectedSampleCounts();

// The sample workspace of tests/data/samples/README.md, built through the Workspace API with the real reader:
// capacity, the owned domains as typed, prod-eu.csv and prod-us.json.
[[nodiscard]] Status buildSampleWorkspace(const QString &path);

// A generated workspace for the bulk and reclaim tests: runtimes "rt-1".."rt-N" of `perRuntime` records each, owned
// domain acme.com (every third record external, at example.org), capacities 1 000 / 10 000. Last logins relative to
// today: a record whose index is divisible by 5 never logged in, otherwise an even index logged in 400 days ago and
// an odd one 10 days ago; one person in four has a record in every runtime (same e-mail).
[[nodiscard]] Status buildLoginWorkspace(const QString &path, int runtimes, int perRuntime);

// A copy of a file of tests/data (relative path) in `dir`, writable; empty on failure.
QString copyTestData(const QString &relativePath, const QString &dir);

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real headcount-cli on `db` (--db db ARGS), without the caller's HEADCOUNT_DB; `input` goes to stdin.
// `environment` ("NAME=VALUE", an empty value unsets) is applied on top of the caller's, e.g. {"LANGUAGE=de"}.
CliRun runCli(const QString &db, const QStringList &arguments, const QByteArray &input = {},
    const QStringList &environment = {});

} // namespace hc::test
