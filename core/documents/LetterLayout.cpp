#include "LetterLayout.h"

#include "FrenchText.h"
#include "LetterComposer.h"
#include "PdfPages.h"
#include "Validators.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QImage>
#include <QPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace {

const QString FontFamily = QStringLiteral("DejaVu Sans");
constexpr double BodyPt = 9.5;
constexpr double TablePt = 7.5;
const QColor Grey(90, 90, 90);
const QColor RuleGrey(150, 150, 150);
const QColor HeaderFill(232, 232, 232);

QFont makeFont(double pointSize, bool bold = false)
{
    QFont f(FontFamily);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setKerning(true);
    // No ligatures: "fi" must stay two letters in the PDF's text, or searching and copying "refinancement" fails.
    // Qt shapes without ligatures as soon as letter spacing is set; a hundredth of a pixel changes nothing visible.
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return f;
}

QTextCharFormat charFormat(double pointSize, bool bold = false)
{
    QTextCharFormat f;
    f.setFont(makeFont(pointSize, bold));
    f.setForeground(Qt::black);
    return f;
}

// Text runs keep their own line breaks: '\n' becomes a line separator inside the paragraph.
void insertRuns(QTextCursor &c, const QList<TextRun> &runs, double pointSize, bool allBold = false)
{
    for (const TextRun &r : runs) {
        QString text = r.text;
        text.replace(u'\n', QChar::LineSeparator);
        c.insertText(text, charFormat(pointSize, allBold || r.bold));
    }
}

// Marks headings and paragraphs that introduce a table: they move to the next page with what follows.
constexpr int KeepWithNextProperty = QTextFormat::UserProperty + 1;

} // namespace

LetterLayout::LetterLayout(const ComposedLetter &letter, QPaintDevice *device) : m_letter(letter), m_device(device)
{
    m_dotsPerMm = device->logicalDpiX() / 25.4;
    buildDocument();
    for (const AppendedPdf &a : m_letter.appended) {
        auto pages = std::make_unique<PdfPages>(a.pdf);
        for (int p = 0; p < pages->count(); ++p)
            m_appendedPages << std::make_pair(int(m_appended.size()), p);
        m_appended.push_back(std::move(pages));
    }
}

LetterLayout::~LetterLayout() = default;

int LetterLayout::ownPageCount() const { return m_doc->pageCount(); }

int LetterLayout::pageCount() const { return ownPageCount() + int(m_appendedPages.size()); }

