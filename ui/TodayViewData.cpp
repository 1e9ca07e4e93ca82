#include "TodayViewData.h"

#include "ActionRepository.h"
#include "CustomerRepository.h"
#include "Database.h"
#include "Dispute.h"
#include "IdSet.h"
#include "Invoice.h"
#include "PromiseRepository.h"
#include "ReminderPlanner.h"
#include "Scenario.h"
#include "SettingsRepository.h"

#include <QHash>
#include <QSqlQuery>
#include <QSet>
#include <algorithm>
#include <vector>

namespace {

bool isReceivable(const Invoice &invoice)
{
    return invoice.isOpen() && invoice.openCents > 0
           && (invoice.kind == Invoice::Kind::Invoice || invoice.kind == Invoice::Kind::OpeningBalance);
}

// Where an action stands in its list: still to do first, the late ones at the top, then who owes most; done ones
// last; ties by customer, then id (ActionRepository::between()'s order). Both ways of reading the day sort by it.
struct ListOrder
{
    bool done;
    bool late;
    qint64 amountCents;
    qint64 customerId;
    qint64 id;

    static ListOrder of(const Action &a)
    {
        return {a.status == Action::Status::Done, a.status == Action::Status::Planned && a.isOverdue(), a.amountCents,
                a.customerId, a.id};
    }
    bool operator<(const ListOrder &o) const
    {
        if (done != o.done)
            return !done;
        if (late != o.late)
            return late;
        if (amountCents != o.amountCents)
            return amountCents > o.amountCents;
        return customerId != o.customerId ? customerId < o.customerId : id < o.id;
    }
};

void sortActions(QList<const Action *> &actions)
{
    std::sort(actions.begin(), actions.end(),
              [](const Action *a, const Action *b) { return ListOrder::of(*a) < ListOrder::of(*b); });
}

// The invoices the promises name, with only the columns the view uses (number, due date, open amount,
// status, kind), as InvoiceRepository::findByIds() reads them.
QHash<qint64, Invoice> invoiceFacts(Database &db, const QList<qint64> &ids)
{
    QHash<qint64, Invoice> map;
    QSqlQuery q;
    if (!IdSet::select(db, q,
                       QStringLiteral("SELECT i.id, i.number, i.due_date, i.open_cents, i.status, i.kind FROM invoices i WHERE "),
                       QStringLiteral("i.id"), ids))
        return map;
    map.reserve(ids.size());
    while (q.next()) {
        Invoice inv;
        inv.id = q.value(0).toLongLong();
        inv.number = q.value(1).toString();
        inv.dueDate = Sql::toDate(q.value(2));
        inv.openCents = q.value(3).toLongLong();
        inv.status = Invoice::statusFromKey(q.value(4).toString()).value_or(Invoice::Status::Open);
        inv.kind = Invoice::kindFromKey(q.value(5).toString()).value_or(Invoice::Kind::Invoice);
        map.insert(inv.id, std::move(inv));
    }
    return map;
}

} // namespace

int TodayData::plannedCount() const
{
    if (m_actionsPending)
        return m_pendingCounts.planned;
    int n = 0;
    for (const QList<AgendaItem> *list : {&calls, &emails, &letters})
        n += int(std::count_if(list->cbegin(), list->cend(), [](const AgendaItem &i) { return !i.isDone(); }));
    return n;
}

int TodayData::lateCount() const
{
    if (m_actionsPending)
        return m_pendingCounts.late;
    int n = 0;
    for (const QList<AgendaItem> *list : {&calls, &emails, &letters})
        n += int(std::count_if(list->cbegin(), list->cend(), [](const AgendaItem &i) { return i.isLate(); }));
    return n;
}

