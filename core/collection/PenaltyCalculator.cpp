#include "PenaltyCalculator.h"

#include "model/Money.h"

#include <QStringList>
#include <algorithm>

namespace {

constexpr int kDaysPerYear = 365; // L441-10 practice and DOMAIN.md §5: always 365, leap years included
constexpr int kBpPerUnit = 10000;

// First day of the half-year that follows the one containing `day`.
QDate nextHalfYearStart(QDate day)
{
    return day.month() <= 6 ? QDate(day.year(), 7, 1) : QDate(day.year() + 1, 1, 1);
}

QString frenchDate(QDate day)
{
    return day.toString(QStringLiteral("dd/MM/yyyy"));
}

} // namespace

PenaltyCalculator::PenaltyCalculator(EcbRateTable ecbRates, PenaltySettings settings)
    : m_ecbRates(std::move(ecbRates)), m_settings(settings)
{
}

int PenaltyCalculator::floorRateBp() const
{
    return 3 * m_settings.legalInterestRateBp;
}

int PenaltyCalculator::rateForDay(QDate day) const
{
    if (m_settings.contractualRateBp)
        return std::max(*m_settings.contractualRateBp, floorRateBp());
    return m_ecbRates.referenceRateForHalfYear(day) + m_settings.marginBp;
}

QString PenaltyCalculator::percentToFrench(int bp)
{
    const int a = bp < 0 ? -bp : bp;
    return (bp < 0 ? QStringLiteral("-") : QString()) + QString::number(a / 100) + u','
        + QString::number(a % 100).rightJustified(2, u'0') + QStringLiteral("\u00A0%");
}

QString PenaltyCalculator::describe(const PenaltySegment &s)
{
    return Money(s.baseCents).toFrench() + QStringLiteral(" × ") + percentToFrench(s.rateBp)
        + QStringLiteral(" × ") + QString::number(s.days) + QStringLiteral(" / ") + QString::number(kDaysPerYear)
        + QStringLiteral(" = ") + Money(s.penaltyCents).toFrench();
}

PenaltyLine PenaltyCalculator::compute(const PenaltyInput &input, QDate on) const
{
    PenaltyLine line;
    line.number = input.number;

    if (input.disputed) {
        // L441-10 applies to sums due; a disputed invoice is not claimed until the dispute is settled.
        line.excluded = true;
        line.explanation = QStringLiteral("Facture en litige\u00A0: exclue du calcul.");
        return line;
    }
    if (!input.dueDate.isValid() || !on.isValid()) {
        line.explanation = QStringLiteral("Échéance inconnue\u00A0: pas de pénalité.");
        return line;
    }
    if (input.amountCents <= 0) {
        line.explanation = QStringLiteral("Aucun montant dû\u00A0: pas de pénalité.");
        return line;
    }
    if (on <= input.dueDate) {
        line.explanation = QStringLiteral("Non échue au %1\u00A0: pas de pénalité.").arg(frenchDate(on));
        return line;
    }

    // Payments known on the computation date, in date order.
    QList<PartialPayment> payments;
    for (const PartialPayment &p : input.payments)
        if (p.date.isValid() && p.date <= on && p.cents != 0)
            payments.append(p);
    std::stable_sort(payments.begin(), payments.end(),
                     [](const PartialPayment &a, const PartialPayment &b) { return a.date < b.date; });

    // The delay ends on the computation date, or on the day the last cent arrived.
    QDate end = on;
    qint64 paid = 0;
    for (const PartialPayment &p : payments) {
        paid += p.cents;
        if (paid >= input.amountCents) {
            line.paidOn = p.date;
            end = std::min(end, p.date);
            break;
        }
    }
    const QDate start = input.dueDate.addDays(1); // penalties run from the day after the due date
    if (end < start) {
        line.explanation = QStringLiteral("Payée à l’échéance (%1)\u00A0: pas de pénalité.").arg(frenchDate(line.paidOn));
        return line;
    }

    // Base on `day`: what was still due after the payments received before that day.
    auto baseOn = [&](QDate day) {
        qint64 b = input.amountCents;
        for (const PartialPayment &p : payments)
            if (p.date < day)
                b -= p.cents;
        return std::max<qint64>(b, 0);
    };

    // Days where base or rate may change: each half-year start and the day after each payment.
    QList<QDate> cuts;
    for (QDate h = nextHalfYearStart(start); h <= end; h = nextHalfYearStart(h))
        cuts.append(h);
    for (const PartialPayment &p : payments) {
        const QDate d = p.date.addDays(1);
        if (d > start && d <= end)
            cuts.append(d);
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    cuts.append(end.addDays(1));

    QDate from = start;
    for (QDate next : cuts) {
        PenaltySegment s;
        s.from = from;
        s.to = next.addDays(-1);
        s.days = int(from.daysTo(next));
        s.baseCents = baseOn(from);
        s.rateBp = rateForDay(from);
        from = next;
        if (s.baseCents <= 0 || s.days <= 0)
            continue;
        // Merge with the previous run when nothing changed (e.g. H2 2025 and H1 2026 both at 12.15 %),
        // so that a letter shows one term and rounding happens once.
        if (!line.segments.isEmpty()) {
            PenaltySegment &last = line.segments.last();
            if (last.baseCents == s.baseCents && last.rateBp == s.rateBp && last.to.addDays(1) == s.from) {
                last.to = s.to;
                last.days += s.days;
                continue;
            }
        }
        line.segments.append(s);
    }

    QStringList terms;
    for (PenaltySegment &s : line.segments) {
        s.penaltyCents = Money::roundDiv(static_cast<Int128>(s.baseCents) * s.rateBp * s.days,
                                         static_cast<Int128>(kBpPerUnit) * kDaysPerYear);
        line.penaltyCents += s.penaltyCents;
        terms.append(describe(s));
    }
    line.daysLate = int(input.dueDate.daysTo(end));
    if (line.segments.isEmpty())
        return line; // nothing outstanding after the due date
    line.rateBp = line.segments.last().rateBp;
    // D441-5: due for every invoice paid late, whatever the amount of the penalties.
    line.indemnityCents = m_settings.indemnityCents;
    line.floorApplied = m_settings.contractualRateBp && *m_settings.contractualRateBp < floorRateBp();

    if (terms.size() == 1) {
        line.explanation = terms.first();
    } else {
        line.explanation = u'(' + terms.join(QStringLiteral(") + (")) + QStringLiteral(") = ")
            + Money(line.penaltyCents).toFrench();
    }
    if (line.floorApplied) {
        line.explanation += QStringLiteral(" (taux contractuel %1 porté au plancher légal\u00A0: 3 × %2 = %3)")
                                .arg(percentToFrench(*m_settings.contractualRateBp),
                                     percentToFrench(m_settings.legalInterestRateBp), percentToFrench(floorRateBp()));
    }
    return line;
}

PenaltyResult PenaltyCalculator::compute(const QList<PenaltyInput> &inputs, QDate on) const
{
    PenaltyResult result;
    result.computedOn = on;
    for (const PenaltyInput &input : inputs) {
        PenaltyLine line = compute(input, on);
        result.totalPenaltyCents += line.penaltyCents;
        result.totalIndemnityCents += line.indemnityCents;
        result.lines.append(std::move(line));
    }
    return result;
}
