#pragma once
// LetterRenderer: paints composed letters, one after the other, on any paged device: QPdfWriter for files here,
// QPrinter in the GUI (with setFullPage(true)). Needs no store, so it can run off the GUI thread.

#include "LetterContent.h"
#include "Result.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <functional>

class QPagedPaintDevice;

class LetterRenderer final
{
public:
    // Called after each letter with letters done and the total; returning false cancels.
    using Progress = std::function<bool(int done, int total)>;

    // A4 portrait without margins: every position is measured from the paper's corner (window envelope).
    static void prepareDevice(QPagedPaintDevice &device);
    // Paints the letters on `device` (each from a new page). Returns the pages painted, or "annulé".
    static Result<int> paint(const QList<ComposedLetter> &letters, QPagedPaintDevice &device, const Progress &progress = {});
    // One PDF holding the letters.
    static Result<QByteArray> toPdf(const QList<ComposedLetter> &letters, const Progress &progress = {});
    // Writes one PDF file atomically (nothing is left behind on failure or cancel). Returns the pages written.
    static Result<int> writePdf(const QList<ComposedLetter> &letters, const QString &path, const Progress &progress = {});
    // One page as an image, for a live preview (template editor, print preview thumbnails).
    static QImage preview(const ComposedLetter &letter, int page = 0, int dpi = 96);
};