int TodayData::doneCount() const
{
    if (m_actionsPending)
        return m_pendingCounts.done;
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

TodayData TodayData::loadFirstRows(Database &db, QDate today, FirstRows detailedRows)
{
    return load(db, today,
                FirstRows{std::max(0, detailedRows.calls), std::max(0, detailedRows.emails),
                          std::max(0, detailedRows.letters)});
}

void TodayData::completeDetails(Database &db)
{
    if (!m_detailsPending)
        return;
    if (m_actionsPending) {
        // The items without details carry only their action's id, customer, status and amount: whole actions first.
        QList<qint64> ids;
        for (const QList<AgendaItem> *list : {&calls, &emails, &letters})
            for (const AgendaItem &item : *list)
                if (!item.detailed)
                    ids << item.action.id;
        const QList<Action> read = ActionRepository(db).withIds(ids);
        QHash<qint64, const Action *> byId;
        byId.reserve(read.size());
        for (const Action &a : read)
            byId.insert(a.id, &a);
        for (QList<AgendaItem> *list : {&calls, &emails, &letters})
            for (AgendaItem &item : *list)
                if (const Action *a = item.detailed ? nullptr : byId.value(item.action.id))
                    item.action = *a;
        m_actionsPending = false;
    }
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
    return load(db, today, FirstRows{detailedRows, detailedRows, detailedRows});
}

TodayData TodayData::load(Database &db, QDate today, FirstRows detailedRows)
{
    TodayData data;
    data.today = today;
    SettingsRepository settings(db);
    ReminderPlanner planner(db, PlannerSettings::load(settings));
    // On a weekend or holiday the agenda shows the next working day's work.
    data.day = planner.carryDay(today);
    QSet<qint64> followUps; // customers called today about a broken promise
    const bool firstRowsOnly = detailedRows.calls >= 0 || detailedRows.emails >= 0 || detailedRows.letters >= 0;
    if (firstRowsOnly && planner.isCurrent(today, today, data.day)) {
        // A daily open: the plan is stored, only the first rows are read whole before the first paint.
        if (!data.loadStoredDay(db, detailedRows, followUps))
            return data;
        data.loadPromisesAndDisputes(db, followUps);
        return data;
    }
    auto actions = planner.sync(today, today, data.day);
    if (!actions) {
        data.error = actions.error();
        return data;
    }
    // The day's actions by list, sorted before any item is built (a big day has thousands).
    QList<const Action *> byList[3]; // calls, e-mails, letters
    for (const Action &a : std::as_const(*actions)) {
        if (a.plannedDate != data.day || a.status == Action::Status::Cancelled)
            continue;
        byList[a.channel == u"phone" ? 0 : a.channel == u"email" ? 1 : 2] << &a;
        if (a.step == SpecialSteps::PromiseFollowUp)
            followUps.insert(a.customerId);
    }
    QList<AgendaItem> *lists[3] = {&data.calls, &data.emails, &data.letters};
    const int firstRows[3] = {detailedRows.calls, detailedRows.emails, detailedRows.letters};
    QList<Action> detailed; // the actions whose details are read now, list after list
    for (int l = 0; l < 3; ++l) {
        sortActions(byList[l]);
        const qsizetype first = firstRows[l] < 0 ? byList[l].size() : std::min<qsizetype>(firstRows[l], byList[l].size());
        for (qsizetype i = 0; i < first; ++i)
            detailed << *byList[l].at(i);
        data.m_detailsPending = data.m_detailsPending || first < byList[l].size();
    }
    const QList<AgendaItem> items = AgendaItems::load(db, detailed);
    qsizetype next = 0;
    for (int l = 0; l < 3; ++l) {
        QList<AgendaItem> &list = *lists[l];
        list.reserve(byList[l].size());
        for (const Action *a : std::as_const(byList[l])) {
            if (list.size() < firstRows[l] || firstRows[l] < 0) {
                list << items.at(next++);
            } else {
                // Only the action until completeDetails().
                AgendaItem bare;
                bare.action = *a;
                bare.detailed = false;
                list << bare;
            }
        }
    }
    data.loadPromisesAndDisputes(db, followUps);
    return data;
}

bool TodayData::loadStoredDay(Database &db, FirstRows detailedRows, QSet<qint64> &followUps)
{
    // The day's actions with only what the order, the counts and the follow-ups need, as four integers per row (a
    // big day has thousands of rows: every column read costs, and sorting them here costs less than in SQL).
    QSqlQuery q = db.query(QStringLiteral(
        "SELECT id, customer_id, amount_cents,"
        " CASE channel WHEN 'phone' THEN 0 WHEN 'email' THEN 8 ELSE 16 END"
        " + CASE WHEN status = 'done' THEN 4 ELSE 0 END"
        " + CASE WHEN status = 'planned' AND scheduled_date IS NOT NULL AND scheduled_date <> ''"
        "  AND scheduled_date < planned_date THEN 2 ELSE 0 END"
        " + CASE WHEN step = ? THEN 1 ELSE 0 END"
        " FROM actions WHERE planned_date = ? AND status <> 'cancelled'"));
    q.addBindValue(SpecialSteps::PromiseFollowUp);
    q.addBindValue(day.toString(Qt::ISODate));
    if (auto s = db.exec(q); !s) {
        error = s.error();
        return false;
    }
    struct Row
    {
        int list; // 0 calls, 1 e-mails, 2 letters
        ListOrder order;
    };
    std::vector<Row> rows;
    while (q.next()) {
        const int flags = q.value(3).toInt();
        rows.push_back({std::min(flags >> 3, 2),
                        {(flags & 4) != 0, (flags & 2) != 0, q.value(2).toLongLong(), q.value(1).toLongLong(),
                         q.value(0).toLongLong()}});
        if (flags & 1)
            followUps.insert(rows.back().order.customerId);
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.list != b.list ? a.list < b.list : a.order < b.order;
    });
    QList<AgendaItem> *lists[3] = {&calls, &emails, &letters};
    const int firstRows[3] = {detailedRows.calls, detailedRows.emails, detailedRows.letters};
    qsizetype sizes[3] = {0, 0, 0};
    for (const Row &r : rows)
        ++sizes[r.list];
    for (int l = 0; l < 3; ++l)
        lists[l]->reserve(sizes[l]);
    QList<qint64> firstIds; // read whole now
    for (const Row &r : rows) {
        QList<AgendaItem> &list = *lists[r.list];
        if (firstRows[r.list] < 0 || list.size() < firstRows[r.list])
            firstIds << r.order.id;
        AgendaItem &item = list.emplace_back();
        item.detailed = false;
        item.action.id = r.order.id;
        item.action.customerId = r.order.customerId;
        item.action.plannedDate = day;
        item.action.amountCents = r.order.amountCents;
        if (r.order.done) {
            item.action.status = Action::Status::Done;
            ++m_pendingCounts.done;
        } else {
            ++m_pendingCounts.planned;
            m_pendingCounts.late += r.order.late;
        }
    }
    QHash<qint64, Action> first;
    for (Action &a : ActionRepository(db).withIds(firstIds))
        first.insert(a.id, std::move(a));
    QList<Action> detailed; // list after list, in the lists' order
    detailed.reserve(first.size());
    for (const QList<AgendaItem> *list : lists)
        for (const AgendaItem &item : *list)
            if (const auto a = first.constFind(item.action.id); a != first.constEnd())
                detailed << *a;
    const QList<AgendaItem> items = AgendaItems::load(db, detailed);
    qsizetype next = 0;
    for (QList<AgendaItem> *list : lists)
        for (AgendaItem &item : *list)
            if (first.contains(item.action.id))
                item = items.at(next++);
    // The rows not read whole wait for completeDetails().
    m_detailsPending = m_actionsPending = qsizetype(first.size()) < qsizetype(rows.size());
    return true;
}

