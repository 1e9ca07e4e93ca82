#include "CsvMappingDialog.h"

#include "Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

using Field = CsvMapping::Field;

constexpr int PreviewRows = 20;

// The order people think in: what identifies the invoice, who owes it, when, how much; then the optional fields.
constexpr std::array<Field, CsvMapping::FieldCount> DisplayOrder = {
    Field::Number,   Field::CustomerName, Field::CustomerCode, Field::IssueDate, Field::DueDate,  Field::Amount,
    Field::OpenAmount, Field::AmountExcl, Field::Kind,         Field::Currency,  Field::Siren,    Field::VatNumber,
};

const QColor RejectedRow(0xFD, 0xEC, 0xEA);
const QColor RejectedCell(0xF5, 0xB7, 0xB1);

// The reference the mapping stores for column `c`: its header name when that name is unique, else its 1-based index.
QString referenceFor(const QStringList &header, int c)
{
    const QString name = header.at(c).trimmed();
    if (name.isEmpty())
        return QString::number(c + 1);
    int same = 0;
    for (const QString &h : header)
        if (h.trimmed().compare(name, Qt::CaseInsensitive) == 0)
            ++same;
    return same == 1 ? name : QString::number(c + 1);
}

QString delimiterText(QChar d)
{
    if (d == u'\t')
        return CsvMappingDialog::tr("tab");
    if (d == u' ')
        return CsvMappingDialog::tr("space");
    return QString(d);
}

QString encodingText(const QString &encoding)
{
    if (encoding == u"utf-8-bom")
        return CsvMappingDialog::tr("UTF-8 with BOM");
    if (encoding == u"utf-8")
        return QStringLiteral("UTF-8");
    if (encoding == u"windows-1252")
        return QStringLiteral("Windows-1252");
    if (encoding == u"mixed")
        return CsvMappingDialog::tr("UTF-8 mixed with Windows-1252");
    return encoding.isEmpty() ? CsvMappingDialog::tr("unknown") : encoding;
}

// "31/12/2025" for "dd/MM/yyyy": a format shown as a date people recognise.
QString dateFormatText(const QString &format)
{
    if (format.isEmpty())
        return CsvMappingDialog::tr("none seen");
    return QDate(2025, 12, 31).toString(format);
}

} // namespace

CsvMappingDialog::CsvMappingDialog(Database &db, const QString &file, const CsvMapping &mapping, QWidget *parent)
    : QDialog(parent), m_db(db), m_file(file), m_mapping(mapping)
{
    setObjectName(QStringLiteral("csvMappingDialog"));
    setSizeGripEnabled(true);
    buildUi();
    retranslate();
    refreshPresets();
    refresh();
    resize(1120, 690);
}

QString CsvMappingDialog::fieldTitle(Field field)
{
    switch (field) {
    case Field::CustomerCode:
        return tr("Customer code");
    case Field::CustomerName:
        return tr("Customer name");
    case Field::Siren:
        return tr("SIREN");
    case Field::VatNumber:
        return tr("VAT number");
    case Field::Number:
        return tr("Invoice number");
    case Field::Kind:
        return tr("Type (invoice or credit note)");
    case Field::IssueDate:
        return tr("Invoice date");
    case Field::DueDate:
        return tr("Due date");
    case Field::Amount:
        return tr("Amount incl. VAT");
    case Field::AmountExcl:
        return tr("Amount excl. VAT");
    case Field::OpenAmount:
        return tr("Amount still due");
    case Field::Currency:
        return tr("Currency");
    }
    return {};
}

bool CsvMappingDialog::isMandatory(Field field)
{
    return field == Field::Number || field == Field::CustomerName || field == Field::IssueDate || field == Field::Amount;
}

