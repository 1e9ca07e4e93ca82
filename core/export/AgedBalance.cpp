#include "AgedBalance.h"

#include "InvoiceRepository.h"
#include "XlsxWriter.h"

#include <QHash>

qint64 AgedBalanceLine::totalCents() const
{
    qint64 t = 0;
    for (qint64 c : cents)
        t += c;
    return t;
}

AgedBalanceLine::Bucket AgedBalance::bucketFor(qint64 days)
{
    if (days <= 0)
        return AgedBalanceLine::NotDue;
    if (days <= 30)
        return AgedBalanceLine::Days1To30;
    if (days <= 60)
        return AgedBalanceLine::Days31To60;
    if (days <= 90)
        return AgedBalanceLine::Days61To90;
    return AgedBalanceLine::Over90;
}

QString AgedBalance::bucketLabel(int bucket)
{
    switch (bucket) {
    case AgedBalanceLine::NotDue: return QStringLiteral("Non échu");
    case AgedBalanceLine::Days1To30: return QStringLiteral("1 à 30 j");
    case AgedBalanceLine::Days31To60: return QStringLiteral("31 à 60 j");
    case AgedBalanceLine::Days61To90: return QStringLiteral("61 à 90 j");
    case AgedBalanceLine::Over90: return QStringLiteral("> 90 j");
    default: break;
    }
    return {};
}

QString AgedBalance::bucketKey(int bucket)
{
    switch (bucket) {
    case AgedBalanceLine::NotDue: return QStringLiteral("not_due");
    case AgedBalanceLine::Days1To30: return QStringLiteral("days_1_30");
    case AgedBalanceLine::Days31To60: return QStringLiteral("days_31_60");
    case AgedBalanceLine::Days61To90: return QStringLiteral("days_61_90");
    case AgedBalanceLine::Over90: return QStringLiteral("over_90");
    default: break;
    }
    return {};
}

Result<AgedBalance> AgedBalance::compute(Database &db, const QDate &date)
{
    using R = Result<AgedBalance>;
    if (!date.isValid())
        return R::failure(QStringLiteral("date de la balance âgée invalide"));
    if (!db.isOpen())
        return R::failure(QStringLiteral("aucune base ouverte"));
    AgedBalance b;
    b.date = date;
    InvoiceFilter filter;
    filter.openOnly = true;
    QHash<qint64, qsizetype> index; // customer → line
    for (const InvoiceRow &row : InvoiceRepository(db).list(filter)) {
        const Invoice &inv = row.invoice;
        if (inv.openCents == 0)
            continue;
        const bool credit = inv.kind == Invoice::Kind::CreditNote || inv.kind == Invoice::Kind::Payment || inv.openCents < 0;
        // A credit ages from its own date; a debit from its due date (the issue date when there is none).
        const QDate from = credit ? (inv.issueDate.isValid() ? inv.issueDate : inv.dueDate)
                                  : (inv.dueDate.isValid() ? inv.dueDate : inv.issueDate);
        const qint64 days = from.isValid() ? from.daysTo(date) : 0;
        auto it = index.find(inv.customerId);
        if (it == index.end()) {
            AgedBalanceLine line;
            line.customerId = inv.customerId;
            line.customerCode = row.customerCode;
            line.customerName = row.customerName;
            b.lines << line;
            it = index.insert(inv.customerId, b.lines.size() - 1);
        }
        b.lines[*it].cents[bucketFor(days)] += inv.openCents;
    }
    QList<AgedBalanceLine> kept;
    for (const AgedBalanceLine &l : std::as_const(b.lines)) {
        if (std::all_of(l.cents.begin(), l.cents.end(), [](qint64 c) { return c == 0; }))
            continue;
        kept << l;
        for (int i = 0; i < AgedBalanceLine::BucketCount; ++i)
            b.totals.cents[i] += l.cents[i];
    }
    // InvoiceRepository::list orders by customer code already; keep that order.
    b.lines = kept;
    b.totals.customerName = QStringLiteral("Total");
    return b;
}

