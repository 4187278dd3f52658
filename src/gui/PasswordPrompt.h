#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace hc {

// Asks for the password of a shared workspace whose server wants one that .pgpass / PGPASSFILE does not give
// (SPEC §7). The answer is handed to Workspace::open once and kept in memory only (DatabaseCredentials): never in
// the settings, the URL, a log or the recent list. Like MessageBox and FileDialog it has a seam so tests never block
// on the dialog: queued answers are taken one per prompt, in order.
class PasswordPrompt {
    Q_DECLARE_TR_FUNCTIONS(hc::PasswordPrompt)

public:
    // nullopt when cancelled. `why` says why it is asked (the server's refusal), `workspace` names the URL.
    static std::optional<QString> ask(QWidget *parent, const QString &workspace, const QString &why);

    // Test seam: the next prompt returns `password` (nullopt: as if cancelled) without showing.
    static void queueAnswer(const std::optional<QString> &password);
    static void clearAnswers();
    // How many prompts were answered through the seam, and what the last one said, for tests.
    static int answeredCount();
    static QString lastText();
};

} // namespace hc
