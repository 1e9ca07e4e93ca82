#pragma once
// LetterTables: the invoice tables letters and dossiers print (claim with penalties, reminders, due soon, statement),
// built from the store's figures so that every document shows the same numbers the same way.

#include "CustomerPenalties.h"
#include "Invoice.h"
#include "InvoiceRepository.h"
#include "LetterContent.h"

#include <QDate>
#include <QList>

// One invoice (or credit note, payment...) as a document shows it.
struct LetterLine
{
    qint64 invoiceId = 0;
    QString number;
    Invoice::Kind kind = Invoice::Kind::Invoice;
    QDate issueDate;
    QDate dueDate;
    qint64 amountCents = 0;
    qint64 openCents = 0;
    int daysLate = 0;
    QList<int> ratesBp; // every rate applied over the delay (several when it spans half-years)
    qint64 penaltyCents = 0;
    qint64 indemnityCents = 0;
};

namespace LetterTables {
// A claim line (CustomerPenalties) as a document line.
LetterLine fromClaim(const CustomerClaimLine &line);
// An open item as a document line, days late counted to `on`.
LetterLine fromInvoice(const Invoice &invoice, const QDate &on);
// Every open item of a statement, oldest first.
QList<LetterLine> statementLines(const QList<InvoiceRow> &openRows, const QDate &on);

// N°, Date, Échéance, Montant TTC, Reste dû, Jours de retard; total line.
LetterTable invoiceTable(const QList<LetterLine> &lines);
// The mise en demeure table: … Jours de retard, Taux, Pénalités, Indemnité; totals and the total due on `date`.
LetterTable penaltyTable(const QList<LetterLine> &lines, const QDate &date);
// Invoices due soon (préventive): N°, Date, Montant TTC, Reste dû, Échéance.
LetterTable dueSoonTable(const QList<LetterLine> &lines);
// Statement of account: Date, Pièce, Nature, Échéance, Montant TTC, Reste dû, Retard; balance and overdue part.
LetterTable statementTable(const QList<LetterLine> &lines);

// "40 €" for whole euros, "40,50 €" otherwise.
QString eurosShort(qint64 cents);
// "Facture", "Avoir", "Report à nouveau", "Règlement non affecté".
QString kindFrench(Invoice::Kind kind);
// "12,15 %" or "10,15 % / 12,15 %".
QString ratesFrench(const QList<int> &ratesBp);
}