namespace AgedBalanceXlsx {

Status write(const AgedBalance &balance, const QString &companyName, const QString &path)
{
    const QString title = QStringLiteral("Balance âgée au %1%2")
                              .arg(balance.date.toString(QStringLiteral("dd/MM/yyyy")),
                                   companyName.isEmpty() ? QString() : QStringLiteral(" — ") + companyName);
    XlsxWriter::Options options;
    options.title = title;
    options.subject = QStringLiteral("Balance âgée");
    options.author = QStringLiteral("Encaisse");
    options.company = companyName;
    XlsxWriter book(path, options);
    XlsxWriter::Sheet sheet = book.addSheet(QStringLiteral("Balance âgée"));

    XlsxStyle s;
    s.bold = true;
    s.fontSize = 14;
    s.fontColor = 0x1F3864;
    const auto fTitle = book.addFormat(s);
    s = {};
    s.bold = true;
    s.wrap = true;
    s.background = 0xDCE6F1;
    s.border = XlsxStyle::Border::BottomThin;
    const auto fHeader = book.addFormat(s);
    s.align = XlsxStyle::Align::Right;
    const auto fHeaderRight = book.addFormat(s);
    s = {};
    s.numberFormat = XlsxWriter::euroFormat();
    const auto fEuro = book.addFormat(s);
    s.bold = true;
    s.border = XlsxStyle::Border::TopThin;
    const auto fTotalEuro = book.addFormat(s);
    s = {};
    s.bold = true;
    s.border = XlsxStyle::Border::TopThin;
    const auto fTotalText = book.addFormat(s);
    s = {};
    s.italic = true;
    s.fontColor = 0x595959;
    const auto fNote = book.addFormat(s);

    constexpr int TitleRow = 0, HeaderRow = 2, FirstDataRow = 3;
    constexpr int FirstBucketCol = 2, TotalCol = FirstBucketCol + AgedBalanceLine::BucketCount;
    sheet.setColumn(0, 0, 10);
    sheet.setColumn(1, 1, 34);
    sheet.setColumn(FirstBucketCol, TotalCol, 14);
    sheet.text(TitleRow, 0, title, fTitle);
    sheet.text(HeaderRow, 0, QStringLiteral("Code"), fHeader);
    sheet.text(HeaderRow, 1, QStringLiteral("Client"), fHeader);
    for (int b = 0; b < AgedBalanceLine::BucketCount; ++b)
        sheet.text(HeaderRow, FirstBucketCol + b, AgedBalance::bucketLabel(b), fHeaderRight);
    sheet.text(HeaderRow, TotalCol, QStringLiteral("Total"), fHeaderRight);

    int row = FirstDataRow;
    auto writeLine = [&](const AgedBalanceLine &l, XlsxWriter::Format text, XlsxWriter::Format euro) {
        sheet.text(row, 0, l.customerCode, text);
        sheet.text(row, 1, l.customerName, text);
        for (int b = 0; b < AgedBalanceLine::BucketCount; ++b)
            sheet.money(row, FirstBucketCol + b, l.cents[b], euro);
        sheet.money(row, TotalCol, l.totalCents(), euro);
        ++row;
    };
    for (const AgedBalanceLine &l : balance.lines)
        writeLine(l, 0, fEuro);
    const int lastDataRow = row - 1;
    writeLine(balance.totals, fTotalText, fTotalEuro);
    sheet.text(row + 1, 0,
               QStringLiteral("Montants restant dus au %1, par retard depuis l'échéance. Avoirs et règlements non lettrés "
                              "réduisent la tranche de leur propre date.")
                   .arg(balance.date.toString(QStringLiteral("dd/MM/yyyy"))),
               fNote);

    sheet.freezePanes(FirstDataRow, FirstBucketCol);
    // The filter stops above the totals row so that sorting never moves it.
    sheet.autoFilter(HeaderRow, 0, std::max(lastDataRow, HeaderRow), TotalCol);
    sheet.pageSetup(false, 1);
    sheet.repeatRows(HeaderRow, HeaderRow);
    sheet.headerFooter(title, QStringLiteral("&LEncaisse&RPage &P / &N"));
    return book.close();
}

} // namespace AgedBalanceXlsx
