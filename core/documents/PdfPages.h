#pragma once
// PdfPages: the pages of an existing PDF (an archived letter, an invoice copy) re-drawn on any QPainter.
// Poppler-Qt6's QPainter backend redraws each page as vectors; the words Poppler extracts are then laid over it
// as invisible text, so a copy inside a dossier stays sharp, selectable and searchable (a raster copy would be
// neither, and ten times larger).

#include <QByteArray>
#include <QRectF>
#include <QSizeF>
#include <memory>

class QPainter;
namespace Poppler {
class Document;
}

class PdfPages final
{
public:
    explicit PdfPages(const QByteArray &pdf);
    ~PdfPages();
    PdfPages(const PdfPages &) = delete;
    PdfPages &operator=(const PdfPages &) = delete;

    bool isValid() const;
    int count() const;
    // Page size in points (1/72 inch).
    QSizeF pageSize(int page) const;
    // Draws page `page` (0-based) into `target` (painter coordinates), centred and keeping its proportions.
    void paint(QPainter &painter, int page, const QRectF &target) const;

private:
    std::unique_ptr<Poppler::Document> m_doc;
};
