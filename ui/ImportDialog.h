#pragma once
// ImportDialog: imports FEC, Factur-X/UBL and CSV files. Lists each file with its detected format (or why it cannot be
// imported), lets the user choose delta or stock mode and, for CSV, the column mapping; previews what the import would
// do (customers and invoices found, totals, what would be created, changed or marked paid, every rejected line) before
// anything is written; then imports off the GUI thread with a progress bar and Cancel, and shows the report.

#include "CsvMapping.h"
#include "ImportReport.h"
#include "ImportWorker.h"

#include <QDialog>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class Database;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableWidget;
class QGroupBox;

class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    enum FileColumn { FileName, Format, Rows, Customers, Invoices, OtherItems, OpenAmount, FileStatus, FileColumnCount };
    enum IssueColumn { IssueKind, IssueFile, IssueLine, IssueField, IssueMessage, IssueColumnCount };

    // `db` must be open on a file (the worker opens its own connection on db.path()) and outlive the dialog.
    // The preview starts at once.
    ImportDialog(Database &db, const QStringList &files, QWidget *parent = nullptr);
    ~ImportDialog() override;

    bool committed() const { return m_committed; } // an import was written: the views must reload
    ImportReport report() const { return m_report; } // the last import's report (or the refusal)
    // Seam for the CSV mapping dialog: runs it and returns its result. Tests answer here.
    void setDialogRunner(std::function<int(QDialog &)> runner) { m_runDialog = std::move(runner); }
    // What the Import button does. False when refused: busy, already imported, no file, or a file that cannot be
    // imported (the faults are then shown, and report() lists them).
    bool startImport();

    // Reads the files again and shows what an import would do; false when busy or no file can be read.
    bool startPreview();
    // What the Cancel button does: stops the preview or the import under way (the import writes nothing).
    void cancel();
    bool isBusy() const;
    // The last preview that ran to its end (its report is a dry run on a copy of the database, or the refusal).
    const ImportWorkerResult &lastPreview() const { return m_preview; }
    bool hasPreview() const { return m_hasPreview; }

    QStringList files() const;
    QString formatOf(const QString &file) const;  // as detected; empty when the file cannot be imported
    QString problemOf(const QString &file) const; // why it cannot be imported (French, naming the file), or empty
    QString mode() const;                         // "delta" or "stock"
    void setMode(const QString &mode);
    bool removeFile(const QString &file);

    CsvMapping csvMapping(const QString &file) const;
    void setCsvMapping(const QString &file, const CsvMapping &mapping); // reruns the preview
    // "Column mapping…": the mapping dialog for that CSV file, through the runner; true when a mapping was chosen.
    bool editCsvMapping(const QString &file);

    // Test seam: called in the worker thread at every progress step; returning false cancels (see ImportWorker).
    void setProgressObserver(ImportWorker::ProgressObserver observer);

    void reject() override; // closing stops the work under way first

signals:
    void previewFinished();
    void importFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct FileEntry
    {
        QString path;
        QString format;   // detected; empty when it cannot be imported
        QString problem;  // detectFormat's French reason
        CsvMapping mapping;
        bool previewed = false;
        ImportFilePreview preview;
    };

    void buildUi();
    void retranslate();
    QList<ImportWorkerFile> workerFiles() const;
    int indexOf(const QString &file) const;
    int currentCsvRow() const;
    void workerProgress(ImportWorker::Stage stage, qint64 done, qint64 total);
    void workerFinished();
    void modeChanged();
    void openMappingForCurrent();
    void removeCurrent();
    void updateFileTable();
    void updateResult();
    void updateButtons();
    void setBusy(bool busy);
    void showIssues(const QList<ImportIssue> &rejected, const QList<ImportIssue> &warnings);
    int runDialog(QDialog &dialog);
    QString formatName(const FileEntry &entry) const;
    bool filesOk() const;

    enum class Job { None, Preview, Import };

    Database &m_db;
    QList<FileEntry> m_files;
    ImportWorker *m_worker = nullptr;
    Job m_job = Job::None;
    bool m_previewAgain = false;
    bool m_committed = false;
    bool m_hasPreview = false;
    bool m_lastCancelled = false;     // the last job was cancelled
    bool m_showingImport = false;     // the result area shows an import (else the preview)
    QString m_workerError;
    ImportWorkerResult m_preview;
    ImportReport m_report;
    std::function<int(QDialog &)> m_runDialog;

    QLabel *m_titleLabel = nullptr;
    QLabel *m_introLabel = nullptr;
    QTableWidget *m_fileTable = nullptr;
    QLabel *m_fileErrorLabel = nullptr;
    QPushButton *m_mappingButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_previewButton = nullptr;
    QGroupBox *m_modeBox = nullptr;
    QRadioButton *m_deltaRadio = nullptr;
    QRadioButton *m_stockRadio = nullptr;
    QLabel *m_deltaLabel = nullptr;
    QLabel *m_stockLabel = nullptr;
    QGroupBox *m_resultBox = nullptr;
    QLabel *m_resultTitle = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_markedPaidLabel = nullptr;
    QTableWidget *m_issueTable = nullptr;
    QWidget *m_progressRow = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};
