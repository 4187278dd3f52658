// Drives the real import wizard on the real main window (offscreen) over real SQLite workspaces: every page is
// reached through its buttons, widgets are found by objectName, dialogs go through the seams.
#include "DashboardWidget.h"
#include "ExportReader.h"
#include "FileDialog.h"
#include "GuiTestSupport.h"
#include "GaugeWidget.h"
#include "ImportWizard.h"
#include "ImportWizardFilePage.h"
#include "ImportWizardPreview.h"
#include "ImportWizardSummaryPage.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "MessageWidget.h"
#include "RuntimeCountsModel.h"
#include "Settings.h"
#include "TestConfig.h"
#include "Workspace.h"
#include "WorkspaceSession.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUrl>

using namespace hc;

namespace {

// VERIFY_OK comes from tests/support (GuiTestSupport.h).

const QString samplesDir = QStringLiteral(HEADCOUNT_TEST_DATA_DIR "/samples");
const QString wizardDir = QStringLiteral(HEADCOUNT_TEST_DATA_DIR "/wizard");
const QString importDir = QStringLiteral(HEADCOUNT_TEST_DATA_DIR "/import");

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestImportWizard : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    // Building blocks.
    void previewDetects_data();
    void previewDetects();
    void previewEstimatesLargeFile();
    void settingsRecentImportFiles();
    void runtimeSuggestedByFileName_data();
    void runtimeSuggestedByFileName();
    void binaryFileGetsShortMessage_data();
    void binaryFileGetsShortMessage();
    void importIsUndoable();

    // The real wizard on the real main window.
    void importsSampleEndToEnd();
    void mappingChangeChangesImportedRecords();
    void delimiterOverride();
    void badRowListedThenSkipped();
    void stopImportsNothing();
    void shrinkingReplaceAsksFirst_data();
    void shrinkingReplaceAsksFirst();
    void cancelMidImportLeavesCountsExactlyAsBefore_data();
    void cancelMidImportLeavesCountsExactlyAsBefore();
    void droppedFileOpensWizard();
    void recentFileListChoosesFile();

private:
    void buildFixture(const QString &path);
    // A copy of a fixture in the temporary folder (fixtures are never used in place).
    QString copyFixture(const QString &path);
    void openWindow();
    // File → Import… with the file and runtime filled in on the first page.
    void startWizard(const QString &file, const QString &runtime);
    ImportWizard *wizard() const;
    template<typename T> T *find(const QString &name) const;
    QAbstractButton *button(QWizard::WizardButton which) const;
    void clickNext();
    // From the mapping page: Next, then waits for the validation pass to end.
    void validate();
    // From the validation page: the commit button, then waits for the import to end.
    void importAndWait();
    Counts countsNow() const;
    qint64 runtimeRecords(const QString &runtime) const;
    // Before/after figures of a summary counts row.
    std::pair<qint64, qint64> summaryFigures(const QString &figure) const;
    qint64 summaryNumber(const QString &label) const;
    int columnOf(const QString &header) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QString m_dbPath;
    QJsonObject m_expected;
};

void TestImportWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("Headcount"));
    QCoreApplication::setOrganizationName(QStringLiteral("Headcount"));
    QLocale::setDefault(QLocale::c());
    m_expected = readJson(samplesDir + QStringLiteral("/expected-counts.json"));
    QVERIFY(!m_expected.isEmpty());
}

void TestImportWizard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_dbPath = m_dir->filePath(QStringLiteral("workspace.db"));
    buildFixture(m_dbPath);
}

// The sample infrastructure (manifest.json) with prod-us imported: importing prod-eu.csv into a new runtime
// "prod-eu" gives expected-counts.json.
void TestImportWizard::buildFixture(const QString &path)
{
    const QJsonObject manifest = readJson(samplesDir + QStringLiteral("/manifest.json"));
    auto opened = Workspace::open(path);
    VERIFY_OK(opened);
    Workspace &ws = *opened.value();
    const auto infra = ws.infrastructureStore().infrastructure();
    VERIFY_OK(infra);
    Capacity capacity;
    capacity.internal = manifest[QStringLiteral("capacity")][QStringLiteral("internal")].toInteger();
    capacity.external = manifest[QStringLiteral("capacity")][QStringLiteral("external")].toInteger();
    VERIFY_OK(ws.infrastructureStore().setCapacity(infra->id, capacity));
    QStringList domains;
    for (const QJsonValue &domain : manifest[QStringLiteral("domains")].toArray())
        domains << domain.toString();
    VERIFY_OK(ws.domainStore().addDomains(infra->id, domains));
    const auto us = ws.runtimeStore().addRuntime(infra->id, QStringLiteral("prod-us"));
    VERIFY_OK(us);
    const auto data = ExportReader::readFile(samplesDir + QStringLiteral("/prod-us.json"));
    VERIFY_OK(data);
    VERIFY_OK(ws.imports().importRecords(us->id, data->records, ImportMode::Replace));
}

void TestImportWizard::cleanup()
{
    if (FileDialog::instance()->hasNextFileName()) // an answer a failed test left: never let it reach a real dialog
        FileDialog::instance()->getOpenFileName(nullptr, {}, {}, {});
    m_window.reset();
    m_settings.reset();
    m_dir.reset();
}

QString TestImportWizard::copyFixture(const QString &path)
{
    const QString copy = m_dir->filePath(QFileInfo(path).fileName());
    QFile::remove(copy);
    if (!QFile::copy(path, copy))
        return {};
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    return copy;
}

void TestImportWizard::openWindow()
{
    m_window = std::make_unique<MainWindow>(*m_settings);
    QVERIFY(m_window->openWorkspace(m_dbPath));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

ImportWizard *TestImportWizard::wizard() const
{
    return m_window ? m_window->findChild<ImportWizard *>(QStringLiteral("importWizard")) : nullptr;
}

template<typename T> T *TestImportWizard::find(const QString &name) const
{
    ImportWizard *w = wizard();
    return w ? w->findChild<T *>(name) : nullptr;
}

QAbstractButton *TestImportWizard::button(QWizard::WizardButton which) const
{
    return wizard()->button(which);
}

void TestImportWizard::startWizard(const QString &file, const QString &runtime)
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionImport"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    action->trigger();
    QTRY_VERIFY(wizard() && wizard()->isVisible());
    QCOMPARE(wizard()->currentId(), int(ImportWizard::FilePageId));
    find<QLineEdit>(QStringLiteral("fileEdit"))->setText(file);
    auto *runtimeCombo = find<QComboBox>(QStringLiteral("runtimeCombo"));
    QVERIFY(runtimeCombo && runtimeCombo->isEditable());
    runtimeCombo->setEditText(runtime);
    QVERIFY(button(QWizard::NextButton)->isEnabled());
}