void LetterLayout::buildDocument()
{
    m_doc = std::make_unique<QTextDocument>();
    m_doc->setUndoRedoEnabled(false);
    m_doc->setDefaultFont(makeFont(BodyPt));
    m_doc->setDocumentMargin(0);
    const double width = mm(PageWidthMm - MarginLeftMm - MarginRightMm);

    QTextCursor c(m_doc.get());
    bool first = true;
    auto keepWithNext = [](QTextBlockFormat f) {
        f.setProperty(KeepWithNextProperty, true);
        return f;
    };
    // Starts a new paragraph (the document already has an empty first one).
    auto block = [&](const QTextBlockFormat &f) {
        if (first) {
            c.setBlockFormat(f);
            first = false;
        } else {
            c.insertBlock(f);
        }
    };
    auto para = [&](double topMm, double bottomMm, Qt::Alignment align = Qt::AlignLeft, double leftMm = 0) {
        QTextBlockFormat f;
        f.setTopMargin(fmt(topMm));
        f.setBottomMargin(fmt(bottomMm));
        f.setAlignment(align);
        f.setLeftMargin(mm(leftMm)); // left and right margins are in device units, unlike the vertical ones
        return f;
    };

    // Page 1: the body starts below the window (letters) or below the letterhead (reports). A top margin would be
    // dropped at the top of a page, so a spacer line of fixed height holds the room for letterhead and address.
    const double startMm = (m_letter.windowEnvelope ? 80.0 : 50.0) - BodyTopMm;
    {
        QTextBlockFormat spacer;
        spacer.setLineHeight(fmt(startMm), QTextBlockFormat::FixedHeight);
        block(spacer);
        c.insertText(QStringLiteral(" "), charFormat(BodyPt));
    }
    if (!m_letter.placeAndDate.isEmpty()) {
        block(para(0, 3, Qt::AlignLeft, m_letter.windowEnvelope ? WindowLeftMm - MarginLeftMm : 0));
        c.insertText(m_letter.placeAndDate, charFormat(BodyPt));
    }
    if (m_letter.registered) {
        block(para(2, 1));
        c.insertText(m_letter.lrarLine(), charFormat(BodyPt, true));
    }
    if (!m_letter.subject.isEmpty()) {
        block(para(2, 0));
        c.insertText(QStringLiteral("Objet : "), charFormat(BodyPt, true));
        c.insertText(m_letter.subject, charFormat(BodyPt, true));
    }
    if (!m_letter.reference.isEmpty()) {
        block(para(0.5, 0));
        c.insertText(QStringLiteral("Réf. : ") + m_letter.reference, charFormat(BodyPt));
    }
    if (!m_letter.enclosures.isEmpty()) {
        block(para(0.5, 0));
        c.insertText(QStringLiteral("P. J. : ") + m_letter.enclosures, charFormat(BodyPt));
    }
    if (!m_letter.title.isEmpty()) {
        block(para(6, 2, Qt::AlignHCenter));
        c.insertText(m_letter.title, charFormat(13, true));
    }
    double nextTop = 5; // space before the first body paragraph

    for (const LetterBlock &b : m_letter.blocks) {
        switch (b.kind) {
        case LetterBlock::Kind::Paragraph:
            // Left-aligned: justified text gapes around IBANs and amounts. A paragraph ending with ":" introduces
            // what follows and stays on its page.
            block(b.runs.last().text.trimmed().endsWith(u':') ? keepWithNext(para(nextTop, 2.2, Qt::AlignLeft))
                                                               : para(nextTop, 2.2, Qt::AlignLeft));
            insertRuns(c, b.runs, BodyPt);
            nextTop = 0;
            break;
        case LetterBlock::Kind::Heading:
            block(keepWithNext(para(nextTop + 3, 2, Qt::AlignLeft)));
            insertRuns(c, b.runs, 11, true);
            nextTop = 0;
            break;
        case LetterBlock::Kind::Signature: {
            QTextBlockFormat f = para(nextTop + 6, 0, Qt::AlignLeft, WindowLeftMm - MarginLeftMm);
            f.setNonBreakableLines(true);
            block(f);
            insertRuns(c, b.runs, BodyPt);
            nextTop = 0;
            break;
        }
        case LetterBlock::Kind::PageBreak: {
            QTextBlockFormat f = para(0, 0);
            f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            block(f);
            nextTop = 0;
            break;
        }
        case LetterBlock::Kind::Table: {
            if (b.table < 0 || b.table >= m_letter.tables.size())
                break;
            const LetterTable &t = m_letter.tables.at(b.table);
            if (t.columns.isEmpty())
                break;
            block(para(nextTop, 0));
            const int cols = int(t.columns.size());
            const int rows = 1 + int(t.rows.size() + t.totals.size());
            QTextTableFormat tf;
            tf.setHeaderRowCount(1); // repeated at the top of every page the table crosses
            tf.setCellPadding(fmt(0.9));
            tf.setCellSpacing(0);
            tf.setBorder(fmt(0.15));
            tf.setBorderBrush(RuleGrey);
            tf.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            tf.setBorderCollapse(true);
            tf.setTopMargin(fmt(1));
            tf.setBottomMargin(fmt(3));
            tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
            QList<QTextLength> widths;
            for (const auto &col : t.columns)
                widths << QTextLength(QTextLength::PercentageLength, col.widthPercent);
            tf.setColumnWidthConstraints(widths);
            QTextTable *table = c.insertTable(rows, cols, tf);
            auto put = [&](int row, int col, const QString &text, bool bold, bool right, bool header = false) {
                QTextTableCell cell = table->cellAt(row, col);
                if (header) {
                    QTextTableCellFormat cf;
                    cf.setBackground(HeaderFill);
                    cell.setFormat(cf);
                }
                QTextCursor cc = cell.firstCursorPosition();
                QTextBlockFormat bf;
                bf.setAlignment(right ? Qt::AlignRight : Qt::AlignLeft);
                cc.setBlockFormat(bf);
                cc.insertText(text, charFormat(TablePt, bold));
            };
            for (int col = 0; col < cols; ++col)
                put(0, col, t.columns.at(col).header, true, t.columns.at(col).alignRight, true);
            int row = 1;
            for (const QStringList &r : t.rows) {
                for (int col = 0; col < cols && col < r.size(); ++col)
                    put(row, col, r.at(col), false, t.columns.at(col).alignRight);
                ++row;
            }
            for (const LetterTable::Total &total : t.totals) {
                const int span = std::clamp(total.span, 1, cols);
                if (span > 1)
                    table->mergeCells(row, 0, 1, span);
                put(row, 0, total.label, true, false);
                for (int i = 0; i < total.values.size() && span + i < cols; ++i)
                    put(row, span + i, total.values.at(i), true, t.columns.at(span + i).alignRight);
                ++row;
            }
            c.movePosition(QTextCursor::End);
            nextTop = 1;
            break;
        }
        }
    }
    // Pages and device only now: a paginated document is laid out again at every edit, the content is built first.
    // Font metrics come from the device: without it, text laid out at screen resolution is 1.4× too large in a PDF.
    m_doc->documentLayout()->setPaintDevice(m_device);
    m_doc->setPageSize(QSizeF(width, mm(BodyBottomMm - BodyTopMm)));
    keepTogether();
}

