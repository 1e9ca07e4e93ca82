#include "ImportDialog.h"

#include "CsvMappingDialog.h"
#include "Database.h"
#include "DisplayFormat.h"
#include "Importer.h"

#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

const QString ErrorStyle = QStringLiteral("color: #B00020;");
const QString OkStyle = QStringLiteral("color: #1E7B34;");
const QString MutedStyle = QStringLiteral("color: #6B6F76;");
const QColor ErrorColor(0xB0, 0x00, 0x20);
const QColor WarningColor(0x8A, 0x5A, 0x00);
const QColor OkColor(0x1E, 0x7B, 0x34);

QString fileNameOf(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    return name.isEmpty() ? path : name;
}

QTableWidgetItem *item(const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *i = new QTableWidgetItem(text);
    i->setTextAlignment(alignment);
    return i;
}

// "5 422": counts grouped as the UI language writes them.
QString count(qint64 n) { return QLocale().toString(n); }

QTableWidgetItem *number(qint64 n)
{
    return item(count(n), Qt::AlignRight | Qt::AlignVCenter);
}

void setUpTable(QTableWidget *table)
{
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

} // namespace

ImportDialog::ImportDialog(Database &db, const QStringList &files, QWidget *parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("importDialog"));
    setSizeGripEnabled(true);
    for (const QString &path : files) {
        FileEntry e;
        e.path = path;
        QString why;
        e.format = Importer::detectFormat(path, &why);
        if (e.format.isEmpty())
            e.problem = why;
        m_files << e;
    }

    m_worker = new ImportWorker(this);
    connect(m_worker, &ImportWorker::progressChanged, this, &ImportDialog::workerProgress);
    connect(m_worker, &ImportWorker::finished, this, &ImportDialog::workerFinished);

    buildUi();
    retranslate();
    // Start on the first CSV file, whose mapping is the likely next step.
    for (int r = 0; r < m_files.size(); ++r)
        if (m_files.at(r).format == u"csv") {
            m_fileTable->selectRow(r);
            break;
        }
    if (m_fileTable->currentRow() < 0 && !m_files.isEmpty())
        m_fileTable->selectRow(0);
    startPreview();
    updateButtons();
    resize(1010, 660);
}

ImportDialog::~ImportDialog()
{
    // The worker waits for its thread when it is destroyed; nothing must come back to this half-destroyed dialog.
    disconnect(m_worker, nullptr, this, nullptr);
    delete m_worker;
}

