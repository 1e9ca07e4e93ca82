#include "DashboardData.h"

#include "CallGuide.h"
#include "Database.h"
#include "DisplayFormat.h"
#include "DisputeRepository.h"
#include "PayerProfiler.h"
#include "PaymentRepository.h"
#include "PromiseRepository.h"
#include "SettingsRepository.h"

#include <QLocale>
#include <QSet>
#include <algorithm>
#include <limits>
#include <vector>

namespace {

bool isCancelled(const Invoice &invoice)
{
    return invoice.status == Invoice::Status::Cancelled;
}

// Sales are invoices net of credit notes; opening balances and unmatched payments are not sales of any month.
bool isSale(const Invoice &invoice)
{
    return invoice.kind == Invoice::Kind::Invoice || invoice.kind == Invoice::Kind::CreditNote;
}

bool isCredit(const Invoice &invoice)
{
    return invoice.kind == Invoice::Kind::CreditNote || invoice.kind == Invoice::Kind::Payment || invoice.openCents < 0;
}

int monthKey(QDate day)
{
    return day.year() * 12 + day.month() - 1;
}

// AgedBalance's own rule (core/export/AgedBalance.h): a debit ages from its due date, a credit from its own date.
AgedBalanceLine::Bucket agedBucketOf(const Invoice &invoice, QDate today)
{
    const QDate from = isCredit(invoice) ? (invoice.issueDate.isValid() ? invoice.issueDate : invoice.dueDate)
                                         : (invoice.dueDate.isValid() ? invoice.dueDate : invoice.issueDate);
    return AgedBalance::bucketFor(from.isValid() ? from.daysTo(today) : 0);
}

// "2 déc." in running text (the weekday of UX.md's list dates is left out inside a sentence).
QString shortDate(QDate day)
{
    return QLocale().toString(day, QStringLiteral("d MMM"));
}

// The list behind a bar, one row per customer, in the order customers are first met until sorted.
class RowCollector
{
public:
    explicit RowCollector(const QHash<qint64, const CustomerSummary *> &customers) : m_customers(customers) {}

    DashboardListRow &row(qint64 customerId, const QString &code, const QString &name)
    {
        auto it = m_index.constFind(customerId);
        if (it != m_index.constEnd())
            return m_rows[*it];
        DashboardListRow row;
        row.customerId = customerId;
        if (const CustomerSummary *c = m_customers.value(customerId)) {
            row.customerCode = c->code;
            row.customerName = c->name;
            row.profile = c->profile;
        } else {
            row.customerCode = code;
            row.customerName = name;
        }
        m_index.insert(customerId, m_rows.size());
        m_rows.append(row);
        return m_rows.last();
    }
    DashboardListRow *find(qint64 customerId)
    {
        auto it = m_index.constFind(customerId);
        return it == m_index.constEnd() ? nullptr : &m_rows[*it];
    }
    // Largest amount first, then by customer code.
    QList<DashboardListRow> takeByAmount()
    {
        std::stable_sort(m_rows.begin(), m_rows.end(), [](const DashboardListRow &a, const DashboardListRow &b) {
            return a.cents != b.cents ? a.cents > b.cents : a.customerCode < b.customerCode;
        });
        m_index.clear();
        return std::move(m_rows);
    }
    // Earliest date first, then the largest amount.
    QList<DashboardListRow> takeByDate()
    {
        std::stable_sort(m_rows.begin(), m_rows.end(), [](const DashboardListRow &a, const DashboardListRow &b) {
            return a.date != b.date ? a.date < b.date : a.cents > b.cents;
        });
        m_index.clear();
        return std::move(m_rows);
    }

private:
    const QHash<qint64, const CustomerSummary *> &m_customers;
    QHash<qint64, qsizetype> m_index;
    QList<DashboardListRow> m_rows;
};

QHash<qint64, const CustomerSummary *> customerIndex(const DashboardInputs &inputs)
{
    QHash<qint64, const CustomerSummary *> index;
    index.reserve(inputs.customers.size());
    for (const CustomerSummary &c : inputs.customers)
        index.insert(c.id, &c);
    return index;
}

void keepEarliest(QDate &date, QDate candidate)
{
    if (candidate.isValid() && (!date.isValid() || candidate < date))
        date = candidate;
}

} // namespace

