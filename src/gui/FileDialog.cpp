#include "FileDialog.h"

#include <QFileDialog>

namespace hc {

FileDialog *FileDialog::instance()
{
    static FileDialog dialog;
    return &dialog;
}

bool FileDialog::takeNext(const QString &directory, QString *fileName)
{
    m_lastDirectory = directory;
    if (!m_hasNext)
        return false;
    *fileName = m_nextFileName;
    m_nextFileName.clear();
    m_hasNext = false;
    return true;
}

QString FileDialog::getOpenFileName(
    QWidget *parent, const QString &caption, const QString &directory, const QString &filter)
{
    QString name;
    if (takeNext(directory, &name))
        return name;
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString FileDialog::getSaveFileName(
    QWidget *parent, const QString &caption, const QString &directory, const QString &filter)
{
    QString name;
    if (takeNext(directory, &name))
        return name;
    return QFileDialog::getSaveFileName(parent, caption, directory, filter);
}

QString FileDialog::getExistingDirectory(QWidget *parent, const QString &caption, const QString &directory)
{
    QString name;
    if (takeNext(directory, &name))
        return name;
    return QFileDialog::getExistingDirectory(parent, caption, directory);
}

void FileDialog::setNextFileName(const QString &fileName)
{
    m_nextFileName = fileName;
    m_hasNext = true;
}

} // namespace hc