void CsvMappingDialog::buildUi()
{
    m_introLabel = new QLabel(this);
    m_introLabel->setObjectName(QStringLiteral("introLabel"));
    m_introLabel->setWordWrap(true);

    // Columns: two field/combo pairs a row, so that the twelve fields fit beside the format.
    auto *columnsBox = new QGroupBox(this);
    columnsBox->setObjectName(QStringLiteral("columnsBox"));
    m_columnsBox = columnsBox;
    auto *grid = new QGridLayout(columnsBox);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(6);
    for (int i = 0; i < CsvMapping::FieldCount; ++i) {
        const Field f = DisplayOrder[size_t(i)];
        const int fi = int(f);
        auto *label = new QLabel(columnsBox);
        auto *combo = new QComboBox(columnsBox);
        combo->setObjectName(QStringLiteral("columnCombo_") + CsvMapping::fieldKey(f));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
        label->setBuddy(combo);
        m_columnLabels[size_t(fi)] = label;
        m_columnCombos[size_t(fi)] = combo;
        grid->addWidget(label, i / 2, (i % 2) * 2);
        grid->addWidget(combo, i / 2, (i % 2) * 2 + 1);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, fi] { columnChosen(fi); });
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    auto *formatBox = new QGroupBox(this);
    formatBox->setObjectName(QStringLiteral("formatBox"));
    m_formatBox = formatBox;
    m_delimiterLabel = new QLabel(formatBox);
    m_delimiterCombo = new QComboBox(formatBox);
    m_delimiterCombo->setObjectName(QStringLiteral("delimiterCombo"));
    m_encodingLabel = new QLabel(formatBox);
    m_encodingCombo = new QComboBox(formatBox);
    m_encodingCombo->setObjectName(QStringLiteral("encodingCombo"));
    m_decimalLabel = new QLabel(formatBox);
    m_decimalCombo = new QComboBox(formatBox);
    m_decimalCombo->setObjectName(QStringLiteral("decimalCombo"));
    m_dateLabel = new QLabel(formatBox);
    m_dateCombo = new QComboBox(formatBox);
    m_dateCombo->setObjectName(QStringLiteral("dateFormatCombo"));
    m_headerLabel = new QLabel(formatBox);
    m_headerSpin = new QSpinBox(formatBox);
    m_headerSpin->setObjectName(QStringLiteral("headerLineSpin"));
    m_headerSpin->setRange(0, 9999);
    m_detectedLabel = new QLabel(formatBox);
    m_detectedLabel->setObjectName(QStringLiteral("detectedLabel"));
    m_detectedLabel->setWordWrap(true);
    m_detectedLabel->setStyleSheet(QStringLiteral("color: #6B6F76;"));
    for (QComboBox *c : {m_delimiterCombo, m_encodingCombo, m_decimalCombo, m_dateCombo})
        connect(c, &QComboBox::currentIndexChanged, this, &CsvMappingDialog::formatChosen);
    connect(m_headerSpin, &QSpinBox::valueChanged, this, &CsvMappingDialog::formatChosen);
    auto *form = new QFormLayout(formatBox);
    form->addRow(m_delimiterLabel, m_delimiterCombo);
    form->addRow(m_encodingLabel, m_encodingCombo);
    form->addRow(m_decimalLabel, m_decimalCombo);
    form->addRow(m_dateLabel, m_dateCombo);
    form->addRow(m_headerLabel, m_headerSpin);
    form->addRow(m_detectedLabel);

    auto *top = new QHBoxLayout;
    top->addWidget(columnsBox, 3);
    top->addWidget(formatBox, 2);

    m_previewTitle = new QLabel(this);
    QFont bold = m_previewTitle->font();
    bold.setBold(true);
    m_previewTitle->setFont(bold);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("previewStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Presets: load or delete a saved one, save the current mapping under a name.
    m_presetLabel = new QLabel(this);
    m_presetCombo = new QComboBox(this);
    m_presetCombo->setObjectName(QStringLiteral("presetCombo"));
    m_presetCombo->setMinimumContentsLength(14);
    m_loadButton = new QPushButton(this);
    m_loadButton->setObjectName(QStringLiteral("loadPresetButton"));
    m_deleteButton = new QPushButton(this);
    m_deleteButton->setObjectName(QStringLiteral("deletePresetButton"));
    m_saveLabel = new QLabel(this);
    m_presetNameEdit = new QLineEdit(this);
    m_presetNameEdit->setObjectName(QStringLiteral("presetNameEdit"));
    m_saveButton = new QPushButton(this);
    m_saveButton->setObjectName(QStringLiteral("savePresetButton"));
    m_presetStatusLabel = new QLabel(this);
    m_presetStatusLabel->setObjectName(QStringLiteral("presetStatusLabel"));
    connect(m_loadButton, &QPushButton::clicked, this, [this] { loadPreset(m_presetCombo->currentText()); });
    connect(m_deleteButton, &QPushButton::clicked, this, [this] { deletePreset(m_presetCombo->currentText()); });
    connect(m_saveButton, &QPushButton::clicked, this, [this] { savePreset(m_presetNameEdit->text()); });
    connect(m_presetNameEdit, &QLineEdit::returnPressed, this, [this] { savePreset(m_presetNameEdit->text()); });
    auto *presets = new QHBoxLayout;
    presets->addWidget(m_presetLabel);
    presets->addWidget(m_presetCombo);
    presets->addWidget(m_loadButton);
    presets->addWidget(m_deleteButton);
    presets->addSpacing(18);
    presets->addWidget(m_saveLabel);
    presets->addWidget(m_presetNameEdit, 1);
    presets->addWidget(m_saveButton);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter in the preset name saves the preset; it must not close the dialog.
    m_buttons->button(QDialogButtonBox::Ok)->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->addWidget(m_introLabel);
    layout->addLayout(top);
    layout->addWidget(m_previewTitle);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_statusLabel);
    layout->addLayout(presets);
    layout->addWidget(m_presetStatusLabel);
    layout->addWidget(m_buttons);
}

