#pragma once
// Dispute: a customer's objection to an invoice; the invoice leaves reminders and penalties while it is open.

#include <QDate>
#include <QString>

struct Dispute
{
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 invoiceId = 0;
    QString category; // price, quantity, quality, not_delivered, invoice_not_received, duplicate, other
    QDate openedOn;
    QDate resolvedOn; // null while open
    QString resolution;
    QString comment;

    bool isOpen() const { return !resolvedOn.isValid(); }
};