void TodayData::loadPromisesAndDisputes(Database &db, const QSet<qint64> &followUps)
{
    // What is expected within the window: the open receivables falling due in it, not disputed, plus those an open
    // promise dated in the window covers (the late ones too, disputed or not), each once; two SQL sums.
    const QDate horizon = today.addDays(ExpectedDays);
    const QString receivable = QStringLiteral(
        "i.status IN ('open', 'partially_paid') AND i.open_cents > 0 AND i.kind IN ('invoice', 'opening_balance')");
    const QString undisputed =
        QStringLiteral("NOT EXISTS (SELECT 1 FROM disputes d WHERE d.invoice_id = i.id AND d.resolved_on IS NULL)");
    {
        QSqlQuery q = db.query(QStringLiteral("SELECT COALESCE(SUM(i.open_cents), 0) FROM invoices i WHERE ") + receivable
                               + QStringLiteral(" AND i.due_date >= ? AND i.due_date <= ? AND ") + undisputed);
        q.addBindValue(today.toString(Qt::ISODate));
        q.addBindValue(horizon.toString(Qt::ISODate));
        if (db.exec(q) && q.next())
            expectedCents = q.value(0).toLongLong();
    }
    {
        QSqlQuery q = db.query(
            QStringLiteral("SELECT COALESCE(SUM(i.open_cents), 0) FROM invoices i WHERE i.id IN (SELECT pi.invoice_id"
                           " FROM promise_invoices pi JOIN promises p ON p.id = pi.promise_id"
                           " WHERE p.status = 'open' AND p.promised_date <= ?) AND ")
            + receivable + QStringLiteral(" AND i.due_date <= ? AND NOT (i.due_date >= ? AND ") + undisputed
            + QStringLiteral(")"));
        q.addBindValue(horizon.toString(Qt::ISODate));
        q.addBindValue(horizon.toString(Qt::ISODate));
        q.addBindValue(today.toString(Qt::ISODate));
        if (db.exec(q) && q.next())
            expectedCents += q.value(0).toLongLong();
    }

    // The promises to check: the open ones dated by the agenda day, and for each customer followed up today the
    // latest broken one; with the receivables they still leave open.
    PromiseRepository promiseRepository(db);
    const QList<Promise> duePromises = promiseRepository.openDueBy(day);
    QHash<qint64, Promise> brokenPromises; // per customer followed up today: the latest broken promise
    for (qint64 customerId : std::as_const(followUps)) {
        const QList<Promise> list = promiseRepository.forCustomer(customerId);
        const Promise *latest = nullptr;
        for (const Promise &p : list)
            if (p.status == Promise::Status::Broken && (!latest || p.promisedDate > latest->promisedDate))
                latest = &p;
        if (latest)
            brokenPromises.insert(customerId, *latest);
    }
    QList<qint64> invoiceIds;
    for (const Promise &p : duePromises)
        invoiceIds << p.invoiceIds;
    for (const Promise &p : std::as_const(brokenPromises))
        invoiceIds << p.invoiceIds;
    const QHash<qint64, Invoice> invoices = invoiceFacts(db, invoiceIds);
    QHash<qint64, QString> names;
    {
        QList<qint64> ids(followUps.cbegin(), followUps.cend());
        for (const Promise &p : duePromises)
            ids << p.customerId;
        names = CustomerRepository(db).namesOf(ids);
    }
    for (const Promise &p : duePromises) {
        // An open promise counts the receivables it covers that fall due by the end of the window.
        qint64 cents = 0;
        for (qint64 id : QSet<qint64>(p.invoiceIds.cbegin(), p.invoiceIds.cend()))
            if (const auto invoice = invoices.constFind(id);
                invoice != invoices.constEnd() && isReceivable(*invoice) && invoice->dueDate <= horizon)
                cents += invoice->openCents;
        this->promises << PromiseToCheck{p, names.value(p.customerId), false, cents};
    }
    for (qint64 customerId : std::as_const(followUps)) {
        const auto latest = brokenPromises.constFind(customerId);
        if (latest == brokenPromises.constEnd())
            continue;
        qint64 cents = 0;
        for (qint64 id : QSet<qint64>(latest->invoiceIds.cbegin(), latest->invoiceIds.cend()))
            if (const auto invoice = invoices.constFind(id); invoice != invoices.constEnd() && isReceivable(*invoice))
                cents += invoice->openCents;
        this->promises << PromiseToCheck{*latest, names.value(customerId), true, cents};
    }
    std::sort(this->promises.begin(), this->promises.end(), [](const PromiseToCheck &a, const PromiseToCheck &b) {
        return a.promise.promisedDate != b.promise.promisedDate ? a.promise.promisedDate < b.promise.promisedDate
                                                                : a.customerName < b.customerName;
    });

    // The open disputes, one line per customer (the oldest first), with their invoices and customers in one query.
    QSqlQuery q = db.query(QStringLiteral(
        "SELECT d.customer_id, c.name, d.category, d.opened_on, i.number, i.open_cents, i.status FROM disputes d"
        " JOIN customers c ON c.id = d.customer_id LEFT JOIN invoices i ON i.id = d.invoice_id"
        " WHERE d.resolved_on IS NULL ORDER BY d.opened_on, d.id"));
    if (!db.exec(q))
        return;
    QHash<qint64, qsizetype> disputeIndex;
    while (q.next()) {
        const qint64 customerId = q.value(0).toLongLong();
        const QString category = q.value(2).toString();
        const QDate openedOn = Sql::toDate(q.value(3));
        auto it = disputeIndex.constFind(customerId);
        if (it == disputeIndex.constEnd()) {
            it = disputeIndex.insert(customerId, disputes.size());
            disputes << DisputeGroup{customerId, q.value(1).toString(), {}, {}, openedOn, 0};
        }
        DisputeGroup &group = disputes[*it];
        if (!q.value(4).isNull()) {
            group.invoiceNumbers << q.value(4).toString();
            const auto status = Invoice::statusFromKey(q.value(6).toString()).value_or(Invoice::Status::Open);
            if (status == Invoice::Status::Open || status == Invoice::Status::PartiallyPaid)
                group.openCents += q.value(5).toLongLong();
        }
        if (!group.categories.contains(category))
            group.categories << category;
        if (openedOn < group.openedOn)
            group.openedOn = openedOn;
    }
    std::sort(disputes.begin(), disputes.end(),
              [](const DisputeGroup &a, const DisputeGroup &b) { return a.openedOn < b.openedOn; });
}
