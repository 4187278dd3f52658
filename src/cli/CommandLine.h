#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace hc {

struct OptionSpec {
    QString name; // without the leading "--"
    bool takesValue = false;
};

// The arguments of one command: `--name value`, `--name=value` and flags, then positional arguments
// (`--` ends the options). Parsing only checks the shape; each command checks the meaning.
class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // A failure is a usage error, with a message fit for the `error:` line.
    static Result<CommandLine> parse(const QStringList &args, const QVector<OptionSpec> &options);

    bool isSet(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name) const { return m_values.value(name); }
    const QStringList &positionals() const { return m_positionals; }
    bool helpRequested() const { return m_help; }

    // A capacity or other count: a non-negative integer, nothing else.
    static std::optional<qint64> parseCount(const QString &text);

private:
    QHash<QString, QString> m_values;
    QStringList m_positionals;
    bool m_help = false;
};

} // namespace hc