void ImportDialog::buildUi()
{
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("titleLabel"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() + 4);
    m_titleLabel->setFont(titleFont);
    m_introLabel = new QLabel(this);
    m_introLabel->setWordWrap(true);
    m_introLabel->setStyleSheet(MutedStyle);

    m_fileTable = new QTableWidget(this);
    m_fileTable->setObjectName(QStringLiteral("fileTable"));
    setUpTable(m_fileTable);
    m_fileTable->setColumnCount(FileColumnCount);
    m_fileTable->setMaximumHeight(m_fileTable->verticalHeader()->defaultSectionSize() * 5 + 34);
    connect(m_fileTable, &QTableWidget::itemSelectionChanged, this, &ImportDialog::updateButtons);
    m_fileErrorLabel = new QLabel(this);
    m_fileErrorLabel->setObjectName(QStringLiteral("fileErrorLabel"));
    m_fileErrorLabel->setWordWrap(true);
    m_fileErrorLabel->setStyleSheet(ErrorStyle);
    m_fileErrorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileErrorLabel->hide();

    m_mappingButton = new QPushButton(this);
    m_mappingButton->setObjectName(QStringLiteral("csvMappingButton"));
    m_mappingButton->setAutoDefault(false);
    connect(m_mappingButton, &QPushButton::clicked, this, &ImportDialog::openMappingForCurrent);
    m_removeButton = new QPushButton(this);
    m_removeButton->setObjectName(QStringLiteral("removeFileButton"));
    m_removeButton->setAutoDefault(false);
    connect(m_removeButton, &QPushButton::clicked, this, &ImportDialog::removeCurrent);
    m_previewButton = new QPushButton(this);
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_previewButton->setAutoDefault(false);
    connect(m_previewButton, &QPushButton::clicked, this, &ImportDialog::startPreview);
    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(m_mappingButton);
    fileButtons->addWidget(m_removeButton);
    fileButtons->addStretch(1);
    fileButtons->addWidget(m_previewButton);

    m_modeBox = new QGroupBox(this);
    m_modeBox->setObjectName(QStringLiteral("modeBox"));
    m_deltaRadio = new QRadioButton(m_modeBox);
    m_deltaRadio->setObjectName(QStringLiteral("deltaRadio"));
    m_deltaRadio->setChecked(true);
    m_stockRadio = new QRadioButton(m_modeBox);
    m_stockRadio->setObjectName(QStringLiteral("stockRadio"));
    m_deltaLabel = new QLabel(m_modeBox);
    m_deltaLabel->setObjectName(QStringLiteral("deltaExplanation"));
    m_deltaLabel->setStyleSheet(MutedStyle);
    m_stockLabel = new QLabel(m_modeBox);
    m_stockLabel->setObjectName(QStringLiteral("stockExplanation"));
    m_stockLabel->setStyleSheet(MutedStyle);
    connect(m_stockRadio, &QRadioButton::toggled, this, &ImportDialog::modeChanged);
    auto *modeLayout = new QGridLayout(m_modeBox);
    modeLayout->setVerticalSpacing(2);
    modeLayout->addWidget(m_deltaRadio, 0, 0);
    modeLayout->addWidget(m_deltaLabel, 0, 1);
    modeLayout->addWidget(m_stockRadio, 1, 0);
    modeLayout->addWidget(m_stockLabel, 1, 1);
    modeLayout->setColumnStretch(1, 1);
    modeLayout->setHorizontalSpacing(14);

    m_resultBox = new QGroupBox(this);
    m_resultBox->setObjectName(QStringLiteral("resultBox"));
    m_resultTitle = new QLabel(m_resultBox);
    m_resultTitle->setObjectName(QStringLiteral("resultTitle"));
    m_resultTitle->setWordWrap(true);
    QFont bold = m_resultTitle->font();
    bold.setBold(true);
    m_resultTitle->setFont(bold);
    m_summaryLabel = new QLabel(m_resultBox);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_markedPaidLabel = new QLabel(m_resultBox);
    m_markedPaidLabel->setObjectName(QStringLiteral("markedPaidLabel"));
    m_markedPaidLabel->setWordWrap(true);
    m_markedPaidLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_issueTable = new QTableWidget(m_resultBox);
    m_issueTable->setObjectName(QStringLiteral("issueTable"));
    setUpTable(m_issueTable);
    m_issueTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_issueTable->setColumnCount(IssueColumnCount);
    m_issueTable->setWordWrap(true);
    m_issueTable->verticalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_issueTable->horizontalHeader()->setStretchLastSection(true);
    auto *resultLayout = new QVBoxLayout(m_resultBox);
    resultLayout->addWidget(m_resultTitle);
    resultLayout->addWidget(m_summaryLabel);
    resultLayout->addWidget(m_markedPaidLabel);
    resultLayout->addWidget(m_issueTable, 1);
    resultLayout->addStretch(0);

    m_progressRow = new QWidget(this);
    m_progressLabel = new QLabel(m_progressRow);
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_progressLabel->setMinimumWidth(260);
    m_progressBar = new QProgressBar(m_progressRow);
    m_progressBar->setObjectName(QStringLiteral("progressBar"));
    m_progressBar->setTextVisible(false);
    m_cancelButton = new QPushButton(m_progressRow);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAutoDefault(false);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportDialog::cancel);
    auto *progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progressLabel);
    progressLayout->addWidget(m_progressBar, 1);
    progressLayout->addWidget(m_cancelButton);
    // Hidden while idle, keeping its room so that the buttons stay on the right.
    QSizePolicy keep = m_progressRow->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_progressRow->setSizePolicy(keep);
    m_progressRow->hide();

    m_importButton = new QPushButton(this);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setDefault(true);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    m_closeButton = new QPushButton(this);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->setAutoDefault(false);
    connect(m_closeButton, &QPushButton::clicked, this, &ImportDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_progressRow, 1);
    bottom->addSpacing(12);
    bottom->addWidget(m_importButton);
    bottom->addWidget(m_closeButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_introLabel);
    layout->addWidget(m_fileTable);
    layout->addWidget(m_fileErrorLabel);
    layout->addLayout(fileButtons);
    layout->addWidget(m_modeBox);
    layout->addWidget(m_resultBox, 1);
    layout->addLayout(bottom);
}

