#pragma once
// DashboardData: the measures of the Tableau de bord (DOMAIN.md §9) from plain inputs, without widgets: aged balance,
// DSO month by month (count-back), cash expected per week, profile mix, share paid on time, promises kept and open
// disputes. load() reads the store once; every other function is pure, so tests check them on hand-built fixtures.
// Money stays in integer cents here; the charts turn it into euros at the axis only.

#include "AgedBalance.h"
#include "CustomerRepository.h"
#include "Dispute.h"
#include "InvoiceRepository.h"
#include "PayerProfile.h"
#include "Promise.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>

class Database;

// One line of the list behind a bar: a customer and the invoices that make up its part of the bar.
struct DashboardListRow
{
    qint64 customerId = 0;
    QString customerCode;
    QString customerName;
    std::optional<PayerProfile> profile;
    QStringList invoiceNumbers;
    QDate date;        // per chart: oldest due date, expected payment date…
    qint64 cents = 0;
    QString note;      // why this amount is there ("promise by transfer", "due 2 Dec + 18 days usual delay")
};

// Part of a payment allocated to one invoice.
struct DashboardPayment
{
    QDate date;
    qint64 cents = 0;
};

// Everything the measures need, read once from the store (or built by hand in tests).
struct DashboardInputs
{
    QDate today;
    QList<CustomerSummary> customers;                // effective profile, open balance
    QList<InvoiceRow> invoices;                      // every item, open or settled, with its customer and dispute flag
    QHash<qint64, QList<DashboardPayment>> payments; // invoice id → allocations, oldest first
    QList<Promise> promises;                         // every promise, whatever its state
    QList<Dispute> openDisputes;
    // Customer id → weighted lateness (days, by amount) of its paid invoices, from PayerProfiler's figures; only for
    // customers with enough paid invoices (DashboardData::MinPaidForOwnLateness), the others use their profile's default.
    QHash<qint64, int> usualLatenessDays;
    AgedBalance agedBalance;                         // core/export's balance âgée as of today
};

struct DashboardAgedBucket
{
    qint64 cents = 0;         // the bucket's total (AgedBalance)
    qint64 disputedCents = 0; // of which on invoices with an open dispute: not ours to chase until it is settled
    QList<DashboardListRow> rows; // one per customer, largest first
    qint64 undisputedCents() const { return cents - disputedCents; }
};

// One month counted back by the DSO.
struct DashboardDsoStep
{
    QDate monthStart;
    int days = 0;             // days of the month inside the period (the current month counts up to today)
    qint64 salesCents = 0;    // invoices net of credit notes issued that month, incl. VAT
    qint64 countedCents = 0;  // receivables explained by this month's sales
    double countedDays = 0;   // days this month adds to the DSO
};

struct DashboardDsoMonth
{
    QDate periodEnd;              // last day of the month, or today for the current month
    qint64 receivablesCents = 0;  // what customers owed at the end of the period
    double days = 0;              // DSO, count-back method
    bool historyExhausted = false;// the receivables exceed every month of sales on record: days is a floor
    QList<DashboardDsoStep> steps;
    QList<DashboardListRow> rows; // receivables at the end of the period, per customer
};

struct DashboardCashWeek
{
    QDate monday;
    qint64 cents = 0;
    qint64 promisedCents = 0;     // of which backed by an open promise
    QList<DashboardListRow> rows; // per customer, earliest first
    qint64 expectedByDueDateCents() const { return cents - promisedCents; }
};

struct DashboardCashForecast
{
    QList<DashboardCashWeek> weeks;
    qint64 overdueCents = 0;      // already later than the customer's usual delay: no date can be forecast
    qint64 disputedCents = 0;     // on hold while disputed
    qint64 laterCents = 0;        // expected after the last week shown
    QList<DashboardListRow> overdueRows;
};

struct DashboardProfileBar
{
    std::optional<PayerProfile> profile; // none: not classified yet
    int customers = 0;
    qint64 openCents = 0;
    QList<DashboardListRow> rows;        // the customers, largest open balance first
};

struct DashboardRatio
{
    int count = 0; // on time, kept…
    int total = 0;
    bool isEmpty() const { return total == 0; }
    int percent() const { return total ? int((qint64(count) * 200 + total) / (2 * qint64(total))) : 0; } // rounded
};

struct DashboardDisputes
{
    int open = 0;
    int averageAgeDays = 0; // rounded
    int oldestAgeDays = 0;
    qint64 cents = 0;       // still open on the disputed invoices
};

struct DashboardFigures
{
    QDate today;
    std::array<DashboardAgedBucket, AgedBalanceLine::BucketCount> aged;
    QList<DashboardDsoMonth> dso; // oldest month first, the current month last
    DashboardCashForecast cash;
    QList<DashboardProfileBar> profiles;
    DashboardRatio paidOnTime;
    DashboardRatio promisesKept;
    DashboardDisputes disputes;
};

class DashboardData final
{
    Q_DECLARE_TR_FUNCTIONS(DashboardData)

public:
    // A customer's own weighted lateness is trusted from this many paid invoices in PayerProfiler's window.
    static constexpr int MinPaidForOwnLateness = 3;
    static constexpr int DsoMonths = 12;
    static constexpr int CashWeeks = 8;
    static constexpr int RatioMonths = 12;

    // Reads the store as of `today`: customers, every invoice, allocations, promises, open disputes, the payer
    // figures (PayerProfiler, read-only) and the aged balance (AgedBalance::compute).
    static Result<DashboardInputs> load(Database &db, QDate today);
    static DashboardFigures compute(const DashboardInputs &inputs);

    static std::array<DashboardAgedBucket, AgedBalanceLine::BucketCount> agedBalance(const DashboardInputs &inputs);
    static DashboardDsoMonth dsoAt(const DashboardInputs &inputs, QDate periodEnd);
    static QList<DashboardDsoMonth> dsoByMonth(const DashboardInputs &inputs, int months = DsoMonths);
    static DashboardCashForecast cashPerWeek(const DashboardInputs &inputs, int weeks = CashWeeks);
    static QList<DashboardProfileBar> profileMix(const DashboardInputs &inputs);
    static DashboardRatio paidOnTime(const DashboardInputs &inputs, int months = RatioMonths);
    static DashboardRatio promisesKept(const DashboardInputs &inputs, int months = RatioMonths);
    static DashboardDisputes openDisputes(const DashboardInputs &inputs);

    // What was still open on an item at the end of `day`: its amount less the allocations dated up to that day. The
    // part of a settlement the store has no allocation for (a stock import marked it paid) counts from the due date.
    // Cancelled items and items issued after `day` count 0.
    static qint64 openOn(const Invoice &invoice, const QList<DashboardPayment> &payments, QDate day);
    // The day a paid invoice was settled in full (same assumption for unallocated settlements); null when not paid.
    static QDate paidOn(const Invoice &invoice, const QList<DashboardPayment> &payments);
    // Days after the due date a customer of this profile usually pays when its own history is too short.
    static int defaultLatenessDays(std::optional<PayerProfile> profile);
    // The customer's usual delay: its own weighted lateness when known, else its profile's default.
    static int usualLatenessDays(const DashboardInputs &inputs, qint64 customerId, std::optional<PayerProfile> profile);
    // Monday of the week `day` falls in.
    static QDate mondayOf(QDate day);
};
