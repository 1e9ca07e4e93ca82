#include "PdfPages.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <poppler-qt6.h>

PdfPages::PdfPages(const QByteArray &pdf) : m_doc(Poppler::Document::loadFromData(pdf))
{
    if (m_doc && m_doc->isLocked())
        m_doc.reset();
    if (m_doc)
        m_doc->setRenderBackend(Poppler::Document::QPainterBackend);
}

PdfPages::~PdfPages() = default;

bool PdfPages::isValid() const { return m_doc && m_doc->numPages() > 0; }

int PdfPages::count() const { return m_doc ? m_doc->numPages() : 0; }

QSizeF PdfPages::pageSize(int page) const
{
    if (!m_doc || page < 0 || page >= m_doc->numPages())
        return {};
    const std::unique_ptr<Poppler::Page> p = m_doc->page(page);
    return p ? p->pageSizeF() : QSizeF();
}

void PdfPages::paint(QPainter &painter, int page, const QRectF &target) const
{
    if (!m_doc || page < 0 || page >= m_doc->numPages())
        return;
    const std::unique_ptr<Poppler::Page> p = m_doc->page(page);
    if (!p)
        return;
    const QSizeF points = p->pageSizeF();
    if (points.isEmpty())
        return;
    // Poppler draws at `dpi` in the painter's units: one point is dpi/72 units before our own scaling.
    const double dpi = painter.device() ? painter.device()->logicalDpiX() : 72.0;
    const double unitsPerPoint = dpi / 72.0;
    const double scale = std::min(target.width() / (points.width() * unitsPerPoint),
                                  target.height() / (points.height() * unitsPerPoint));
    const QSizeF drawn(points.width() * unitsPerPoint * scale, points.height() * unitsPerPoint * scale);
    const QPointF origin(target.left() + (target.width() - drawn.width()) / 2,
                         target.top() + (target.height() - drawn.height()) / 2);

    // Poppler sets the painter's transform outright (it would drop ours), so the scale and the position go through
    // its own parameters, in device pixels: the resolution, and the offset of the page within the device.
    const QTransform device = painter.worldTransform();
    const QPointF at = device.map(origin);
    const double xres = dpi * scale * device.m11();
    const double yres = dpi * scale * device.m22();
    p->renderToPainter(&painter, xres, yres, -qRound(at.x()), -qRound(at.y()), int(std::ceil(points.width() * xres / 72.0)),
                       int(std::ceil(points.height() * yres / 72.0)));

    painter.save();
    painter.translate(origin);
    painter.scale(scale, scale);
    // Invisible text layer: each word where Poppler found it, stretched to its box.
    painter.setPen(QColor(0, 0, 0, 0));
    QFont font(QStringLiteral("DejaVu Sans"));
    for (const std::unique_ptr<Poppler::TextBox> &box : p->textList()) {
        const QRectF r = box->boundingBox(); // points, from the top-left corner
        const QString text = box->text();
        if (text.isEmpty() || r.isEmpty())
            continue;
        font.setPixelSize(std::max(1, int(r.height() * unitsPerPoint * 0.8)));
        const QFontMetricsF fm(font, painter.device());
        const double width = fm.horizontalAdvance(text);
        if (width <= 0)
            continue;
        painter.save();
        painter.setFont(font);
        painter.translate(r.left() * unitsPerPoint, r.bottom() * unitsPerPoint - fm.descent());
        painter.scale(r.width() * unitsPerPoint / width, 1.0);
        painter.drawText(QPointF(0, 0), text);
        painter.restore();
    }
    painter.restore();
}
