#include "CustomerPenalties.h"

#include "CustomerRepository.h"
#include "EcbRateRepository.h"
#include "InvoiceRepository.h"
#include "PaymentRepository.h"
#include "SettingsRepository.h"

#include <QSet>

namespace CustomerPenalties {

Result<PenaltyCalculator> calculatorFor(Database &db, qint64 customerId)
{
    auto table = EcbRateRepository(db).load();
    if (!table)
        return Result<PenaltyCalculator>::failure(table.error());
    SettingsRepository settings(db);
    PenaltySettings ps;
    ps.marginBp = settings.intValue(QStringLiteral("penalty.margin_bp"), ps.marginBp);
    ps.legalInterestRateBp = settings.intValue(QStringLiteral("penalty.legal_interest_bp"), ps.legalInterestRateBp);
    ps.indemnityCents = settings.intValue(QStringLiteral("penalty.indemnity_cents"), int(ps.indemnityCents));
    if (const auto c = CustomerRepository(db).findById(customerId))
        ps.contractualRateBp = c->contractualRateBp;
    return PenaltyCalculator(*table, ps);
}

Result<CustomerClaim> claim(Database &db, qint64 customerId, const QDate &on, bool lateOnly)
{
    auto calculator = calculatorFor(db, customerId);
    if (!calculator)
        return Result<CustomerClaim>::failure(calculator.error());
    InvoiceFilter filter;
    filter.openOnly = true;
    filter.customerId = customerId;
    PaymentRepository payments(db);
    CustomerClaim claim;
    claim.on = on;
    for (const InvoiceRow &row : InvoiceRepository(db).list(filter)) {
        const Invoice &inv = row.invoice;
        if (inv.kind != Invoice::Kind::Invoice && inv.kind != Invoice::Kind::OpeningBalance)
            continue;
        if (inv.openCents <= 0 || (lateOnly && inv.daysLate(on) <= 0))
            continue;
        PenaltyInput input;
        input.number = inv.number;
        input.dueDate = inv.dueDate;
        input.amountCents = inv.amountCents;
        input.disputed = row.disputed;
        for (const auto &[date, cents] : payments.allocationsFor(inv.id))
            input.payments << PartialPayment{date, cents};
        // What the store says is open wins over the allocations (an import may have lowered it without a payment).
        qint64 allocated = 0;
        for (const PartialPayment &p : std::as_const(input.payments))
            allocated += p.cents;
        if (inv.amountCents - allocated > inv.openCents)
            input.payments << PartialPayment{inv.issueDate, inv.amountCents - allocated - inv.openCents};
        CustomerClaimLine line{inv.id, inv.number, inv.issueDate, inv.dueDate, inv.amountCents, inv.openCents,
                               calculator->compute(input, on)};
        if (!line.penalty.excluded) {
            claim.totalOpenCents += inv.openCents;
            claim.totalPenaltyCents += line.penalty.penaltyCents;
            claim.totalIndemnityCents += line.penalty.indemnityCents;
        }
        claim.lines << line;
    }
    std::sort(claim.lines.begin(), claim.lines.end(), [](const CustomerClaimLine &a, const CustomerClaimLine &b) {
        return a.dueDate != b.dueDate ? a.dueDate < b.dueDate : a.number < b.number;
    });
    return claim;
}

} // namespace CustomerPenalties
