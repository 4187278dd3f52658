#include "ChildProcess.h"

#include <QElapsedTimer>
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

    const QByteArray path = QFile::encodeName(program);
    std::vector<QByteArray> argStore{path};
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

    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, path.constData(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        result.startError
            = QStringLiteral("cannot start %1: %2").arg(program, QString::fromLocal8Bit(strerror(spawned)));
        return result;
    }
    result.started = true;

    int status = 0;
    rusage usage{};
    pid_t reaped = 0;
    do {
        reaped = wait4(pid, &status, 0, &usage);
    } while (reaped < 0 && errno == EINTR);
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    if (reaped < 0) {
        result.started = false;
        result.startError
            = QStringLiteral("waiting for %1 failed: %2").arg(program, QString::fromLocal8Bit(strerror(errno)));
        return result;
    }
    result.maxRssKib = usage.ru_maxrss;
    if (WIFEXITED(status))
        result.exitCode = WEXITSTATUS(status);
    else if (WIFSIGNALED(status))
        result.signal = WTERMSIG(status);

    outFile.seek(0);
    errFile.seek(0);
    result.out = outFile.readAll();
    result.err = errFile.readAll();
    return result;
}

} // namespace hc