void LetterLayout::keepTogether()
{
    // Qt paginates line by line; a letter reads better when a paragraph stays whole on one page and a heading or an
    // introduction stays with what follows. Each fix moves a block to the next page, so the layout is redone from
    // there until nothing straddles a page boundary.
    QAbstractTextDocumentLayout *layout = m_doc->documentLayout();
    const double pageHeight = m_doc->pageSize().height();
    auto pageOf = [&](double y) { return int(std::floor(y / pageHeight)); };
    auto breakBefore = [&](const QTextBlock &b) {
        QTextBlockFormat f = b.blockFormat();
        f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(b).setBlockFormat(f);
    };
    for (int guard = 0; guard < 1000; ++guard) {
        bool moved = false;
        for (QTextBlock b = m_doc->begin(); b.isValid() && !moved; b = b.next()) {
            if (QTextCursor(b).currentTable() || b.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                continue;
            const QRectF r = layout->blockBoundingRect(b);
            if (b == m_doc->begin() || r.isEmpty() || r.height() >= pageHeight)
                continue;
            if (pageOf(r.top() + 1) != pageOf(r.bottom() - 1)) {
                breakBefore(b);
                moved = true;
            } else if (b.blockFormat().boolProperty(KeepWithNextProperty) && b.next().isValid()) {
                const QTextBlock next = b.next();
                QTextTable *table = QTextCursor(next).currentTable();
                const double nextTop = table ? layout->frameBoundingRect(table).top() : layout->blockBoundingRect(next).top();
                if (pageOf(nextTop + 1) > pageOf(r.top() + 1)) {
                    breakBefore(b);
                    moved = true;
                }
            }
        }
        if (!moved)
            break;
    }
}

void LetterLayout::paintPage(QPainter &painter, int page) const
{
    if (page < 0 || page >= pageCount())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    const int own = ownPageCount();
    if (page < own) {
        paintFurniture(painter, page);
        const double bodyHeight = mm(BodyBottomMm - BodyTopMm);
        painter.save();
        painter.translate(mm(MarginLeftMm), mm(BodyTopMm) - page * bodyHeight);
        QAbstractTextDocumentLayout::PaintContext ctx;
        // Only the lines of this page: a paragraph split over two pages is drawn on each, line by line. The clip is
        // a hair inside the page because the line pushed to the next page starts exactly on the boundary.
        ctx.clip = QRectF(0, page * bodyHeight + 1, m_doc->pageSize().width(), bodyHeight - 2);
        ctx.palette.setColor(QPalette::Text, Qt::black);
        m_doc->documentLayout()->draw(&painter, ctx);
        painter.restore();
    } else {
        const auto [doc, p] = m_appendedPages.at(page - own);
        const AppendedPdf &a = m_letter.appended.at(doc);
        painter.setFont(makeFont(7.5));
        painter.setPen(Grey);
        painter.drawText(QRectF(mm(MarginLeftMm), mm(5), mm(PageWidthMm - MarginLeftMm - MarginRightMm), mm(5)),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         QStringLiteral("%1 – page %2 / %3").arg(a.caption).arg(p + 1).arg(m_appended.at(doc)->count()));
        const QRectF target(mm(12), mm(11), mm(PageWidthMm - 24), mm(286 - 11));
        m_appended.at(doc)->paint(painter, p, target);
        painter.setPen(QPen(RuleGrey, mm(0.15)));
        painter.setBrush(Qt::NoBrush);
        const QSizeF pts = m_appended.at(doc)->pageSize(p);
        if (!pts.isEmpty()) {
            const double k = std::min(target.width() / pts.width(), target.height() / pts.height());
            const QSizeF s(pts.width() * k, pts.height() * k);
            painter.drawRect(QRectF(target.center() - QPointF(s.width() / 2, s.height() / 2), s));
        }
        // The copy keeps its own footer: only the page number of the whole document below it.
        painter.setFont(makeFont(7.5));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(mm(MarginLeftMm), mm(288), mm(PageWidthMm - MarginLeftMm - MarginRightMm), mm(5)),
                         Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("Page %1 / %2").arg(page + 1).arg(pageCount()));
    }
    painter.restore();
}

