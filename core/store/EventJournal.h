#pragma once
// EventJournal: the append-only record of everything that happened, per customer and per invoice.

#include "Database.h"
#include "Event.h"
#include "Result.h"

class EventJournal final
{
public:
    explicit EventJournal(Database &db) : m_db(db) {}

    // Appends one event; occurredAt defaults to the clock's now.
    Status append(Event &event);
    // Appends the same event once per invoice (or once for the customer when the list is empty).
    Status appendPerInvoice(Event event, const QList<qint64> &invoiceIds);
    QList<Event> forCustomer(qint64 customerId); // newest first
    QList<Event> forInvoice(qint64 invoiceId);   // newest first
    int count();

private:
    QList<Event> select(const QString &where, const QVariantList &binds);

    Database &m_db;
};
