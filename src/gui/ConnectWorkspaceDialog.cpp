#include "ConnectWorkspaceDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace hc {

namespace {

// libpq's default when the URL names none.
const QString DefaultSslMode = QStringLiteral("prefer");

QLineEdit *makeEdit(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    return edit;
}

} // namespace

ConnectWorkspaceDialog::ConnectWorkspaceDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("connectWorkspaceDialog"));
    setWindowTitle(tr("Connect to Shared Workspace"));
    buildUi();
    updateUrl();
}

void ConnectWorkspaceDialog::buildUi()
{
    m_host = makeEdit(QStringLiteral("hostEdit"), tr("Server host"), this);
    m_host->setPlaceholderText(tr("e.g. db.example.com"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setAccessibleName(tr("Server port"));
    m_port->setRange(1, 65535);
    m_port->setValue(DatabaseUrl::DefaultPort);
    m_port->setGroupSeparatorShown(false);
    m_database = makeEdit(QStringLiteral("databaseEdit"), tr("Database name"), this);
    m_user = makeEdit(QStringLiteral("userEdit"), tr("User name"), this);
    m_sslMode = new QComboBox(this);
    m_sslMode->setObjectName(QStringLiteral("sslModeCombo"));
    m_sslMode->setAccessibleName(tr("TLS mode"));
    m_sslMode->addItem(tr("Disable (no TLS)"), QStringLiteral("disable"));
    m_sslMode->addItem(tr("Prefer (TLS when the server offers it)"), QStringLiteral("prefer"));
    m_sslMode->addItem(tr("Require (TLS, certificate not checked)"), QStringLiteral("require"));
    m_sslMode->addItem(tr("Verify full (TLS, certificate and host name checked)"), QStringLiteral("verify-full"));
    m_sslMode->setCurrentIndex(m_sslMode->findData(DefaultSslMode));

    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&TLS:"), m_sslMode);

    m_urlLabel = new QLabel(this);
    m_urlLabel->setObjectName(QStringLiteral("urlLabel"));
    m_urlLabel->setAccessibleName(tr("Workspace URL"));
    m_urlLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_urlLabel->setWordWrap(true);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("connectErrorLabel"));
    m_errorLabel->setAccessibleName(tr("Problem with the connection details"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setVisible(false);
    auto *passwordNote = new QLabel(
        tr("The password comes from ~/.pgpass (or the file PGPASSFILE names); without one there you are asked for it. "
           "It is never saved."),
        this);
    passwordNote->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("connectButtons"));
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Connect"));
    ok->setObjectName(QStringLiteral("connectButton"));
    ok->setAccessibleName(tr("Connect"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelConnectButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectWorkspaceDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectWorkspaceDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_urlLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(passwordNote);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &ConnectWorkspaceDialog::updateUrl);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectWorkspaceDialog::updateUrl);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &ConnectWorkspaceDialog::updateUrl);
}

QString ConnectWorkspaceDialog::buildUrl(const QString &host, int port, const QString &database, const QString &user,
                                         const QString &sslMode)
{
    const QString h = host.trimmed();
    QString url = QStringLiteral("postgresql://%1@%2")
                      .arg(QString::fromUtf8(QUrl::toPercentEncoding(user.trimmed())),
                           h.contains(QLatin1Char(':')) ? QLatin1Char('[') + h + QLatin1Char(']') : h);
    if (port != DatabaseUrl::DefaultPort)
        url += QLatin1Char(':') + QString::number(port);
    url += QLatin1Char('/') + QString::fromUtf8(QUrl::toPercentEncoding(database.trimmed()));
    if (!sslMode.isEmpty() && sslMode != DefaultSslMode)
        url += QStringLiteral("?sslmode=") + sslMode;
    return url;
}

Result<DatabaseUrl> ConnectWorkspaceDialog::parsed() const
{
    // Empty fields are named here: DatabaseUrl's message for them ("no user name") would quote a URL the person
    // never typed.
    if (m_host->text().trimmed().isEmpty())
        return Result<DatabaseUrl>::failure(tr("Give the server's host name."));
    if (m_database->text().trimmed().isEmpty())
        return Result<DatabaseUrl>::failure(tr("Give the name of the database."));
    if (m_user->text().trimmed().isEmpty())
        return Result<DatabaseUrl>::failure(tr("Give your user name on the server."));
    return DatabaseUrl::parse(buildUrl(m_host->text(), m_port->value(), m_database->text(), m_user->text(),
                                       m_sslMode->currentData().toString()));
}

QString ConnectWorkspaceDialog::url() const
{
    const auto url = parsed();
    return url ? url->toDisplayString() : QString();
}

QString ConnectWorkspaceDialog::problem() const
{
    const auto url = parsed();
    return url ? QString() : url.error();
}

void ConnectWorkspaceDialog::setUrl(const QString &text)
{
    const auto url = DatabaseUrl::parse(text);
    if (!url || !url->isPostgres())
        return;
    m_host->setText(url->host());
    m_port->setValue(url->port());
    m_database->setText(url->databaseName());
    m_user->setText(url->user());
    const int mode = m_sslMode->findData(url->sslMode().isEmpty() ? DefaultSslMode : url->sslMode());
    if (mode >= 0)
        m_sslMode->setCurrentIndex(mode);
}

void ConnectWorkspaceDialog::updateUrl()
{
    const QString current = url();
    m_urlLabel->setText(current.isEmpty() ? QString() : tr("Workspace: %1").arg(current));
    // The error waits for Connect: every keystroke of a host name is not a mistake.
    if (current.isEmpty())
        return;
    m_errorLabel->clear();
    m_errorLabel->setVisible(false);
}

void ConnectWorkspaceDialog::accept()
{
    const QString why = problem();
    if (!why.isEmpty()) {
        m_errorLabel->setText(why);
        m_errorLabel->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace hc
