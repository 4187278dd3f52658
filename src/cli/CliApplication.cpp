#include "CliApplication.h"

#include "CommandContext.h"
#include "DeactivateCommand.h"
#include "DecisionCommands.h"
#include "GroupCommands.h"
#include "ImportCommand.h"
#include "QueryCommands.h"
#include "ReportCommands.h"
#include "HistoryCommand.h"
#include "WorkspaceCommands.h"

namespace hc {

namespace {

OptionSpec flag(const char *name)
{
    return OptionSpec { QString::fromLatin1(name), false };
}

OptionSpec valued(const char *name)
{
    return OptionSpec { QString::fromLatin1(name), true };
}

} // namespace

CliApplication::CliApplication(Console &console)
    : m_console(console)
{
}

QString CliApplication::versionText()
{
    return QStringLiteral("headcount-cli " HEADCOUNT_VERSION);
}

QString CliApplication::helpText()
{
    return tr(
        "Usage: headcount-cli [--db FILE] COMMAND [ARGS]\n"
        "\n"
        "Keeps a low-code platform's end-user licence in compliance: counts the unique internal and external\n"
        "users of an infrastructure's runtimes against its capacities.\n"
        "\n"
        "Commands:\n"
        "  init\n"
        "  infra add NAME [--model internal-external|named] [--platform VERSION]\n"
        "  infra set [--infra NAME] [--platform VERSION|unset] [--model internal-external|named]\n"
        "  infra rename [--infra NAME] NEW_NAME\n"
        "  infra remove NAME --yes\n"
        "  infra list [--json]\n"
        "  tenant list [--infra NAME] [--json]\n"
        "  tenant set [--infra NAME] --kind default|app|it [--dry-run [--json]] TENANT...\n"
        "                                    ('(default)': the records without a tenant)\n"
        "  capacity set [--infra NAME] (--internal N --external N | --named N)\n"
        "  runtime add [--infra NAME] NAME\n"
        "  runtime rename [--infra NAME] NAME NEW_NAME\n"
        "  runtime remove [--infra NAME] NAME --yes\n"
        "  runtime list [--infra NAME] [--json]\n"
        "  domain add|remove [--infra NAME] [--dry-run [--json]] DOMAIN...\n"
        "  domain list [--infra NAME] [--json]\n"
        "  import [--infra NAME] --runtime NAME [--format csv|json] [--mode replace|merge] [--skip-bad-rows]\n"
        "         [--allow-shrink] FILE      (a replace removing more than half of a runtime needs --allow-shrink)\n"
        "  check                                  (full integrity check of the workspace)\n"
        "  counts [--infra NAME] [--json]\n"
        "  users [--infra NAME] [--runtime NAME] [--search TEXT] [--class internal|external]\n"
        "        [--status counted|it_user|inactive|anonymous] [--group NAME] [--json]\n"
        "  explain [--infra NAME] --runtime NAME USERNAME\n"
        "  deactivate [--infra NAME] (--runtime NAME USERNAME... | --not-logged-in-since DATE) [--dry-run]\n"
        "  deactivate [--infra NAME] --group NAME [--runtime NAME] [--not-logged-in-since DATE] [--dry-run]\n"
        "  activate [--infra NAME] --runtime NAME USERNAME...        (undo a deactivation made here)\n"
        "  it-user [--infra NAME] --runtime NAME [--clear] USERNAME... (mark or clear IT users)\n"
        "  link [--infra NAME] --runtime NAME [--other-runtime NAME] USERNAME OTHER_USERNAME\n"
        "  split [--infra NAME] --runtime NAME [--undo] USERNAME...   (keep apart from automatic matching)\n"
        "  groups import [--infra NAME] --runtime NAME [--format csv|json] [--skip-bad-rows] FILE\n"
        "                                    (group memberships: columns Group and Username, optional Tenant)\n"
        "  groups list [--infra NAME] [--json]\n"
        "  report [--infra NAME | --all] [--pseudonymise] [--inactive-days N] --output FILE.pdf|FILE.html\n"
        "                                    (the compliance report; --all: a roll-up of every infrastructure)\n"
        "  fingerprint [--infra NAME]        (recomputes the SHA-256 printed in the report)\n"
        "  history [--infra NAME] [--json]   (count snapshots and the capacity forecast)\n"
        "\n"
        "Options:\n"
        "  --db FILE    the workspace database (default: $HEADCOUNT_DB, else the console's workspace)\n"
        "  --infra NAME may be left out while the workspace has one infrastructure\n"
        "  --help       show this help\n"
        "  --version    show the version\n"
        "\n"
        "Exit status: 0 success, 1 failure (one 'error:' line on stderr), 2 usage error.\n");
}

const QVector<CliApplication::Command> &CliApplication::commands()
{
    static const QVector<Command> table = [] {
        const OptionSpec infra = valued("infra");
        const OptionSpec json = flag("json");
        const OptionSpec runtime = valued("runtime");
        QVector<Command> t;
        t.append({ { QStringLiteral("init") }, {}, 0, 0, &WorkspaceCommands::init });
        t.append({ { QStringLiteral("infra"), QStringLiteral("add") }, { valued("model"), valued("platform") }, 1, 1,
            &WorkspaceCommands::infraAdd });
        t.append({ { QStringLiteral("infra"), QStringLiteral("set") }, { infra, valued("model"), valued("platform") }, 0,
            0, &WorkspaceCommands::infraSet });
        t.append({ { QStringLiteral("infra"), QStringLiteral("rename") }, { infra }, 1, 1, &WorkspaceCommands::infraRename });
        t.append({ { QStringLiteral("infra"), QStringLiteral("remove") }, { flag("yes") }, 1, 1, &WorkspaceCommands::infraRemove });
        t.append({ { QStringLiteral("runtime"), QStringLiteral("rename") }, { infra }, 2, 2, &WorkspaceCommands::runtimeRename });
        t.append({ { QStringLiteral("runtime"), QStringLiteral("remove") }, { infra, flag("yes") }, 1, 1,
            &WorkspaceCommands::runtimeRemove });
        t.append({ { QStringLiteral("tenant"), QStringLiteral("list") }, { infra, json }, 0, 0,
            &WorkspaceCommands::tenantList });
        t.append({ { QStringLiteral("tenant"), QStringLiteral("set") }, { infra, valued("kind"), flag("dry-run"), json }, 1, -1,
            &WorkspaceCommands::tenantSet });
        t.append(
            { { QStringLiteral("infra"), QStringLiteral("list") }, { json }, 0, 0, &WorkspaceCommands::infraList });
        t.append({ { QStringLiteral("capacity"), QStringLiteral("set") },
            { infra, valued("internal"), valued("external"), valued("named") }, 0, 0,
            &WorkspaceCommands::capacitySet });
        t.append(
            { { QStringLiteral("runtime"), QStringLiteral("add") }, { infra }, 1, 1, &WorkspaceCommands::runtimeAdd });
        t.append({ { QStringLiteral("runtime"), QStringLiteral("list") }, { infra, json }, 0, 0,
            &WorkspaceCommands::runtimeList });
        t.append({ { QStringLiteral("domain"), QStringLiteral("add") }, { infra, flag("dry-run"), json }, 1, -1,
            &WorkspaceCommands::domainAdd });
        t.append({ { QStringLiteral("domain"), QStringLiteral("remove") }, { infra, flag("dry-run"), json }, 1, -1,
            &WorkspaceCommands::domainRemove });
        t.append({ { QStringLiteral("domain"), QStringLiteral("list") }, { infra, json }, 0, 0,
            &WorkspaceCommands::domainList });
        t.append({ { QStringLiteral("import") },
            { infra, runtime, valued("format"), valued("mode"), flag("skip-bad-rows"), flag("allow-shrink") }, 1, 1,
            &ImportCommand::run });
        t.append({ { QStringLiteral("counts") }, { infra, json }, 0, 0, &QueryCommands::counts });
        t.append({ { QStringLiteral("check") }, {}, 0, 0, &QueryCommands::check });
        t.append({ { QStringLiteral("users") },
            { infra, runtime, valued("search"), valued("class"), valued("status"), valued("group"), json,
              valued("output") }, 0, 0,
            &QueryCommands::users });
        t.append({ { QStringLiteral("explain") }, { infra, runtime }, 1, 1, &QueryCommands::explain });
        t.append({ { QStringLiteral("deactivate") },
            { infra, runtime, valued("not-logged-in-since"), valued("group"), flag("dry-run") }, 0, -1,
            &DeactivateCommand::run });
        t.append({ { QStringLiteral("activate") }, { infra, runtime }, 1, -1, &DecisionCommands::activate });
        t.append({ { QStringLiteral("it-user") }, { infra, runtime, flag("clear") }, 1, -1, &DecisionCommands::itUser });
        t.append({ { QStringLiteral("link") }, { infra, runtime, valued("other-runtime") }, 2, 2, &DecisionCommands::link });
        t.append({ { QStringLiteral("split") }, { infra, runtime, flag("undo") }, 1, -1, &DecisionCommands::split });
        t.append({ { QStringLiteral("groups"), QStringLiteral("import") },
            { infra, runtime, valued("format"), flag("skip-bad-rows") }, 1, 1, &GroupCommands::import });
        t.append({ { QStringLiteral("groups"), QStringLiteral("list") }, { infra, json }, 0, 0, &GroupCommands::list });
        t.append({ { QStringLiteral("report") },
            { infra, flag("all"), flag("pseudonymise"), valued("inactive-days"), valued("output") }, 0, 0,
            &ReportCommands::report });
        t.append({ { QStringLiteral("fingerprint") }, { infra }, 0, 0, &ReportCommands::fingerprint });
        t.append({ { QStringLiteral("history") }, { infra, json }, 0, 0, &HistoryCommand::run });
        // --db is accepted after the command as well: scripts often append it.
        for (Command &c : t)
            c.options.append(valued("db"));
        return t;
    }();
    return table;
}

int CliApplication::run(const QStringList &arguments)
{
    QString database;
    int i = 0;
    for (; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"--help" || arg == u"-h" || arg == u"help") {
            m_console.print(helpText());
            return ExitSuccess;
        }
        if (arg == u"--version") {
            m_console.print(versionText());
            return ExitSuccess;
        }
        if (arg == u"--db") {
            if (i + 1 >= arguments.size() || arguments.at(i + 1).isEmpty())
                return m_console.usage(tr("option '--db' needs a value"));
            if (!database.isEmpty())
                return m_console.usage(tr("option '--db' given more than once"));
            database = arguments.at(++i);
            continue;
        }
        if (arg.startsWith(QLatin1String("--db="))) {
            if (!database.isEmpty())
                return m_console.usage(tr("option '--db' given more than once"));
            database = arg.mid(5);
            if (database.isEmpty())
                return m_console.usage(tr("option '--db' needs a value"));
            continue;
        }
        if (arg.startsWith(u'-'))
            return m_console.usage(tr("unknown option '%1'").arg(arg));
        break;
    }
    if (i >= arguments.size())
        return m_console.usage(tr("no command given"));

