#pragma once
// AgedBalance: the balance âgée (DOMAIN.md §9): each customer's open amount split into not due, 1–30, 31–60, 61–90
// and more than 90 days late, with totals; shared by the command line, the Excel export and the dashboard.
//
// Rules:
// - every open item counts for its amount still open (Invoice::openCents) on the store as it stands;
// - an invoice or opening balance is aged from its due date: not due up to and including the due date, then
//   1–30 days late from the day after, and so on (no due date: the issue date stands in);
// - a credit note or an unmatched payment (negative open amount, not allotted to any invoice) reduces the bucket of
//   its own date (days since it was issued or received, 0 = "not due"): it is money the customer already has with us
//   today and the store does not say which invoice it will settle, so it is not guessed;
// - a bucket may therefore be negative; a customer whose items all net to zero is left out;
// - disputed invoices are included: the balance shows what is owed, disputes are listed elsewhere.

#include "Database.h"
#include "Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <array>

struct AgedBalanceLine
{
    enum Bucket { NotDue, Days1To30, Days31To60, Days61To90, Over90, BucketCount };

    qint64 customerId = 0;
    QString customerCode;
    QString customerName;
    std::array<qint64, BucketCount> cents{};

    qint64 totalCents() const;
    qint64 lateCents() const { return totalCents() - cents[NotDue]; }
};

struct AgedBalance
{
    QDate date;
    QList<AgedBalanceLine> lines; // by customer code
    AgedBalanceLine totals;       // customerId 0

    // Bucket of an item `days` late (or old, for a credit): ≤ 0 → not due, 1–30, 31–60, 61–90, > 90.
    static AgedBalanceLine::Bucket bucketFor(qint64 days);
    static QString bucketLabel(int bucket);  // "Non échu", "1 à 30 j", … "> 90 j"
    static QString bucketKey(int bucket);    // "not_due", "days_1_30", "days_31_60", "days_61_90", "over_90"

    // The balance as of `date` (the open amounts as stored, aged at that date).
    static Result<AgedBalance> compute(Database &db, const QDate &date);
};

namespace AgedBalanceXlsx {
// One sheet: title with the date and the company, bold frozen header, autofilter, euro formats, totals row, the
// rule as a note under the table, A4 portrait.
Status write(const AgedBalance &balance, const QString &companyName, const QString &path);
}