void ImportDialog::retranslate()
{
    setWindowTitle(tr("Import receivables"));
    m_titleLabel->setText(tr("Import receivables"));
    m_introLabel->setText(tr("FEC from the accounting program, Factur-X or UBL e-invoices, CSV exports. Nothing is "
                             "written before you click Import."));
    m_fileTable->setHorizontalHeaderLabels({tr("File"), tr("Format"), tr("Rows read"), tr("Customers"), tr("Invoices"),
                                            tr("Credit notes, payments"), tr("Open amount"), tr("Status")});
    m_mappingButton->setText(tr("Column mapping…"));
    m_mappingButton->setToolTip(tr("Choose which column of the CSV file holds each field"));
    m_removeButton->setText(tr("Remove from the list"));
    m_previewButton->setText(tr("Read the files again"));
    m_modeBox->setTitle(tr("What the files contain"));
    m_deltaRadio->setText(tr("New and changed invoices (delta)"));
    m_deltaLabel->setText(tr("Adds the new invoices and updates the ones that changed; nothing else is touched."));
    m_stockRadio->setText(tr("All the open invoices (stock)"));
    m_stockLabel->setText(tr("Invoices of these customers that are absent from the files will be marked paid."));
    m_issueTable->setHorizontalHeaderLabels({tr("Type"), tr("File"), tr("Line"), tr("Column"), tr("Problem")});
    m_cancelButton->setText(tr("Cancel"));
    m_importButton->setText(tr("Import"));
    m_closeButton->setText(tr("Close"));
    updateFileTable();
    updateResult();
}

void ImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

QStringList ImportDialog::files() const
{
    QStringList list;
    for (const FileEntry &e : m_files)
        list << e.path;
    return list;
}

int ImportDialog::indexOf(const QString &file) const
{
    for (int i = 0; i < m_files.size(); ++i)
        if (m_files.at(i).path == file)
            return i;
    return -1;
}

QString ImportDialog::formatOf(const QString &file) const
{
    const int i = indexOf(file);
    return i < 0 ? QString() : m_files.at(i).format;
}

QString ImportDialog::problemOf(const QString &file) const
{
    const int i = indexOf(file);
    if (i < 0 || m_files.at(i).problem.isEmpty())
        return {};
    return tr("%1 cannot be imported: %2").arg(fileNameOf(file), m_files.at(i).problem);
}

QString ImportDialog::mode() const
{
    return m_stockRadio->isChecked() ? QStringLiteral("stock") : QStringLiteral("delta");
}

void ImportDialog::setMode(const QString &mode)
{
    (mode == u"stock" ? m_stockRadio : m_deltaRadio)->setChecked(true);
}

CsvMapping ImportDialog::csvMapping(const QString &file) const
{
    const int i = indexOf(file);
    return i < 0 ? CsvMapping{} : m_files.at(i).mapping;
}

void ImportDialog::setProgressObserver(ImportWorker::ProgressObserver observer)
{
    m_worker->setProgressObserver(std::move(observer));
}

bool ImportDialog::isBusy() const { return m_job != Job::None; }

QList<ImportWorkerFile> ImportDialog::workerFiles() const
{
    QList<ImportWorkerFile> list;
    for (const FileEntry &e : m_files) {
        if (e.format.isEmpty())
            continue;
        const bool automatic = e.mapping == CsvMapping{};
        list.append({e.path, e.format, e.format == u"csv" && !automatic ? e.mapping.toJsonText() : QString()});
    }
    return list;
}

