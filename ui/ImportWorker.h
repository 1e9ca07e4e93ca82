#pragma once
// ImportWorker: reads import files and applies them off the GUI thread, on a database connection of its own, with
// progress and cancel. A preview parses the files and, when they are sound, applies them to a throw-away copy of the
// database to tell exactly what an import would create, update or mark paid; an import parses them again and applies
// them to the real file in one transaction (the core rolls back on a fault or a cancel).

#include "ImportBatch.h"
#include "ImportReport.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

class QThread;

// One file to read: its format as detected and, for CSV, the column mapping's JSON (empty: automatic).
struct ImportWorkerFile
{
    QString path;
    QString format;
    QString csvMapping;
};

// What reading one file found: the preview's line for that file.
struct ImportFilePreview
{
    QString path;
    QString format;           // the parser's format: fec, facturx, cii, ubl, csv
    int rowsRead = 0;
    int customers = 0;
    int invoices = 0;         // Invoice::Kind::Invoice
    int creditNotes = 0;
    int otherItems = 0;       // opening balances and unmatched payments
    qint64 openCents = 0;     // sum of the open amounts of the items in euros
    QStringList otherCurrencies; // currencies of items not counted in openCents
    QList<ImportIssue> errors;
    QList<ImportIssue> warnings;

    bool ok() const { return errors.isEmpty(); }
};

struct ImportWorkerResult
{
    enum class Kind { Preview, Import };
    Kind kind = Kind::Preview;
    QList<ImportFilePreview> files;
    // Import: the run's report. Preview: the report of the dry run on a copy of the database when every file is sound
    // (dryRun true; its `committed` only means the copy took it), else the refusal listing every fault.
    ImportReport report;
    bool dryRun = false;
    bool cancelled = false;
    QString error; // French: the database could not be opened or copied

    bool hasFaults() const { return report.hasRejections(); }
};

class ImportWorker final : public QObject
{
    Q_OBJECT

public:
    enum class Stage { Reading, Checking, Writing };
    Q_ENUM(Stage)

    // Called in the worker thread at every progress step, before the cancel flag is read: returning false cancels.
    using ProgressObserver = std::function<bool(Stage stage, qint64 done, qint64 total)>;

    explicit ImportWorker(QObject *parent = nullptr);
    ~ImportWorker() override; // cancels the running job and waits for it

    // Each starts a job on its own thread and returns false when one is running already. `dbPath` is the database
    // file: the worker opens its own connection there (a QSqlDatabase connection belongs to the thread that made it).
    bool startPreview(const QString &dbPath, const QList<ImportWorkerFile> &files, const QString &mode);
    bool startImport(const QString &dbPath, const QList<ImportWorkerFile> &files, const QString &mode);

    // Thread-safe: asks the running job to stop at its next progress step.
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    // Blocks until the running job is over, then emits finished() at once.
    void waitForFinished();
    // The last job's result, complete once finished() was emitted.
    const ImportWorkerResult &result() const { return m_result; }

    void setProgressObserver(ProgressObserver observer) { m_observer = std::move(observer); }

signals:
    // `total` 0: no measure for this stage (writing), show a busy bar. Throttled to a few per second.
    void progressChanged(ImportWorker::Stage stage, qint64 done, qint64 total);
    void finished();

private:
    bool start(ImportWorkerResult::Kind kind, const QString &dbPath, const QList<ImportWorkerFile> &files,
               const QString &mode);
    ImportWorkerResult execute(ImportWorkerResult::Kind kind, const QString &dbPath,
                               const QList<ImportWorkerFile> &files, const QString &mode);
    // Worker thread: tells the observer and the GUI, false when the job must stop.
    bool step(Stage stage, qint64 done, qint64 total);
    void onThreadFinished();

    QThread *m_thread = nullptr;
    ImportWorkerResult m_result;
    ProgressObserver m_observer;
    std::atomic<bool> m_cancel{false};
    // Worker thread only: throttling of progressChanged.
    qint64 m_lastEmitMs = -1;
    Stage m_lastStage = Stage::Reading;
    QElapsedTimer m_clock;
};
