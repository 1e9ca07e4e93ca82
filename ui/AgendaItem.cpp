#include "AgendaItem.h"

#include "CallGuide.h"
#include "Database.h"
#include "DisplayFormat.h"
#include "IdSet.h"
#include "PromiseRepository.h"
#include "Scenario.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>

namespace AgendaItems {

namespace {

QString brokenPromiseNote(const QList<Promise> &promises)
{
    const Promise *latest = nullptr;
    for (const Promise &p : promises)
        if (p.status == Promise::Status::Broken && (!latest || p.promisedDate > latest->promisedDate))
            latest = &p;
    if (!latest)
        return {};
    // Plain French from the store's vocabulary, like the journal's own lines.
    return QStringLiteral("Promesse du %1 non tenue (%2)")
        .arg(DisplayFormat::date(latest->promisedDate), CallGuide::paymentMeansFrench(latest->means));
}

// What an item shows of its customer: name, profile and why, and whom to ask for.
struct CustomerFacts
{
    QString code;
    QString name;
    std::optional<PayerProfile> profile; // effective: the override wins
    QString explanation;
    QString overrideReason;
    Contact contact;
};

// The customers' facts with their primary contact (the first one when none is primary), in one query.
QHash<qint64, CustomerFacts> customerFacts(Database &db, const QList<qint64> &ids)
{
    QHash<qint64, CustomerFacts> map;
    QSqlQuery q;
    if (!IdSet::select(db, q,
                       QStringLiteral("SELECT c.id, c.code, c.name, c.profile, c.profile_explanation, c.profile_override,"
                                      " c.profile_override_reason, ct.id, ct.civility, ct.name, ct.role, ct.phone, ct.email,"
                                      " ct.is_primary FROM customers c LEFT JOIN contacts ct ON ct.id = (SELECT x.id"
                                      " FROM contacts x WHERE x.customer_id = c.id ORDER BY x.is_primary DESC, x.id LIMIT 1)"
                                      " WHERE "),
                       QStringLiteral("c.id"), ids))
        return map;
    map.reserve(ids.size());
    while (q.next()) {
        CustomerFacts f;
        const qint64 id = q.value(0).toLongLong();
        f.code = q.value(1).toString();
        f.name = q.value(2).toString();
        const std::optional<PayerProfile> computed = payerProfileFromKey(q.value(3).toString());
        const std::optional<PayerProfile> manual = payerProfileFromKey(q.value(5).toString());
        f.profile = manual ? manual : computed;
        f.explanation = q.value(4).toString();
        if (manual) {
            const QString reason = q.value(6).toString();
            f.overrideReason = reason.isEmpty() ? QStringLiteral("—") : reason;
        }
        if (!q.value(7).isNull()) {
            f.contact.id = q.value(7).toLongLong();
            f.contact.customerId = id;
            f.contact.civility = q.value(8).toString();
            f.contact.name = q.value(9).toString();
            f.contact.role = q.value(10).toString();
            f.contact.phone = q.value(11).toString();
            f.contact.email = q.value(12).toString();
            f.contact.primary = q.value(13).toInt() != 0;
        }
        map.insert(id, std::move(f));
    }
    return map;
}

// What a card lists of each invoice.
QHash<qint64, AgendaInvoice> invoiceFacts(Database &db, const QList<qint64> &ids)
{
    QHash<qint64, AgendaInvoice> map;
    QSqlQuery q;
    if (!IdSet::select(db, q, QStringLiteral("SELECT id, number, due_date, open_cents FROM invoices WHERE "),
                       QStringLiteral("id"), ids))
        return map;
    map.reserve(ids.size());
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        map.insert(id, AgendaInvoice{id, q.value(1).toString(), Sql::toDate(q.value(2)), q.value(3).toLongLong()});
    }
    return map;
}

// For each call: which attempt it is. Earlier calls at the same step that reached nobody about one of its invoices
// make this one the next attempt (counted by the store from the calls' own invoice links).
QHash<qint64, int> attemptsOf(Database &db, const QList<qint64> &callIds)
{
    QHash<qint64, int> map;
    if (callIds.isEmpty())
        return map;
    const QStringList &outcomes = CallGuide::inconclusiveOutcomes();
    QString outcomeList = QStringLiteral("(?");
    for (qsizetype i = 1; i < outcomes.size(); ++i)
        outcomeList += QStringLiteral(", ?");
    outcomeList += u')';
    // A customer's history is long: SQLite must find the unanswered calls by the (customer, status, outcome) index,
    // not walk every earlier action by date (a unary + keeps it from using the date for the index).
    const QString date = db.dialect() == SqlDialect::SQLite ? QStringLiteral("+d.planned_date") : QStringLiteral("d.planned_date");
    QSqlQuery q = db.query(
        QStringLiteral("SELECT a.id, (SELECT count(*) FROM actions d WHERE d.customer_id = a.customer_id"
                       " AND d.status = 'done' AND d.outcome IN ")
        + outcomeList + QStringLiteral(" AND d.step = a.step AND ") + date
        + QStringLiteral(" < a.planned_date AND d.id <> a.id"
                         " AND EXISTS (SELECT 1 FROM action_invoices x JOIN action_invoices y ON y.invoice_id = x.invoice_id"
                         "  WHERE x.action_id = d.id AND y.action_id = a.id)) FROM actions a WHERE ")
        + IdSet::in(QStringLiteral("a.id"), db.dialect()));
    for (const QString &o : outcomes)
        q.addBindValue(o);
    q.addBindValue(IdSet::json(callIds));
    if (!db.exec(q))
        return map;
    while (q.next())
        map.insert(q.value(0).toLongLong(), 1 + q.value(1).toInt());
    return map;
}

} // namespace