bool ImportDialog::filesOk() const
{
    for (const FileEntry &e : m_files)
        if (e.format.isEmpty() || (e.previewed && !e.preview.ok()))
            return false;
    return !m_files.isEmpty();
}

int ImportDialog::runDialog(QDialog &dialog) { return m_runDialog ? m_runDialog(dialog) : dialog.exec(); }

bool ImportDialog::startPreview()
{
    if (isBusy() || m_committed)
        return false;
    const QList<ImportWorkerFile> files = workerFiles();
    if (files.isEmpty() || m_db.path().isEmpty()) {
        updateResult();
        updateButtons();
        return false;
    }
    if (!m_worker->startPreview(m_db.path(), files, mode()))
        return false;
    m_job = Job::Preview;
    m_showingImport = false;
    m_lastCancelled = false;
    setBusy(true);
    return true;
}

bool ImportDialog::startImport()
{
    if (isBusy() || m_committed)
        return false;
    if (!filesOk()) {
        // The refusal, with every fault the files showed: nothing is written.
        ImportReport refusal;
        refusal.mode = mode();
        for (const FileEntry &e : std::as_const(m_files)) {
            if (e.format.isEmpty())
                refusal.rejected.append({e.path, 0, {}, e.problem});
            else if (e.previewed)
                refusal.rejected += e.preview.errors;
            if (e.previewed)
                refusal.warnings += e.preview.warnings;
        }
        if (m_files.isEmpty())
            refusal.rejected.append({{}, 0, {}, tr("No file to import.")});
        m_report = refusal;
        m_showingImport = true;
        m_lastCancelled = false;
        updateResult();
        return false;
    }
    if (m_db.path().isEmpty())
        return false;
    if (!m_worker->startImport(m_db.path(), workerFiles(), mode()))
        return false;
    m_job = Job::Import;
    m_showingImport = true;
    m_lastCancelled = false;
    setBusy(true);
    return true;
}

void ImportDialog::cancel()
{
    if (!isBusy())
        return;
    m_previewAgain = false;
    m_worker->cancel();
    m_progressLabel->setText(tr("Cancelling…"));
    m_cancelButton->setEnabled(false);
}

void ImportDialog::reject()
{
    if (isBusy()) {
        m_previewAgain = false;
        m_worker->cancel();
        m_worker->waitForFinished(); // an import that committed meanwhile is still reported by committed()
    }
    QDialog::reject();
}

void ImportDialog::modeChanged()
{
    if (m_committed || m_job == Job::Import)
        return;
    // The dry run depends on the mode: run the preview again, once the running one has stopped.
    if (m_job == Job::Preview) {
        m_previewAgain = true;
        m_worker->cancel();
    } else {
        startPreview();
    }
}

void ImportDialog::setCsvMapping(const QString &file, const CsvMapping &mapping)
{
    const int i = indexOf(file);
    if (i < 0)
        return;
    m_files[i].mapping = mapping;
    m_files[i].previewed = false;
    if (m_job == Job::Preview) {
        m_previewAgain = true;
        m_worker->cancel();
    } else if (m_job == Job::None) {
        startPreview();
    }
    updateFileTable();
    updateButtons();
}

bool ImportDialog::editCsvMapping(const QString &file)
{
    const int i = indexOf(file);
    if (i < 0 || m_files.at(i).format != u"csv" || m_job == Job::Import || m_committed)
        return false;
    CsvMappingDialog dialog(m_db, file, m_files.at(i).mapping, this);
    if (runDialog(dialog) != QDialog::Accepted)
        return false;
    setCsvMapping(file, dialog.mapping());
    return true;
}

bool ImportDialog::removeFile(const QString &file)
{
    const int i = indexOf(file);
    if (i < 0 || m_job == Job::Import || m_committed)
        return false;
    m_files.removeAt(i);
    if (m_job == Job::Preview) {
        m_previewAgain = true;
        m_worker->cancel();
    } else if (!startPreview()) {
        updateResult();
    }
    updateFileTable();
    updateButtons();
    return true;
}

