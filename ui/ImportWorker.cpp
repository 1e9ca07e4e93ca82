#include "ImportWorker.h"

#include "Database.h"
#include "Importer.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>

namespace {

ImportFilePreview summarize(const ImportBatch &batch)
{
    ImportFilePreview p;
    p.path = batch.file;
    p.format = batch.format;
    p.rowsRead = batch.rowsRead;
    p.customers = int(batch.customers.size());
    p.errors = batch.errors;
    p.warnings = batch.warnings;
    for (const ImportedItem &item : batch.items) {
        switch (item.kind) {
        case Invoice::Kind::Invoice:
            ++p.invoices;
            break;
        case Invoice::Kind::CreditNote:
            ++p.creditNotes;
            break;
        case Invoice::Kind::OpeningBalance:
        case Invoice::Kind::Payment:
            ++p.otherItems;
            break;
        }
        if (item.currency.isEmpty() || item.currency == u"EUR")
            p.openCents += item.openCents;
        else if (!p.otherCurrencies.contains(item.currency))
            p.otherCurrencies << item.currency;
    }
    return p;
}

} // namespace

ImportWorker::ImportWorker(QObject *parent) : QObject(parent) {}

ImportWorker::~ImportWorker()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

bool ImportWorker::startPreview(const QString &dbPath, const QList<ImportWorkerFile> &files, const QString &mode)
{
    return start(ImportWorkerResult::Kind::Preview, dbPath, files, mode);
}

bool ImportWorker::startImport(const QString &dbPath, const QList<ImportWorkerFile> &files, const QString &mode)
{
    return start(ImportWorkerResult::Kind::Import, dbPath, files, mode);
}

void ImportWorker::cancel() { m_cancel = true; }

void ImportWorker::waitForFinished()
{
    if (!m_thread)
        return;
    m_thread->wait();
    onThreadFinished(); // the queued QThread::finished that follows finds no thread and does nothing
}

bool ImportWorker::start(ImportWorkerResult::Kind kind, const QString &dbPath, const QList<ImportWorkerFile> &files,
                         const QString &mode)
{
    if (m_thread)
        return false;
    m_cancel = false;
    m_result = {};
    m_result.kind = kind;
    m_lastEmitMs = -1;
    m_lastStage = Stage::Reading;
    m_thread = QThread::create([this, kind, dbPath, files, mode] { m_result = execute(kind, dbPath, files, mode); });
    m_thread->setObjectName(QStringLiteral("import"));
    // A job already collected by waitForFinished() must not end the next one.
    connect(m_thread, &QThread::finished, this, [this, thread = m_thread] {
        if (m_thread == thread)
            onThreadFinished();
    });
    m_clock.start();
    m_thread->start();
    return true;
}

void ImportWorker::onThreadFinished()
{
    if (!m_thread)
        return;
    m_thread->deleteLater();
    m_thread = nullptr;
    emit finished();
}

bool ImportWorker::step(Stage stage, qint64 done, qint64 total)
{
    if (m_observer && !m_observer(stage, done, total))
        m_cancel = true;
    if (m_cancel.load())
        return false;
    const qint64 now = m_clock.elapsed();
    if (stage != m_lastStage || m_lastEmitMs < 0 || now - m_lastEmitMs >= 50 || (total > 0 && done >= total)) {
        m_lastStage = stage;
        m_lastEmitMs = now;
        emit progressChanged(stage, done, total);
    }
    return !m_cancel.load();
}

ImportWorkerResult ImportWorker::execute(ImportWorkerResult::Kind kind, const QString &dbPath,
                                         const QList<ImportWorkerFile> &files, const QString &mode)
{
    ImportWorkerResult result;
    result.kind = kind;
    ImportOptions options;
    options.mode = mode;

    // Reading: every file through its parser, progress in bytes over all the files.
    qint64 total = 0;
    for (const ImportWorkerFile &f : files)
        total += QFileInfo(f.path).size();
    qint64 done = 0;
    QList<ImportBatch> batches;
    bool faults = false;
    step(Stage::Reading, 0, total);
    for (const ImportWorkerFile &f : files) {
        const qint64 base = done;
        const qint64 size = QFileInfo(f.path).size();
        ImportBatch batch;
        if (const Importer::ParserFn parse = Importer::parserFor(f.format)) {
            ImportOptions fileOptions = options;
            fileOptions.format = f.format;
            fileOptions.csvMapping = f.format == u"csv" ? f.csvMapping : QString();
            batch = parse(f.path, fileOptions, [&](qint64 bytes) { return step(Stage::Reading, base + bytes, total); });
        } else {
            batch.file = f.path;
            batch.format = f.format;
            batch.errors.append({f.path, 0, {},
                                 QStringLiteral("le format « %1 » n'est pas pris en charge").arg(f.format)});
        }
        if (batch.file.isEmpty())
            batch.file = f.path;
        if (batch.format.isEmpty())
            batch.format = f.format;
        done = base + size;
        if (batch.cancelled || !step(Stage::Reading, done, total)) {
            result.cancelled = true;
            result.report.cancelled = true;
            return result;
        }
        result.files << summarize(batch);
        faults = faults || !batch.ok();
        batches << std::move(batch);
    }

    if (faults || batches.isEmpty()) {
        // The refusal, as the importer would word it: nothing is applied anywhere.
        ImportReport &r = result.report;
        r.mode = mode;
        QStringList formats;
        for (const ImportBatch &b : std::as_const(batches)) {
            r.files.append({b.file, b.format, b.rowsRead, {}});
            r.rowsRead += b.rowsRead;
            r.rejected += b.errors;
            r.warnings += b.warnings;
            if (!formats.contains(b.format))
                formats << b.format;
        }
        r.format = formats.join(u',');
        if (batches.isEmpty())
            r.rejected.append({{}, 0, {}, QStringLiteral("aucun fichier à importer")});
        return result;
    }

    const auto applyProgress = [this](Stage stage) {
        return [this, stage](qint64, qint64) { return step(stage, 0, 0); };
    };

    if (kind == ImportWorkerResult::Kind::Import) {
        step(Stage::Writing, 0, 0);
        Database db;
        if (const Status s = db.open(dbPath); !s) {
            result.error = s.error();
            return result;
        }
        result.report = Importer(db).apply(batches, options, applyProgress(Stage::Writing));
        result.cancelled = result.report.cancelled;
        return result;
    }

    // Preview: the same batches applied to a copy of the database, which is then thrown away.
    step(Stage::Checking, 0, 0);
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        result.error = QStringLiteral("dossier temporaire impossible à créer : %1").arg(scratch.errorString());
        return result;
    }
    const QString copyPath = scratch.filePath(QStringLiteral("preview.sqlite"));
    {
        Database live;
        if (const Status s = live.open(dbPath); !s) {
            result.error = s.error();
            return result;
        }
        if (const Status s = live.backupTo(copyPath); !s) {
            result.error = s.error();
            return result;
        }
    }
    if (!step(Stage::Checking, 0, 0)) {
        result.cancelled = true;
        return result;
    }
    Database copy;
    if (const Status s = copy.open(copyPath); !s) {
        result.error = s.error();
        return result;
    }
    result.report = Importer(copy).apply(batches, options, applyProgress(Stage::Checking));
    result.dryRun = !result.report.cancelled && !result.report.hasRejections();
    result.cancelled = result.report.cancelled;
    return result;
}
