#include "ChildProcess.h"

#include <QTemporaryFile>

#include <vector>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;

namespace hc {

namespace {

QString &launcher()
{
    static QString path = QStringLiteral(HEADCOUNT_BENCH_LAUNCHER);
    return path;
}

} // namespace

void ChildProcess::setLauncher(const QString &executable)
{
    launcher() = executable;
}

QString ChildResult::failure() const
{
    if (!started)
        return startError;
    const QString detail = QString::fromLocal8Bit(err.trimmed().isEmpty() ? out.trimmed() : err.trimmed())
                               .section(u'\n', -3); // the last lines say what went wrong
    if (signal != 0)
        return QStringLiteral("killed by signal %1 (%2)").arg(signal).arg(QString::fromLocal8Bit(strsignal(signal)))
            + (detail.isEmpty() ? QString() : QStringLiteral(": ") + detail);
    return QStringLiteral("exit code %1").arg(exitCode)
        + (detail.isEmpty() ? QString() : QStringLiteral(": ") + detail);
}

ChildResult ChildProcess::run(const QString &program, const QStringList &arguments,
                              const QHash<QString, QString> &environment)
{
    ChildResult result;
    QTemporaryFile outFile;
    QTemporaryFile errFile;
    if (!outFile.open() || !errFile.open()) {
        result.startError = QStringLiteral("cannot create a temporary file for the output of %1").arg(program);
        return result;
    }

    QTemporaryFile resultFile;
    if (!resultFile.open()) {
        result.startError = QStringLiteral("cannot create a temporary file for the result of %1").arg(program);
        return result;
    }
    const QByteArray path = QFile::encodeName(launcher());
    std::vector<QByteArray> argStore{path, QFile::encodeName(resultFile.fileName()), QFile::encodeName(program)};
    for (const QString &a : arguments)
        argStore.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : argStore)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    std::vector<QByteArray> envStore;
    for (char **e = environ; *e; ++e) {
        const QByteArray entry(*e);
        const QString name = QString::fromLocal8Bit(entry.left(entry.indexOf('=')));
        if (!environment.contains(name))
            envStore.push_back(entry);
    }
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        envStore.push_back((it.key() + u'=' + it.value()).toLocal8Bit());
    std::vector<char *> envp;
    for (QByteArray &e : envStore)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, outFile.handle(), 1);
    posix_spawn_file_actions_adddup2(&actions, errFile.handle(), 2);

    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, path.constData(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        result.startError
            = QStringLiteral("cannot start %1: %2").arg(program, QString::fromLocal8Bit(strerror(spawned)));
        return result;
    }
    int status = 0;
    pid_t reaped = 0;
    do {
        reaped = waitpid(pid, &status, 0);
    } while (reaped < 0 && errno == EINTR);
    if (reaped < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        result.startError = QStringLiteral("the launcher for %1 failed").arg(program);
        return result;
    }
    const QList<QByteArray> fields = resultFile.readAll().trimmed().split(' ');
    if (fields.value(0) == "spawn-failed" || fields.size() != 4) {
        result.startError = QStringLiteral("cannot start %1: %2")
                                .arg(program, QString::fromLocal8Bit(fields.mid(2).join(' ')));
        return result;
    }
    result.started = true;
    result.exitCode = fields.at(0).toInt();
    result.signal = fields.at(1).toInt();
    result.seconds = double(fields.at(2).toLongLong()) / 1e9;
    result.maxRssKib = fields.at(3).toLongLong();

    outFile.seek(0);
    errFile.seek(0);
    result.out = outFile.readAll();
    result.err = errFile.readAll();
    return result;
}

} // namespace hc