void TestImportWizard::clickNext()
{
    QAbstractButton *next = button(QWizard::NextButton);
    QVERIFY(next->isVisible() && next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
}

void TestImportWizard::validate()
{
    QCOMPARE(wizard()->currentId(), int(ImportWizard::MappingPageId));
    clickNext();
    QCOMPARE(wizard()->currentId(), int(ImportWizard::ValidationPageId));
    QTRY_VERIFY_WITH_TIMEOUT(button(QWizard::CommitButton)->isEnabled(), 60000);
}

void TestImportWizard::importAndWait()
{
    QAbstractButton *commit = button(QWizard::CommitButton);
    QVERIFY(commit->isVisible() && commit->isEnabled());
    QTest::mouseClick(commit, Qt::LeftButton);
    QCOMPARE(wizard()->currentId(), int(ImportWizard::ImportPageId));
    auto *result = find<MessageWidget>(QStringLiteral("importResult"));
    QVERIFY(result);
    QTRY_VERIFY_WITH_TIMEOUT(result->isVisible(), 60000);
}

Counts TestImportWizard::countsNow() const
{
    // Read through a connection of its own, as another program would.
    auto opened = Workspace::open(m_dbPath);
    if (!opened)
        return {};
    const auto infra = opened.value()->infrastructureStore().infrastructure();
    const auto counts = opened.value()->counts(infra->id);
    return counts ? counts.value() : Counts();
}

qint64 TestImportWizard::runtimeRecords(const QString &runtime) const
{
    auto opened = Workspace::open(m_dbPath);
    if (!opened)
        return -1;
    const auto found = opened.value()->runtimeStore().runtime(opened.value()->infrastructureStore().infrastructure()->id, runtime);
    return found ? found->records : -1;
}

std::pair<qint64, qint64> TestImportWizard::summaryFigures(const QString &figure) const
{
    auto *table = find<QTableWidget>(QStringLiteral("countsTable"));
    if (!table)
        return { -1, -1 };
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, ImportWizardSummaryPage::FigureColumn)->text() == figure) {
            const auto raw = [&](int column) {
                return table->item(row, column)->data(ImportWizardSummaryPage::RawValueRole).toLongLong();
            };
            return { raw(ImportWizardSummaryPage::BeforeColumn), raw(ImportWizardSummaryPage::AfterColumn) };
        }
    }
    return { -1, -1 };
}

qint64 TestImportWizard::summaryNumber(const QString &label) const
{
    auto *widget = find<QLabel>(label);
    return widget ? widget->text().toLongLong() : -1;
}

int TestImportWizard::columnOf(const QString &header) const
{
    auto *table = find<QTableWidget>(QStringLiteral("previewTable"));
    for (int column = 0; table && column < table->columnCount(); ++column) {
        if (table->horizontalHeaderItem(column)->text() == header)
            return column;
    }
    return -1;
}

// ---- building blocks ----------------------------------------------------------------------------------------

void TestImportWizard::previewDetects_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<qint64>("headerLine");
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<qint64>("records");
    QTest::addColumn<QString>("firstUsername");

    const auto csv = int(ExportFormat::Csv);
    const auto json = int(ExportFormat::Json);
    QTest::newRow("sample: UTF-8 BOM, comma, CRLF, password")
        << samplesDir + QStringLiteral("/prod-eu.csv") << csv << QStringLiteral("UTF-8 (BOM)") << QStringLiteral(",")
        << qint64(1)
        << QStringList { QStringLiteral("Id"), QStringLiteral("Name"), QStringLiteral("Username"),
               QStringLiteral("Password"), QStringLiteral("Email"), QStringLiteral("MobilePhone"),
               QStringLiteral("External_Id"), QStringLiteral("Creation_Date"), QStringLiteral("Last_Login"),
               QStringLiteral("Is_Active"), QStringLiteral("Tenant_Id"), QStringLiteral("Is_IT_User") }
        << qint64(165) << QStringLiteral("ffigueiredo139");
    QTest::newRow("Excel sep= line") << importDir + QStringLiteral("/sep-line.csv") << csv << QStringLiteral("UTF-8")
                                     << QStringLiteral(";") << qint64(2)
                                     << QStringList { QStringLiteral("Id"), QStringLiteral("Username"),
                                            QStringLiteral("Email") }
                                     << qint64(1) << QStringLiteral("alice");
    QTest::newRow("tab") << importDir + QStringLiteral("/tab.tsv") << csv << QStringLiteral("UTF-8")
                         << QStringLiteral("\t") << qint64(1)
                         << QStringList { QStringLiteral("Id"), QStringLiteral("Name"), QStringLiteral("Username"),
                                QStringLiteral("Email"), QStringLiteral("Is_Active"), QStringLiteral("Last_Login") }
                         << qint64(2) << QStringLiteral("jmuller");
    QTest::newRow("Windows-1252") << importDir + QStringLiteral("/windows1252.csv") << csv
                                  << QStringLiteral("Windows-1252") << QStringLiteral(";") << qint64(1)
                                  << QStringList { QStringLiteral("Id"), QStringLiteral("Name"),
                                         QStringLiteral("Username"), QStringLiteral("Email"),
                                         QStringLiteral("Is_Active"), QStringLiteral("Last_Login") }
                                  << qint64(2) << QStringLiteral("jmuller");
    QTest::newRow("JSON array") << importDir + QStringLiteral("/array.json") << json << QStringLiteral("UTF-8")
                                << QString() << qint64(0)
                                << QStringList { QStringLiteral("Id"), QStringLiteral("Username"),
                                       QStringLiteral("Email"), QStringLiteral("Is_Active"), QStringLiteral("Extra") }
                                << qint64(2) << QStringLiteral("alice");
    QTest::newRow("JSON object holding the array")
        << importDir + QStringLiteral("/object-with-array.json") << json << QStringLiteral("UTF-8") << QString()
        << qint64(0) << QStringList { QStringLiteral("Id"), QStringLiteral("Username"), QStringLiteral("Email") }
        << qint64(2) << QStringLiteral("alice");
}