void LetterLayout::paintFurniture(QPainter &painter, int page) const
{
    // Fold marks for a DL envelope, in the left margin.
    painter.setPen(QPen(RuleGrey, mm(0.2)));
    for (double y : FoldMarksMm)
        painter.drawLine(QPointF(mm(3), mm(y)), QPointF(mm(8), mm(y)));
    if (page == 0) {
        paintLetterhead(painter);
        if (m_letter.windowEnvelope)
            paintRecipient(painter);
    } else if (!m_letter.runningHeader.isEmpty()) {
        painter.setFont(makeFont(7.5));
        painter.setPen(Grey);
        const QRectF r(mm(MarginLeftMm), mm(6), mm(PageWidthMm - MarginLeftMm - MarginRightMm), mm(5));
        painter.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, m_letter.runningHeader);
        painter.setPen(QPen(RuleGrey, mm(0.15)));
        painter.drawLine(QPointF(r.left(), mm(11.5)), QPointF(r.right(), mm(11.5)));
    }
    paintFooter(painter, page);
}

void LetterLayout::paintLetterhead(QPainter &painter) const
{
    const Company &co = m_letter.company;
    double y = mm(12);
    const double x = mm(MarginLeftMm);
    const double w = mm(WindowLeftMm - MarginLeftMm - 5);
    if (!co.logoPng.isEmpty()) {
        QImage logo;
        if (logo.loadFromData(co.logoPng)) {
            const QSizeF box(mm(45), mm(16));
            const QSizeF s = QSizeF(logo.size()).scaled(box, Qt::KeepAspectRatio);
            painter.drawImage(QRectF(QPointF(x, y), s), logo);
            y += s.height() + mm(2);
        }
    }
    auto line = [&](const QString &text, const QFont &font, const QColor &color) {
        if (text.trimmed().isEmpty())
            return;
        painter.setFont(font);
        painter.setPen(color);
        const QFontMetricsF fm(font, painter.device());
        painter.drawText(QPointF(x, y + fm.ascent()), fm.elidedText(text, Qt::ElideRight, w));
        y += fm.lineSpacing();
    };
    line(co.name, makeFont(13, true), Qt::black);
    y += mm(0.8);
    line(LetterComposer::legalLine(co), makeFont(7.5), Grey);
    for (const QString &l : LetterComposer::addressLines(co.address))
        line(l, makeFont(8.5), Qt::black);
    QStringList contact;
    if (!co.phone.isEmpty())
        contact << QStringLiteral("Tél. ") + co.phone;
    if (!co.email.isEmpty())
        contact << co.email;
    line(contact.join(QStringLiteral(" – ")), makeFont(8.5), Qt::black);
    if (!co.website.isEmpty())
        line(co.website, makeFont(8.5), Qt::black);
}

