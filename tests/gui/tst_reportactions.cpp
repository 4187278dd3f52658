// File → Print Preview / Print / Export as PDF / Export as HTML (SPEC §5, §6) in the real main window, on the sample
// workspace, with the file dialog and the options dialog answered through their seams.
#include "ExportReader.h"
#include "GuiTestSupport.h"
#include "FileDialog.h"
#include "MainWindow.h"
#include "MessageWidget.h"
#include "ReportActions.h"
#include "ReportFile.h"
#include "ReportOptionsDialog.h"
#include "Settings.h"
#include "TestConfig.h"
#include "Workspace.h"
#include "WorkspaceSession.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

using namespace hc;

using hc::test::Heartbeat;

class TestReportActions : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void actionsInFileMenu();
    void exportHtmlHasTheFigures();
    void exportPdfWritesPages();
    void cancelledDialogsWriteNothing();
    void allInfrastructuresAndPseudonymised();
    void printPreviewOpensWithoutBlocking();
    void failureShowsBanner();

private:
    bool openWindow();
    QAction *action(const char *name) const;
    // Triggers `name` with the seams answered; waits until the report is written (a name without a suffix: as PDF).
    void exportVia(const char *name, const QString &file, const ReportOptions &options, qint64 *longestGapMs = nullptr);
    static QString plainText(const QString &htmlFile);

    std::unique_ptr<test::WindowFixture> m_fx; // temporary folder, settings, workspace path and window
    MainWindow *window() const { return m_fx->window(); }
    QJsonObject m_expected;
};

void TestReportActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("Headcount"));
    QCoreApplication::setOrganizationName(QStringLiteral("Headcount"));
    QLocale::setDefault(QLocale::c());
    QFile expected(QStringLiteral(HEADCOUNT_TEST_DATA_DIR "/samples/expected-counts.json"));
    QVERIFY(expected.open(QIODevice::ReadOnly));
    m_expected = QJsonDocument::fromJson(expected.readAll()).object();
    QVERIFY(!m_expected.isEmpty());
}

void TestReportActions::init()
{
    m_fx = std::make_unique<test::WindowFixture>(QStringLiteral("samples.headcount"));
    VERIFY_OK(m_fx->check());
    VERIFY_OK(hc::test::buildSampleWorkspace(m_fx->workspacePath()));
}

void TestReportActions::cleanup()
{
    m_fx.reset();
}

bool TestReportActions::openWindow()
{
    return m_fx->openWindow().ok();
}

QAction *TestReportActions::action(const char *name) const
{
    return window()->findChild<QAction *>(QString::fromLatin1(name));
}

void TestReportActions::exportVia(
    const char *name, const QString &file, const ReportOptions &options, qint64 *longestGapMs)
{
    QAction *a = action(name);
    QVERIFY(a && a->isEnabled());
    ReportOptionsDialog::setNextAnswer(options);
    FileDialog::instance()->setNextFileName(file);
    Heartbeat heartbeat;
    a->trigger();
    QVERIFY(!FileDialog::instance()->hasNextFileName());
    // Built in the background: the action returns at once, the actions wait, a busy indicator shows.
    QVERIFY(window()->reportActions()->isBuilding());
    QVERIFY(!a->isEnabled());
    QVERIFY(window()->findChild<QWidget *>(QStringLiteral("reportProgress"))->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!window()->reportActions()->isBuilding(), 30000);
    QVERIFY(a->isEnabled());
    QVERIFY2(!window()->messageWidget()->isVisible(), qPrintable(window()->messageWidget()->text()));
    const QString written = ReportFile::formatOf(file) ? file : file + QStringLiteral(".pdf");
    QVERIFY2(QFileInfo(written).size() > 0, qPrintable(written));
    if (longestGapMs)
        *longestGapMs = heartbeat.longestGapMs();
}

QString TestReportActions::plainText(const QString &htmlFile)
{
    QFile f(htmlFile);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QTextDocument doc;
    doc.setHtml(QString::fromUtf8(f.readAll()));
    // One space between words, as the patterns of tst_report; U+2068/U+2069 isolate values.
    QString text = doc.toPlainText();
    text.remove(QChar(0x2068)).remove(QChar(0x2069));
    return text.simplified();
}