QDate DashboardData::mondayOf(QDate day)
{
    return day.addDays(1 - day.dayOfWeek());
}

int DashboardData::defaultLatenessDays(std::optional<PayerProfile> profile)
{
    // A stand-in until the customer has paid enough invoices to have its own figure, from the behaviours of
    // DOMAIN.md §4: good and automatic payers pay at the due date, a négligent one once reminded (a level-2 reminder
    // falls about two weeks late), an administration after its approval circuit (a month), a mauvais payeur holds
    // on for weeks, an insolvable customer pays late if at all.
    if (!profile)
        return 15;
    switch (*profile) {
    case PayerProfile::GoodPayer:
    case PayerProfile::Automatic: return 0;
    case PayerProfile::Negligent: return 15;
    case PayerProfile::Disputer: return 20;
    case PayerProfile::Administrative: return 30;
    case PayerProfile::BadPayer: return 35;
    case PayerProfile::Insolvent: return 60;
    }
    return 15;
}

int DashboardData::usualLatenessDays(const DashboardInputs &inputs, qint64 customerId,
                                     std::optional<PayerProfile> profile)
{
    if (profile == PayerProfile::Automatic)
        return 0; // LCR and direct debits are collected on the due date
    const auto own = inputs.usualLatenessDays.constFind(customerId);
    return own != inputs.usualLatenessDays.constEnd() ? std::max(0, *own) : defaultLatenessDays(profile);
}

qint64 DashboardData::openOn(const Invoice &invoice, const QList<DashboardPayment> &payments, QDate day)
{
    if (isCancelled(invoice) || !day.isValid() || (invoice.issueDate.isValid() && invoice.issueDate > day))
        return 0;
    qint64 allocated = 0;
    qint64 allocatedByDay = 0;
    for (const DashboardPayment &p : payments) {
        allocated += p.cents;
        if (p.date <= day)
            allocatedByDay += p.cents;
    }
    // Settled without allocations on record (a stock import marked it paid): assume at the due date.
    const qint64 unallocated = invoice.amountCents - invoice.openCents - allocated;
    const QDate assumed = invoice.dueDate.isValid() ? invoice.dueDate : invoice.issueDate;
    const qint64 unallocatedByDay = unallocated != 0 && assumed.isValid() && assumed <= day ? unallocated : 0;
    return invoice.amountCents - allocatedByDay - unallocatedByDay;
}

QDate DashboardData::paidOn(const Invoice &invoice, const QList<DashboardPayment> &payments)
{
    if (invoice.status != Invoice::Status::Paid)
        return {};
    qint64 allocated = 0;
    QDate last;
    for (const DashboardPayment &p : payments) {
        allocated += p.cents;
        if (!last.isValid() || p.date > last)
            last = p.date;
        if (invoice.amountCents > 0 ? allocated >= invoice.amountCents : allocated <= invoice.amountCents)
            return p.date;
    }
    const QDate assumed = invoice.dueDate.isValid() ? invoice.dueDate : invoice.issueDate;
    return last.isValid() && last > assumed ? last : assumed;
}

std::array<DashboardAgedBucket, AgedBalanceLine::BucketCount> DashboardData::agedBalance(const DashboardInputs &inputs)
{
    // Amounts come from AgedBalance (one home for the rule); the open items only add their numbers, the oldest due
    // date and the part under dispute.
    const auto customers = customerIndex(inputs);
    std::array<DashboardAgedBucket, AgedBalanceLine::BucketCount> buckets;
    std::vector<RowCollector> rows(AgedBalanceLine::BucketCount, RowCollector(customers));
    for (int b = 0; b < AgedBalanceLine::BucketCount; ++b)
        buckets[b].cents = inputs.agedBalance.totals.cents[b];
    for (const AgedBalanceLine &line : inputs.agedBalance.lines)
        for (int b = 0; b < AgedBalanceLine::BucketCount; ++b)
            if (line.cents[b] != 0)
                rows[b].row(line.customerId, line.customerCode, line.customerName).cents = line.cents[b];

    std::array<QHash<qint64, qint64>, AgedBalanceLine::BucketCount> disputed;
    for (const InvoiceRow &r : inputs.invoices) {
        const Invoice &invoice = r.invoice;
        if (!invoice.isOpen() || invoice.openCents == 0)
            continue;
        const int b = agedBucketOf(invoice, inputs.today);
        DashboardListRow *row = rows[b].find(invoice.customerId);
        if (!row)
            continue; // the customer's items net to zero: AgedBalance leaves it out
        row->invoiceNumbers << invoice.number;
        if (!isCredit(invoice))
            keepEarliest(row->date, invoice.dueDate);
        if (r.disputed && invoice.openCents > 0) {
            buckets[b].disputedCents += invoice.openCents;
            disputed[b][invoice.customerId] += invoice.openCents;
        }
    }
    for (int b = 0; b < AgedBalanceLine::BucketCount; ++b) {
        buckets[b].rows = rows[b].takeByAmount();
        for (DashboardListRow &row : buckets[b].rows)
            if (const qint64 cents = disputed[b].value(row.customerId))
                row.note = tr("of which %1 disputed").arg(DisplayFormat::money(cents));
    }
    return buckets;
}

