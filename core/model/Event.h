#pragma once
// Event: one line of the append-only journal (reminders, outcomes, promises, disputes, letters, imports...).

#include <QDateTime>
#include <QJsonObject>
#include <QString>

struct Event
{
    qint64 id = 0;
    QDateTime occurredAt;
    qint64 customerId = 0; // 0 when not about one customer (an import)
    qint64 invoiceId = 0;  // 0 when about the customer as a whole
    QString kind;          // reminder_sent, call_outcome, promise_made, promise_kept, promise_broken, dispute_opened,
                           // dispute_resolved, letter_sent, payment_received, profile_override, pause, import...
    QString summary;       // one line of plain French for the timeline
    QJsonObject details;
    QString actor;         // who did it ("moi", "import", "démo")
};
