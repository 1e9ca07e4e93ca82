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
    QDate plannedDate;   // the day it stands on in the agenda (overdue actions are carried forward to today)
    QDate scheduledDate; // the day the scenario asked for; earlier than plannedDate when carried forward
    bool pinned = false; // moved by hand: the planner leaves its date alone
    QString step;     // preventive, level1, level2, level3, formal_notice, litigation, promise_followup, instalment_check
    QString channel;  // phone, email, letter, registered_letter
    Status status = Status::Planned;
    qint64 amountCents = 0;
    QList<qint64> invoiceIds;
    QDateTime doneAt;
    QString outcome;  // promise, voicemail, unreachable, invoice_not_received, awaiting_approval, dispute, in_payment,
                      // payment_sent, other
    QString comment;

    bool isOverdue() const { return scheduledDate.isValid() && scheduledDate < plannedDate; }

    static QString statusKey(Status s);
    static Status statusFromKey(QStringView key);
};