void TestImportWizard::previewDetects()
{
    QFETCH(QString, file);
    QFETCH(int, format);
    QFETCH(QString, encoding);
    QFETCH(QString, delimiter);
    QFETCH(qint64, headerLine);
    QFETCH(QStringList, columns);
    QFETCH(qint64, records);
    QFETCH(QString, firstUsername);

    const auto preview = ImportWizardPreview::analyze(copyFixture(file));
    VERIFY_OK(preview);
    QCOMPARE(int(preview->format), format);
    QCOMPARE(preview->encoding, encoding);
    QCOMPARE(preview->delimiter.isNull() ? QString() : QString(preview->delimiter), delimiter);
    QCOMPARE(preview->headerLine, headerLine);
    QCOMPARE(preview->columns, columns);
    QCOMPARE(preview->estimatedRecords, records);
    QVERIFY(preview->exactCount);
    QCOMPARE(preview->rows.size(), qMin<qsizetype>(records, ImportWizardPreview::DefaultRows));
    QCOMPARE(preview->rows.constFirst().value(int(columns.indexOf(QStringLiteral("Username")))), firstUsername);

    // The sample re-reads like the file: same records for the previewed rows.
    ReadOptions options;
    options.delimiter = preview->delimiter;
    const auto sample = ExportReader::readBytes(preview->sample, preview->fileName, options);
    VERIFY_OK(sample);
    QCOMPARE(sample->records.size(), preview->rows.size());
    QCOMPARE(sample->records.constFirst().username, firstUsername);
    if (format == int(ExportFormat::Csv)) {
        QCOMPARE(preview->rowOfProblemLine(sample->recordLines.constLast()), int(preview->rows.size()) - 1);
    } else {
        QCOMPARE(preview->rowOfProblemLine(2), 0);
        QCOMPARE(preview->rowOfProblemLine(1), -1);
    }
}

void TestImportWizard::previewEstimatesLargeFile()
{
    // Larger than WholeFileLimit: only the head is read, the count is an estimate within a few per cent.
    const QString path = m_dir->filePath(QStringLiteral("large.csv"));
    const int rows = 120000;
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Id;Username;Email;Is_Active\n");
        QByteArray chunk;
        for (int i = 1; i <= rows; ++i) {
            chunk += QByteArray::number(i) + ";user" + QByteArray::number(i) + ";user" + QByteArray::number(i)
                + "@example.com;" + (i % 3 ? "true" : "false") + '\n';
        }
        file.write(chunk);
    }
    QVERIFY(QFileInfo(path).size() > ImportWizardPreview::WholeFileLimit);
    const auto preview = ImportWizardPreview::analyze(path);
    VERIFY_OK(preview);
    QVERIFY(!preview->exactCount);
    QCOMPARE(preview->delimiter, QChar(u';'));
    QCOMPARE(preview->rows.size(), ImportWizardPreview::DefaultRows);
    QVERIFY2(
        qAbs(preview->estimatedRecords - rows) < rows / 20, qPrintable(QString::number(preview->estimatedRecords)));
}

void TestImportWizard::settingsRecentImportFiles()
{
    Settings settings(m_dir->filePath(QStringLiteral("recent.ini")));
    QVERIFY(settings.recentImportFiles().isEmpty());
    for (int i = 0; i < Settings::MaxRecentImportFiles + 3; ++i)
        settings.addRecentImportFile(m_dir->filePath(QStringLiteral("f%1.csv").arg(i)));
    settings.addRecentImportFile(m_dir->filePath(QStringLiteral("f5.csv")));
    const QStringList recent = settings.recentImportFiles();
    QCOMPARE(recent.size(), Settings::MaxRecentImportFiles);
    QCOMPARE(recent.constFirst(), m_dir->filePath(QStringLiteral("f5.csv")));
    QCOMPARE(recent.count(m_dir->filePath(QStringLiteral("f5.csv"))), 1);
    QCOMPARE(recent.at(1), m_dir->filePath(QStringLiteral("f10.csv")));
    // Separate from the recent workspaces.
    QVERIFY(settings.recentWorkspaces().isEmpty());
}

// ---- the real wizard ----------------------------------------------------------------------------------------

