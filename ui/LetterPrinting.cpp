#include "LetterPrinting.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QPrinter>
#include <QProcess>
#include <QProgressDialog>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <memory>
#include <optional>

namespace {
// LetterRenderer's word for a cancelled run.
const QString Cancelled = QStringLiteral("annulé");
} // namespace

bool LetterPrinting::isCancelled(const QString &error)
{
    return error == Cancelled;
}

void LetterPrinting::runOffGuiThread(QWidget *parent, const QString &label,
                                     const std::function<void(const LetterRenderer::Progress &)> &work)
{
    std::atomic_int done = 0;
    std::atomic_int total = 0;
    std::atomic_bool cancelled = false;
    QProgressDialog progress(label, tr("Cancel"), 0, 0, parent);
    progress.setObjectName(QStringLiteral("letterProgressDialog"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&cancelled] { cancelled = true; });
    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, &progress, [&] {
        progress.setMaximum(total);
        progress.setValue(done);
    });
    QEventLoop loop;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        work([&](int d, int t) {
            done = d;
            total = t;
            return !cancelled.load();
        });
    }));
    // Queued to this thread: a worker that finishes before exec() still ends the loop.
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    thread->start();
    poll.start();
    loop.exec(); // the dialog is window-modal: only Cancel takes input
    thread->wait();
}

Result<LetterPrinting::PrintedBatch> LetterPrinting::printBatch(QWidget *parent, const QList<ComposedLetter> &letters,
                                                                QPrinter &printer)
{
    using R = Result<PrintedBatch>;
    if (letters.isEmpty())
        return R::failure(tr("no letter to print"));
    std::optional<R> result;
    const int count = int(letters.size());
    runOffGuiThread(parent, tr("Printing %n letter(s)…", nullptr, count), [&](const LetterRenderer::Progress &progress) {
        const int total = 2 * count;
        PrintedBatch batch;
        // First each letter alone, as the archive keeps it: cancelling here sends nothing to the printer.
        for (int i = 0; i < count; ++i) {
            const Result<QByteArray> pdf = LetterRenderer::toPdf({letters.at(i)});
            if (!pdf) {
                result = R::failure(tr("%1: %2").arg(letters.at(i).customerName, pdf.error()));
                return;
            }
            batch.pdfs << *pdf;
            if (!progress(i + 1, total)) {
                result = R::failure(Cancelled);
                return;
            }
        }
        // Then the whole batch on the printer: one job.
        const Result<int> pages = LetterRenderer::paint(letters, printer, [&](int done, int) {
            if (progress(count + done, total))
                return true;
            printer.abort(); // still painting: the job is dropped where the print system allows it
            return false;
        });
        if (!pages) {
            result = R::failure(pages.error());
            return;
        }
        if (printer.printerState() == QPrinter::Error) {
            result = R::failure(tr("the printer reported an error"));
            return;
        }
        batch.pages = *pages;
        result = std::move(batch);
    });
    if (!result->ok() && printer.outputFormat() == QPrinter::PdfFormat && !printer.outputFileName().isEmpty())
        QFile::remove(printer.outputFileName()); // a half-written file is no print
    return std::move(*result);
}

Status LetterPrinting::printPdf(const QByteArray &pdf, QPrinter &printer, const QString &title)
{
    if (pdf.isEmpty())
        return Status::failure(tr("the archived letter is empty"));
    if (printer.outputFormat() == QPrinter::PdfFormat) {
        const QString path = printer.outputFileName();
        if (path.isEmpty())
            return Status::failure(tr("no file was chosen to print to"));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
            return Status::failure(tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return {};
    }
    const QString lp = QStandardPaths::findExecutable(QStringLiteral("lp"));
    if (lp.isEmpty())
        return Status::failure(tr("this computer has no “lp” command to send a PDF to the printer"));
    QTemporaryFile file(QDir::tempPath() + QStringLiteral("/encaisse-reprint-XXXXXX.pdf"));
    if (!file.open() || file.write(pdf) != pdf.size() || !file.flush())
        return Status::failure(tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    QStringList args;
    if (!printer.printerName().isEmpty())
        args << QStringLiteral("-d") << printer.printerName();
    args << QStringLiteral("-t") << title;
    if (printer.copyCount() > 1)
        args << QStringLiteral("-n") << QString::number(printer.copyCount());
    args << QStringLiteral("--") << file.fileName();
    QProcess process;
    process.start(lp, args);
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished(1000);
        return Status::failure(tr("the print system did not answer (lp)"));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Status::failure(tr("the print system refused the letter: %1")
                                   .arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed()));
    return {};
}
