#pragma once

#include "Workspace.h"

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
    // The record's rules again after a change (a decision, an undo, an import).
    void setLines(const QStringList &lines);
    // The record it explains, as decisions address it.
    RecordRef ref() const { return m_ref; }
    void setRef(const RecordRef &ref) { m_ref = ref; }

private:
    QStringList m_lines;
    RecordRef m_ref;
    QPlainTextEdit *m_text;
};

} // namespace hc
