#pragma once
// Action: one planned reminder for one customer on one day, covering all its invoices at that step.

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

struct Action
{
    enum class Status { Planned, Done, Cancelled };

    qint64 id = 0;
    qint64 customerId = 0;
    QDate plannedDate;
    QString step;     // preventive, level1, level2, level3, formal_notice, litigation, promise_followup, instalment_check
    QString channel;  // phone, email, letter, registered_letter
    Status status = Status::Planned;
    qint64 amountCents = 0;
    QList<qint64> invoiceIds;
    QDateTime doneAt;
    QString outcome;  // promise, voicemail, unreachable, invoice_not_received, awaiting_approval, dispute, in_payment,
                      // payment_sent, other
    QString comment;

    static QString statusKey(Status s);
    static Status statusFromKey(QStringView key);
};