DashboardDsoMonth DashboardData::dsoAt(const DashboardInputs &inputs, QDate periodEnd)
{
    // Count-back method: take the receivables at the end of the period and walk back month by month, "paying them
    // off" with each month's sales (incl. VAT, net of credit notes). Each month the receivables cover in full adds
    // its days (the current month only up to periodEnd); the month where they run out adds its days in proportion:
    //   DSO = Σ days(full months) + days(last month) × remaining receivables / sales(last month).
    // Unlike "receivables / sales × 365" it is not fooled by a seasonal month. When sales on record run out first
    // the figure is a floor (historyExhausted).
    DashboardDsoMonth month;
    month.periodEnd = periodEnd;
    const auto customers = customerIndex(inputs);
    RowCollector rows(customers);
    QHash<int, qint64> sales;
    QDate firstIssue;
    for (const InvoiceRow &r : inputs.invoices) {
        const Invoice &invoice = r.invoice;
        if (isCancelled(invoice))
            continue;
        keepEarliest(firstIssue, invoice.issueDate);
        if (isSale(invoice) && invoice.issueDate.isValid() && invoice.issueDate <= periodEnd)
            sales[monthKey(invoice.issueDate)] += invoice.amountCents;
        const qint64 open = openOn(invoice, inputs.payments.value(invoice.id), periodEnd);
        if (open == 0)
            continue;
        month.receivablesCents += open;
        DashboardListRow &row = rows.row(invoice.customerId, r.customerCode, r.customerName);
        row.cents += open;
        row.invoiceNumbers << invoice.number;
        if (!isCredit(invoice))
            keepEarliest(row.date, invoice.dueDate);
    }
    month.rows = rows.takeByAmount();
    month.rows.removeIf([](const DashboardListRow &row) { return row.cents == 0; });

    qint64 remaining = month.receivablesCents;
    QDate monthStart(periodEnd.year(), periodEnd.month(), 1);
    const QDate firstMonth = firstIssue.isValid() ? QDate(firstIssue.year(), firstIssue.month(), 1) : QDate();
    while (remaining > 0) {
        if (!firstMonth.isValid() || monthStart < firstMonth) {
            month.historyExhausted = true;
            break;
        }
        DashboardDsoStep step;
        step.monthStart = monthStart;
        step.days = month.steps.isEmpty() ? int(monthStart.daysTo(periodEnd)) + 1 : monthStart.daysInMonth();
        step.salesCents = sales.value(monthKey(monthStart));
        if (step.salesCents > 0 && remaining <= step.salesCents) {
            step.countedCents = remaining;
            step.countedDays = double(step.days) * double(remaining) / double(step.salesCents);
        } else {
            step.countedCents = std::max<qint64>(step.salesCents, 0);
            step.countedDays = step.days;
        }
        remaining -= step.countedCents;
        month.days += step.countedDays;
        month.steps << step;
        monthStart = monthStart.addMonths(-1);
    }
    return month;
}

QList<DashboardDsoMonth> DashboardData::dsoByMonth(const DashboardInputs &inputs, int months)
{
    QList<DashboardDsoMonth> list;
    for (int back = months - 1; back >= 0; --back) {
        const QDate day = inputs.today.addMonths(-back);
        list << dsoAt(inputs, back == 0 ? inputs.today : QDate(day.year(), day.month(), day.daysInMonth()));
    }
    return list;
}

