#include "Console.h"

#include <QCoreApplication>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace hc {

Console::Console(FILE *out, FILE *err)
    : m_outFile(out)
    , m_out(out)
    , m_err(err)
{
}

Console::~Console()
{
    flush();
}

void Console::print(const QString &text)
{
    m_out << text;
    if (!text.endsWith(u'\n'))
        m_out << '\n';
}

bool Console::printRaw(const QByteArray &utf8)
{
    // The bytes as they are, not through the text stream (UTF-8 to UTF-16 and back: a third of `users --json`).
    m_out.flush();
    return std::fwrite(utf8.constData(), 1, size_t(utf8.size()), m_outFile) == size_t(utf8.size());
}

void Console::warning(const QString &message)
{
    m_out.flush();
    m_err << "warning: " << oneLine(message) << '\n';
    m_err.flush();
}

int Console::fail(const QString &message)
{
    m_out.flush();
    m_err << "error: " << oneLine(message) << '\n';
    m_err.flush();
    return ExitFailure;
}

int Console::usage(const QString &message)
{
    m_out.flush();
    // The "error:" prefix is the contract scripts match on (SPEC §4); the hint is for people and is translated.
    m_err << "error: " << oneLine(message) << '\n'
          << QCoreApplication::translate("Console", "Try 'headcount-cli --help'.") << '\n';
    m_err.flush();
    return ExitUsage;
}

void Console::flush()
{
    m_out.flush();
    std::fflush(m_outFile);
    m_err.flush();
}

// Messages from lower layers may span lines; the contract is one line per error.
QString Console::oneLine(const QString &text)
{
    QString s = text.trimmed();
    s.replace(QLatin1String("\r\n"), QLatin1String(" "));
    s.replace(u'\n', u' ');
    s.replace(u'\r', u' ');
    return s;
}

std::optional<qint64> Console::regularFileOffset()
{
#ifdef Q_OS_UNIX
    m_out.flush();
    if (std::fflush(m_outFile) != 0)
        return std::nullopt;
    const int fd = fileno(m_outFile);
    struct stat st{};
    if (fd < 0 || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
        return std::nullopt;
    const int flags = fcntl(fd, F_GETFL);
    if (flags < 0 || (flags & O_APPEND)) // another writer's bytes could follow ours: cutting back would lose them
        return std::nullopt;
    const off_t offset = lseek(fd, 0, SEEK_CUR);
    if (offset < 0)
        return std::nullopt;
    return qint64(offset);
#else
    return std::nullopt;
#endif
}

bool Console::flushOut()
{
    m_out.flush();
    return std::fflush(m_outFile) == 0 && !std::ferror(m_outFile);
}

bool Console::truncateOut(qint64 offset)
{
#ifdef Q_OS_UNIX
    std::fflush(m_outFile);
    const int fd = fileno(m_outFile);
    return ftruncate(fd, off_t(offset)) == 0 && lseek(fd, off_t(offset), SEEK_SET) == offset;
#else
    Q_UNUSED(offset)
    return false;
#endif
}

} // namespace hc