    // The longest table entry whose words start the remaining arguments.
    const QStringList rest = arguments.mid(i);
    const Command *command = nullptr;
    for (const Command &c : commands()) {
        if (rest.size() >= c.words.size() && rest.mid(0, c.words.size()) == c.words
            && (!command || c.words.size() > command->words.size())) {
            command = &c;
        }
    }
    if (!command) {
        // "infra frobnicate" should say which sub-commands exist, not that "infra" is unknown.
        QStringList subs;
        for (const Command &c : commands()) {
            if (c.words.size() > 1 && c.words.first() == rest.first())
                subs << c.words.at(1);
        }
        if (!subs.isEmpty()) {
            return m_console.usage(rest.size() > 1
                    ? tr("unknown command '%1 %2' (use %3)").arg(rest.at(0), rest.at(1), subs.join(QLatin1String("|")))
                    : tr("'%1' needs a sub-command: %2").arg(rest.first(), subs.join(QLatin1String("|"))));
        }
        return m_console.usage(tr("unknown command '%1'").arg(rest.first()));
    }
    const QString name = command->words.join(u' ');
    auto parsed = CommandLine::parse(rest.mid(command->words.size()), command->options);
    if (!parsed)
        return m_console.usage(parsed.error());
    if (parsed->helpRequested()) {
        m_console.print(helpText());
        return ExitSuccess;
    }
    if (parsed->isSet(QStringLiteral("db"))) {
        if (!database.isEmpty())
            return m_console.usage(tr("option '--db' given more than once"));
        database = parsed->value(QStringLiteral("db"));
    }
    const qsizetype count = parsed->positionals().size();
    if (count < command->minArgs)
        return m_console.usage(tr("'%1' is missing an argument").arg(name));
    if (command->maxArgs >= 0 && count > command->maxArgs)
        return m_console.usage(
            tr("unexpected argument '%1' for '%2'").arg(parsed->positionals().at(command->maxArgs), name));

    if (database.isEmpty())
        database = qEnvironmentVariable("HEADCOUNT_DB");
    if (database.isEmpty())
        database = Workspace::defaultPath();

    CommandContext ctx(m_console, std::move(parsed).value(), database);
    return command->run(ctx);
}

} // namespace hc