int ImportDialog::currentCsvRow() const
{
    const int row = m_fileTable->currentRow();
    return row >= 0 && row < m_files.size() && m_files.at(row).format == u"csv" ? row : -1;
}

void ImportDialog::openMappingForCurrent()
{
    int row = currentCsvRow();
    if (row < 0) // no CSV selected: the first CSV file
        for (int r = 0; r < m_files.size() && row < 0; ++r)
            if (m_files.at(r).format == u"csv")
                row = r;
    if (row >= 0)
        editCsvMapping(m_files.at(row).path);
}

void ImportDialog::removeCurrent()
{
    const int row = m_fileTable->currentRow();
    if (row >= 0 && row < m_files.size())
        removeFile(m_files.at(row).path);
}

void ImportDialog::setBusy(bool busy)
{
    m_progressRow->setVisible(busy);
    m_cancelButton->setEnabled(busy);
    if (busy) {
        m_progressBar->setRange(0, 0);
        m_progressLabel->setText(m_job == Job::Import ? tr("Importing…") : tr("Reading the files…"));
    }
    updateFileTable();
    updateResult();
    updateButtons();
}

void ImportDialog::updateButtons()
{
    const bool importing = m_job == Job::Import;
    const bool anyCsv = std::any_of(m_files.cbegin(), m_files.cend(), [](const FileEntry &e) { return e.format == u"csv"; });
    m_importButton->setEnabled(!isBusy() && !m_committed && filesOk() && !workerFiles().isEmpty());
    m_mappingButton->setEnabled(!importing && !m_committed && anyCsv);
    m_mappingButton->setVisible(anyCsv);
    m_removeButton->setEnabled(!importing && !m_committed && m_files.size() > 1 && m_fileTable->currentRow() >= 0);
    m_removeButton->setVisible(m_files.size() > 1);
    m_previewButton->setEnabled(!isBusy() && !m_committed && !workerFiles().isEmpty());
    m_deltaRadio->setEnabled(!importing && !m_committed);
    m_stockRadio->setEnabled(!importing && !m_committed);
    m_closeButton->setDefault(m_committed);
}

void ImportDialog::workerProgress(ImportWorker::Stage stage, qint64 done, qint64 total)
{
    if (!m_cancelButton->isEnabled())
        return; // cancelling
    switch (stage) {
    case ImportWorker::Stage::Reading:
        m_progressLabel->setText(tr("Reading the files… %1 of %2")
                                     .arg(QLocale().formattedDataSize(done), QLocale().formattedDataSize(total)));
        break;
    case ImportWorker::Stage::Checking:
        m_progressLabel->setText(tr("Checking what the import would change…"));
        break;
    case ImportWorker::Stage::Writing:
        m_progressLabel->setText(tr("Writing to the database…"));
        break;
    }
    if (total > 0) {
        m_progressBar->setRange(0, 1000);
        m_progressBar->setValue(int(std::min<qint64>(1000, done * 1000 / total)));
    } else {
        m_progressBar->setRange(0, 0);
    }
}

void ImportDialog::workerFinished()
{
    const Job job = m_job;
    if (job == Job::None)
        return;
    const ImportWorkerResult &r = m_worker->result();
    m_job = Job::None;
    if (job == Job::Preview && m_previewAgain) {
        // The files, the mapping or the mode changed meanwhile: this result is out of date.
        m_previewAgain = false;
        if (startPreview())
            return;
    }
    if (!r.cancelled) {
        for (const ImportFilePreview &p : r.files) {
            const int i = indexOf(p.path);
            if (i >= 0) {
                m_files[i].preview = p;
                m_files[i].previewed = true;
            }
        }
    }
    if (job == Job::Preview) {
        m_lastCancelled = r.cancelled;
        m_workerError = r.error;
        if (!r.cancelled) {
            m_preview = r;
            m_hasPreview = true;
        }
        setBusy(false);
        emit previewFinished();
        return;
    }
    m_report = r.report;
    if (!r.error.isEmpty())
        m_report.rejected.append({{}, 0, {}, r.error});
    m_committed = m_report.committed;
    m_lastCancelled = r.cancelled;
    m_workerError = r.error;
    setBusy(false);
    emit importFinished();
}

