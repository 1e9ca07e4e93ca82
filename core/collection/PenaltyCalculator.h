#pragma once
// PenaltyCalculator: late-payment penalties (Code de commerce L441-10 II) and the 40 € indemnity (D441-5) per invoice.

#include "EcbRateTable.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

// A payment received on an invoice; it lowers the penalty base from the day after `date`.
struct PartialPayment
{
    QDate date;
    qint64 cents = 0;
};

// What the calculator needs to know about one invoice.
struct PenaltyInput
{
    QString number;
    QDate dueDate;
    qint64 amountCents = 0; // incl. VAT: the law takes the amount "TTC"
    QList<PartialPayment> payments;
    bool disputed = false;
};

// The creditor's terms; every value is editable in the settings.
struct PenaltySettings
{
    // Default rate = ECB reference rate of the half-year + 10 points.
    int marginBp = 1000;
    // A rate set by the general terms of sale; replaces the default rate, but never below 3 × legal interest rate.
    std::optional<int> contractualRateBp;
    // Taux de l'intérêt légal "for all other cases" (creditors acting for professional needs): 2.76 % for the second
    // half of 2025 (arrêté of 19 June 2025), 2.62 % for the first half of 2026. Not the 6.65 % / 6.67 % rate for
    // private creditors. Only used for the 3× floor on a contractual rate; to be updated each half-year.
    int legalInterestRateBp = 276;
    // D441-5: fixed recovery indemnity per invoice paid late.
    qint64 indemnityCents = 4000;
};

// Days of delay over which base and rate do not change.
struct PenaltySegment
{
    QDate from; // first day late counted, inclusive
    QDate to;   // last day counted, inclusive
    int days = 0;
    qint64 baseCents = 0;
    int rateBp = 0;
    qint64 penaltyCents = 0; // base × rate × days / 365, rounded half away from zero to the cent
};

// The outcome for one invoice.
struct PenaltyLine
{
    QString number;
    // Days from the due date to the computation date, or to the full payment when the invoice was paid late.
    int daysLate = 0;
    // Rate of the latest segment (0 when no penalty runs); see segments for a delay over several half-years.
    int rateBp = 0;
    QList<PenaltySegment> segments;
    qint64 penaltyCents = 0;
    qint64 indemnityCents = 0;
    bool excluded = false;      // disputed: left out of the claim
    bool floorApplied = false;  // the contractual rate was raised to 3 × the legal interest rate
    QDate paidOn;               // date the invoice was fully paid, if it was by the computation date
    // French, one "base × taux × jours / 365 = pénalité" term per segment, ready for a letter.
    QString explanation;

    qint64 totalCents() const { return penaltyCents + indemnityCents; }
};

// All invoices of a claim, with totals.
struct PenaltyResult
{
    QDate computedOn;
    QList<PenaltyLine> lines;
    qint64 totalPenaltyCents = 0;
    qint64 totalIndemnityCents = 0;

    qint64 totalCents() const { return totalPenaltyCents + totalIndemnityCents; }
};

class PenaltyCalculator
{
public:
    explicit PenaltyCalculator(EcbRateTable ecbRates = EcbRateTable::defaults(), PenaltySettings settings = {});

    const EcbRateTable &ecbRates() const { return m_ecbRates; }
    const PenaltySettings &settings() const { return m_settings; }

    // 3 × the legal interest rate: the lowest contractual rate the law allows.
    int floorRateBp() const;
    // Annual rate applied to a day of delay: the contractual rate (raised to the floor) when set, otherwise the
    // ECB reference rate of that day's half-year plus the margin.
    int rateForDay(QDate day) const;

    // Penalties on `input` from the day after its due date up to `on` inclusive (or its full payment, if earlier).
    PenaltyLine compute(const PenaltyInput &input, QDate on) const;
    PenaltyResult compute(const QList<PenaltyInput> &inputs, QDate on) const;

    // "15 000,00 € × 15,00 % × 30 / 365 = 184,93 €"
    static QString describe(const PenaltySegment &segment);
    // "12,15 %"
    static QString percentToFrench(int bp);

private:
    EcbRateTable m_ecbRates;
    PenaltySettings m_settings;
};
