#pragma once

#include <QString>

#include <optional>

namespace hc {

// The CLI's password prompt for a shared workspace whose server wants a password that .pgpass / PGPASSFILE does not
// give (SPEC §7): only when both stdin and stderr are a terminal, read with echo off. A script (stdin not a terminal)
// gets the error instead and never blocks; a password is never taken from the command line or the environment.
class TerminalPassword {
public:
    static bool available();
    // Writes `prompt` to stderr and reads one line with echo off; nullopt at end of input or on an error.
    static std::optional<QString> read(const QString &prompt);
};

} // namespace hc