void CsvMappingDialog::retranslate()
{
    setWindowTitle(tr("Column mapping – %1").arg(QFileInfo(m_file).fileName()));
    m_introLabel->setText(tr("Choose the column of %1 that holds each field. Fields marked * are needed; the others "
                             "are read when present. The preview shows how the first rows would be imported.")
                              .arg(QFileInfo(m_file).fileName()));
    m_columnsBox->setTitle(tr("Columns"));
    m_formatBox->setTitle(tr("File format"));
    for (int fi = 0; fi < CsvMapping::FieldCount; ++fi) {
        const Field f = Field(fi);
        m_columnLabels[size_t(fi)]->setText(fieldTitle(f) + (isMandatory(f) ? QStringLiteral(" *") : QString()));
    }
    m_delimiterLabel->setText(tr("Delimiter"));
    m_encodingLabel->setText(tr("Encoding"));
    m_decimalLabel->setText(tr("Decimal separator"));
    m_dateLabel->setText(tr("Date format"));
    m_headerLabel->setText(tr("Header line"));
    m_previewTitle->setText(tr("Preview"));
    m_presetLabel->setText(tr("Preset:"));
    m_loadButton->setText(tr("Load"));
    m_deleteButton->setText(tr("Delete"));
    m_saveLabel->setText(tr("Save as:"));
    m_presetNameEdit->setPlaceholderText(tr("Preset name"));
    m_saveButton->setText(tr("Save preset"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Use this mapping"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void CsvMappingDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QDialog::changeEvent(event);
}

void CsvMappingDialog::setMapping(const CsvMapping &mapping)
{
    m_mapping = mapping;
    refresh();
}

QList<int> CsvMappingDialog::rejectedRows() const
{
    QList<int> rows;
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (const QTableWidgetItem *item = m_table->item(r, 0); item && item->data(Qt::UserRole).toBool())
            rows << r;
    return rows;
}

void CsvMappingDialog::columnChosen(int fieldIndex)
{
    if (m_updating)
        return;
    QComboBox *combo = m_columnCombos[size_t(fieldIndex)];
    m_mapping.columns[size_t(fieldIndex)] = combo->currentData().toString();
    // Columns picked from the first line of a file whose header was not recognised: that line is the header.
    if (m_preview.header.isEmpty() && m_mapping.skipLines < 0 && !m_mapping.columns[size_t(fieldIndex)].isEmpty())
        m_mapping.skipLines = 0;
    refresh();
}

void CsvMappingDialog::formatChosen()
{
    if (m_updating)
        return;
    m_mapping.delimiter = m_delimiterCombo->currentData().toString();
    m_mapping.encoding = m_encodingCombo->currentData().toString();
    m_mapping.decimalSeparator = m_decimalCombo->currentData().toString();
    m_mapping.dateFormat = m_dateCombo->currentData().toString();
    m_mapping.skipLines = m_headerSpin->value() - 1; // 0 (automatic) → -1
    refresh();
}

void CsvMappingDialog::refresh()
{
    m_updating = true;
    m_preview = CsvParser::preview(m_file, m_mapping, PreviewRows);

    // What detection alone finds, shown beside each override.
    CsvMapping detectOnly = m_mapping;
    detectOnly.delimiter.clear();
    detectOnly.encoding.clear();
    detectOnly.decimalSeparator.clear();
    detectOnly.dateFormat.clear();
    m_detected = CsvParser::preview(m_file, detectOnly, 1).format;

    // No header recognised: show the file with its first line as the header, so that columns can be picked.
    CsvPreview shown = m_preview;
    if (shown.header.isEmpty() && m_mapping.skipLines < 0) {
        CsvMapping firstLine = m_mapping;
        firstLine.skipLines = 0;
        shown = CsvParser::preview(m_file, firstLine, PreviewRows);
    }

    // The faults the import would report, read from the file (the first megabyte at most, so this stays instant).
    m_rowIssues.clear();
    m_otherIssues.clear();
    m_rowsChecked = 0;
    m_rowsRejected = 0;
    m_checkedWholeFile = true;
    if (m_preview.error.isEmpty() && m_preview.missing.isEmpty()) {
        const qint64 size = QFileInfo(m_file).size();
        bool stoppedEarly = false;
        const ImportBatch batch = CsvParser::parseWith(m_file, m_mapping, [&](qint64 bytes) {
            stoppedEarly = bytes < size;
            return false;
        });
        m_checkedWholeFile = !stoppedEarly;
        m_rowsChecked = batch.rowsRead;
        QSet<int> lines;
        for (const ImportIssue &issue : batch.errors) {
            if (m_preview.rowLines.contains(issue.line))
                m_rowIssues << issue;
            else
                m_otherIssues << issue;
            if (issue.line > 0)
                lines.insert(issue.line);
        }
        m_rowsRejected = int(lines.size());
    }

    fillColumnCombos(shown.header, shown);
    fillFormatCombos();
    fillTable(shown);

    // Status: why the file cannot be read this way, or how many rows would be refused.
    if (!m_preview.error.isEmpty()) {
        QString text = tr("This mapping cannot read the file: %1").arg(m_preview.error);
        if (m_preview.header.isEmpty())
            text += u' ' + tr("Choose the header line or pick the columns above.");
        showStatus(text, true);
    } else if (!m_preview.missing.isEmpty()) {
        showStatus(tr("Mandatory columns not found: %1. Choose them above.").arg(m_preview.missing.join(QStringLiteral(", "))),
                   true);
    } else if (m_rowsRejected > 0) {
        QString text = tr("%n row(s) would be rejected", nullptr, m_rowsRejected) + u' '
                       + (m_checkedWholeFile ? tr("out of %n row(s) in the file.", nullptr, m_rowsChecked)
                                             : tr("among the first %n row(s) of the file.", nullptr, m_rowsChecked));
        QStringList others;
        for (const ImportIssue &issue : std::as_const(m_otherIssues)) {
            if (others.size() == 3) {
                others << QStringLiteral("…");
                break;
            }
            others << issue.toString().section(QStringLiteral(", "), 1); // without the file name
        }
        if (!others.isEmpty())
            text += u' ' + tr("Further down: %1").arg(others.join(QStringLiteral(" ; ")));
        showStatus(text, true);
    } else {
        showStatus(m_checkedWholeFile ? tr("All %n row(s) of the file can be imported.", nullptr, m_rowsChecked)
                                      : tr("The first %n row(s) of the file can be imported.", nullptr, m_rowsChecked),
                   false);
    }
    m_updating = false;
    emit previewRefreshed();
}

void CsvMappingDialog::fillColumnCombos(const QStringList &header, const CsvPreview &shown)
{
    for (int fi = 0; fi < CsvMapping::FieldCount; ++fi) {
        const Field f = Field(fi);
        QComboBox *combo = m_columnCombos[size_t(fi)];
        combo->clear();
        // Automatic: the column the built-in names give, if any.
        QString automatic = tr("none");
        for (int c = 0; c < header.size(); ++c)
            if (CsvParser::fieldForHeader(header.at(c)) == f) {
                automatic = header.at(c).trimmed();
                break;
            }
        combo->addItem(tr("Automatic (%1)").arg(automatic), QString());
        for (int c = 0; c < header.size(); ++c) {
            const QString name = header.at(c).trimmed();
            combo->addItem(QStringLiteral("%1 · %2").arg(c + 1).arg(name.isEmpty() ? tr("(no name)") : name),
                           referenceFor(header, c));
        }
        const QString ref = m_mapping.columns[size_t(fi)];
        int index = 0;
        if (!ref.isEmpty()) {
            index = combo->findData(ref);
            if (index < 0) {
                const int c = fi < shown.columnOf.size() ? shown.columnOf.at(fi) : -1;
                if (c >= 0 && c < header.size()) {
                    index = c + 1;
                } else {
                    combo->addItem(tr("“%1” (not found)").arg(ref), ref);
                    index = combo->count() - 1;
                }
            }
        }
        combo->setCurrentIndex(index);
    }
}

void CsvMappingDialog::fillFormatCombos()
{
    const CsvFormat &d = m_detected;
    auto fill = [](QComboBox *combo, const QList<std::pair<QString, QString>> &items, const QString &current) {
        combo->clear();
        for (const auto &[text, data] : items)
            combo->addItem(text, data);
        int index = combo->findData(current);
        if (index < 0) {
            combo->addItem(current, current);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
    };
    fill(m_delimiterCombo,
         {{tr("Automatic (%1)").arg(delimiterText(d.delimiter)), QString()},
          {tr("Semicolon ;"), QStringLiteral(";")},
          {tr("Comma ,"), QStringLiteral(",")},
          {tr("Tab"), QStringLiteral("\t")},
          {tr("Vertical bar |"), QStringLiteral("|")}},
         m_mapping.delimiter);
    fill(m_encodingCombo,
         {{tr("Automatic (%1)").arg(encodingText(d.encoding)), QString()},
          {QStringLiteral("UTF-8"), QStringLiteral("utf-8")},
          {tr("Windows-1252 (ANSI, Latin-1)"), QStringLiteral("windows-1252")}},
         m_mapping.encoding);
    fill(m_decimalCombo,
         {{tr("Automatic (%1)").arg(QString(d.decimalSeparator)), QString()},
          {tr("Comma (1 234,56)"), QStringLiteral(",")},
          {tr("Point (1,234.56)"), QStringLiteral(".")}},
         m_mapping.decimalSeparator);
    QList<std::pair<QString, QString>> dates = {{tr("Automatic (%1)").arg(dateFormatText(d.dateFormat)), QString()}};
    for (const QString &format : CsvMapping::dateFormats())
        dates.append({dateFormatText(format), format});
    fill(m_dateCombo, dates, m_mapping.dateFormat);
    for (int i = 1; i < m_dateCombo->count(); ++i)
        m_dateCombo->setItemData(i, m_dateCombo->itemData(i), Qt::ToolTipRole);

    m_headerSpin->setSpecialValueText(d.headerLine > 0 ? tr("Automatic (line %1)").arg(d.headerLine) : tr("Automatic"));
    m_headerSpin->setValue(m_mapping.skipLines >= 0 ? m_mapping.skipLines + 1 : 0);

    const CsvFormat &used = m_preview.format;
    m_detectedLabel->setText(
        tr("Read with: delimiter %1 · %2 · decimal separator %3 · dates like %4 · header on line %5")
            .arg(QStringLiteral("« %1 »").arg(delimiterText(used.delimiter)), encodingText(used.encoding),
                 QStringLiteral("« %1 »").arg(QString(used.decimalSeparator)),
                 dateFormatText(used.dateFormat),
                 used.headerLine > 0 ? QString::number(used.headerLine) : tr("none")));
}

void CsvMappingDialog::fillTable(const CsvPreview &shown)
{
    const QStringList &header = shown.header;
    const int columns = int(header.size()) + 2;
    m_table->clear();
    m_table->setColumnCount(columns);
    m_table->setRowCount(int(shown.rows.size()));

    QStringList titles;
    titles << tr("Line");
    for (int c = 0; c < header.size(); ++c) {
        QStringList fields;
        for (int fi = 0; fi < CsvMapping::FieldCount && fi < shown.columnOf.size(); ++fi)
            if (shown.columnOf.at(fi) == c)
                fields << fieldTitle(Field(fi));
        const QString name = header.at(c).trimmed().isEmpty() ? tr("Column %1").arg(c + 1) : header.at(c).trimmed();
        titles << (fields.isEmpty() ? QString(name + QStringLiteral("\n–"))
                                    : QString(name + QStringLiteral("\n→ ") + fields.join(QStringLiteral(", "))));
    }
    titles << tr("Import");
    m_table->setHorizontalHeaderLabels(titles);

    for (int r = 0; r < shown.rows.size(); ++r) {
        const int line = r < shown.rowLines.size() ? shown.rowLines.at(r) : 0;
        QStringList reasons;
        QSet<int> badColumns;
        for (const ImportIssue &issue : std::as_const(m_rowIssues)) {
            if (issue.line != line)
                continue;
            reasons << (issue.field.isEmpty() ? issue.message : issue.field + QStringLiteral(" : ") + issue.message);
            for (int c = 0; c < header.size(); ++c)
                if (!issue.field.isEmpty() && header.at(c).trimmed() == issue.field.trimmed())
                    badColumns.insert(c);
        }
        const bool rejected = !reasons.isEmpty();
        auto *lineItem = new QTableWidgetItem(QString::number(line));
        lineItem->setData(Qt::UserRole, rejected);
        lineItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(r, 0, lineItem);
        const QStringList &cells = shown.rows.at(r);
        for (int c = 0; c < header.size(); ++c) {
            auto *item = new QTableWidgetItem(c < cells.size() ? cells.at(c) : QString());
            if (rejected)
                item->setBackground(badColumns.contains(c) ? RejectedCell : RejectedRow);
            m_table->setItem(r, c + 1, item);
        }
        auto *result = new QTableWidgetItem(rejected ? tr("Rejected: %1").arg(reasons.join(QStringLiteral(" ; ")))
                                                     : tr("OK"));
        result->setToolTip(reasons.join(u'\n'));
        if (rejected) {
            lineItem->setBackground(RejectedRow);
            result->setBackground(RejectedRow);
            result->setForeground(QColor(0xB0, 0x00, 0x20));
            lineItem->setToolTip(reasons.join(u'\n'));
        } else {
            result->setForeground(QColor(0x1E, 0x7B, 0x34));
        }
        m_table->setItem(r, columns - 1, result);
    }
    m_table->resizeColumnsToContents();
    for (int c = 1; c < columns - 1; ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 220));
    m_table->horizontalHeader()->setStretchLastSection(true);
}

void CsvMappingDialog::showStatus(const QString &text, bool error)
{
    m_statusLabel->setText(text);
    m_statusLabel->setStyleSheet(error ? QStringLiteral("color: #B00020;") : QStringLiteral("color: #1E7B34;"));
}

void CsvMappingDialog::refreshPresets(const QString &select)
{
    const QString current = select.isEmpty() ? m_presetCombo->currentText() : select;
    const QStringList names = CsvMappingStore(m_db).names();
    m_presetCombo->clear();
    m_presetCombo->addItems(names);
    const int index = m_presetCombo->findText(current);
    m_presetCombo->setCurrentIndex(index >= 0 ? index : 0);
    m_loadButton->setEnabled(!names.isEmpty());
    m_deleteButton->setEnabled(!names.isEmpty());
}

bool CsvMappingDialog::savePreset(const QString &name)
{
    const QString trimmed = name.trimmed();
    auto say = [this](const QString &text, bool error) {
        m_presetStatusLabel->setText(text);
        m_presetStatusLabel->setStyleSheet(error ? QStringLiteral("color: #B00020;") : QStringLiteral("color: #1E7B34;"));
    };
    if (trimmed.isEmpty()) {
        say(tr("Type a name for the preset."), true);
        return false;
    }
    QString why;
    if (!CsvMappingStore(m_db).save(trimmed, m_mapping, &why)) {
        say(tr("The preset “%1” could not be saved: %2").arg(trimmed, why), true);
        return false;
    }
    refreshPresets(trimmed);
    say(tr("Preset “%1” saved.").arg(trimmed), false);
    return true;
}

bool CsvMappingDialog::loadPreset(const QString &name)
{
    QString why;
    const std::optional<CsvMapping> mapping = CsvMappingStore(m_db).load(name, &why);
    if (!mapping) {
        m_presetStatusLabel->setText(why);
        m_presetStatusLabel->setStyleSheet(QStringLiteral("color: #B00020;"));
        return false;
    }
    m_presetNameEdit->setText(name);
    m_presetStatusLabel->setText(tr("Preset “%1” loaded.").arg(name));
    m_presetStatusLabel->setStyleSheet(QStringLiteral("color: #1E7B34;"));
    setMapping(*mapping);
    return true;
}

bool CsvMappingDialog::deletePreset(const QString &name)
{
    QString why;
    if (!CsvMappingStore(m_db).remove(name, &why)) {
        m_presetStatusLabel->setText(why);
        m_presetStatusLabel->setStyleSheet(QStringLiteral("color: #B00020;"));
        return false;
    }
    refreshPresets();
    m_presetStatusLabel->setText(tr("Preset “%1” deleted.").arg(name));
    m_presetStatusLabel->setStyleSheet(QStringLiteral("color: #1E7B34;"));
    return true;
}
