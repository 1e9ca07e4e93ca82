#include "EmailQueue.h"

#include "ActionCompleter.h"
#include "Clock.h"
#include "CustomerRepository.h"
#include "EmailComposer.h"
#include "EventJournal.h"
#include "MimeEncoding.h"
#include "ReminderPlanner.h"
#include "Scenario.h"
#include "SettingsRepository.h"
#include "SmtpClient.h"

#include <QJsonArray>
#include <QJsonObject>

QString QueuedEmail::stateKey(State s)
{
    switch (s) {
    case State::Ready: return QStringLiteral("ready");
    case State::Skipped: return QStringLiteral("skipped");
    case State::Sent: return QStringLiteral("sent");
    case State::Failed: return QStringLiteral("failed");
    }
    return {};
}

Result<QList<QueuedEmail>> EmailQueue::build(const QDate &today, const QDate &day, const MailAddress &from)
{
    using R = Result<QList<QueuedEmail>>;
    SettingsRepository settings(m_db);
    PlannerSettings plannerSettings = PlannerSettings::load(settings);
    auto actions = ReminderPlanner(m_db, plannerSettings).sync(today, day, day);
    if (!actions)
        return R::failure(actions.error());
    QHash<qint64, Customer> customers;
    for (Customer &c : CustomerRepository(m_db).all())
        customers.insert(c.id, std::move(c));
    EmailComposer composer(m_db);
    EventJournal journal(m_db);
    QList<QueuedEmail> queue;
    for (const Action &a : std::as_const(*actions)) {
        if (a.channel != u"email" || a.status != Action::Status::Planned)
            continue;
        QueuedEmail item;
        item.action = a;
        item.customerCode = customers.value(a.customerId).code;
        item.customerName = customers.value(a.customerId).name;
        auto composed = composer.compose(a, day, from);
        if (!composed)
            return R::failure(QStringLiteral("%1 : %2").arg(item.customerName, composed.error()));
        item.message = composed->message;
        item.warnings = composed->warnings;
        if (!composed->sendable())
            item.state = QueuedEmail::State::Skipped;
        // One message per customer and day (DOMAIN.md §3): when the calendar asks for a second one the same day
        // (another step falling due once the first was done), it waits for the next run.
        for (const Event &e : journal.forCustomer(a.customerId)) {
            if (e.kind == u"email_sent" && e.occurredAt.date() == today) {
                item.state = QueuedEmail::State::Skipped;
                item.warnings << QStringLiteral("un e-mail est déjà parti pour ce client aujourd'hui (%1) : celui-ci attend")
                                     .arg(e.details.value(QStringLiteral("message_id")).toString());
                break;
            }
        }
        queue << item;
    }
    return queue;
}

EmailBatchSummary EmailQueue::sendPending(QList<QueuedEmail> &items, SmtpClient &client, const Progress &progress)
{
    EmailBatchSummary summary;
    int total = 0;
    for (const QueuedEmail &item : std::as_const(items))
        total += item.isPending() ? 1 : 0;
    int done = 0;
    for (QueuedEmail &item : items) {
        if (item.state == QueuedEmail::State::Skipped)
            ++summary.skipped;
        if (!item.isPending())
            continue;
        ++item.attempts;
        // One Message-ID for every attempt at the same message; the Date is the attempt's.
        item.message.date = Clock::instance().now();
        if (item.message.from.isEmpty())
            item.message.from = client.settings().from;
        if (auto s = Mime::prepare(item.message); !s) {
            (void)recordFailed(item, s.error(), item.message.date);
            ++summary.failed;
            ++done;
            if (progress && !progress(done, total, item)) {
                summary.cancelled = true;
                break;
            }
            continue;
        }
        auto receipt = client.send(item.message);
        const QDateTime when = Clock::instance().now();
        if (receipt) {
            item.message.messageId = receipt->messageId;
            if (auto s = recordSent(item, receipt->messageId, when); !s) {
                // The message left; only the bookkeeping failed: say so, but do not send it twice.
                item.error = QStringLiteral("envoyé (%1) mais non enregistré : %2").arg(receipt->messageId, s.error());
            }
            ++summary.sent;
        } else {
            (void)recordFailed(item, receipt.error(), when);
            ++summary.failed;
        }
        ++done;
        if (progress && !progress(done, total, item)) {
            summary.cancelled = true;
            break;
        }
    }
    return summary;
}

Status EmailQueue::recordSent(QueuedEmail &item, const QString &messageId, const QDateTime &when)
{
    item.state = QueuedEmail::State::Sent;
    item.messageId = messageId;
    item.error.clear();
    QJsonArray to, attachments;
    for (const MailAddress &a : item.message.recipients())
        to.append(a.address);
    for (const MailAttachment &a : item.message.attachments)
        attachments.append(a.fileName);
    Event e;
    e.occurredAt = when;
    e.customerId = item.action.customerId;
    e.kind = QStringLiteral("email_sent");
    e.summary = QStringLiteral("E-mail « %1 » envoyé à %2").arg(item.message.subject, item.message.to.isEmpty() ? QString() : item.message.to.first().address);
    e.details = QJsonObject{{QStringLiteral("action_id"), item.action.id},
                            {QStringLiteral("step"), item.action.step},
                            {QStringLiteral("message_id"), messageId},
                            {QStringLiteral("subject"), item.message.subject},
                            {QStringLiteral("to"), to},
                            {QStringLiteral("attachments"), attachments},
                            {QStringLiteral("state"), QStringLiteral("sent")},
                            {QStringLiteral("attempts"), item.attempts}};
    e.actor = QStringLiteral("moi");
    if (auto s = EventJournal(m_db).appendPerInvoice(e, item.action.invoiceIds); !s)
        return s;
    ActionOutcome outcome;
    outcome.kind = QStringLiteral("other");
    outcome.comment = QStringLiteral("e-mail envoyé");
    SettingsRepository settings(m_db);
    return ActionCompleter(m_db, PlannerSettings::load(settings)).complete(item.action.id, outcome, when);
}

Status EmailQueue::recordFailed(QueuedEmail &item, const QString &error, const QDateTime &when)
{
    item.state = QueuedEmail::State::Failed;
    item.error = error;
    Event e;
    e.occurredAt = when;
    e.customerId = item.action.customerId;
    e.kind = QStringLiteral("email_failed");
    e.summary = QStringLiteral("Échec de l'envoi de l'e-mail « %1 » : %2").arg(item.message.subject, error);
    e.details = QJsonObject{{QStringLiteral("action_id"), item.action.id},
                            {QStringLiteral("step"), item.action.step},
                            {QStringLiteral("message_id"), item.message.messageId},
                            {QStringLiteral("error"), error},
                            {QStringLiteral("state"), QStringLiteral("failed")},
                            {QStringLiteral("attempts"), item.attempts}};
    e.actor = QStringLiteral("moi");
    return EventJournal(m_db).appendPerInvoice(e, item.action.invoiceIds);
}
