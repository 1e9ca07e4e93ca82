#pragma once
// Payment: money received from a customer, allocated to one or more invoices.

#include <QDate>
#include <QList>
#include <QString>

struct PaymentAllocation
{
    qint64 invoiceId = 0;
    qint64 amountCents = 0;
};

struct Payment
{
    qint64 id = 0;
    qint64 customerId = 0;
    QDate date;
    qint64 amountCents = 0;
    QString currency = QStringLiteral("EUR");
    QString method;    // transfer, cheque, lcr, direct_debit, card, cash
    QString reference;
    QString sourceFile;
    QList<PaymentAllocation> allocations;
};
