#pragma once

#include <QString>

class QWidget;

namespace hc {

// Every file dialog of the console goes through here, so tests can answer it without a dialog ever blocking
// (KeePassXC's FileDialog): setNextFileName() makes the next call return that name without showing anything.
class FileDialog {
public:
    static FileDialog *instance();

    QString getOpenFileName(QWidget *parent, const QString &caption, const QString &directory, const QString &filter);
    QString getSaveFileName(QWidget *parent, const QString &caption, const QString &directory, const QString &filter);
    QString getExistingDirectory(QWidget *parent, const QString &caption, const QString &directory);

    // Test seam: the next get*FileName() or getExistingDirectory() returns `fileName` (empty: as if cancelled) without showing a dialog.
    void setNextFileName(const QString &fileName);
    bool hasNextFileName() const { return m_hasNext; }
    // The directory (or proposed file) the last dialog was asked to start in, for tests.
    QString lastDirectory() const { return m_lastDirectory; }

private:
    FileDialog() = default;
    bool takeNext(const QString &directory, QString *fileName);

    QString m_nextFileName;
    bool m_hasNext = false;
    QString m_lastDirectory;
};

} // namespace hc
