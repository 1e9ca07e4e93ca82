#include "LetterTables.h"

#include "FrenchText.h"
#include "PenaltyCalculator.h"

#include <algorithm>

using FrenchText::euros;
using FrenchText::shortDate;

namespace LetterTables {

QString eurosShort(qint64 cents)
{
    QString s = euros(cents);
    if (cents % 100 == 0)
        s.replace(QStringLiteral(",00"), QString());
    return s;
}

QString kindFrench(Invoice::Kind kind)
{
    switch (kind) {
    case Invoice::Kind::Invoice:
        return QStringLiteral("Facture");
    case Invoice::Kind::CreditNote:
        return QStringLiteral("Avoir");
    case Invoice::Kind::OpeningBalance:
        return QStringLiteral("Report à nouveau");
    case Invoice::Kind::Payment:
        return QStringLiteral("Règlement non affecté");
    }
    return {};
}

QString ratesFrench(const QList<int> &rates)
{
    QStringList parts;
    for (int bp : rates)
        parts << PenaltyCalculator::percentToFrench(bp);
    return parts.join(QStringLiteral(" / "));
}

LetterLine fromClaim(const CustomerClaimLine &cl)
{
    LetterLine l;
    l.invoiceId = cl.invoiceId;
    l.number = cl.number;
    l.issueDate = cl.issueDate;
    l.dueDate = cl.dueDate;
    l.amountCents = cl.amountCents;
    l.openCents = cl.openCents;
    l.daysLate = cl.penalty.daysLate;
    for (const PenaltySegment &s : cl.penalty.segments)
        if (s.days > 0 && !l.ratesBp.contains(s.rateBp))
            l.ratesBp << s.rateBp;
    if (l.ratesBp.isEmpty() && cl.penalty.rateBp > 0)
        l.ratesBp << cl.penalty.rateBp;
    l.penaltyCents = cl.penalty.penaltyCents;
    l.indemnityCents = cl.penalty.indemnityCents;
    return l;
}

LetterLine fromInvoice(const Invoice &inv, const QDate &on)
{
    LetterLine l;
    l.invoiceId = inv.id;
    l.number = inv.number;
    l.kind = inv.kind;
    l.issueDate = inv.issueDate;
    l.dueDate = inv.dueDate;
    l.amountCents = inv.amountCents;
    l.openCents = inv.openCents;
    l.daysLate = inv.kind == Invoice::Kind::Invoice || inv.kind == Invoice::Kind::OpeningBalance ? inv.daysLate(on) : 0;
    return l;
}

QList<LetterLine> statementLines(const QList<InvoiceRow> &openRows, const QDate &on)
{
    QList<LetterLine> lines;
    for (const InvoiceRow &row : openRows)
        if (row.invoice.openCents != 0)
            lines << fromInvoice(row.invoice, on);
    std::sort(lines.begin(), lines.end(), [](const LetterLine &a, const LetterLine &b) {
        return a.issueDate != b.issueDate ? a.issueDate < b.issueDate : a.number < b.number;
    });
    return lines;
}

LetterTable invoiceTable(const QList<LetterLine> &lines)
{
    LetterTable t;
    t.columns = {{QStringLiteral("N°"), 20, false},         {QStringLiteral("Date"), 14, false},
                 {QStringLiteral("Échéance"), 14, false},   {QStringLiteral("Montant TTC"), 18, true},
                 {QStringLiteral("Reste dû"), 18, true},    {QStringLiteral("Jours de retard"), 16, true}};
    qint64 amount = 0;
    qint64 open = 0;
    for (const LetterLine &l : lines) {
        t.rows << QStringList{l.number, shortDate(l.issueDate), shortDate(l.dueDate), euros(l.amountCents),
                              euros(l.openCents), l.daysLate > 0 ? QString::number(l.daysLate) : QString()};
        amount += l.amountCents;
        open += l.openCents;
    }
    t.totals << LetterTable::Total{QStringLiteral("Total"), 3, {euros(amount), euros(open), QString()}};
    return t;
}

LetterTable penaltyTable(const QList<LetterLine> &lines, const QDate &date)
{
    LetterTable t;
    t.columns = {{QStringLiteral("N°"), 14, false},          {QStringLiteral("Date"), 11, false},
                 {QStringLiteral("Échéance"), 11, false},    {QStringLiteral("Montant TTC"), 12, true},
                 {QStringLiteral("Reste dû"), 12, true},     {QStringLiteral("Jours de retard"), 7, true},
                 {QStringLiteral("Taux"), 9, true},          {QStringLiteral("Pénalités"), 12, true},
                 {QStringLiteral("Indemnité"), 12, true}};
    qint64 open = 0;
    qint64 penalties = 0;
    qint64 indemnities = 0;
    for (const LetterLine &l : lines) {
        t.rows << QStringList{l.number, shortDate(l.issueDate), shortDate(l.dueDate), euros(l.amountCents),
                              euros(l.openCents), QString::number(l.daysLate), ratesFrench(l.ratesBp),
                              euros(l.penaltyCents), euros(l.indemnityCents)};
        open += l.openCents;
        penalties += l.penaltyCents;
        indemnities += l.indemnityCents;
    }
    t.totals << LetterTable::Total{QStringLiteral("Totaux"), 4, {euros(open), QString(), QString(), euros(penalties), euros(indemnities)}};
    t.totals << LetterTable::Total{QStringLiteral("Total dû au %1 (reste dû + pénalités + indemnités)").arg(shortDate(date)), 8,
                                   {euros(open + penalties + indemnities)}};
    return t;
}

LetterTable dueSoonTable(const QList<LetterLine> &lines)
{
    LetterTable t;
    t.columns = {{QStringLiteral("N°"), 24, false},          {QStringLiteral("Date"), 18, false},
                 {QStringLiteral("Montant TTC"), 20, true},  {QStringLiteral("Reste dû"), 20, true},
                 {QStringLiteral("Échéance"), 18, true}};
    qint64 amount = 0;
    qint64 open = 0;
    for (const LetterLine &l : lines) {
        t.rows << QStringList{l.number, shortDate(l.issueDate), euros(l.amountCents), euros(l.openCents), shortDate(l.dueDate)};
        amount += l.amountCents;
        open += l.openCents;
    }
    t.totals << LetterTable::Total{QStringLiteral("Total"), 2, {euros(amount), euros(open), QString()}};
    return t;
}

LetterTable statementTable(const QList<LetterLine> &lines)
{
    LetterTable t;
    t.columns = {{QStringLiteral("Date"), 12, false},        {QStringLiteral("Pièce"), 17, false},
                 {QStringLiteral("Nature"), 17, false},      {QStringLiteral("Échéance"), 12, false},
                 {QStringLiteral("Montant TTC"), 15, true},  {QStringLiteral("Reste dû"), 15, true},
                 {QStringLiteral("Retard (jours)"), 12, true}};
    qint64 balance = 0;
    qint64 overdue = 0;
    for (const LetterLine &l : lines) {
        t.rows << QStringList{shortDate(l.issueDate), l.number, kindFrench(l.kind), shortDate(l.dueDate), euros(l.amountCents),
                              euros(l.openCents), l.daysLate > 0 ? QString::number(l.daysLate) : QString()};
        balance += l.openCents;
        if (l.daysLate > 0)
            overdue += l.openCents;
    }
    t.totals << LetterTable::Total{QStringLiteral("Solde en notre faveur"), 5, {euros(balance), QString()}};
    t.totals << LetterTable::Total{QStringLiteral("dont échu"), 5, {euros(overdue), QString()}};
    return t;
}

} // namespace LetterTables
