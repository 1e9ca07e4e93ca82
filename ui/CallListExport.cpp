#include "CallListExport.h"

#include "Clock.h"
#include "Database.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QThread>

QString CallListExport::suggestedFileName(const IsoWeek &week)
{
    return QStringLiteral("appels-%1.xlsx").arg(week.toString());
}

QString CallListExport::suggestedPath(const IsoWeek &week)
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QDir(folder).filePath(suggestedFileName(week));
}

CallListExport::Outcome CallListExport::run(Database &db, const IsoWeek &week, QWidget *parent,
                                            const FileNameAsker &askFileName)
{
    Outcome outcome;
    if (!week.isValid()) {
        outcome.error = tr("There is no week %1.").arg(week.toString());
        return outcome;
    }
    const QString title = tr("Export the calls of week %1").arg(week.week);
    const QString suggested = suggestedPath(week);
    QString path = askFileName ? askFileName(title, suggested)
                               : QFileDialog::getSaveFileName(parent, title, suggested, tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty()) {
        outcome.cancelled = true;
        return outcome;
    }
    if (!path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive))
        path += QStringLiteral(".xlsx");

    QProgressDialog progress(tr("Listing the calls of week %1…").arg(week.week), tr("Cancel"), 0, 0, parent);
    progress.setObjectName(QStringLiteral("callListProgressDialog"));
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::WindowModal);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setMinimumDuration(400); // a short export never flashes a dialog

    // The calendar is brought up to date and read here: the database connection belongs to this thread.
    auto built = CallListBuilder(db).build(week, Clock::instance().today());
    if (!built) {
        outcome.error = tr("The calls of week %1 could not be listed: %2").arg(week.toString(), built.error());
        return outcome;
    }
    if (progress.wasCanceled()) {
        outcome.cancelled = true;
        return outcome;
    }
    const CallList list = std::move(built.value());

    progress.setLabelText(tr("Writing %n call(s) to %1…", nullptr, int(list.rows.size())).arg(QDir::toNativeSeparators(path)));
    Status written;
    QThread *writer = QThread::create([&written, &list, &path] { written = CallListXlsx::write(list, path); });
    QEventLoop loop;
    QObject::connect(writer, &QThread::finished, &loop, &QEventLoop::quit);
    writer->start();
    loop.exec(); // the progress dialog is window-modal: only its Cancel button takes input
    writer->wait();
    delete writer;
    const bool cancelled = progress.wasCanceled();
    progress.hide(); // not close(): closing a progress dialog counts as Cancel

    if (!written) {
        const QString error = written.error();
        outcome.error = error.contains(path) ? tr("The call list could not be saved: %1").arg(error)
                                             : tr("The call list could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), error);
        return outcome;
    }
    if (cancelled) {
        // Too late to stop the writer: the file it finished is not kept.
        QFile::remove(path);
        outcome.cancelled = true;
        return outcome;
    }
    outcome.path = path;
    outcome.calls = int(list.rows.size());
    outcome.overdue = list.overdueCount();
    outcome.totalDueCents = list.totalDueCents();
    return outcome;
}

QString exportWeekCalls(Database &db, const IsoWeek &week, QWidget *parent,
                        const std::function<QString(const QString &title, const QString &suggested)> &askFileName)
{
    const CallListExport::Outcome outcome = CallListExport::run(db, week, parent, askFileName);
    if (!outcome.error.isEmpty())
        QMessageBox::warning(parent, CallListExport::tr("Export the week's calls"), outcome.error);
    return outcome.path;
}