QList<AgendaItem> load(Database &db, const QList<Action> &actions)
{
    // Everything the items need, read in a few batch queries of the columns shown (a day of a big file has
    // thousands of actions).
    QList<qint64> customerIds;
    QList<qint64> invoiceIds;
    QList<qint64> callIds;   // their attempt number
    QList<qint64> followUps; // customers with a broken promise to follow up
    {
        QSet<qint64> seenCustomers, seenInvoices, seenFollowUps;
        for (const Action &action : actions) {
            if (!seenCustomers.contains(action.customerId)) {
                seenCustomers.insert(action.customerId);
                customerIds << action.customerId;
            }
            for (qint64 id : action.invoiceIds)
                if (!seenInvoices.contains(id)) {
                    seenInvoices.insert(id);
                    invoiceIds << id;
                }
            if (action.channel == u"phone")
                callIds << action.id;
            if (action.step == SpecialSteps::PromiseFollowUp && !seenFollowUps.contains(action.customerId)) {
                seenFollowUps.insert(action.customerId);
                followUps << action.customerId;
            }
        }
    }
    const QHash<qint64, CustomerFacts> customers = customerFacts(db, customerIds);
    const QHash<qint64, AgendaInvoice> invoices = invoiceFacts(db, invoiceIds);
    const QHash<qint64, int> attempts = attemptsOf(db, callIds);
    QHash<qint64, QString> notes;
    PromiseRepository promiseRepository(db);
    for (qint64 id : std::as_const(followUps))
        notes.insert(id, brokenPromiseNote(promiseRepository.forCustomer(id)));

    QList<AgendaItem> items;
    items.reserve(actions.size());
    for (const Action &action : actions) {
        AgendaItem item;
        item.action = action;
        if (const auto c = customers.constFind(action.customerId); c != customers.constEnd()) {
            item.customerCode = c->code;
            item.customerName = c->name;
            item.profile = c->profile;
            item.profileExplanation = c->explanation;
            item.overrideReason = c->overrideReason;
            item.contact = c->contact;
        }
        for (qint64 id : action.invoiceIds)
            if (const auto i = invoices.constFind(id); i != invoices.constEnd())
                item.invoices << *i;
        std::sort(item.invoices.begin(), item.invoices.end(), [](const AgendaInvoice &a, const AgendaInvoice &b) {
            return a.dueDate != b.dueDate ? a.dueDate < b.dueDate : a.number < b.number;
        });
        if (action.channel == u"phone")
            item.attempt = attempts.value(action.id, 1);
        if (action.step == SpecialSteps::PromiseFollowUp)
            item.note = notes.value(action.customerId);
        items << item;
    }
    return items;
}

QList<AgendaItem> bare(const QList<Action> &actions)
{
    QList<AgendaItem> items;
    items.reserve(actions.size());
    for (const Action &action : actions) {
        AgendaItem item;
        item.action = action;
        item.detailed = false;
        items << item;
    }
    return items;
}

} // namespace AgendaItems