DashboardCashForecast DashboardData::cashPerWeek(const DashboardInputs &inputs, int weeks)
{
    // Each open, undisputed invoice is expected:
    // - on the date of an open promise that covers it (up to the promise's amount), when that date is still ahead;
    // - otherwise at its due date plus the customer's usual delay (its own weighted lateness from PayerProfiler's
    //   figures, or its profile's default).
    // A customer's unused credit notes and unmatched payments reduce its earliest expected amounts (it will deduct
    // them). Whatever falls before today is already later than usual: no date can be forecast for it, it is
    // shown apart, and so are disputed invoices.
    DashboardCashForecast forecast;
    const QDate firstMonday = mondayOf(inputs.today);
    for (int w = 0; w < weeks; ++w) {
        DashboardCashWeek week;
        week.monday = firstMonday.addDays(7 * w);
        forecast.weeks << week;
    }
    const QDate end = firstMonday.addDays(7 * weeks);

    // Open promises still ahead, earliest first, with what is left of their amount.
    QList<const Promise *> promises;
    for (const Promise &p : inputs.promises)
        if (p.status == Promise::Status::Open && p.promisedDate >= inputs.today)
            promises << &p;
    std::stable_sort(promises.begin(), promises.end(),
                     [](const Promise *a, const Promise *b) { return a->promisedDate < b->promisedDate; });
    QHash<qint64, QList<int>> promisesByInvoice;
    QList<qint64> budget;
    for (int i = 0; i < promises.size(); ++i) {
        budget << (promises.at(i)->amountCents > 0 ? promises.at(i)->amountCents : std::numeric_limits<qint64>::max());
        for (qint64 id : promises.at(i)->invoiceIds)
            promisesByInvoice[id] << i;
    }

    struct Item
    {
        QDate date;
        qint64 cents = 0;
        const InvoiceRow *row = nullptr;
        const Promise *promise = nullptr;
        int lateness = 0;
    };
    QHash<qint64, QList<Item>> items; // per customer
    QHash<qint64, qint64> credits;    // per customer, positive
    QList<qint64> customerOrder;
    QList<const InvoiceRow *> open;
    for (const InvoiceRow &r : inputs.invoices)
        if (r.invoice.isOpen() && r.invoice.openCents != 0)
            open << &r;
    // Promises cover the oldest invoices first.
    std::stable_sort(open.begin(), open.end(), [](const InvoiceRow *a, const InvoiceRow *b) {
        return a->invoice.dueDate < b->invoice.dueDate;
    });
    const auto customers = customerIndex(inputs);
    for (const InvoiceRow *r : open) {
        const Invoice &invoice = r->invoice;
        if (r->disputed) {
            if (invoice.openCents > 0)
                forecast.disputedCents += invoice.openCents;
            continue;
        }
        if (!items.contains(invoice.customerId) && !credits.contains(invoice.customerId))
            customerOrder << invoice.customerId;
        if (isCredit(invoice)) {
            credits[invoice.customerId] += -invoice.openCents;
            continue;
        }
        QList<Item> &list = items[invoice.customerId];
        qint64 remaining = invoice.openCents;
        for (int i : promisesByInvoice.value(invoice.id)) {
            const qint64 part = std::min(remaining, budget.at(i));
            if (part <= 0)
                continue;
            budget[i] -= part;
            remaining -= part;
            list << Item{promises.at(i)->promisedDate, part, r, promises.at(i), 0};
        }
        if (remaining > 0) {
            const CustomerSummary *c = customers.value(invoice.customerId);
            const int lateness = usualLatenessDays(inputs, invoice.customerId, c ? c->profile : std::nullopt);
            const QDate base = invoice.dueDate.isValid() ? invoice.dueDate : invoice.issueDate;
            list << Item{base.addDays(lateness), remaining, r, nullptr, lateness};
        }
    }

    RowCollector overdue(customers);
    std::vector<RowCollector> weekRows(weeks, RowCollector(customers));
    QHash<qint64, QStringList> notes; // (week or overdue) × customer → reasons, in order
    const auto addTo = [&](RowCollector &collector, int slot, const Item &item) {
        DashboardListRow &row = collector.row(item.row->invoice.customerId, item.row->customerCode,
                                              item.row->customerName);
        row.cents += item.cents;
        if (!row.invoiceNumbers.contains(item.row->invoice.number))
            row.invoiceNumbers << item.row->invoice.number;
        keepEarliest(row.date, item.date);
        QString reason;
        if (item.promise)
            reason = tr("promised for %1 (%2)")
                         .arg(shortDate(item.promise->promisedDate), CallGuide::paymentMeansFrench(item.promise->means));
        else if (item.lateness > 0)
            reason = tr("due %1 + %n day(s) usual delay", nullptr, item.lateness)
                         .arg(shortDate(item.row->invoice.dueDate));
        else
            reason = tr("due %1").arg(shortDate(item.row->invoice.dueDate));
        QStringList &list = notes[qint64(slot) << 40 | item.row->invoice.customerId];
        if (!list.contains(reason))
            list << reason;
    };
    for (qint64 customerId : std::as_const(customerOrder)) {
        QList<Item> list = items.value(customerId);
        std::stable_sort(list.begin(), list.end(), [](const Item &a, const Item &b) { return a.date < b.date; });
        qint64 credit = credits.value(customerId);
        for (Item &item : list) {
            const qint64 used = std::min(credit, item.cents);
            item.cents -= used;
            credit -= used;
            if (item.cents == 0)
                continue;
            if (item.date < inputs.today) {
                forecast.overdueCents += item.cents;
                addTo(overdue, weeks, item);
            } else if (item.date >= end) {
                forecast.laterCents += item.cents;
            } else {
                const int w = int(firstMonday.daysTo(item.date) / 7);
                DashboardCashWeek &week = forecast.weeks[w];
                week.cents += item.cents;
                if (item.promise)
                    week.promisedCents += item.cents;
                addTo(weekRows[w], w, item);
            }
        }
    }
    const auto finish = [&notes](QList<DashboardListRow> rows, int slot) {
        for (DashboardListRow &row : rows) {
            QStringList reasons = notes.value(qint64(slot) << 40 | row.customerId);
            if (reasons.size() > 2)
                reasons = reasons.mid(0, 2) << QStringLiteral("…");
            row.note = reasons.join(QStringLiteral(" · "));
        }
        return rows;
    };
    for (int w = 0; w < weeks; ++w)
        forecast.weeks[w].rows = finish(weekRows[w].takeByDate(), w);
    forecast.overdueRows = finish(overdue.takeByAmount(), weeks);
    return forecast;
}