// ---- tests -------------------------------------------------------------------------------------------------

void TestReportActions::actionsInFileMenu()
{
    QVERIFY(openWindow());
    auto *file = window()->findChild<QMenu *>(QStringLiteral("menuFile"));
    QVERIFY(file);
    for (const char *name : { "actionPrintPreview", "actionPrint", "actionExportPdf", "actionExportHtml" }) {
        QAction *a = action(name);
        QVERIFY2(a, name);
        QVERIFY(file->actions().contains(a));
        QVERIFY(a->isEnabled());
        QVERIFY(!a->toolTip().isEmpty());
    }
    QCOMPARE(action("actionPrint")->shortcut(), QKeySequence(QKeySequence::Print));
    // Quit stays last, after a separator.
    QCOMPARE(file->actions().constLast(), action("actionQuit"));
    QVERIFY(file->actions().at(file->actions().size() - 2)->isSeparator());

    // Nothing open: nothing to report on.
    window()->session()->close();
    QVERIFY(!action("actionExportPdf")->isEnabled());
}

void TestReportActions::exportHtmlHasTheFigures()
{
    QVERIFY(openWindow());
    const QString html = m_fx->dir().filePath(QStringLiteral("report.html"));
    ReportOptions options;
    qint64 longestGap = 0;
    exportVia("actionExportHtml", html, options, &longestGap);

    const QString text = plainText(html);
    const QJsonObject cap = m_expected[QStringLiteral("capacity")].toObject();
    const QJsonObject unique = m_expected[QStringLiteral("unique")].toObject();
    auto n = [](const QJsonObject &o, const char *key) { return QString::number(o[QLatin1String(key)].toInteger()); };
    QVERIFY2(text.contains(QStringLiteral("Licence compliance report: default")), qPrintable(text.left(400)));
    for (const QString &pattern :
        { QStringLiteral("Internal %1 %2 120 % OVER capacity").arg(n(cap, "internal"), n(unique, "internal")),
            QStringLiteral("External %1 %2 88 % NEAR capacity").arg(n(cap, "external"), n(unique, "external")),
            QStringLiteral("unique individuals (R6): %1 in all").arg(n(unique, "total")) })
        QVERIFY2(text.contains(pattern), qPrintable(pattern));
    QVERIFY(QRegularExpression(QStringLiteral("Fingerprint SHA-256 .*[0-9a-f]{64}")).match(text).hasMatch());
    // Off the GUI thread: the heartbeat never stalled (generous for a loaded test machine).
    QVERIFY2(longestGap < 200, qPrintable(QString::number(longestGap)));
    QVERIFY(window()->statusBar()->currentMessage().contains(QStringLiteral("report.html")));
}