void TestImportWizard::importsSampleEndToEnd()
{
    const QString file = copyFixture(samplesDir + QStringLiteral("/prod-eu.csv"));
    openWindow();
    const Counts before = m_window->session()->counts();
    QCOMPARE(before.runtimes.size(), 1);

    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionImport"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    action->trigger();
    QTRY_VERIFY(wizard() && wizard()->isVisible());
    QCOMPARE(wizard()->windowModality(), Qt::WindowModal);
    QCOMPARE(find<QLabel>(QStringLiteral("infrastructureLabel"))->text(), before.infrastructure);
    QVERIFY(!button(QWizard::NextButton)->isEnabled()); // no file yet

    // Page 1: the file through the dialog seam; the runtime is suggested from its name and is new.
    FileDialog::instance()->setNextFileName(file);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("browseButton")), Qt::LeftButton);
    QVERIFY(!FileDialog::instance()->hasNextFileName());
    QCOMPARE(QDir::fromNativeSeparators(find<QLineEdit>(QStringLiteral("fileEdit"))->text()), file);
    auto *runtimeCombo = find<QComboBox>(QStringLiteral("runtimeCombo"));
    QCOMPARE(runtimeCombo->currentText(), QStringLiteral("prod-eu"));
    QCOMPARE(runtimeCombo->count(), 1); // the existing prod-us
    QVERIFY(find<QLabel>(QStringLiteral("runtimeHintLabel"))->text().startsWith(QStringLiteral("New runtime")));
    clickNext();

    // Page 2: what was detected, the preview and the automatic mapping.
    QCOMPARE(wizard()->currentId(), int(ImportWizard::MappingPageId));
    QCOMPARE(find<QLabel>(QStringLiteral("formatLabel"))->text(), QStringLiteral("CSV"));
    QCOMPARE(find<QLabel>(QStringLiteral("encodingLabel"))->text(), QStringLiteral("UTF-8 (BOM)"));
    QCOMPARE(find<QComboBox>(QStringLiteral("delimiterCombo"))->currentText(), QStringLiteral("Detected: comma"));
    QCOMPARE(find<QLabel>(QStringLiteral("estimateLabel"))->text(), QStringLiteral("165"));
    QCOMPARE(find<QLabel>(QStringLiteral("headerLabel"))->text(), QStringLiteral("line 1, 12 column(s)"));
    auto *table = find<QTableWidget>(QStringLiteral("previewTable"));
    QCOMPARE(table->columnCount(), 12);
    QCOMPARE(table->rowCount(), 1 + ImportWizardPreview::DefaultRows);
    QCOMPARE(table->item(1, columnOf(QStringLiteral("Username")))->text(), QStringLiteral("ffigueiredo139"));
    const int password = columnOf(QStringLiteral("Password"));
    auto *passwordCombo = find<QComboBox>(QStringLiteral("mappingCombo%1").arg(password));
    QCOMPARE(passwordCombo->currentText(), QStringLiteral("Never imported"));
    QVERIFY(!passwordCombo->isEnabled());
    QCOMPARE(passwordCombo->count(), 1);
    QVERIFY(!table->item(1, password)->text().contains(QStringLiteral("$2a$"))); // never shown
    const QStringList expectedFields { QStringLiteral("Id"), QStringLiteral("Name"), QStringLiteral("Username"),
        QString(), QStringLiteral("Email"), QStringLiteral("MobilePhone"), QStringLiteral("External_Id"),
        QStringLiteral("Creation_Date"), QStringLiteral("Last_Login"), QStringLiteral("Is_Active"),
        QStringLiteral("Tenant_Id"), QStringLiteral("Is_IT_User") };
    for (int column = 0; column < expectedFields.size(); ++column) {
        if (column == password)
            continue;
        auto *combo = find<QComboBox>(QStringLiteral("mappingCombo%1").arg(column));
        QCOMPARE(combo->currentData().toString(), expectedFields.at(column));
        QCOMPARE(combo->findText(QStringLiteral("Password")), -1); // not selectable for any column
    }
    QVERIFY(find<QLabel>(QStringLiteral("mappingStatusLabel"))->text().contains(QStringLiteral("read cleanly")));

    // Page 3: no problems.
    validate();
    QCOMPARE(find<QTableWidget>(QStringLiteral("problemTable"))->rowCount(), 0);
    QVERIFY(!find<QGroupBox>(QStringLiteral("badRowsBox"))->isVisible());
    const QString status = find<QLabel>(QStringLiteral("validationStatusLabel"))->text();
    QVERIFY2(status.contains(QStringLiteral("all 165 records can be imported")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("Password column is dropped")), qPrintable(status));
    QVERIFY(!find<QGroupBox>(QStringLiteral("modeBox"))->isEnabled()); // a new runtime: nothing to replace
    QCOMPARE(button(QWizard::CommitButton)->text(), QStringLiteral("&Import"));

    // Page 4: the import.
    importAndWait();
    auto *result = find<MessageWidget>(QStringLiteral("importResult"));
    QCOMPARE(result->type(), MessageWidget::Type::Positive);
    QCOMPARE(result->text(), QStringLiteral("Imported 165 records into prod-eu."));
    QCOMPARE(find<QProgressBar>(QStringLiteral("importProgress"))->value(),
        find<QProgressBar>(QStringLiteral("importProgress"))->maximum());
    // The dashboard behind the wizard is current already.
    QTRY_COMPARE(m_window->session()->counts().runtimes.size(), 2);
    clickNext();

    // Page 5: the summary.
    QCOMPARE(wizard()->currentId(), int(ImportWizard::SummaryPageId));
    QCOMPARE(summaryNumber(QStringLiteral("summaryAdded")), 165);
    QCOMPARE(summaryNumber(QStringLiteral("summaryChanged")), 0);
    QCOMPARE(summaryNumber(QStringLiteral("summaryRemoved")), 0);
    QCOMPARE(summaryNumber(QStringLiteral("summaryUnchanged")), 0);
    QCOMPARE(summaryNumber(QStringLiteral("summarySkipped")), 0);
    const QJsonObject unique = m_expected[QStringLiteral("unique")].toObject();
    QCOMPARE(summaryFigures(QStringLiteral("Unique internal")),
        std::make_pair(before.unique.internal, unique[QStringLiteral("internal")].toInteger()));
    QCOMPARE(summaryFigures(QStringLiteral("Unique external")),
        std::make_pair(before.unique.external, unique[QStringLiteral("external")].toInteger()));
    QCOMPARE(summaryFigures(QStringLiteral("Unique total")),
        std::make_pair(before.unique.total(), unique[QStringLiteral("total")].toInteger()));
    for (const QJsonValue &value : m_expected[QStringLiteral("runtimes")].toArray()) {
        const QJsonObject runtime = value.toObject();
        const QString name = runtime[QStringLiteral("name")].toString();
        const bool isNew = name == QStringLiteral("prod-eu");
        const auto internal = summaryFigures(name + QStringLiteral(": internal records"));
        const auto external = summaryFigures(name + QStringLiteral(": external records"));
        QCOMPARE(internal.second, runtime[QStringLiteral("internal")].toInteger());
        QCOMPARE(external.second, runtime[QStringLiteral("external")].toInteger());
        // prod-us did not move; prod-eu did not exist.
        QCOMPARE(internal.first, isNew ? 0 : internal.second);
        QCOMPARE(external.first, isNew ? 0 : external.second);
    }
    QVERIFY(button(QWizard::FinishButton)->isVisible());
    QVERIFY(!button(QWizard::BackButton)->isVisible());
    QTest::mouseClick(button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(!wizard()); // closed and deleted

    // The dashboard shows expected-counts.json; the file is remembered for the next import.
    auto *gaugeInternal = m_window->findChild<GaugeWidget *>(QStringLiteral("gaugeInternal"));
    auto *gaugeExternal = m_window->findChild<GaugeWidget *>(QStringLiteral("gaugeExternal"));
    QCOMPARE(gaugeInternal->used(), unique[QStringLiteral("internal")].toInteger());
    QCOMPARE(gaugeExternal->used(), unique[QStringLiteral("external")].toInteger());
    QCOMPARE(gaugeInternal->state() == CapacityState::Over,
        m_expected[QStringLiteral("over_capacity")][QStringLiteral("internal")].toBool());
    auto *runtimeTable = m_window->findChild<QTableView *>(QStringLiteral("runtimeTable"));
    QCOMPARE(runtimeTable->model()->rowCount(), 2);
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("uniqueTotal"))->text(),
        QString::number(unique[QStringLiteral("total")].toInteger()));
    QCOMPARE(m_settings->recentImportFiles(), QStringList { file });
    QCOMPARE(runtimeRecords(QStringLiteral("prod-eu")), 165);
}