QList<DashboardProfileBar> DashboardData::profileMix(const DashboardInputs &inputs)
{
    QList<DashboardProfileBar> bars;
    for (PayerProfile p : AllPayerProfiles) {
        DashboardProfileBar bar;
        bar.profile = p;
        bars << bar;
    }
    DashboardProfileBar unclassified;
    for (const CustomerSummary &c : inputs.customers) {
        DashboardProfileBar &bar = c.profile ? bars[qsizetype(std::find(AllPayerProfiles.begin(), AllPayerProfiles.end(),
                                                                        *c.profile) - AllPayerProfiles.begin())]
                                             : unclassified;
        ++bar.customers;
        bar.openCents += c.openBalanceCents;
        DashboardListRow row;
        row.customerId = c.id;
        row.customerCode = c.code;
        row.customerName = c.name;
        row.profile = c.profile;
        row.date = c.oldestDueDate;
        row.cents = c.openBalanceCents;
        row.note = c.profileExplanation;
        bar.rows << row;
    }
    if (unclassified.customers > 0)
        bars << unclassified;
    for (DashboardProfileBar &bar : bars)
        std::stable_sort(bar.rows.begin(), bar.rows.end(), [](const DashboardListRow &a, const DashboardListRow &b) {
            return a.cents != b.cents ? a.cents > b.cents : a.customerCode < b.customerCode;
        });
    return bars;
}

