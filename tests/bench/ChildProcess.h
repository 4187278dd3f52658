#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace hc {

// What a finished child process left behind: exit status, wall time and its own peak memory.
struct ChildResult
{
    bool started = false;
    int exitCode = -1;
    int signal = 0;        // the signal that ended it, 0 when it exited
    double seconds = 0;    // wall time from spawn to reaping
    qint64 maxRssKib = 0;  // peak resident set (ru_maxrss of this child alone, from wait4)
    QByteArray out;
    QByteArray err;
    QString startError;    // why it could not start

    bool ok() const { return started && signal == 0 && exitCode == 0; }
    double maxRssMB() const { return double(maxRssKib) * 1024.0 / 1e6; }
    // "exit code 1: error: ..." — for a failed step's message.
    QString failure() const;
};

// Runs a program to completion and reports its wall time and its own peak RSS (QProcess cannot tell it, and
// RUSAGE_CHILDREN is a maximum over every child ever reaped). Output goes to temporary files, not pipes, so a
// chatty child never blocks and the timing includes no reading on our side.
//
// Linux carries the peak RSS of the address space a process had before execve into its ru_maxrss, and a child
// spawned from a big process starts in (a copy of) that big address space: spawned directly from the benchmark,
// which holds a million-record workspace, every child would "use" a gigabyte. So the child is started by a tiny
// launcher without Qt (headcount-bench-launch, launch_main.cpp), which spawns the program from its own ~1 MB
// address space and reports what wait4 says about it.
class ChildProcess
{
public:
    static ChildResult run(const QString &program, const QStringList &arguments,
                           const QHash<QString, QString> &environment = {});

    // The launcher executable (default: the one built beside the benchmark).
    static void setLauncher(const QString &executable);
};

} // namespace hc