void TestImportWizard::mappingChangeChangesImportedRecords()
{
    const QString file = copyFixture(samplesDir + QStringLiteral("/prod-eu.csv"));
    openWindow();
    startWizard(file, QStringLiteral("prod-eu"));
    clickNext();
    QCOMPARE(wizard()->currentId(), int(ImportWizard::MappingPageId));
    auto *table = find<QTableWidget>(QStringLiteral("previewTable"));
    auto *status = find<QLabel>(QStringLiteral("mappingStatusLabel"));
    const int name = columnOf(QStringLiteral("Name"));
    const int username = columnOf(QStringLiteral("Username"));
    const int email = columnOf(QStringLiteral("Email"));
    auto *nameCombo = find<QComboBox>(QStringLiteral("mappingCombo%1").arg(name));
    auto *usernameCombo = find<QComboBox>(QStringLiteral("mappingCombo%1").arg(username));
    auto *emailCombo = find<QComboBox>(QStringLiteral("mappingCombo%1").arg(email));

    // A wrong choice shows at once: names are no booleans, so every previewed row has a problem in that column.
    nameCombo->setCurrentIndex(nameCombo->findData(QStringLiteral("Is_Active")));
    QVERIFY2(status->text().contains(QStringLiteral("50 of the 50 previewed row(s) have a problem")),
        qPrintable(status->text()));
    QVERIFY(table->item(1, name)->toolTip().contains(QStringLiteral("boolean")));
    QVERIFY(table->item(1, username)->toolTip().isEmpty());
    // Is_Active came from its own column before: that column gave it up.
    auto *activeCombo = find<QComboBox>(QStringLiteral("mappingCombo%1").arg(columnOf(QStringLiteral("Is_Active"))));
    QCOMPARE(activeCombo->currentData().toString(), QString());
    QVERIFY(button(QWizard::NextButton)->isEnabled());

    // Taking Username for the Name column leaves the Username column ignored.
    nameCombo->setCurrentIndex(nameCombo->findData(QStringLiteral("Username")));
    QCOMPARE(usernameCombo->currentData().toString(), QString());
    QVERIFY(status->text().contains(QStringLiteral("read cleanly")));
    // Put back as it was.
    nameCombo->setCurrentIndex(nameCombo->findData(QStringLiteral("Name")));
    usernameCombo->setCurrentIndex(usernameCombo->findData(QStringLiteral("Username")));
    activeCombo->setCurrentIndex(activeCombo->findData(QStringLiteral("Is_Active")));
    QVERIFY(table->item(1, name)->toolTip().isEmpty());

    // The change under test: Email is not read.
    const QBrush normal = table->item(1, email)->foreground();
    emailCombo->setCurrentIndex(emailCombo->findData(QString()));
    QCOMPARE(emailCombo->currentText(), QStringLiteral("Ignored"));
    QVERIFY(table->item(1, email)->foreground() != normal); // greyed
    QVERIFY2(status->text().contains(QStringLiteral("Ignored columns: Email.")), qPrintable(status->text()));

    validate();
    QVERIFY(find<QLabel>(QStringLiteral("validationStatusLabel"))
                ->text()
                .contains(QStringLiteral("Ignored columns: Email")));
    importAndWait();
    QCOMPARE(find<MessageWidget>(QStringLiteral("importResult"))->type(), MessageWidget::Type::Positive);

    // Every record was imported without its e-mail; everything else as in the file.
    auto opened = Workspace::open(m_dbPath);
    VERIFY_OK(opened);
    Workspace &ws = *opened.value();
    const auto infra = ws.infrastructureStore().infrastructure();
    const auto runtime = ws.runtimeStore().runtime(infra->id, QStringLiteral("prod-eu"));
    VERIFY_OK(runtime);
    UserFilter filter;
    filter.infraId = infra->id;
    filter.runtimeId = runtime->id;
    const auto rows = ws.userQueries().users(filter);
    VERIFY_OK(rows);
    const auto fromFile = ExportReader::readFile(file);
    VERIFY_OK(fromFile);
    QCOMPARE(rows->size(), fromFile->records.size());
    QSet<QString> usernames;
    int emailsInFile = 0;
    for (const UserRow &row : rows.value()) {
        QVERIFY2(row.record.email.isEmpty(), qPrintable(row.record.email));
        usernames.insert(row.record.username);
    }
    for (const UserRecord &record : fromFile->records) {
        QVERIFY(usernames.contains(record.username));
        emailsInFile += record.email.isEmpty() ? 0 : 1;
    }
    QVERIFY(emailsInFile > 100); // the column did hold e-mails
    // The counts are those of the same file read with the same mapping and imported through the API.
    const QString reference = m_dir->filePath(QStringLiteral("reference.db"));
    buildFixture(reference);
    {
        auto ref = Workspace::open(reference);
        VERIFY_OK(ref);
        const auto refInfra = ref.value()->infrastructureStore().infrastructure();
        const auto refRuntime = ref.value()->runtimeStore().addRuntime(refInfra->id, QStringLiteral("prod-eu"));
        VERIFY_OK(refRuntime);
        ReadOptions options;
        options.columnMapping.insert(QStringLiteral("Email"), QString());
        const auto mapped = ExportReader::readFile(file, options);
        VERIFY_OK(mapped);
        VERIFY_OK(ref.value()->imports().importRecords(refRuntime->id, mapped->records, ImportMode::Replace));
        const auto expected = ref.value()->counts(refInfra->id);
        VERIFY_OK(expected);
        QCOMPARE(countsNow(), expected.value());
        QVERIFY(
            expected->unique.external < m_expected[QStringLiteral("unique")][QStringLiteral("external")].toInteger());
    }
    clickNext();
    QCOMPARE(summaryFigures(QStringLiteral("Unique external")).second, countsNow().unique.external);
}

void TestImportWizard::delimiterOverride()
{
    const QString file = copyFixture(importDir + QStringLiteral("/sep-line.csv"));
    openWindow();
    startWizard(file, QStringLiteral("prod-eu"));
    clickNext();
    auto *delimiter = find<QComboBox>(QStringLiteral("delimiterCombo"));
    auto *table = find<QTableWidget>(QStringLiteral("previewTable"));
    auto *message = find<MessageWidget>(QStringLiteral("mappingMessage"));
    QCOMPARE(delimiter->currentText(), QStringLiteral("Detected: semicolon"));
    QVERIFY(find<QLabel>(QStringLiteral("headerLabel"))->text().contains(QStringLiteral("sep=")));
    QCOMPARE(table->columnCount(), 3);

    // A comma makes one column no field is known by: the reader's refusal is shown and Next is disabled.
    delimiter->setCurrentIndex(delimiter->findData(QStringLiteral(",")));
    emit delimiter->activated(delimiter->currentIndex());
    QCOMPARE(table->columnCount(), 1);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("not a user export")), qPrintable(message->text()));
    QVERIFY(!button(QWizard::NextButton)->isEnabled());

    delimiter->setCurrentIndex(delimiter->findData(QStringLiteral(";")));
    emit delimiter->activated(delimiter->currentIndex());
    QCOMPARE(table->columnCount(), 3);
    QVERIFY(!message->isVisible());
    QVERIFY(button(QWizard::NextButton)->isEnabled());
    validate();
    importAndWait();
    QCOMPARE(runtimeRecords(QStringLiteral("prod-eu")), 1);
}

