#pragma once

#include "Settings.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace hc {

// Edit → Settings…: the interface language (applied at the next start), the colour theme (applied at once), the
// default days without a login for deactivation candidates and the folder the workspace dialogs start in. Reads
// the settings when shown, writes them on OK; Cancel changes nothing.
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(Settings &settings, QWidget *parent = nullptr);

    // The languages offered: locale name and the language's own name ("de", "Deutsch"), English first.
    static QList<QPair<QString, QString>> languages();

    void accept() override;

signals:
    // After OK: the theme is applied and the other values are stored.
    void settingsChanged();

private:
    void load();
    void browseFolder();
    void updateRestartNote();

    Settings &m_settings;
    QComboBox *m_language;
    QLabel *m_restartNote;
    QComboBox *m_theme;
    QSpinBox *m_inactiveDays;
    QLineEdit *m_folder;
};

} // namespace hc
