#include "LetterPreviewWidget.h"

#include <QPainter>
#include <QPalette>

namespace {
// A4: 210 × 297 mm.
constexpr double PageRatio = 297.0 / 210.0;
}

LetterPreviewWidget::LetterPreviewWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("letterPreview"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void LetterPreviewWidget::setImage(const QImage &page)
{
    m_image = page;
    m_message.clear();
    update();
}

void LetterPreviewWidget::setMessage(const QString &text)
{
    m_image = QImage();
    m_message = text;
    update();
}

QSize LetterPreviewWidget::sizeHint() const
{
    return QSize(320, int(320 * PageRatio));
}

QSize LetterPreviewWidget::minimumSizeHint() const
{
    return QSize(160, int(160 * PageRatio));
}

int LetterPreviewWidget::heightForWidth(int width) const
{
    return int(width * PageRatio);
}

void LetterPreviewWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    QWidget::mouseDoubleClickEvent(event);
    if (!m_image.isNull())
        emit activated();
}

void LetterPreviewWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Mid));
    // The page, as large as fits, centred, with the paper's proportions.
    const QRectF area = QRectF(rect()).adjusted(8, 8, -8, -8);
    QSizeF size(area.width(), area.width() * PageRatio);
    if (size.height() > area.height())
        size = QSizeF(area.height() / PageRatio, area.height());
    const QRectF page(area.center() - QPointF(size.width() / 2, size.height() / 2), size);
    painter.fillRect(page.translated(3, 3), QColor(0, 0, 0, 60));
    painter.fillRect(page, Qt::white);
    if (!m_image.isNull()) {
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(page, m_image);
    } else if (!m_message.isEmpty()) {
        painter.setPen(palette().color(QPalette::Disabled, QPalette::WindowText).darker(130));
        painter.drawText(page.adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap, m_message);
    }
}