QString ImportDialog::formatName(const FileEntry &e) const
{
    const QString format = e.previewed && !e.preview.format.isEmpty() ? e.preview.format : e.format;
    if (format == u"fec")
        return QStringLiteral("FEC");
    if (format == u"ubl")
        return QStringLiteral("UBL");
    if (format == u"csv")
        return QStringLiteral("CSV");
    if (format == u"cii")
        return tr("Factur-X XML (CII)");
    if (format == u"facturx")
        return e.path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive) ? tr("Factur-X PDF") : tr("Factur-X XML (CII)");
    return format.isEmpty() ? QStringLiteral("—") : format;
}

void ImportDialog::updateFileTable()
{
    const int current = m_fileTable->currentRow();
    m_fileTable->setRowCount(int(m_files.size()));
    QStringList problems;
    for (int r = 0; r < m_files.size(); ++r) {
        const FileEntry &e = m_files.at(r);
        auto *name = item(fileNameOf(e.path));
        name->setToolTip(e.path);
        name->setData(Qt::UserRole, e.path);
        m_fileTable->setItem(r, FileName, name);
        m_fileTable->setItem(r, Format, item(formatName(e)));
        const bool counted = e.previewed && e.preview.ok();
        const ImportFilePreview &p = e.preview;
        if (counted) {
            m_fileTable->setItem(r, Rows, number(p.rowsRead));
            m_fileTable->setItem(r, Customers, number(p.customers));
            m_fileTable->setItem(r, Invoices, number(p.invoices));
            auto *other = number(p.creditNotes + p.otherItems);
            other->setToolTip(tr("%n credit note(s)", nullptr, p.creditNotes) + QStringLiteral(", ")
                              + tr("%n opening balance(s) or unmatched payment(s)", nullptr, p.otherItems));
            m_fileTable->setItem(r, OtherItems, other);
            auto *open = item(DisplayFormat::money(p.openCents), Qt::AlignRight | Qt::AlignVCenter);
            if (!p.otherCurrencies.isEmpty())
                open->setToolTip(tr("Items in %1 are not counted in this total.").arg(p.otherCurrencies.join(QStringLiteral(", "))));
            m_fileTable->setItem(r, OpenAmount, open);
        } else {
            for (int c : {Rows, Customers, Invoices, OtherItems, OpenAmount})
                m_fileTable->setItem(r, c, item(QString()));
        }
        QTableWidgetItem *status = nullptr;
        if (!e.problem.isEmpty()) {
            status = item(problemOf(e.path));
            status->setForeground(ErrorColor);
            problems << problemOf(e.path);
        } else if (m_job != Job::None && (!e.previewed || m_job == Job::Import)) {
            status = item(m_job == Job::Import ? tr("Importing…") : tr("Reading…"));
        } else if (!e.previewed) {
            status = item(e.format == u"csv" ? tr("Not read yet: check the column mapping") : tr("Not read yet"));
        } else if (!p.ok()) {
            status = item(tr("%n fault(s): nothing will be imported", nullptr, int(p.errors.size())));
            status->setForeground(ErrorColor);
        } else if (!p.warnings.isEmpty()) {
            status = item(tr("Ready, %n warning(s)", nullptr, int(p.warnings.size())));
            status->setForeground(WarningColor);
        } else {
            status = item(tr("Ready"));
            status->setForeground(OkColor);
        }
        status->setToolTip(status->text());
        m_fileTable->setItem(r, FileStatus, status);
    }
    QHeaderView *header = m_fileTable->horizontalHeader();
    m_fileTable->resizeColumnsToContents();
    header->setSectionResizeMode(FileName, QHeaderView::Interactive);
    m_fileTable->setColumnWidth(FileName, std::min(m_fileTable->columnWidth(FileName), 280));
    header->setStretchLastSection(true);
    if (current >= 0 && current < m_files.size())
        m_fileTable->selectRow(current);

    if (problems.isEmpty()) {
        m_fileErrorLabel->hide();
    } else {
        m_fileErrorLabel->setText(problems.join(u'\n') + u'\n'
                                  + tr("Remove these files from the list to import the others."));
        m_fileErrorLabel->show();
    }
}

