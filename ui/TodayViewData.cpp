#include "TodayViewData.h"

#include "CustomerRepository.h"
#include "DisputeRepository.h"
#include "InvoiceRepository.h"
#include "PromiseRepository.h"
#include "ReminderPlanner.h"
#include "Scenario.h"
#include "SettingsRepository.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace {

bool isReceivable(const Invoice &invoice)
{
    return invoice.isOpen() && invoice.openCents > 0
           && (invoice.kind == Invoice::Kind::Invoice || invoice.kind == Invoice::Kind::OpeningBalance);
}

// Still to do first, the late ones at the top, then who owes most; done ones last.
void sortItems(QList<AgendaItem> &items)
{
    std::stable_sort(items.begin(), items.end(), [](const AgendaItem &a, const AgendaItem &b) {
        if (a.isDone() != b.isDone())
            return !a.isDone();
        if (a.isLate() != b.isLate())
            return a.isLate();
        return a.action.amountCents > b.action.amountCents;
    });
}

} // namespace

int TodayData::plannedCount() const
{
    int n = 0;
    for (const QList<AgendaItem> *list : {&calls, &emails, &letters})
        n += int(std::count_if(list->cbegin(), list->cend(), [](const AgendaItem &i) { return !i.isDone(); }));
    return n;
}

int TodayData::lateCount() const
{
    int n = 0;
    for (const QList<AgendaItem> *list : {&calls, &emails, &letters})
        n += int(std::count_if(list->cbegin(), list->cend(), [](const AgendaItem &i) { return i.isLate(); }));
    return n;
}

int TodayData::doneCount() const
{
    int n = 0;
    for (const QList<AgendaItem> *list : {&calls, &emails, &letters})
        n += int(std::count_if(list->cbegin(), list->cend(), [](const AgendaItem &i) { return i.isDone(); }));
    return n;
}

TodayData TodayData::load(Database &db, QDate today)
{
    TodayData data;
    data.today = today;
    SettingsRepository settings(db);
    ReminderPlanner planner(db, PlannerSettings::load(settings));
    data.day = planner.carryDay(today);
    // On a weekend or holiday the agenda shows the next working day's work.
    auto actions = planner.sync(today, today, data.day);
    if (!actions) {
        data.error = actions.error();
        return data;
    }
    QList<Action> dayActions;
    for (const Action &a : std::as_const(*actions))
        if (a.plannedDate == data.day && a.status != Action::Status::Cancelled)
            dayActions << a;
    const QList<AgendaItem> items = AgendaItems::load(db, dayActions);
    QSet<qint64> followUps; // customers called today about a broken promise
    for (const AgendaItem &item : items) {
        if (item.action.channel == u"phone")
            data.calls << item;
        else if (item.action.channel == u"email")
            data.emails << item;
        else
            data.letters << item;
        if (item.action.step == SpecialSteps::PromiseFollowUp)
            followUps.insert(item.action.customerId);
    }
    sortItems(data.calls);
    sortItems(data.emails);
    sortItems(data.letters);

    // Open invoices up to the end of the window (the late ones too: promises may cover them).
    const QDate horizon = today.addDays(ExpectedDays);
    InvoiceFilter filter;
    filter.openOnly = true;
    filter.dueBefore = horizon.addDays(1);
    QHash<qint64, InvoiceRow> open;
    for (InvoiceRow &row : InvoiceRepository(db).list(filter))
        if (isReceivable(row.invoice))
            open.insert(row.invoice.id, std::move(row));
    QSet<qint64> counted;
    for (const InvoiceRow &row : std::as_const(open)) {
        if (!row.disputed && row.invoice.dueDate >= today) {
            data.expectedCents += row.invoice.openCents;
            counted.insert(row.invoice.id);
        }
    }

    CustomerRepository customers(db);
    QHash<qint64, QString> names;
    const auto nameOf = [&](qint64 id) {
        auto it = names.find(id);
        if (it == names.end()) {
            const auto c = customers.findById(id);
            it = names.insert(id, c ? c->name : QString());
        }
        return *it;
    };
    PromiseRepository promises(db);
    for (const Promise &p : promises.open()) {
        qint64 cents = 0;
        for (qint64 id : p.invoiceIds) {
            const auto it = open.constFind(id);
            if (it == open.constEnd())
                continue;
            cents += it->invoice.openCents;
            if (p.promisedDate <= horizon && !counted.contains(id)) {
                data.expectedCents += it->invoice.openCents;
                counted.insert(id);
            }
        }
        if (p.promisedDate <= data.day)
            data.promises << PromiseToCheck{p, nameOf(p.customerId), false, cents};
    }
    for (qint64 customerId : std::as_const(followUps)) {
        const QList<Promise> list = promises.forCustomer(customerId);
        const Promise *latest = nullptr;
        for (const Promise &p : list)
            if (p.status == Promise::Status::Broken && (!latest || p.promisedDate > latest->promisedDate))
                latest = &p;
        if (!latest)
            continue;
        InvoiceRepository invoices(db);
        qint64 cents = 0;
        for (qint64 id : latest->invoiceIds)
            if (const auto invoice = invoices.findById(id); invoice && isReceivable(*invoice))
                cents += invoice->openCents;
        data.promises << PromiseToCheck{*latest, nameOf(customerId), true, cents};
    }
    std::sort(data.promises.begin(), data.promises.end(), [](const PromiseToCheck &a, const PromiseToCheck &b) {
        return a.promise.promisedDate != b.promise.promisedDate ? a.promise.promisedDate < b.promise.promisedDate
                                                                : a.customerName < b.customerName;
    });

    QHash<qint64, qsizetype> disputeIndex;
    InvoiceRepository invoices(db);
    for (const Dispute &d : DisputeRepository(db).open()) {
        auto it = disputeIndex.constFind(d.customerId);
        if (it == disputeIndex.constEnd()) {
            it = disputeIndex.insert(d.customerId, data.disputes.size());
            data.disputes << DisputeGroup{d.customerId, nameOf(d.customerId), {}, {}, d.openedOn, 0};
        }
        DisputeGroup &group = data.disputes[*it];
        if (const auto invoice = invoices.findById(d.invoiceId)) {
            group.invoiceNumbers << invoice->number;
            if (invoice->isOpen())
                group.openCents += invoice->openCents;
        }
        if (!group.categories.contains(d.category))
            group.categories << d.category;
        if (d.openedOn < group.openedOn)
            group.openedOn = d.openedOn;
    }
    std::sort(data.disputes.begin(), data.disputes.end(),
              [](const DisputeGroup &a, const DisputeGroup &b) { return a.openedOn < b.openedOn; });
    return data;
}
