#include "AgendaItem.h"

#include "ActionRepository.h"
#include "CallGuide.h"
#include "CustomerRepository.h"
#include "DisplayFormat.h"
#include "InvoiceRepository.h"
#include "PromiseRepository.h"
#include "Scenario.h"

#include <QHash>
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

// Earlier calls at the same step that reached nobody: this one is the next attempt.
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
    CustomerRepository customers(db);
    InvoiceRepository invoiceRepository(db);
    ActionRepository actionRepository(db);
    PromiseRepository promiseRepository(db);
    QHash<qint64, std::optional<Customer>> customerCache;
    QHash<qint64, std::optional<Invoice>> invoiceCache;
    QHash<qint64, QList<Action>> historyCache;

    QList<AgendaItem> items;
    items.reserve(actions.size());
    for (const Action &action : actions) {
        AgendaItem item;
        item.action = action;
        auto customerIt = customerCache.find(action.customerId);
        if (customerIt == customerCache.end())
            customerIt = customerCache.insert(action.customerId, customers.findById(action.customerId));
        if (const std::optional<Customer> &c = *customerIt) {
            item.customerCode = c->code;
            item.customerName = c->name;
            item.profile = c->effectiveProfile();
            item.profileExplanation = c->profileExplanation;
            if (c->profileOverride)
                item.overrideReason = c->profileOverrideReason.isEmpty() ? QStringLiteral("—") : c->profileOverrideReason;
            item.contact = primaryContact(*c);
        }
        for (qint64 id : action.invoiceIds) {
            auto invoiceIt = invoiceCache.find(id);
            if (invoiceIt == invoiceCache.end())
                invoiceIt = invoiceCache.insert(id, invoiceRepository.findById(id));
            if (const std::optional<Invoice> &i = *invoiceIt)
                item.invoices << AgendaInvoice{i->id, i->number, i->dueDate, i->openCents};
        }
        std::sort(item.invoices.begin(), item.invoices.end(), [](const AgendaInvoice &a, const AgendaInvoice &b) {
            return a.dueDate != b.dueDate ? a.dueDate < b.dueDate : a.number < b.number;
        });
        if (action.channel == u"phone") {
            auto historyIt = historyCache.find(action.customerId);
            if (historyIt == historyCache.end())
                historyIt = historyCache.insert(action.customerId, actionRepository.forCustomer(action.customerId));
            item.attempt = attemptOf(action, *historyIt);
        }
        if (action.step == SpecialSteps::PromiseFollowUp)
            item.note = brokenPromiseNote(promiseRepository.forCustomer(action.customerId));
        items << item;
    }
    return items;
}

} // namespace AgendaItems