void ImportDialog::showIssues(const QList<ImportIssue> &rejected, const QList<ImportIssue> &warnings)
{
    m_issueTable->setRowCount(0);
    auto add = [this](const ImportIssue &issue, bool error) {
        const int r = m_issueTable->rowCount();
        m_issueTable->insertRow(r);
        auto *kind = item(error ? tr("Rejected") : tr("Warning"));
        kind->setForeground(error ? ErrorColor : WarningColor);
        kind->setData(Qt::UserRole, error); // true: rejected, false: a warning
        m_issueTable->setItem(r, IssueKind, kind);
        auto *file = item(issue.file.isEmpty() ? QStringLiteral("—") : fileNameOf(issue.file));
        file->setToolTip(issue.file);
        m_issueTable->setItem(r, IssueFile, file);
        auto *line = item(issue.line > 0 ? QString::number(issue.line) : QStringLiteral("—"), Qt::AlignRight | Qt::AlignVCenter);
        line->setData(Qt::UserRole, issue.line);
        m_issueTable->setItem(r, IssueLine, line);
        m_issueTable->setItem(r, IssueField, item(issue.field));
        auto *message = item(issue.message);
        message->setToolTip(issue.toString());
        m_issueTable->setItem(r, IssueMessage, message);
    };
    for (const ImportIssue &i : rejected)
        add(i, true);
    for (const ImportIssue &i : warnings)
        add(i, false);
    m_issueTable->resizeColumnsToContents();
    m_issueTable->setColumnWidth(IssueFile, std::min(m_issueTable->columnWidth(IssueFile), 220));
    // Long reasons wrap (the first rows: a file with thousands of faults must not stall the dialog).
    m_issueTable->setColumnWidth(IssueMessage, std::min(m_issueTable->columnWidth(IssueMessage), 560));
    for (int r = 0; r < std::min(m_issueTable->rowCount(), 200); ++r)
        m_issueTable->resizeRowToContents(r);
    m_issueTable->setVisible(m_issueTable->rowCount() > 0);
}

