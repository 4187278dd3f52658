#include "CommandLine.h"

#include <algorithm>

namespace hc {

Result<CommandLine> CommandLine::parse(const QStringList &args, const QVector<OptionSpec> &options)
{
    CommandLine cl;
    bool optionsEnded = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (optionsEnded || arg == u"-" || !arg.startsWith(u'-')) {
            cl.m_positionals << arg;
            continue;
        }
        if (arg == u"--") {
            optionsEnded = true;
            continue;
        }
        if (arg == u"--help" || arg == u"-h") {
            cl.m_help = true;
            continue;
        }
        if (!arg.startsWith(QLatin1String("--")))
            return Result<CommandLine>::failure(tr("unknown option '%1'").arg(arg));

        const qsizetype eq = arg.indexOf(u'=');
        const QString name = arg.mid(2, eq < 0 ? -1 : eq - 2);
        const auto spec
            = std::find_if(options.cbegin(), options.cend(), [&](const OptionSpec &o) { return o.name == name; });
        if (spec == options.cend())
            return Result<CommandLine>::failure(tr("unknown option '--%1'").arg(name));
        if (cl.m_values.contains(name))
            return Result<CommandLine>::failure(tr("option '--%1' given more than once").arg(name));

        QString value;
        if (spec->takesValue) {
            if (eq >= 0) {
                value = arg.mid(eq + 1);
            } else {
                // "--runtime --json" is a forgotten value far more often than a runtime named "--json".
                if (i + 1 >= args.size() || args.at(i + 1).startsWith(QLatin1String("--")))
                    return Result<CommandLine>::failure(tr("option '--%1' needs a value").arg(name));
                value = args.at(++i);
            }
            if (value.isEmpty())
                return Result<CommandLine>::failure(tr("option '--%1' needs a value").arg(name));
        } else if (eq >= 0) {
            return Result<CommandLine>::failure(tr("option '--%1' takes no value").arg(name));
        }
        cl.m_values.insert(name, value);
    }
    return cl;
}

std::optional<qint64> CommandLine::parseCount(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

} // namespace hc