void TestImportWizard::badRowListedThenSkipped()
{
    const QString file = copyFixture(wizardDir + QStringLiteral("/bad-row.csv"));
    openWindow();
    startWizard(file, QStringLiteral("prod-eu"));
    clickNext();
    validate();

    auto *problems = find<QTableWidget>(QStringLiteral("problemTable"));
    QVERIFY(problems->isVisible());
    QCOMPARE(problems->rowCount(), 1);
    QCOMPARE(problems->item(0, 0)->text(), QStringLiteral("4")); // line
    QCOMPARE(problems->item(0, 1)->text(), QStringLiteral("47")); // column
    QCOMPARE(problems->item(0, 2)->text(), QStringLiteral("Is_Active"));
    QVERIFY2(
        problems->item(0, 3)->text().contains(QStringLiteral("perhaps")), qPrintable(problems->item(0, 3)->text()));
    QVERIFY(problems->item(0, 3)->toolTip().startsWith(QStringLiteral("bad-row.csv:4:47: Is_Active: ")));
    QVERIFY(find<QLabel>(QStringLiteral("validationStatusLabel"))
                ->text()
                .contains(QStringLiteral("4 records can be imported; 1 row(s) cannot")));

    // Stop is the default; choosing Skip turns the button back into Import.
    auto *stop = find<QRadioButton>(QStringLiteral("stopRadio"));
    auto *skip = find<QRadioButton>(QStringLiteral("skipRadio"));
    QVERIFY(find<QGroupBox>(QStringLiteral("badRowsBox"))->isVisible());
    QVERIFY(stop->isChecked());
    QCOMPARE(button(QWizard::CommitButton)->text(), QStringLiteral("&Stop"));
    QTest::mouseClick(skip, Qt::LeftButton);
    QVERIFY(skip->isChecked());
    QCOMPARE(button(QWizard::CommitButton)->text(), QStringLiteral("&Import"));

    importAndWait();
    QCOMPARE(find<MessageWidget>(QStringLiteral("importResult"))->text(),
        QStringLiteral("Imported 4 records into prod-eu."));
    clickNext();
    QCOMPARE(summaryNumber(QStringLiteral("summaryAdded")), 4);
    QCOMPARE(summaryNumber(QStringLiteral("summarySkipped")), 1);

    auto opened = Workspace::open(m_dbPath);
    VERIFY_OK(opened);
    const auto infra = opened.value()->infrastructureStore().infrastructure();
    const auto runtime = opened.value()->runtimeStore().runtime(infra->id, QStringLiteral("prod-eu"));
    VERIFY_OK(runtime);
    QCOMPARE(runtime->records, 4);
    RecordRef ref;
    ref.runtimeId = runtime->id;
    ref.username = QStringLiteral("ccole");
    QVERIFY(!opened.value()->userQueries().findRecords(ref).ok()); // the bad row
    ref.username = QStringLiteral("ddunn");
    VERIFY_OK(opened.value()->userQueries().findRecords(ref)); // the row after it
}

void TestImportWizard::stopImportsNothing()
{
    const QString file = copyFixture(wizardDir + QStringLiteral("/bad-row.csv"));
    openWindow();
    const Counts before = countsNow();
    QCOMPARE(runtimeRecords(QStringLiteral("prod-us")), 175);

    startWizard(file, QStringLiteral("prod-us")); // an existing runtime that Replace would empty
    QVERIFY(find<QLabel>(QStringLiteral("runtimeHintLabel"))->text().startsWith(QStringLiteral("Existing runtime")));
    clickNext();
    validate();
    QVERIFY(find<QGroupBox>(QStringLiteral("modeBox"))->isEnabled());
    QVERIFY(find<QRadioButton>(QStringLiteral("replaceRadio"))->isChecked());
    QVERIFY(find<QRadioButton>(QStringLiteral("stopRadio"))->isChecked());
    importAndWait();

    auto *result = find<MessageWidget>(QStringLiteral("importResult"));
    QVERIFY2(result->text().startsWith(QStringLiteral("Nothing was imported")), qPrintable(result->text()));
    QVERIFY(result->text().contains(QStringLiteral("unchanged")));
    QVERIFY(!find<QProgressBar>(QStringLiteral("importProgress"))->isVisible());
    // The wizard ends here.
    QAbstractButton *finish = button(QWizard::FinishButton);
    QVERIFY(finish->isVisible() && finish->isEnabled());
    QVERIFY(!button(QWizard::NextButton)->isVisible());
    QTest::mouseClick(finish, Qt::LeftButton);
    QTRY_VERIFY(!wizard());

    QCOMPARE(countsNow(), before);
    QCOMPARE(runtimeRecords(QStringLiteral("prod-us")), 175);
    QCOMPARE(runtimeRecords(QStringLiteral("prod-eu")), -1); // not even the runtime was created
    QVERIFY(m_settings->recentImportFiles().isEmpty());
}

// SPEC §3: a replace that would remove more than half of a runtime asks first, saying who would go; "No" leaves the
// workspace exactly as it was, "Yes" imports.
void TestImportWizard::shrinkingReplaceAsksFirst_data()
{
    QTest::addColumn<bool>("confirm");
    QTest::newRow("declined") << false;
    QTest::newRow("confirmed") << true;
}

void TestImportWizard::shrinkingReplaceAsksFirst()
{
    QFETCH(bool, confirm);
    const QString file = m_dir->filePath(QStringLiteral("three-users.csv"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Id,Name,Username,Email,Last_Login,Is_Active\n1,Ana,ana,ana@acme.com,2026-11-01,True\n"
            "2,Bob,bob,bob@x.org,2026-11-01,True\n3,Cy,cy,cy@x.org,2026-11-01,True\n");
    f.close();
    openWindow();
    const Counts before = countsNow();
    QCOMPARE(runtimeRecords(QStringLiteral("prod-us")), 175);

    startWizard(file, QStringLiteral("prod-us"));
    clickNext();
    validate();
    MessageBox::setNextAnswer(confirm ? QMessageBox::Yes : QMessageBox::No);
    importAndWait();
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("would remove 175 of the runtime's 175 records")),
             qPrintable(MessageBox::lastText()));
    auto *result = find<MessageWidget>(QStringLiteral("importResult"));
    if (confirm) {
        QTRY_VERIFY2_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("Imported 3 records")), qPrintable(result->text()), 60000);
        QCOMPARE(runtimeRecords(QStringLiteral("prod-us")), 3);
    } else {
        QVERIFY2(result->text().contains(QStringLiteral("unchanged")), qPrintable(result->text()));
        QCOMPARE(countsNow(), before);
        QCOMPARE(runtimeRecords(QStringLiteral("prod-us")), 175);
    }
}

void TestImportWizard::cancelMidImportLeavesCountsExactlyAsBefore_data()
{
    // The file streams into the import's transaction: records are classified (and kept) while it is read, and
    // written after. Cancel in either phase.
    QTest::addColumn<bool>("whileReading");
    QTest::newRow("while writing") << false;
    QTest::newRow("while reading") << true;
}

