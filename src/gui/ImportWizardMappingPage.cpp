#include "ImportWizardMappingPage.h"

#include "MessageWidget.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hc {

namespace {

using Field = FieldMapping::Field;

QString describeDelimiter(QChar delimiter)
{
    if (delimiter == u'\t')
        return ImportWizardMappingPage::tr("tab");
    if (delimiter == u',')
        return ImportWizardMappingPage::tr("comma");
    if (delimiter == u';')
        return ImportWizardMappingPage::tr("semicolon");
    return QStringLiteral("'%1'").arg(delimiter);
}

// Tinted, not replaced: the colour works on light and dark palettes alike.
QBrush problemBrush()
{
    return QBrush(QColor(0xd1, 0x38, 0x2f, 70));
}

} // namespace

ImportWizardMappingPage::ImportWizardMappingPage(ImportWizardPlan &plan, QWidget *parent)
    : QWizardPage(parent)
    , m_plan(plan)
    , m_formatLabel(new QLabel(this))
    , m_encodingLabel(new QLabel(this))
    , m_delimiterCombo(new QComboBox(this))
    , m_headerLabel(new QLabel(this))
    , m_estimateLabel(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_statusLabel(new QLabel(this))
    , m_message(new MessageWidget(this))
{
    setObjectName(QStringLiteral("importMappingPage"));
    setTitle(tr("Format and column mapping"));
    setSubTitle(tr("Check what was detected and which field each column gives. Password columns are never "
                   "imported; columns left as \"Ignored\" are not read."));

    m_formatLabel->setObjectName(QStringLiteral("formatLabel"));
    m_encodingLabel->setObjectName(QStringLiteral("encodingLabel"));
    m_delimiterCombo->setObjectName(QStringLiteral("delimiterCombo"));
    m_delimiterCombo->setAccessibleName(tr("Delimiter"));
    m_delimiterCombo->addItem(tr("Detected"), QString());
    m_delimiterCombo->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_delimiterCombo->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_delimiterCombo->addItem(tr("Tab"), QStringLiteral("\t"));
    m_headerLabel->setObjectName(QStringLiteral("headerLabel"));
    m_estimateLabel->setObjectName(QStringLiteral("estimateLabel"));
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setAccessibleName(tr("Preview of the first rows"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setDefaultSectionSize(150);
    m_statusLabel->setObjectName(QStringLiteral("mappingStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("mappingMessage"));
    m_message->hide();

    auto *left = new QFormLayout;
    left->addRow(tr("Format:"), m_formatLabel);
    left->addRow(tr("Encoding:"), m_encodingLabel);
    auto *delimiterLabel = new QLabel(tr("&Delimiter:"), this);
    delimiterLabel->setBuddy(m_delimiterCombo);
    left->addRow(delimiterLabel, m_delimiterCombo);
    auto *right = new QFormLayout;
    right->addRow(tr("Header:"), m_headerLabel);
    right->addRow(tr("Records:"), m_estimateLabel);
    auto *facts = new QHBoxLayout;
    facts->addLayout(left);
    facts->addSpacing(24);
    facts->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(facts);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_statusLabel);

    connect(m_delimiterCombo, &QComboBox::activated, this, &ImportWizardMappingPage::delimiterChosen);
}

void ImportWizardMappingPage::initializePage()
{
    const int index
        = m_delimiterCombo->findData(m_plan.options.delimiter.isNull() ? QString() : QString(m_plan.options.delimiter));
    m_delimiterCombo->setCurrentIndex(qMax(0, index));
    showPreview();
}

void ImportWizardMappingPage::showPreview()
{
    const ImportWizardPreview &preview = *m_plan.preview;
    const bool csv = preview.format == ExportFormat::Csv;
    m_formatLabel->setText(csv ? tr("CSV") : tr("JSON"));
    m_encodingLabel->setText(preview.encoding);
    m_delimiterCombo->setEnabled(csv);
    m_delimiterCombo->setItemText(0,
        csv && m_plan.options.delimiter.isNull() ? tr("Detected: %1").arg(describeDelimiter(preview.delimiter))
                                                 : tr("Detect"));
    if (csv) {
        QString header = tr("line %1, %Ln column(s)", nullptr, int(preview.columns.size())).arg(preview.headerLine);
        if (preview.hadSepLine)
            header += tr(" (after Excel's \"sep=\" line)");
        m_headerLabel->setText(header);
    } else {
        m_headerLabel->setText(tr("%Ln key(s) in the records", nullptr, int(preview.columns.size())));
    }
    m_estimateLabel->setText(preview.exactCount
            ? QLocale().toString(preview.estimatedRecords)
            : tr("about %1 (estimated from the first rows)").arg(QLocale().toString(preview.estimatedRecords)));

    // Emptied first: the old combos go with their cells.
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    m_combos.clear();
    const int columns = int(preview.columns.size());
    m_table->setColumnCount(columns);
    m_table->setRowCount(int(preview.rows.size()) + 1);
    QStringList headers;
    for (const QString &column : preview.columns)
        headers << (column.isEmpty() ? tr("(no name)") : column);
    m_table->setHorizontalHeaderLabels(headers);
    QStringList rowLabels { tr("Field") };
    for (const qint64 line : preview.rowLines)
        rowLabels << (line > 0 ? QString::number(line) : QString());
    m_table->setVerticalHeaderLabels(rowLabels);

    const QStringList fields = FieldMapping::fieldNames();
    for (int column = 0; column < columns; ++column) {
        const QString name = preview.columns.at(column);
        auto *combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("mappingCombo%1").arg(column));
        combo->setAccessibleName(tr("Field for column %1").arg(headers.at(column)));
        Field field = FieldMapping::fieldForColumn(name);
        if (field == Field::Password) {
            // Shown so nobody wonders where it went; never selectable, never read.
            combo->addItem(tr("Never imported"), FieldMapping::fieldName(Field::Password));
            combo->setEnabled(false);
            combo->setToolTip(tr("Password hashes are never stored or shown."));
        } else {
            combo->addItem(tr("Ignored"), QString());
            for (const QString &fieldName : fields) {
                if (FieldMapping::fieldForColumn(fieldName) != Field::Password)
                    combo->addItem(fieldName, fieldName);
            }
            const auto chosen = m_plan.options.columnMapping.constFind(name);
            if (chosen != m_plan.options.columnMapping.cend())
                field = chosen->isEmpty() ? Field::Ignored : FieldMapping::fieldForColumn(*chosen);
            combo->setCurrentIndex(qMax(0, combo->findData(FieldMapping::fieldName(field))));
            connect(combo, &QComboBox::currentIndexChanged, this, [this, column] { mappingChosen(column); });
        }
        m_table->setCellWidget(0, column, combo);
        m_combos << combo;
    }
    for (int row = 0; row < preview.rows.size(); ++row) {
        const QStringList &cells = preview.rows.at(row);
        for (int column = 0; column < columns; ++column) {
            QString text = cells.value(column);
            if (comboField(column) == Field::Password && !text.isEmpty())
                text = QStringLiteral("••••••"); // SPEC §3: never shown
            auto *item = new QTableWidgetItem(text.left(500));
            m_table->setItem(row + 1, column, item);
        }
    }
    reread();
}

void ImportWizardMappingPage::delimiterChosen()
{
    const QString data = m_delimiterCombo->currentData().toString();
    const QChar delimiter = data.isEmpty() ? QChar() : data.at(0);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<ImportWizardPreview> preview = ImportWizardPreview::analyze(m_plan.filePath, delimiter);
    QApplication::restoreOverrideCursor();
    if (!preview) {
        m_message->showMessage(
            tr("Cannot read the file with this delimiter: %1").arg(preview.error()), MessageWidget::Type::Error);
        m_message->show();
        m_ok = false;
        emit completeChanged();
        return;
    }
    m_plan.options.delimiter = delimiter;
    m_plan.preview = std::move(preview).value();
    showPreview();
}

Field ImportWizardMappingPage::comboField(int column) const
{
    return FieldMapping::fieldForColumn(m_combos.at(column)->currentData().toString());
}

void ImportWizardMappingPage::mappingChosen(int column)
{
    // One field comes from one column: choosing it for this column takes it from the column that had it.
    // Columns of the same name cannot be told apart by the reader's mapping, so they follow each other.
    const QStringList &columns = m_plan.preview->columns;
    const Field field = comboField(column);
    const int index = m_combos.at(column)->currentIndex();
    for (int other = 0; other < m_combos.size(); ++other) {
        QComboBox *combo = m_combos.at(other);
        if (other == column || !combo->isEnabled())
            continue;
        QSignalBlocker blocker(combo);
        if (columns.at(other) == columns.at(column))
            combo->setCurrentIndex(index);
        else if (field != Field::Ignored && comboField(other) == field)
            combo->setCurrentIndex(0);
    }
    reread();
}

QHash<QString, QString> ImportWizardMappingPage::chosenMapping() const
{
    QHash<QString, QString> mapping;
    for (int column = 0; column < m_combos.size(); ++column) {
        const Field field = comboField(column);
        if (field != Field::Password) // left to the reader, which drops it by name
            mapping.insert(m_plan.preview->columns.at(column), FieldMapping::fieldName(field));
    }
    return mapping;
}

void ImportWizardMappingPage::reread()
{
    const ImportWizardPreview &preview = *m_plan.preview;
    m_plan.options.columnMapping = chosenMapping();
    ReadOptions options = m_plan.readOptions();
    options.skipBadRows = true; // every problem of the previewed rows, not only the first
    const Result<ExportData> data = ExportReader::readBytes(preview.sample, preview.fileName, options);

    // Columns that will not be read are greyed; cells with a problem are tinted and say why.
    const QBrush ignored = palette().brush(QPalette::Disabled, QPalette::Text);
    for (int row = 1; row < m_table->rowCount(); ++row) {
        for (int column = 0; column < m_table->columnCount(); ++column) {
            QTableWidgetItem *item = m_table->item(row, column);
            const Field field = comboField(column);
            item->setForeground(field == Field::Ignored || field == Field::Password ? ignored : QBrush());
            item->setBackground(QBrush());
            item->setToolTip(QString());
        }
    }
    if (!data) {
        m_message->showMessage(
            tr("With this mapping the file cannot be imported: %1").arg(data.error()), MessageWidget::Type::Error);
        m_message->show();
        m_statusLabel->clear();
        m_ok = false;
        emit completeChanged();
        return;
    }
    m_message->hideMessage();
    m_message->hide();
    QSet<int> badRows;
    for (const ImportProblem &problem : data->skipped) {
        const int row = preview.rowOfProblemLine(problem.line);
        if (row < 0)
            continue;
        badRows.insert(row);
        const int column = problem.field.isEmpty() ? -1 : int(preview.columns.indexOf(problem.field));
        for (int c = 0; c < m_table->columnCount(); ++c) {
            if (column >= 0 && c != column)
                continue;
            QTableWidgetItem *item = m_table->item(row + 1, c);
            item->setBackground(problemBrush());
            item->setToolTip(problem.message);
        }
    }
    QString status = badRows.isEmpty()
        ? tr("The %Ln previewed row(s) read cleanly with this mapping.", nullptr, int(preview.rows.size()))
        : tr("%1 of the %Ln previewed row(s) have a problem with this mapping (tinted; hover for the reason). "
             "The validation step lists every problem in the file.",
            nullptr, int(preview.rows.size()))
              .arg(badRows.size());
    if (!data->unknownColumns.isEmpty())
        status += u' ' + tr("Ignored columns: %1.").arg(data->unknownColumns.join(QLatin1String(", ")));
    m_statusLabel->setText(status);
    m_ok = true;
    emit completeChanged();
}

bool ImportWizardMappingPage::isComplete() const
{
    return m_ok;
}

bool ImportWizardMappingPage::validatePage()
{
    m_plan.options.columnMapping = chosenMapping();
    return m_ok;
}

} // namespace hc
