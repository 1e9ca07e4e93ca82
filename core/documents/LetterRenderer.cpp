#include "LetterRenderer.h"

#include "LetterLayout.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace {

const QString Cancelled = QStringLiteral("annulé");

void describe(QPdfWriter &writer, const QList<ComposedLetter> &letters)
{
    writer.setCreator(QStringLiteral("Encaisse"));
    if (letters.size() == 1) {
        const ComposedLetter &l = letters.first();
        writer.setTitle(l.title.isEmpty() ? l.subject : l.title + QStringLiteral(" – ") + l.customerName);
    } else {
        writer.setTitle(QStringLiteral("%1 courriers").arg(letters.size()));
    }
}

} // namespace

void LetterRenderer::prepareDevice(QPagedPaintDevice &device)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
}

Result<int> LetterRenderer::paint(const QList<ComposedLetter> &letters, QPagedPaintDevice &device, const Progress &progress)
{
    if (letters.isEmpty())
        return Result<int>::failure(QStringLiteral("aucun courrier à imprimer"));
    QPainter painter;
    if (!painter.begin(&device))
        return Result<int>::failure(QStringLiteral("impossible de dessiner sur le périphérique d'impression"));
    // Positions are from the paper's corner: step back over whatever margins the device keeps (a printer's).
    const QPageLayout layout = device.pageLayout();
    const QPoint offset = layout.paintRectPixels(device.logicalDpiX()).topLeft() - layout.fullRectPixels(device.logicalDpiX()).topLeft();
    int pages = 0;
    for (qsizetype i = 0; i < letters.size(); ++i) {
        const LetterLayout letter(letters.at(i), &device);
        for (int p = 0; p < letter.pageCount(); ++p) {
            if (pages > 0 && !device.newPage()) {
                painter.end();
                return Result<int>::failure(QStringLiteral("impossible de commencer une nouvelle page"));
            }
            painter.save();
            painter.translate(-offset);
            letter.paintPage(painter, p);
            painter.restore();
            ++pages;
        }
        if (progress && !progress(int(i + 1), int(letters.size()))) {
            painter.end();
            return Result<int>::failure(Cancelled);
        }
    }
    if (!painter.end())
        return Result<int>::failure(QStringLiteral("impression inachevée"));
    return pages;
}

Result<QByteArray> LetterRenderer::toPdf(const QList<ComposedLetter> &letters, const Progress &progress)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        prepareDevice(writer);
        describe(writer, letters);
        auto pages = paint(letters, writer, progress);
        if (!pages)
            return Result<QByteArray>::failure(pages.error());
    }
    return bytes;
}

Result<int> LetterRenderer::writePdf(const QList<ComposedLetter> &letters, const QString &path, const Progress &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<int>::failure(QStringLiteral("%1 : écriture impossible (%2)").arg(path, file.errorString()));
    Result<int> pages = Result<int>::failure(QString());
    {
        QPdfWriter writer(&file);
        prepareDevice(writer);
        describe(writer, letters);
        pages = paint(letters, writer, progress);
    }
    if (!pages) {
        file.cancelWriting();
        return pages;
    }
    if (!file.commit())
        return Result<int>::failure(QStringLiteral("%1 : écriture impossible (%2)").arg(path, file.errorString()));
    return pages;
}

QImage LetterRenderer::preview(const ComposedLetter &letter, int page, int dpi)
{
    const double dotsPerMm = dpi / 25.4;
    QImage image(int(LetterLayout::PageWidthMm * dotsPerMm), int(LetterLayout::PageHeightMm * dotsPerMm), QImage::Format_RGB32);
    image.setDotsPerMeterX(int(dpi / 0.0254));
    image.setDotsPerMeterY(int(dpi / 0.0254));
    image.fill(Qt::white);
    const LetterLayout layout(letter, &image);
    QPainter painter(&image);
    layout.paintPage(painter, page);
    return image;
}
