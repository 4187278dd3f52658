#include "TerminalPassword.h"

#include <cstdio>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace hc {

bool TerminalPassword::available()
{
#ifdef Q_OS_UNIX
    return isatty(STDIN_FILENO) && isatty(STDERR_FILENO);
#else
    return false;
#endif
}

std::optional<QString> TerminalPassword::read(const QString &prompt)
{
#ifdef Q_OS_UNIX
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios saved {};
    const bool echoOff = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (echoOff) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    int c = 0;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n')
        line.push_back(char(c));
    if (echoOff)
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    if (c == EOF && line.empty())
        return std::nullopt;
    return QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
#else
    Q_UNUSED(prompt);
    return std::nullopt;
#endif
}

} // namespace hc
