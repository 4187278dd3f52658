#pragma once

#include "DatabaseUrl.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace hc {

// File → Connect to Shared Workspace… (SPEC §5, §7): the server, database, user and TLS mode of a workspace on
// PostgreSQL, put together as postgresql://USER@HOST[:PORT]/DBNAME[?sslmode=…] and checked by DatabaseUrl before the
// dialog is accepted; what is wrong shows inline. No password here: libpq reads .pgpass / PGPASSFILE, and the console
// asks when the server wants one that is not there (PasswordPrompt).
class ConnectWorkspaceDialog : public QDialog {
    Q_OBJECT

public:
    explicit ConnectWorkspaceDialog(QWidget *parent = nullptr);

    // Fills the fields from a shared workspace's URL (e.g. the one open now); a file path leaves them as they are.
    void setUrl(const QString &url);
    // The URL the fields make, in DatabaseUrl's canonical form; empty when they do not make a valid one.
    QString url() const;
    // What is wrong with the fields (empty when they make a valid URL).
    QString problem() const;

    void accept() override;

    // "postgresql://USER@HOST[:PORT]/DBNAME[?sslmode=MODE]": the port only when not 5432, the mode only when not
    // libpq's default (prefer); user and database percent-encoded.
    static QString buildUrl(const QString &host, int port, const QString &database, const QString &user,
                            const QString &sslMode);

private:
    void buildUi();
    void updateUrl();
    Result<DatabaseUrl> parsed() const;

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_sslMode;
    QLabel *m_urlLabel;
    QLabel *m_errorLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace hc