void ImportDialog::updateResult()
{
    auto title = [this](const QString &text, const QString &style) {
        m_resultTitle->setText(text);
        m_resultTitle->setStyleSheet(style);
    };
    m_summaryLabel->clear();
    m_summaryLabel->hide();
    m_markedPaidLabel->clear();
    m_markedPaidLabel->hide();
    const bool stock = mode() == u"stock";

    if (m_job == Job::Preview) {
        m_resultBox->setTitle(tr("Preview"));
        title(tr("Reading the files: nothing is written."), MutedStyle);
        showIssues({}, {});
        return;
    }
    if (m_job == Job::Import) {
        m_resultBox->setTitle(tr("Import report"));
        title(tr("Importing… Cancel stops it and writes nothing."), MutedStyle);
        showIssues({}, {});
        return;
    }

    if (m_showingImport) {
        const ImportReport &r = m_report;
        m_resultBox->setTitle(tr("Import report"));
        if (m_lastCancelled || r.cancelled) {
            title(tr("Import cancelled: nothing was written."), ErrorStyle);
        } else if (r.committed) {
            title(tr("Import saved."), OkStyle);
            QStringList lines;
            lines << tr("%Ln row(s) read", nullptr, int(r.rowsRead));
            lines << tr("Customers: %1 created, %2 updated, %3 unchanged")
                         .arg(count(r.customersCreated))
                         .arg(count(r.customersUpdated))
                         .arg(count(r.customersUnchanged));
            lines << tr("Invoices and credit notes: %1 created, %2 updated, %3 unchanged")
                         .arg(count(r.invoicesCreated))
                         .arg(count(r.invoicesUpdated))
                         .arg(count(r.invoicesUnchanged));
            m_summaryLabel->setText(lines.join(u'\n'));
            m_summaryLabel->show();
            if (r.mode == u"stock") {
                m_markedPaidLabel->setText(
                    tr("%Ln invoice(s) absent from the files marked paid", nullptr, r.markedPaid)
                    + (r.markedPaidNumbers.isEmpty() ? QString() : QStringLiteral(" : ") + r.markedPaidNumbers.join(QStringLiteral(", "))));
                m_markedPaidLabel->show();
            }
        } else {
            title(tr("Nothing was written: %n fault(s) found. Fix the file and import it again.", nullptr,
                     int(r.rejected.size())),
                  ErrorStyle);
        }
        showIssues(r.rejected, r.warnings);
        return;
    }

    m_resultBox->setTitle(tr("Preview"));
    if (!m_workerError.isEmpty()) {
        title(tr("The preview could not be made: %1").arg(m_workerError), ErrorStyle);
        showIssues({}, {});
        return;
    }
    if (m_lastCancelled || !m_hasPreview) {
        title(m_lastCancelled ? tr("Preview cancelled. Nothing was written.") : tr("No file to read."), MutedStyle);
        showIssues({}, {});
        return;
    }

    // What the files hold.
    int customers = 0, invoices = 0, others = 0, faults = 0;
    qint64 rows = 0, open = 0;
    QList<ImportIssue> rejected, warnings;
    for (const FileEntry &e : std::as_const(m_files)) {
        if (!e.previewed)
            continue;
        customers += e.preview.customers;
        invoices += e.preview.invoices;
        others += e.preview.creditNotes + e.preview.otherItems;
        rows += e.preview.rowsRead;
        open += e.preview.openCents;
        faults += int(e.preview.errors.size());
        rejected += e.preview.errors;
        warnings += e.preview.warnings;
    }
    if (faults > 0) {
        title(tr("%n fault(s) found: fix the file and import it again. Nothing will be written.", nullptr, faults),
              ErrorStyle);
        const bool csvFault = std::any_of(m_files.cbegin(), m_files.cend(), [](const FileEntry &e) {
            return e.format == u"csv" && e.previewed && !e.preview.ok();
        });
        if (csvFault) {
            m_summaryLabel->setText(tr("For a CSV file, “Column mapping…” says which column holds what; the preview "
                                       "shows at once which rows would be rejected."));
            m_summaryLabel->show();
        }
        showIssues(rejected, warnings);
        return;
    }
    const ImportReport &dry = m_preview.report;
    QStringList lines;
    lines << tr("Found: %1, %2, %3 · open amount %4 · %5")
                 .arg(tr("%Ln customer(s)", nullptr, customers), tr("%Ln invoice(s)", nullptr, invoices),
                      tr("%Ln credit note(s) or payment(s)", nullptr, others), DisplayFormat::money(open),
                      tr("%Ln row(s) read", nullptr, int(rows)));
    if (m_preview.dryRun) {
        title(tr("Preview: nothing has been written yet. Click Import to save these changes."), OkStyle);
        lines << tr("Customers: %1 to create, %2 to complete, %3 unchanged")
                     .arg(count(dry.customersCreated))
                     .arg(count(dry.customersUpdated))
                     .arg(count(dry.customersUnchanged));
        lines << tr("Invoices and credit notes: %1 to create, %2 to update, %3 unchanged")
                     .arg(count(dry.invoicesCreated))
                     .arg(count(dry.invoicesUpdated))
                     .arg(count(dry.invoicesUnchanged));
        if (stock) {
            m_markedPaidLabel->setText(
                tr("%Ln invoice(s) absent from the files would be marked paid", nullptr, dry.markedPaid)
                + (dry.markedPaidNumbers.isEmpty() ? QString() : QStringLiteral(" : ") + dry.markedPaidNumbers.join(QStringLiteral(", "))));
            m_markedPaidLabel->setStyleSheet(dry.markedPaid > 0 ? QStringLiteral("color: #8A5A00;") : QString());
            m_markedPaidLabel->show();
        }
        showIssues({}, dry.warnings);
    } else {
        title(tr("Preview: nothing has been written yet."), MutedStyle);
        showIssues(dry.rejected, warnings);
    }
    m_summaryLabel->setText(lines.join(u'\n'));
    m_summaryLabel->show();
}