void LetterLayout::paintRecipient(QPainter &painter) const
{
    // Inside the window with 2 mm of air on each side; the font shrinks until the longest line fits.
    const QRectF box(mm(WindowLeftMm + 2), mm(WindowTopMm + 2), mm(WindowRightMm - WindowLeftMm - 4),
                     mm(WindowBottomMm - WindowTopMm - 4));
    double pt = 10;
    QFont font = makeFont(pt);
    for (; pt > 6.5; pt -= 0.5) {
        font = makeFont(pt);
        const QFontMetricsF fm(font, painter.device());
        double widest = 0;
        for (const QString &l : m_letter.recipientLines)
            widest = std::max(widest, fm.horizontalAdvance(l));
        if (widest <= box.width() && fm.lineSpacing() * m_letter.recipientLines.size() <= box.height())
            break;
    }
    painter.setFont(font);
    painter.setPen(Qt::black);
    const QFontMetricsF fm(font, painter.device());
    double y = box.top() + fm.ascent();
    for (const QString &l : m_letter.recipientLines) {
        painter.drawText(QPointF(box.left(), y), l);
        y += fm.lineSpacing();
    }
}

void LetterLayout::paintFooter(QPainter &painter, int page) const
{
    const Company &co = m_letter.company;
    const double left = mm(MarginLeftMm);
    const double width = mm(PageWidthMm - MarginLeftMm - MarginRightMm);
    painter.setPen(QPen(RuleGrey, mm(0.15)));
    painter.drawLine(QPointF(left, mm(280)), QPointF(left + width, mm(280)));
    QStringList first{co.name};
    const QString legal = LetterComposer::legalLine(co);
    if (!legal.isEmpty())
        first << legal;
    if (!co.vatNumber.isEmpty())
        first << QStringLiteral("TVA ") + co.vatNumber;
    QStringList second;
    const QStringList address = LetterComposer::addressLines(co.address);
    if (!address.isEmpty())
        second << address.join(QStringLiteral(", "));
    if (!co.iban.isEmpty())
        second << QStringLiteral("IBAN ") + Validators::formatIban(co.iban)
                + (co.bic.isEmpty() ? QString() : QString(QStringLiteral(" – BIC ") + co.bic));
    const QFont font = makeFont(6.5);
    painter.setFont(font);
    painter.setPen(Grey);
    const QFontMetricsF fm(font, painter.device());
    const QRectF r1(left, mm(281), width, fm.lineSpacing());
    painter.drawText(r1, Qt::AlignHCenter | Qt::AlignTop, fm.elidedText(first.join(QStringLiteral(" – ")), Qt::ElideRight, width));
    const QRectF r2(left, r1.bottom(), width, fm.lineSpacing());
    painter.drawText(r2, Qt::AlignHCenter | Qt::AlignTop, fm.elidedText(second.join(QStringLiteral(" – ")), Qt::ElideRight, width));
    painter.setFont(makeFont(7.5));
    painter.setPen(Qt::black);
    painter.drawText(QRectF(left, mm(288), width, mm(5)), Qt::AlignRight | Qt::AlignVCenter,
                     QStringLiteral("Page %1 / %2").arg(page + 1).arg(pageCount()));
}
