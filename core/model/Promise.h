#pragma once
// Promise: a customer's commitment to pay some invoices on a date by a means; suspends reminders until then.

#include <QDate>
#include <QList>
#include <QString>

struct Promise
{
    enum class Status { Open, Kept, Broken, Cancelled };

    qint64 id = 0;
    qint64 customerId = 0;
    QDate madeOn;
    QDate promisedDate;
    qint64 amountCents = 0;
    QString means; // transfer, cheque, lcr, promissory_note, direct_debit, card
    Status status = Status::Open;
    QList<qint64> invoiceIds;
    qint64 actionId = 0; // the action whose outcome created it, if any
    QString comment;

    static QString statusKey(Status s);
    static Status statusFromKey(QStringView key);
};
