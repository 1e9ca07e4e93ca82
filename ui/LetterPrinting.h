#pragma once
// LetterPrinting: the printer side of the Courriers tab. A batch of letters goes to the printer in one job, with
// each letter's own PDF rendered for the archive; an archived PDF goes back to a printer unchanged. Painting runs
// off the GUI thread behind a progress dialog with Cancel (it needs no store).

#include "LetterContent.h"
#include "LetterRenderer.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>

class QPrinter;
class QWidget;

class LetterPrinting final
{
    Q_DECLARE_TR_FUNCTIONS(LetterPrinting)

public:
    // The error text of work cancelled by the user (the core's "annulé").
    static bool isCancelled(const QString &error);

    // Runs `work` on a worker thread while a window-modal progress dialog with Cancel shows; returns when it is
    // done. `work` gets the core's progress callback (done, total → false to cancel) and must not touch the store.
    static void runOffGuiThread(QWidget *parent, const QString &label,
                                const std::function<void(const LetterRenderer::Progress &)> &work);

    struct PrintedBatch
    {
        int pages = 0;          // pages sent to the printer
        QList<QByteArray> pdfs; // each letter alone, as archived (same order as the letters)
    };
    // Renders each letter's PDF, then paints every letter on `printer` in one job (each from a new page). Cancel
    // before the printer starts leaves nothing behind; cancel while it prints aborts the job where the printer allows.
    static Result<PrintedBatch> printBatch(QWidget *parent, const QList<ComposedLetter> &letters, QPrinter &printer);

    // The bytes of an archived letter to `printer`, unchanged: copied to the file when it prints to a PDF file,
    // else handed to the system's `lp` (CUPS). Fails, saying why, when neither is possible.
    static Status printPdf(const QByteArray &pdf, QPrinter &printer, const QString &title);
};
