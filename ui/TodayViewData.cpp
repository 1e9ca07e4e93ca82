#include "TodayViewData.h"

#include "CustomerRepository.h"
#include "DisputeRepository.h"
#include "InvoiceRepository.h"
#include "PromiseRepository.h"
#include "ReminderPlanner.h"
#include "Scenario.h"
#include "SettingsRepository.h"

#include <QHash>
#include <QSqlQuery>
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
    return load(db, today, -1);
}

TodayData TodayData::loadFirstRows(Database &db, QDate today, int detailedRows)
{
    return load(db, today, std::max(0, detailedRows));
}

void TodayData::completeDetails(Database &db)
{
    if (!m_detailsPending)
        return;
    QList<Action> actions;
    for (const QList<AgendaItem> *list : {&calls, &emails, &letters})
        for (const AgendaItem &item : *list)
            if (!item.detailed)
                actions << item.action;
    const QList<AgendaItem> items = AgendaItems::load(db, actions);
    qsizetype next = 0;
    for (QList<AgendaItem> *list : {&calls, &emails, &letters})
        for (AgendaItem &item : *list)
            if (!item.detailed)
                item = items.at(next++);
    m_detailsPending = false;
}

TodayData TodayData::load(Database &db, QDate today, int detailedRows)
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
    const QList<AgendaItem> items =
        detailedRows < 0 ? AgendaItems::load(db, dayActions) : AgendaItems::bare(dayActions);
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
    if (detailedRows >= 0) {
        // The first rows of each list get their details now, the others in completeDetails().
        QList<Action> first;
        for (const QList<AgendaItem> *list : {&data.calls, &data.emails, &data.letters})
            for (qsizetype i = 0; i < std::min<qsizetype>(detailedRows, list->size()); ++i)
                first << list->at(i).action;
        const QList<AgendaItem> detailed = AgendaItems::load(db, first);
        qsizetype next = 0;
        for (QList<AgendaItem> *list : {&data.calls, &data.emails, &data.letters})
            for (qsizetype i = 0; i < std::min<qsizetype>(detailedRows, list->size()); ++i)
                (*list)[i] = detailed.at(next++);
        data.m_detailsPending = next < items.size();
    }

    // What is expected within the window: the open receivables falling due in it, not disputed (one SQL sum)...
    const QDate horizon = today.addDays(ExpectedDays);
    const QString receivable = QStringLiteral(
        " i.status IN ('open', 'partially_paid') AND i.open_cents > 0 AND i.kind IN ('invoice', 'opening_balance')");
    const QString disputed = QStringLiteral(
        "EXISTS (SELECT 1 FROM disputes d WHERE d.invoice_id = i.id AND d.resolved_on IS NULL)");
    {
        QSqlQuery q = db.query(QStringLiteral("SELECT COALESCE(SUM(i.open_cents), 0) FROM invoices i WHERE") + receivable
                               + QStringLiteral(" AND i.due_date >= ? AND i.due_date <= ? AND NOT ") + disputed);
        q.addBindValue(today.toString(Qt::ISODate));
        q.addBindValue(horizon.toString(Qt::ISODate));
        if (db.exec(q) && q.next())
            data.expectedCents = q.value(0).toLongLong();
    }
    // ...and the open receivables due by the end of the window that an open promise covers (the late ones too).
    struct OpenInvoice
    {
        qint64 openCents = 0;
    };
    QHash<qint64, OpenInvoice> open;
    QSet<qint64> counted; // already in the sum above
    {
        QSqlQuery q = db.query(QStringLiteral("SELECT DISTINCT i.id, i.open_cents, i.due_date >= ? AND NOT ") + disputed
                               + QStringLiteral(" FROM promise_invoices pi JOIN promises p ON p.id = pi.promise_id"
                                                " JOIN invoices i ON i.id = pi.invoice_id WHERE p.status = 'open' AND")
                               + receivable + QStringLiteral(" AND i.due_date <= ?"));
        q.addBindValue(today.toString(Qt::ISODate));
        q.addBindValue(horizon.toString(Qt::ISODate));
        if (db.exec(q)) {
            while (q.next()) {
                const qint64 id = q.value(0).toLongLong();
                open.insert(id, OpenInvoice{q.value(1).toLongLong()});
                if (q.value(2).toInt() != 0)
                    counted.insert(id);
            }
        }
    }

    PromiseRepository promises(db);
    const QList<Promise> openPromises = promises.open();
    const QList<Dispute> openDisputes = DisputeRepository(db).open();
    QHash<qint64, QString> names; // every customer named below, in one query
    {
        QList<qint64> ids(followUps.cbegin(), followUps.cend());
        for (const Promise &p : openPromises)
            if (p.promisedDate <= data.day)
                ids << p.customerId;
        for (const Dispute &d : openDisputes)
            ids << d.customerId;
        names = CustomerRepository(db).namesOf(ids);
    }
    const auto nameOf = [&names](qint64 id) { return names.value(id); };
    for (const Promise &p : openPromises) {
        qint64 cents = 0;
        for (qint64 id : p.invoiceIds) {
            const auto it = open.constFind(id);
            if (it == open.constEnd())
                continue;
            cents += it->openCents;
            if (p.promisedDate <= horizon && !counted.contains(id)) {
                data.expectedCents += it->openCents;
                counted.insert(id);
            }
        }
        if (p.promisedDate <= data.day)
            data.promises << PromiseToCheck{p, nameOf(p.customerId), false, cents};
    }
    InvoiceRepository invoices(db);
    for (qint64 customerId : std::as_const(followUps)) {
        const QList<Promise> list = promises.forCustomer(customerId);
        const Promise *latest = nullptr;
        for (const Promise &p : list)
            if (p.status == Promise::Status::Broken && (!latest || p.promisedDate > latest->promisedDate))
                latest = &p;
        if (!latest)
            continue;
        qint64 cents = 0;
        for (const Invoice &invoice : invoices.findByIds(latest->invoiceIds))
            if (isReceivable(invoice))
                cents += invoice.openCents;
        data.promises << PromiseToCheck{*latest, nameOf(customerId), true, cents};
    }
    std::sort(data.promises.begin(), data.promises.end(), [](const PromiseToCheck &a, const PromiseToCheck &b) {
        return a.promise.promisedDate != b.promise.promisedDate ? a.promise.promisedDate < b.promise.promisedDate
                                                                : a.customerName < b.customerName;
    });

    QHash<qint64, qsizetype> disputeIndex;
    QList<qint64> disputedIds;
    for (const Dispute &d : openDisputes)
        disputedIds << d.invoiceId;
    const QHash<qint64, Invoice> disputedInvoices = invoices.findByIds(disputedIds);
    for (const Dispute &d : openDisputes) {
        auto it = disputeIndex.constFind(d.customerId);
        if (it == disputeIndex.constEnd()) {
            it = disputeIndex.insert(d.customerId, data.disputes.size());
            data.disputes << DisputeGroup{d.customerId, nameOf(d.customerId), {}, {}, d.openedOn, 0};
        }
        DisputeGroup &group = data.disputes[*it];
        if (const auto invoice = disputedInvoices.constFind(d.invoiceId); invoice != disputedInvoices.constEnd()) {
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