DashboardRatio DashboardData::paidOnTime(const DashboardInputs &inputs, int months)
{
    // Invoices that fell due in the last `months` months (before today): on time when paid in full by the due date.
    // Still open, partly paid or paid after the due date: late. Cancelled invoices and credit notes do not count.
    DashboardRatio ratio;
    const QDate from = inputs.today.addMonths(-months);
    for (const InvoiceRow &r : inputs.invoices) {
        const Invoice &invoice = r.invoice;
        if (invoice.kind != Invoice::Kind::Invoice || invoice.amountCents <= 0 || isCancelled(invoice)
            || !invoice.dueDate.isValid() || invoice.dueDate < from || invoice.dueDate >= inputs.today)
            continue;
        ++ratio.total;
        const QDate paid = paidOn(invoice, inputs.payments.value(invoice.id));
        if (paid.isValid() && paid <= invoice.dueDate)
            ++ratio.count;
    }
    return ratio;
}

DashboardRatio DashboardData::promisesKept(const DashboardInputs &inputs, int months)
{
    // Promises whose date fell in the last `months` months and that were settled either way; open and cancelled
    // ones say nothing yet.
    DashboardRatio ratio;
    const QDate from = inputs.today.addMonths(-months);
    for (const Promise &p : inputs.promises) {
        if (p.promisedDate < from || p.promisedDate > inputs.today)
            continue;
        if (p.status == Promise::Status::Kept) {
            ++ratio.count;
            ++ratio.total;
        } else if (p.status == Promise::Status::Broken) {
            ++ratio.total;
        }
    }
    return ratio;
}

DashboardDisputes DashboardData::openDisputes(const DashboardInputs &inputs)
{
    DashboardDisputes d;
    QHash<qint64, qint64> openByInvoice;
    for (const InvoiceRow &r : inputs.invoices)
        if (r.invoice.isOpen())
            openByInvoice.insert(r.invoice.id, r.invoice.openCents);
    qint64 ageSum = 0;
    QSet<qint64> counted;
    for (const Dispute &dispute : inputs.openDisputes) {
        if (!dispute.isOpen())
            continue;
        ++d.open;
        const int age = std::max(0, int(dispute.openedOn.daysTo(inputs.today)));
        ageSum += age;
        d.oldestAgeDays = std::max(d.oldestAgeDays, age);
        if (!counted.contains(dispute.invoiceId)) {
            counted.insert(dispute.invoiceId);
            d.cents += openByInvoice.value(dispute.invoiceId);
        }
    }
    d.averageAgeDays = d.open ? int((ageSum * 2 + d.open) / (2 * d.open)) : 0;
    return d;
}

DashboardFigures DashboardData::compute(const DashboardInputs &inputs)
{
    DashboardFigures f;
    f.today = inputs.today;
    f.aged = agedBalance(inputs);
    f.dso = dsoByMonth(inputs);
    f.cash = cashPerWeek(inputs);
    f.profiles = profileMix(inputs);
    f.paidOnTime = paidOnTime(inputs);
    f.promisesKept = promisesKept(inputs);
    f.disputes = openDisputes(inputs);
    return f;
}

Result<DashboardInputs> DashboardData::load(Database &db, QDate today)
{
    using R = Result<DashboardInputs>;
    DashboardInputs in;
    in.today = today;
    in.customers = CustomerRepository(db).summaries(today);
    in.invoices = InvoiceRepository(db).list();

    PaymentRepository payments(db);
    PromiseRepository promises(db);
    for (const CustomerSummary &c : std::as_const(in.customers)) {
        for (const Payment &p : payments.forCustomer(c.id))
            for (const PaymentAllocation &a : p.allocations)
                in.payments[a.invoiceId] << DashboardPayment{p.date, a.amountCents};
        in.promises << promises.forCustomer(c.id);
    }
    for (QList<DashboardPayment> &list : in.payments)
        std::stable_sort(list.begin(), list.end(),
                         [](const DashboardPayment &a, const DashboardPayment &b) { return a.date < b.date; });
    in.openDisputes = DisputeRepository(db).open();

    SettingsRepository settings(db);
    auto classifications = PayerProfiler(db, ProfileThresholds::load(settings)).classifyAll(today);
    if (!classifications)
        return R::failure(classifications.error());
    for (const Classification &c : *classifications)
        if (c.figures.paid >= MinPaidForOwnLateness)
            in.usualLatenessDays.insert(c.customerId, c.figures.weightedLateness);

    auto aged = AgedBalance::compute(db, today);
    if (!aged)
        return R::failure(aged.error());
    in.agedBalance = std::move(aged).value();
    return in;
}
