#pragma once

// Where a test's workspaces live, so one test source runs on both backends (issue 12): files in a temporary
// directory, or — when CTest sets HEADCOUNT_TEST_BACKEND=postgres (the *_pg variants of the storage and CLI tests,
// label postgres) — a database of their own on the throwaway server of tests/postgres, dropped with this object.
#include <QString>
#include <QTemporaryDir>

#include <map>
#include <memory>

namespace hc::test {

class PgTestDatabase;

class TestWorkspaces {
public:
    TestWorkspaces();
    ~TestWorkspaces();
    TestWorkspaces(const TestWorkspaces &) = delete;
    TestWorkspaces &operator=(const TestWorkspaces &) = delete;

    static bool onPostgres();
    // Empty when the temporary directory or the server cannot be used (error() says why).
    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    // The workspace named `name`: a file path in the directory, or the URL of a database created on first use (the
    // same name gives the same workspace). Empty on failure (error()).
    QString path(const QString &name);
    // A new workspace each call, named after `stem`.
    QString fresh(const QString &stem);
    // Whether nothing has created a workspace at `workspace` yet: no file; a database without tables.
    bool untouched(const QString &workspace) const;
    // The temporary directory (exports, reports and files a test writes live there on both backends).
    QString directory() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    std::map<QString, std::unique_ptr<PgTestDatabase>> m_databases;
    QString m_error;
    int m_fresh = 0;
};

} // namespace hc::test
