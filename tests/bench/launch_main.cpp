// headcount-bench-launch RESULT-FILE PROGRAM [ARGUMENT...]: runs PROGRAM with the launcher's own standard streams
// and environment, waits for it, and writes "exit-code signal wall-nanoseconds maxrss-kib" (or "spawn-failed errno
// message") to RESULT-FILE. Plain POSIX, no Qt: Linux starts a spawned child from its parent's address space and
// keeps that peak in the child's ru_maxrss, so the launcher must be tiny for the figure to be the child's own
// (see ChildProcess.h).
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;

int main(int argc, char *argv[])
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: headcount-bench-launch RESULT-FILE PROGRAM [ARGUMENT...]\n");
        return 2;
    }
    // Plain POSIX only: this process must stay small, its address space is what the child starts from.
    timespec start{};
    timespec end{};
    clock_gettime(CLOCK_MONOTONIC, &start);
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[2], nullptr, nullptr, argv + 2, environ);
    int status = 0;
    rusage usage{};
    if (spawned == 0) {
        while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
        }
    }
    clock_gettime(CLOCK_MONOTONIC, &end);
    FILE *result = std::fopen(argv[1], "w");
    if (!result)
        return 127;
    if (spawned != 0) {
        std::fprintf(result, "spawn-failed %d %s\n", spawned, std::strerror(spawned));
    } else {
        const long long ns = (end.tv_sec - start.tv_sec) * 1000000000LL + (end.tv_nsec - start.tv_nsec);
        std::fprintf(result, "%d %d %lld %ld\n", WIFEXITED(status) ? WEXITSTATUS(status) : -1,
                     WIFSIGNALED(status) ? WTERMSIG(status) : 0, ns, usage.ru_maxrss);
    }
    std::fclose(result);
    return 0;
}

