#pragma once

#include <QDialog>
#include <QStringList>

class QPlainTextEdit;

namespace hc {

// Why one record counts (or not) and how it is classified: the rule lines of Workspace::explain, one per line.
// Shown without blocking (non-modal), so the administrator can keep several open and tests never wait on one.
class ExplainDialog : public QDialog {
    Q_OBJECT

public:
    ExplainDialog(const QString &record, const QStringList &lines, QWidget *parent = nullptr);

    QStringList lines() const { return m_lines; }

private:
    QStringList m_lines;
    QPlainTextEdit *m_text;
};

} // namespace hc