void TestImportWizard::cancelMidImportLeavesCountsExactlyAsBefore()
{
    QFETCH(bool, whileReading);
    // A large generated export replacing prod-us; Cancel once the records are being read, or written.
    const QString path = m_dir->filePath(QStringLiteral("prod-us-large.csv"));
    const int rows = 200000;
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray text("Id,Name,Username,Email,Last_Login,Is_Active\n");
        text.reserve(rows * 80);
        for (int i = 1; i <= rows; ++i) {
            const QByteArray n = QByteArray::number(i);
            text += n + ",User " + n + ",user" + n + ",user" + n + (i % 4 ? "@acme.com" : "@partner.example")
                + ",2026-01-0" + QByteArray::number(1 + i % 9) + ',' + (i % 10 ? "true" : "false") + '\n';
        }
        QCOMPARE(file.write(text), text.size());
    }
    openWindow();
    const Counts before = countsNow();
    QCOMPARE(before, m_window->session()->counts());
    auto *gaugeInternal = m_window->findChild<GaugeWidget *>(QStringLiteral("gaugeInternal"));
    const qint64 internalShown = gaugeInternal->used();

    startWizard(path, QStringLiteral("prod-us"));
    clickNext();
    QVERIFY(find<QLabel>(QStringLiteral("estimateLabel"))->text().startsWith(QStringLiteral("about ")));
    validate();
    QVERIFY(find<QLabel>(QStringLiteral("validationStatusLabel"))
                ->text()
                .contains(QStringLiteral("all %1 records").arg(QLocale().toString(rows))));

    QAbstractButton *commit = button(QWizard::CommitButton);
    QTest::mouseClick(commit, Qt::LeftButton);
    QCOMPARE(wizard()->currentId(), int(ImportWizard::ImportPageId));
    auto *phase = find<QLabel>(QStringLiteral("importPhaseLabel"));
    auto *progress = find<QProgressBar>(QStringLiteral("importProgress"));
    auto *result = find<MessageWidget>(QStringLiteral("importResult"));
    QElapsedTimer clock;
    clock.start();
    if (whileReading) {
        // Cancel once batches have been read and classified (progress comes every 4096 records).
        while (!(phase->text().startsWith(QStringLiteral("Reading prod-us-large.csv: ")) && progress->value() > 0)
               && !result->isVisible() && clock.elapsed() < 120000)
            QTest::qWait(1);
        QVERIFY2(phase->text().startsWith(QStringLiteral("Reading")), qPrintable(phase->text()));
    } else {
        // Wait for the write phase, polling often so that Cancel comes early in it.
        bool sawReading = false;
        while (!phase->text().startsWith(QStringLiteral("Writing")) && !result->isVisible()
               && clock.elapsed() < 120000) {
            sawReading = sawReading || phase->text().startsWith(QStringLiteral("Reading prod-us-large.csv: "));
            QTest::qWait(1);
        }
        QVERIFY2(phase->text().startsWith(QStringLiteral("Writing")), qPrintable(phase->text()));
        QVERIFY(sawReading);
        // Cancel once records have been written inside the transaction (progress comes every 4096 records), so
        // the rollback has something to undo.
        while (progress->value() == 0 && !result->isVisible() && clock.elapsed() < 120000)
            QTest::qWait(1);
        const QString rate = find<QLabel>(QStringLiteral("importRateLabel"))->text();
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9,]+ records/s · about .+ left$")).match(rate).hasMatch(),
            qPrintable(rate));
    }
    QVERIFY(!result->isVisible()); // still running
    QCOMPARE(progress->maximum(), 1000);
    QVERIFY(progress->value() > 0 && progress->value() < 1000);

    QAbstractButton *cancel = button(QWizard::CancelButton);
    QVERIFY(cancel->isVisible() && cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(wizard()->isVisible()); // Cancel while importing cancels the import, not the wizard
    QVERIFY(phase->text().startsWith(QStringLiteral("Cancelling")));
    QTRY_VERIFY_WITH_TIMEOUT(result->isVisible(), 60000);
    QCOMPARE(result->type(), MessageWidget::Type::Warning);
    QCOMPARE(result->text(), QStringLiteral("Import cancelled. The workspace is unchanged."));
    QVERIFY(!button(QWizard::NextButton)->isEnabled());
    QCOMPARE(cancel->text(), QStringLiteral("Close"));

    // Exactly as before: the maintained counts, a recount from scratch, the runtime's records, the file itself.
    QCOMPARE(countsNow(), before);
    {
        auto opened = Workspace::open(m_dbPath);
        VERIFY_OK(opened);
        const auto infra = opened.value()->infrastructureStore().infrastructure();
        const auto recount = opened.value()->recount(infra->id);
        VERIFY_OK(recount);
        QCOMPARE(recount.value(), before);
        QSqlQuery check(opened.value()->database());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    }
    QCOMPARE(runtimeRecords(QStringLiteral("prod-us")), 175);
    QCOMPARE(gaugeInternal->used(), internalShown);

    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY(!wizard());
    QVERIFY(m_settings->recentImportFiles().isEmpty());
}

void TestImportWizard::droppedFileOpensWizard()
{
    const QString file = copyFixture(samplesDir + QStringLiteral("/prod-eu.csv"));
    const QString other = copyFixture(wizardDir + QStringLiteral("/bad-row.csv"));

    // Without a workspace a drop is refused.
    m_window = std::make_unique<MainWindow>(*m_settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->acceptDrops());
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(file) });
    {
        QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(!enter.isAccepted());
    }
    QVERIFY(m_window->openWorkspace(m_dbPath));

    // Not an import: a web address, two files, a folder.
    QMimeData web;
    web.setUrls({ QUrl(QStringLiteral("https://example.com/prod-eu.csv")) });
    QMimeData two;
    two.setUrls({ QUrl::fromLocalFile(file), QUrl::fromLocalFile(other) });
    QMimeData folder;
    folder.setUrls({ QUrl::fromLocalFile(m_dir->path()) });
    for (QMimeData *refused : { &web, &two, &folder }) {
        QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, refused, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(!enter.isAccepted());
    }

    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QVERIFY(!wizard());
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QVERIFY(drop.isAccepted());
    QTRY_VERIFY(wizard() && wizard()->isVisible());
    QCOMPARE(wizard()->currentId(), int(ImportWizard::FilePageId));
    QCOMPARE(QDir::fromNativeSeparators(find<QLineEdit>(QStringLiteral("fileEdit"))->text()), file);
    QCOMPARE(find<QComboBox>(QStringLiteral("runtimeCombo"))->currentText(), QStringLiteral("prod-eu"));
    QVERIFY(button(QWizard::NextButton)->isEnabled());

    // File → Import… while it is open brings the same wizard forward, file kept.
    m_window->findChild<QAction *>(QStringLiteral("actionImport"))->trigger();
    QCOMPARE(m_window->findChildren<ImportWizard *>().size(), 1);
    QCOMPARE(QDir::fromNativeSeparators(find<QLineEdit>(QStringLiteral("fileEdit"))->text()), file);

    // Cancel on the first page simply closes.
    QTest::mouseClick(button(QWizard::CancelButton), Qt::LeftButton);
    QTRY_VERIFY(!wizard());
}

