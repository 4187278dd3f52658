#pragma once

#include "ReportData.h"
#include "ReportFile.h"

#include <QObject>
#include <QString>

#include <optional>

class QThread;

namespace hc {

// What the report was built for, and what came of it.
struct ReportJob {
    QString workspacePath;
    ReportOptions options;
    // Set: write the report to this file in that format (Export as PDF/HTML); unset: only render its HTML (print).
    QString outputPath;
    std::optional<ReportFile::Format> format;
};

struct ReportOutcome {
    QString error; // empty when it went through
    QString html; // the rendered report, for printing (empty when written to a file)
    QString title;
    int pages = 0;
};

// Builds a compliance report off the GUI thread (STYLE 13) on a Workspace of its own, opened in the worker because Qt
// SQL connections belong to the thread that opened them (as ImportWorker). The report library reads in one snapshot
// and cannot be interrupted: cancel() drops the result (finished() is not emitted) and the thread ends on its own,
// in under 2 s on a million records (SPEC §8).
class ReportWorker : public QObject {
    Q_OBJECT

public:
    explicit ReportWorker(QObject *parent = nullptr);
    ~ReportWorker() override;

    // Refused (false) while one is running.
    bool start(const ReportJob &job);
    bool isRunning() const { return m_thread != nullptr; }
    void cancel();
    const ReportOutcome &outcome() const { return m_outcome; }

signals:
    void finished();

private:
    static ReportOutcome run(const ReportJob &job);

    QThread *m_thread = nullptr;
    ReportOutcome m_outcome;
};

} // namespace hc
