#include "Console.h"

#include <QCoreApplication>

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

void Console::printRaw(const QByteArray &utf8)
{
    m_out << QString::fromUtf8(utf8);
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

} // namespace hc
