#pragma once
// LetterLayout: one ComposedLetter laid out for one paint device (PDF writer, printer, preview image): A4 pages with
// letterhead, recipient block in the DL window, fold marks, body flowing over pages (table headers repeated),
// "Page n / N" and the legal footer, then the appended PDFs. Painting needs no store and no widgets.

#include "LetterContent.h"

#include <QList>
#include <memory>

class PdfPages;
class QPaintDevice;
class QPainter;
class QTextDocument;

class LetterLayout final
{
public:
    // A4 geometry, in millimetres from the paper's top-left corner.
    static constexpr double PageWidthMm = 210.0;
    static constexpr double PageHeightMm = 297.0;
    static constexpr double MarginLeftMm = 20.0;
    static constexpr double MarginRightMm = 20.0;
    static constexpr double BodyTopMm = 15.0;     // body on pages 2 and next (running header above)
    static constexpr double BodyBottomMm = 273.0; // footer below
    static constexpr double WindowLeftMm = 110.0; // DL window envelope (DOMAIN.md §6)
    static constexpr double WindowRightMm = 200.0;
    static constexpr double WindowTopMm = 45.0;
    static constexpr double WindowBottomMm = 75.0;
    static constexpr double FoldMarksMm[2] = {99.0, 198.0};

    // Lays the letter out for `device` (its resolution decides font metrics; nothing is painted yet).
    LetterLayout(const ComposedLetter &letter, QPaintDevice *device);
    ~LetterLayout();
    LetterLayout(const LetterLayout &) = delete;
    LetterLayout &operator=(const LetterLayout &) = delete;

    // Pages of the letter itself, then of the appended PDFs.
    int pageCount() const;
    int ownPageCount() const;
    // Paints page `page` (0-based). The painter's origin must be the paper's top-left corner, in device units.
    void paintPage(QPainter &painter, int page) const;

private:
    double mm(double millimetres) const { return millimetres * m_dotsPerMm; }
    // Lengths inside text formats (margins, padding, borders) are in 96-dpi pixels: the text layout scales them to
    // the device itself. Only the page size is in device units.
    static double fmt(double millimetres) { return millimetres * 96.0 / 25.4; }
    void buildDocument();
    void keepTogether();
    void paintFurniture(QPainter &painter, int page) const;
    void paintLetterhead(QPainter &painter) const;
    void paintRecipient(QPainter &painter) const;
    void paintFooter(QPainter &painter, int page) const;

    const ComposedLetter &m_letter;
    QPaintDevice *m_device;
    double m_dotsPerMm = 1.0;
    std::unique_ptr<QTextDocument> m_doc;
    std::vector<std::unique_ptr<PdfPages>> m_appended;
    QList<std::pair<int, int>> m_appendedPages; // (appended document, page) for each page after the letter's own
};