void TestImportWizard::recentFileListChoosesFile()
{
    const QString file = copyFixture(samplesDir + QStringLiteral("/prod-eu.csv"));
    m_settings->addRecentImportFile(m_dir->filePath(QStringLiteral("gone.csv")));
    m_settings->addRecentImportFile(file);
    openWindow();
    m_window->findChild<QAction *>(QStringLiteral("actionImport"))->trigger();
    QTRY_VERIFY(wizard() && wizard()->isVisible());
    auto *list = find<QListWidget>(QStringLiteral("recentFilesList"));
    QVERIFY(list && list->isVisible());
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(0)->text(), QStringLiteral("prod-eu.csv"));
    QVERIFY(!(list->item(1)->flags() & Qt::ItemIsEnabled)); // no longer there
    QVERIFY(!button(QWizard::NextButton)->isEnabled());
    list->scrollToItem(list->item(0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, list->visualItemRect(list->item(0)).center());
    QCOMPARE(QDir::fromNativeSeparators(find<QLineEdit>(QStringLiteral("fileEdit"))->text()), file);
    QVERIFY(button(QWizard::NextButton)->isEnabled());
}

void TestImportWizard::runtimeSuggestedByFileName_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("suggested");
    const QStringList runtimes { QStringLiteral("prod"), QStringLiteral("prod-eu"), QStringLiteral("Prod-US") };
    QTest::newRow("exact") << QStringLiteral("prod-eu") << QStringLiteral("prod-eu");
    QTest::newRow("any case") << QStringLiteral("PROD-EU") << QStringLiteral("prod-eu");
    QTest::newRow("longest with a date") << QStringLiteral("prod-eu-users-2026-11-29") << QStringLiteral("prod-eu");
    QTest::newRow("after a prefix") << QStringLiteral("export_prod-us") << QStringLiteral("Prod-US");
    QTest::newRow("not inside a word") << QStringLiteral("production") << QStringLiteral("production");
    QTest::newRow("unknown: the name itself") << QStringLiteral("staging") << QStringLiteral("staging");
    QVERIFY(!runtimes.isEmpty());
}

void TestImportWizard::runtimeSuggestedByFileName()
{
    QFETCH(QString, base);
    QFETCH(QString, suggested);
    const QStringList runtimes { QStringLiteral("prod"), QStringLiteral("prod-eu"), QStringLiteral("Prod-US") };
    QCOMPARE(ImportWizardFilePage::suggestRuntime(base, runtimes), suggested);
}

void TestImportWizard::binaryFileGetsShortMessage_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("xlsx") << QByteArrayLiteral("PK\x03\x04\x14\x00\x06\x00rest of a workbook");
    QTest::newRow("pdf") << QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n");
    QTest::newRow("sqlite") << QByteArrayLiteral("SQLite format 3\x00\x10\x00");
    QTest::newRow("nul bytes") << QByteArrayLiteral("\x7F" "ELF\x02\x01\x01\x00\x00\x00\x00");
}

void TestImportWizard::binaryFileGetsShortMessage()
{
    QFETCH(QByteArray, bytes);
    const QString path = m_dir->filePath(QStringLiteral("not-an-export.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes.repeated(200));
    f.close();
    const auto preview = ImportWizardPreview::analyze(path);
    QVERIFY(!preview.ok());
    QVERIFY2(preview.error().size() < 200, qPrintable(preview.error()));
    QVERIFY2(preview.error().contains(QStringLiteral("not a user export")), qPrintable(preview.error()));
    QVERIFY(ImportWizardPreview::binaryKind("Id,Username\r\n1,ana\r\n").isEmpty());
    QVERIFY(ImportWizardPreview::binaryKind(QByteArrayLiteral("\xFF\xFEI\0d\0")).isEmpty()); // UTF-16 text
}

void TestImportWizard::importIsUndoable()
{
    openWindow();
    WorkspaceSession *session = m_window->session();
    QUndoStack *stack = session->undoStack();
    // A decision first: the import adds to the history instead of emptying it.
    UserFilter anyUs;
    anyUs.infraId = session->currentInfrastructureId();
    anyUs.status = RecordStatus::Counted;
    anyUs.limit = 1;
    const auto first = session->workspace()->userQueries().users(anyUs);
    VERIFY_OK(first);
    QCOMPARE(first->size(), 1);
    const auto usRuntime = session->workspace()->runtimeStore().runtime(anyUs.infraId, first->first().runtime);
    VERIFY_OK(usRuntime);
    VERIFY_OK(session->setDeactivated({ { usRuntime->id, first->first().record.username, first->first().record.tenant } }, true));
    QCOMPARE(stack->count(), 1);
    const Counts beforeImport = countsNow();

    // A new runtime: undo removes it, redo brings it back.
    const QString file = copyFixture(samplesDir + QStringLiteral("/prod-eu.csv"));
    startWizard(file, QStringLiteral("prod-eu"));
    clickNext();
    validate();
    importAndWait();
    wizard()->close();
    QTRY_VERIFY(!wizard()); // closed and deleted: the next File → Import opens a new one
    QTRY_COMPARE(stack->count(), 2);
    QCOMPARE(stack->undoText(), QStringLiteral("Import prod-eu.csv into prod-eu"));
    const Counts afterImport = countsNow();
    QCOMPARE(runtimeRecords(QStringLiteral("prod-eu")), 165);
    QVERIFY(!(afterImport == beforeImport));

    // A replace of that runtime by a smaller export (100 of its 165 records): undo restores the 165.
    QFile full(file);
    QVERIFY(full.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = full.readAll().split('\n');
    const QString smaller = m_dir->filePath(QStringLiteral("prod-eu-small.csv"));
    QFile small(smaller);
    QVERIFY(small.open(QIODevice::WriteOnly));
    small.write(lines.mid(0, 101).join('\n') + '\n');
    small.close();
    startWizard(smaller, QStringLiteral("prod-eu"));
    clickNext();
    validate();
    importAndWait();
    wizard()->close();
    QTRY_VERIFY(!wizard());
    QTRY_COMPARE(stack->count(), 3);
    QCOMPARE(runtimeRecords(QStringLiteral("prod-eu")), 100);
    const Counts afterReplace = countsNow();

    QVERIFY(hc::test::triggerAction(m_window.get(), QStringLiteral("actionUndo")));
    QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy(), 30000);
    QCOMPARE(runtimeRecords(QStringLiteral("prod-eu")), 165);
    QCOMPARE(countsNow(), afterImport);
    QVERIFY(hc::test::triggerAction(m_window.get(), QStringLiteral("actionUndo")));
    QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy(), 30000);
    QVERIFY(!session->workspace()->runtimeStore().runtime(anyUs.infraId, QStringLiteral("prod-eu")).ok());
    QCOMPARE(countsNow(), beforeImport);
    // The decision made before the imports is still there, and still undoable.
    QVERIFY(hc::test::triggerAction(m_window.get(), QStringLiteral("actionRedo")));
    QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy(), 30000);
    QCOMPARE(countsNow(), afterImport);
    QVERIFY(hc::test::triggerAction(m_window.get(), QStringLiteral("actionRedo")));
    QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy(), 30000);
    QCOMPARE(countsNow(), afterReplace);
    const auto recount = session->workspace()->recount(anyUs.infraId);
    VERIFY_OK(recount);
    QCOMPARE(*recount, afterReplace);
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