void TestReportActions::exportPdfWritesPages()
{
    QVERIFY(openWindow());
    // A name without a suffix gets the chosen format's.
    const QString base = m_fx->dir().filePath(QStringLiteral("report"));
    exportVia("actionExportPdf", base, ReportOptions());
    const QString pdf = base + QStringLiteral(".pdf");
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.read(5), QByteArray("%PDF-"));
    QVERIFY2(window()->statusBar()->currentMessage().contains(QStringLiteral("page")),
        qPrintable(window()->statusBar()->currentMessage()));
    // Its text, when poppler's pdftotext is there (scripts/setup-deps installs it).
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        return;
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-") });
    QVERIFY(p.waitForFinished(60000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
    QVERIFY2(text.contains(QStringLiteral("Licence compliance report: default")), qPrintable(text.left(400)));
    QVERIFY(text.contains(QString::number(m_expected[QStringLiteral("unique")][QStringLiteral("total")].toInteger())));
    QVERIFY(text.contains(QStringLiteral("Page 1 of")));
}

void TestReportActions::cancelledDialogsWriteNothing()
{
    QVERIFY(openWindow());
    const QString html = m_fx->dir().filePath(QStringLiteral("never.html"));
    ReportOptionsDialog::setNextAnswer(std::nullopt); // options cancelled
    FileDialog::instance()->setNextFileName(html);
    action("actionExportHtml")->trigger();
    QVERIFY(!window()->reportActions()->isBuilding());
    QVERIFY(FileDialog::instance()->hasNextFileName()); // never asked
    FileDialog::instance()->setNextFileName(QString());

    ReportOptionsDialog::setNextAnswer(ReportOptions());
    FileDialog::instance()->setNextFileName(QString()); // file dialog cancelled
    action("actionExportHtml")->trigger();
    QVERIFY(!window()->reportActions()->isBuilding());
    QVERIFY(!QFile::exists(html));

    // Cancel while building: nothing is reported, and the actions come back at once.
    ReportOptionsDialog::setNextAnswer(ReportOptions());
    FileDialog::instance()->setNextFileName(m_fx->dir().filePath(QStringLiteral("cancelled.html")));
    action("actionExportHtml")->trigger();
    QVERIFY(window()->reportActions()->isBuilding());
    auto *cancel = window()->findChild<QWidget *>(QStringLiteral("reportCancelButton"));
    QVERIFY(cancel && cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!window()->reportActions()->isBuilding());
    QVERIFY(action("actionExportHtml")->isEnabled());
    QTest::qWait(200);
    QVERIFY(!window()->messageWidget()->isVisible());
}

void TestReportActions::allInfrastructuresAndPseudonymised()
{
    {
        auto ws = Workspace::open(m_fx->workspacePath());
        VERIFY_OK(ws);
        VERIFY_OK(ws.value()->infrastructureStore().addInfrastructure(QStringLiteral("client-b"), LicenceModel::InternalExternal));
    }
    QVERIFY(openWindow());
    ReportOptions options;
    options.allInfrastructures = true;
    options.pseudonymise = true;
    options.inactiveDays = 30;
    const QString html = m_fx->dir().filePath(QStringLiteral("rollup.html"));
    exportVia("actionExportHtml", html, options);
    const QString text = plainText(html);
    QVERIFY2(text.contains(QStringLiteral("Licence compliance roll-up")), qPrintable(text.left(400)));
    QVERIFY(text.contains(QStringLiteral("client-b")));
    QVERIFY(text.contains(QStringLiteral("for 30 days or more")));
    // Pseudonymised: no e-mail address of the workspace is left (one sample user's, for a start).
    QVERIFY(!text.contains(QStringLiteral("filipa.figueiredo139@acme.de")));
}

void TestReportActions::printPreviewOpensWithoutBlocking()
{
    QVERIFY(openWindow());
    ReportOptionsDialog::setNextAnswer(ReportOptions());
    action("actionPrintPreview")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!window()->reportActions()->isBuilding(), 30000);
    QPointer<QPrintPreviewDialog> preview;
    QTRY_VERIFY((preview = window()->findChild<QPrintPreviewDialog *>(QStringLiteral("reportPreviewDialog"))));
    QTRY_VERIFY(preview->isVisible());
    QVERIFY(!window()->messageWidget()->isVisible());
    preview->close();
    QTRY_VERIFY(!preview);
}

void TestReportActions::failureShowsBanner()
{
    QVERIFY(openWindow());
    // The folder the file should go to does not exist: the banner says so, nothing modal.
    const QString html = m_fx->dir().filePath(QStringLiteral("no/such/folder/report.html"));
    ReportOptionsDialog::setNextAnswer(ReportOptions());
    FileDialog::instance()->setNextFileName(html);
    action("actionExportHtml")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!window()->reportActions()->isBuilding(), 30000);
    QTRY_VERIFY(window()->messageWidget()->isVisible());
    QCOMPARE(window()->messageWidget()->type(), MessageWidget::Type::Error);
    QVERIFY2(window()->messageWidget()->text().contains(QStringLiteral("report.html")),
        qPrintable(window()->messageWidget()->text()));
    QVERIFY(!QApplication::activeModalWidget());
}

QTEST_MAIN(TestReportActions)
#include "tst_reportactions.moc"
