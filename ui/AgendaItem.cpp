#include "AgendaItem.h"

#include "ActionRepository.h"
#include "CallGuide.h"
#include "CustomerRepository.h"
#include "DisplayFormat.h"
#include "InvoiceRepository.h"
#include "PromiseRepository.h"
#include "Scenario.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace AgendaItems {

namespace {

Contact primaryContact(const Customer &customer)
{
    for (const Contact &c : customer.contacts)
        if (c.primary)
            return c;
    return customer.contacts.isEmpty() ? Contact() : customer.contacts.first();
}

bool sharesInvoice(const Action &a, const Action &b)
{
    return std::any_of(a.invoiceIds.cbegin(), a.invoiceIds.cend(),
                       [&b](qint64 id) { return b.invoiceIds.contains(id); });
}

// Earlier calls at the same step that reached nobody: this one is the next attempt. `history`: the customer's done
// actions (the inconclusive ones are enough).
int attemptOf(const Action &action, const QList<Action> &history)
{
    int attempts = 1;
    for (const Action &done : history) {
        if (done.id == action.id || done.status != Action::Status::Done || done.step != action.step)
            continue;
        if (!CallGuide::isConclusive(done.outcome) && sharesInvoice(done, action)
            && done.plannedDate < action.plannedDate)
            ++attempts;
    }
    return attempts;
}

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

} // namespace

QList<AgendaItem> load(Database &db, const QList<Action> &actions)
{
    // Everything the items need, read in a few batch queries (a day of a big file has thousands of actions).
    QList<qint64> customerIds;
    QList<qint64> invoiceIds;
    QList<qint64> callers;   // customers with a call: their unanswered calls give the attempt number
    QList<qint64> followUps; // customers with a broken promise to follow up
    {
        QSet<qint64> seenCustomers, seenInvoices, seenCallers, seenFollowUps;
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
            if (action.channel == u"phone" && !seenCallers.contains(action.customerId)) {
                seenCallers.insert(action.customerId);
                callers << action.customerId;
            }
            if (action.step == SpecialSteps::PromiseFollowUp && !seenFollowUps.contains(action.customerId)) {
                seenFollowUps.insert(action.customerId);
                followUps << action.customerId;
            }
        }
    }
    const QHash<qint64, Customer> customers = CustomerRepository(db).findByIds(customerIds);
    const QHash<qint64, Invoice> invoices = InvoiceRepository(db).findByIds(invoiceIds);
    const QHash<qint64, QList<Action>> unanswered =
        ActionRepository(db).doneWithOutcome(callers, CallGuide::inconclusiveOutcomes());
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
            item.profile = c->effectiveProfile();
            item.profileExplanation = c->profileExplanation;
            if (c->profileOverride)
                item.overrideReason = c->profileOverrideReason.isEmpty() ? QStringLiteral("—") : c->profileOverrideReason;
            item.contact = primaryContact(*c);
        }
        for (qint64 id : action.invoiceIds)
            if (const auto i = invoices.constFind(id); i != invoices.constEnd())
                item.invoices << AgendaInvoice{i->id, i->number, i->dueDate, i->openCents};
        std::sort(item.invoices.begin(), item.invoices.end(), [](const AgendaInvoice &a, const AgendaInvoice &b) {
            return a.dueDate != b.dueDate ? a.dueDate < b.dueDate : a.number < b.number;
        });
        if (action.channel == u"phone")
            item.attempt = attemptOf(action, unanswered.value(action.customerId));
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
