#pragma once
// CustomerPenalties: the late-payment claim on one customer's open invoices, from the store's data and settings.

#include "Database.h"
#include "PenaltyCalculator.h"
#include "Result.h"

struct CustomerClaimLine
{
    qint64 invoiceId = 0;
    QString number;
    QDate issueDate;
    QDate dueDate;
    qint64 amountCents = 0;
    qint64 openCents = 0;
    PenaltyLine penalty;
};

struct CustomerClaim
{
    QDate on;
    QList<CustomerClaimLine> lines; // open invoices, oldest due first (disputed ones flagged excluded)
    qint64 totalOpenCents = 0;      // still due on the listed invoices
    qint64 totalPenaltyCents = 0;
    qint64 totalIndemnityCents = 0;
    qint64 totalDueCents() const { return totalOpenCents + totalPenaltyCents + totalIndemnityCents; }
};

namespace CustomerPenalties {
// Penalty settings from the settings table ("penalty.margin_bp", "penalty.legal_interest_bp", "penalty.indemnity_cents")
// with the customer's contractual rate.
Result<PenaltyCalculator> calculatorFor(Database &db, qint64 customerId);
// The claim on `on` for the customer's open invoices (late or not; only late ones bear penalties).
Result<CustomerClaim> claim(Database &db, qint64 customerId, const QDate &on, bool lateOnly = true);
}
