#include "ReminderPlanner.h"

#include "ActionRepository.h"
#include "CallGuide.h"
#include "Clock.h"
#include "EventJournal.h"
#include "Money.h"
#include "ScenarioRepository.h"

#include <QSet>
#include <algorithm>

namespace {

struct CustomerInfo
{
    PayerProfile profile = PayerProfile::Negligent;
    QDate pausedUntil;
    int openInvoices = 0;
};

struct InvoiceInfo
{
    qint64 id = 0;
    qint64 customerId = 0;
    QDate due;
    qint64 openCents = 0;
};

// What has been done on one invoice at one step.
struct StepHistory
{
    QDate conclusiveOn;  // done with a conclusive outcome on this day
    int noAnswer = 0;    // calls that reached nobody
    QDate lastNoAnswer;
};

// Where one invoice stands, whatever step each of its done actions was at.
struct InvoiceProgress
{
    int reachedRank = -1;   // the firmest scenario step a done action covering the invoice was at
    QDate lastConclusive;   // the last day an action covering it was done with a conclusive outcome
    QDate lastDone;         // the last day any action covering it was done
};

struct PromiseInfo
{
    qint64 customerId = 0;
    QDate promisedDate;
    QString status;
    QList<qint64> invoiceIds;
};

// Special steps rank among the scenario steps when one customer has several on one day.
double mergeRank(const QString &step)
{
    if (step == SpecialSteps::SummerCampaign)
        return 0.5;
    if (step == SpecialSteps::InstalmentCheck)
        return 1.5;
    if (step == SpecialSteps::PromiseFollowUp)
        return 2.5;
    return Scenario::rank(step);
}

QString iso(const QDate &d) { return d.toString(Qt::ISODate); }

// A mise en demeure gives the debtor 8 days from receipt (DOMAIN.md §5), and a registered letter takes a couple of
// days to arrive: the step after it never comes sooner than this.
constexpr int FormalNoticeWaitDays = 10;

// What the last syncs recorded in plan_state: the windows brought up to date at `version`, on `day`, with `settings`.
struct PlanStamp
{
    qint64 inputsVersion = 0;
    qint64 syncedVersion = -1;
    QString day;
    QString settings;
    QStringList windows; // "from/to", ISO dates
};

std::optional<PlanStamp> readStamp(Database &db)
{
    QSqlQuery q = db.query(QStringLiteral("SELECT inputs_version, synced_version, synced_on, settings, windows"
                                          " FROM plan_state WHERE id = 1"));
    if (!db.exec(q) || !q.next())
        return std::nullopt;
    return PlanStamp{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString().split(u';', Qt::SkipEmptyParts)};
}

// A handful of windows (the Today view's day, the calendar's week and month) is all the views ask for.
constexpr qsizetype MaxStampWindows = 8;

} // namespace

ReminderPlanner::ReminderPlanner(Database &db, PlannerSettings settings)
    : m_db(db), m_settings(settings), m_calendar(settings.alsaceMoselle)
{
}

Result<QList<PlannedAction>> ReminderPlanner::compute(const QDate &today, const QDate &from, const QDate &to)
{
    using R = Result<QList<PlannedAction>>;
    auto scenarios = ScenarioRepository(m_db).loadAll();
    if (!scenarios)
        return R::failure(scenarios.error());
    const QDate carry = carryDay(today);

    // Customers: effective profile (override wins; unclassified customers get the preventive-first default).
    QHash<qint64, CustomerInfo> customers;
    {
        QSqlQuery q = m_db.query(QStringLiteral("SELECT id, profile, profile_override, paused_until FROM customers"));
        if (auto s = m_db.exec(q); !s)
            return R::failure(s.error());
        while (q.next()) {
            CustomerInfo c;
            const auto computed = payerProfileFromKey(q.value(1).toString());
            const auto manual = payerProfileFromKey(q.value(2).toString());
            c.profile = manual ? *manual : computed.value_or(PayerProfile::Negligent);
            c.pausedUntil = Sql::toDate(q.value(3));
            customers.insert(q.value(0).toLongLong(), c);
        }
    }
    // Open receivables, without the ones in dispute.
    QList<InvoiceInfo> invoices;
    QHash<qint64, qsizetype> invoiceIndex;
    {
        QSqlQuery q = m_db.query(QStringLiteral(
            "SELECT i.id, i.customer_id, i.due_date, i.open_cents FROM invoices i"
            " WHERE i.status IN ('open', 'partially_paid') AND i.open_cents > 0"
            " AND i.kind IN ('invoice', 'opening_balance')"
            " AND NOT EXISTS (SELECT 1 FROM disputes d WHERE d.invoice_id = i.id AND d.resolved_on IS NULL)"
            " ORDER BY +i.customer_id, i.due_date, i.id")); // "+": the open ones by status, not all in customer order
        if (auto s = m_db.exec(q); !s)
            return R::failure(s.error());
        while (q.next()) {
            InvoiceInfo inv{q.value(0).toLongLong(), q.value(1).toLongLong(), Sql::toDate(q.value(2)), q.value(3).toLongLong()};
            invoiceIndex.insert(inv.id, invoices.size());
            invoices << inv;
            auto it = customers.find(inv.customerId);
            if (it != customers.end())
                ++it->openInvoices;
        }
    }
    // What was done, per invoice and step; customer-level special actions by their scheduled day. Only the open
    // invoices' history is ever looked up, and only the special steps' days: a big file's years of done actions
    // are not all read.
    QHash<qint64, QHash<QString, StepHistory>> history;
    QHash<qint64, InvoiceProgress> progress;
    QSet<QString> specialDone; // "customer|step|scheduled"
    {
        QSqlQuery q = m_db.query(QStringLiteral("SELECT customer_id, step, scheduled_date FROM actions"
                                                " WHERE status = 'done' AND step IN (?, ?, ?)"));
        q.addBindValue(SpecialSteps::PromiseFollowUp);
        q.addBindValue(SpecialSteps::SummerCampaign);
        q.addBindValue(SpecialSteps::InstalmentCheck);
        if (auto s = m_db.exec(q); !s)
            return R::failure(s.error());
        while (q.next())
            specialDone.insert(QStringLiteral("%1|%2|%3")
                                   .arg(q.value(0).toLongLong())
                                   .arg(q.value(1).toString(), iso(Sql::toDate(q.value(2)))));
    }
    {
        QSqlQuery q = m_db.query(QStringLiteral(
            "SELECT a.step, a.outcome, a.done_at, a.planned_date, ai.invoice_id FROM action_invoices ai"
            " JOIN actions a ON a.id = ai.action_id WHERE a.status = 'done' AND ai.invoice_id IN"
            " (SELECT i.id FROM invoices i WHERE i.status IN ('open', 'partially_paid') AND i.open_cents > 0)"));
        if (auto s = m_db.exec(q); !s)
            return R::failure(s.error());
        while (q.next()) {
            const qint64 invoiceId = q.value(4).toLongLong();
            if (!invoiceIndex.contains(invoiceId))
                continue;
            QString step = q.value(0).toString();
            const QString outcome = q.value(1).toString();
            QDate doneOn = Sql::toTimestamp(q.value(2)).date();
            if (!doneOn.isValid())
                doneOn = Sql::toDate(q.value(3));
            if (step == SpecialSteps::SummerCampaign)
                step = QStringLiteral("preventive"); // the summer call is the invoice's preventive reminder
            // An action covers all its invoices at its step, even those pooled in from a lower step: escalation
            // never goes back below it.
            InvoiceProgress &p = progress[invoiceId];
            p.reachedRank = std::max(p.reachedRank, Scenario::rank(step));
            if (!p.lastDone.isValid() || doneOn > p.lastDone)
                p.lastDone = doneOn;
            if (CallGuide::isConclusive(outcome) && (!p.lastConclusive.isValid() || doneOn > p.lastConclusive))
                p.lastConclusive = doneOn;
            StepHistory &h = history[invoiceId][step];
            if (CallGuide::isConclusive(outcome)) {
                if (!h.conclusiveOn.isValid() || doneOn > h.conclusiveOn)
                    h.conclusiveOn = doneOn;
            } else {
                ++h.noAnswer;
                if (!h.lastNoAnswer.isValid() || doneOn > h.lastNoAnswer)
                    h.lastNoAnswer = doneOn;
            }
        }
    }
    // Days from the carry day on when a customer already had an action done: one action per customer per day, so
    // nothing new is planned for that customer on those days.
    QHash<qint64, QSet<QDate>> doneDays;
    {
        QSqlQuery q = m_db.query(QStringLiteral("SELECT customer_id, done_at FROM actions WHERE status = 'done'"
                                                " AND done_at >= ?"));
        q.addBindValue(iso(carry));
        if (auto s = m_db.exec(q); !s)
            return R::failure(s.error());
        while (q.next()) {
            const QDate day = Sql::toTimestamp(q.value(1)).date();
            if (day.isValid())
                doneDays[q.value(0).toLongLong()].insert(day);
        }
    }
    // Promises: open ones suspend reminders until their date; a broken one asks for a follow-up call.
    QHash<qint64, PromiseInfo> promises;
    {
        QSqlQuery q = m_db.query(QStringLiteral(
            "SELECT p.id, p.customer_id, p.promised_date, p.status, pi.invoice_id FROM promises p"
            " JOIN promise_invoices pi ON pi.promise_id = p.id WHERE p.status IN ('open', 'broken')"));
        if (auto s = m_db.exec(q); !s)
            return R::failure(s.error());
        while (q.next()) {
            PromiseInfo &p = promises[q.value(0).toLongLong()];
            p.customerId = q.value(1).toLongLong();
            p.promisedDate = Sql::toDate(q.value(2));
            p.status = q.value(3).toString();
            p.invoiceIds << q.value(4).toLongLong();
        }
    }

    QList<PlannedAction> wanted;
    auto want = [&](qint64 customerId, QDate scheduled, const QString &step, const QString &channel,
                    const QString &templateKey, const QList<qint64> &ids, qint64 cents) {
        const auto c = customers.constFind(customerId);
        if (c == customers.constEnd())
            return;
        QDate date = m_calendar.nextWorkingDay(scheduled);
        if (c->pausedUntil.isValid() && date <= c->pausedUntil)
            date = m_calendar.nextWorkingDayAfter(c->pausedUntil);
        if (date < carry)
            date = carry; // carried forward: a day the app was not opened is never lost
        if (const auto done = doneDays.constFind(customerId); done != doneDays.constEnd())
            while (done->contains(date))
                date = m_calendar.nextWorkingDayAfter(date); // the customer's action of that day is already done
        if (date < from || date > to)
            return;
        wanted << PlannedAction{customerId, date, scheduled, step, channel, templateKey, ids, cents};
    };

    QSet<qint64> suspended;
    for (auto it = promises.constBegin(); it != promises.constEnd(); ++it) {
        const PromiseInfo &p = it.value();
        QList<qint64> stillOpen;
        qint64 cents = 0;
        for (qint64 id : p.invoiceIds) {
            const auto idx = invoiceIndex.constFind(id);
            if (idx == invoiceIndex.constEnd())
                continue;
            stillOpen << id;
            cents += invoices.at(*idx).openCents;
        }
        if (stillOpen.isEmpty())
            continue;
        if (p.status == u"open" && p.promisedDate >= today) {
            for (qint64 id : stillOpen)
                suspended.insert(id);
            continue;
        }
        // Promise not kept (seed 004): follow up immediately, the next working day.
        const QDate followUp = m_calendar.nextWorkingDayAfter(p.promisedDate);
        const QString key = QStringLiteral("%1|%2|%3").arg(p.customerId).arg(SpecialSteps::PromiseFollowUp, iso(followUp));
        if (specialDone.contains(key))
            continue;
        // Pooled into a firmer step that day or later (one action per customer per day) and done: followed up.
        const bool followedUp = std::any_of(stillOpen.cbegin(), stillOpen.cend(), [&](qint64 id) {
            const QDate last = progress.value(id).lastDone;
            return last.isValid() && last >= followUp;
        });
        if (followedUp)
            continue;
        for (qint64 id : stillOpen)
            suspended.insert(id);
        want(p.customerId, followUp, SpecialSteps::PromiseFollowUp, QStringLiteral("phone"), SpecialSteps::PromiseFollowUp,
             stillOpen, cents);
    }

    // Summer campaign (seed 002): from 1 July, one call per customer with invoices due in August.
    QSet<qint64> summerPending; // invoices whose preventive reminder is the summer call
    if (m_settings.summerCampaign) {
        for (int year = std::min(from.year(), today.year()); year <= to.year(); ++year) {
            const QDate start(year, m_settings.summerCampaignMonth, m_settings.summerCampaignDay);
            const QDate augustEnd(year, 8, 31);
            if (!start.isValid() || today > augustEnd)
                continue;
            const QDate campaignDay = m_calendar.nextWorkingDay(start);
            QHash<qint64, QList<qint64>> perCustomer;
            QHash<qint64, qint64> centsPerCustomer;
            for (const InvoiceInfo &inv : invoices) {
                if (inv.due.year() != year || inv.due.month() != 8 || suspended.contains(inv.id))
                    continue;
                const auto c = customers.constFind(inv.customerId);
                if (c == customers.constEnd() || c->profile == PayerProfile::Automatic)
                    continue;
                if (history.value(inv.id).value(QStringLiteral("preventive")).conclusiveOn.isValid()
                    || progress.value(inv.id).reachedRank > Scenario::rank(QStringLiteral("preventive")))
                    continue;
                perCustomer[inv.customerId] << inv.id;
                centsPerCustomer[inv.customerId] += inv.openCents;
            }
            for (auto it = perCustomer.constBegin(); it != perCustomer.constEnd(); ++it) {
                const QString key = QStringLiteral("%1|%2|%3").arg(it.key()).arg(SpecialSteps::SummerCampaign, iso(campaignDay));
                if (specialDone.contains(key))
                    continue;
                for (qint64 id : it.value())
                    summerPending.insert(id);
                want(it.key(), campaignDay, SpecialSteps::SummerCampaign, QStringLiteral("phone"),
                     SpecialSteps::SummerCampaign, it.value(), centsPerCustomer.value(it.key()));
            }
        }
    }

    // Scenario steps: each invoice's first step not yet done above the firmest step it has reached.
    const int formalNoticeRank = Scenario::rank(QStringLiteral("formal_notice"));
    for (const InvoiceInfo &inv : invoices) {
        if (suspended.contains(inv.id))
            continue;
        const auto c = customers.constFind(inv.customerId);
        if (c == customers.constEnd())
            continue;
        const auto scIt = scenarios->constFind(c->profile);
        if (scIt == scenarios->constEnd() || !scIt->active)
            continue;
        const Scenario &sc = *scIt;
        static const QHash<QString, StepHistory> none;
        const auto doneIt = history.constFind(inv.id);
        const QHash<QString, StepHistory> &done = doneIt == history.constEnd() ? none : *doneIt;
        const InvoiceProgress reached = progress.value(inv.id);
        // Two steps on an invoice stay apart; after a mise en demeure, the debtor's deadline runs out first.
        const int gapAfterReached = reached.reachedRank >= formalNoticeRank
            ? std::max(m_settings.minGapDays, FormalNoticeWaitDays)
            : m_settings.minGapDays;
        QDate previousDone;
        QDate previousScheduled = inv.due;
        for (const ScenarioStep &step : sc.steps) {
            if (step.minAmountCents > 0 && inv.openCents < step.minAmountCents)
                continue;
            const QDate scheduled = step.fromPrevious
                ? (previousDone.isValid() ? previousDone : previousScheduled).addDays(step.offsetDays)
                : inv.due.addDays(step.offsetDays);
            const StepHistory h = done.value(step.step);
            const int rank = Scenario::rank(step.step);
            if (rank < reached.reachedRank) {
                // A firmer step already covered this invoice (pooled into another invoice's action): never go back.
                if (h.conclusiveOn.isValid())
                    previousDone = h.conclusiveOn;
                previousScheduled = scheduled;
                continue;
            }
            if (h.conclusiveOn.isValid() || h.noAnswer >= m_settings.maxNoAnswerAttempts) {
                previousDone = h.conclusiveOn.isValid() ? h.conclusiveOn : h.lastNoAnswer;
                previousScheduled = scheduled;
                continue;
            }
            const bool preventive = step.step == u"preventive";
            if (preventive && (today >= inv.due || summerPending.contains(inv.id))) {
                if (summerPending.contains(inv.id))
                    break; // the summer call is this invoice's preventive reminder
                previousScheduled = scheduled; // too late to be preventive: straight to the first reminder
                continue;
            }
            QDate date = scheduled;
            if (previousDone.isValid())
                date = std::max(date, previousDone.addDays(m_settings.minGapDays));
            if (rank > reached.reachedRank && reached.lastConclusive.isValid())
                date = std::max(date, reached.lastConclusive.addDays(gapAfterReached));
            if (h.noAnswer > 0) // the call is tried again the next working day, for every invoice it was about
                date = m_calendar.nextWorkingDayAfter(h.lastNoAnswer);
            want(inv.customerId, date, step.step, step.channel, step.templateKey, {inv.id}, inv.openCents);
            break;
        }
    }

    // Instalments of active payment plans are checked on their dates.
    {
        QSqlQuery q = m_db.query(QStringLiteral(
            "SELECT p.customer_id, i.due_date, i.amount_cents - i.paid_cents FROM plan_instalments i"
            " JOIN payment_plans p ON p.id = i.plan_id WHERE p.status = 'active' AND i.paid_cents < i.amount_cents"
            " AND i.due_date <= ?"));
        q.addBindValue(iso(to));
        if (auto s = m_db.exec(q); !s)
            return R::failure(s.error());
        while (q.next()) {
            const qint64 customerId = q.value(0).toLongLong();
            const QDate day = m_calendar.nextWorkingDay(Sql::toDate(q.value(1)));
            const QString key = QStringLiteral("%1|%2|%3").arg(customerId).arg(SpecialSteps::InstalmentCheck, iso(day));
            if (!specialDone.contains(key))
                want(customerId, day, SpecialSteps::InstalmentCheck, QStringLiteral("phone"), SpecialSteps::InstalmentCheck,
                     {}, q.value(2).toLongLong());
        }
    }

    // One action per customer per day: the firmest step leads, the invoices are pooled.
    QHash<QPair<qint64, QDate>, qsizetype> slot;
    QList<PlannedAction> merged;
    for (const PlannedAction &a : std::as_const(wanted)) {
        const auto key = qMakePair(a.customerId, a.date);
        const auto it = slot.constFind(key);
        if (it == slot.constEnd()) {
            slot.insert(key, merged.size());
            merged << a;
            continue;
        }
        PlannedAction &m = merged[*it];
        if (mergeRank(a.step) > mergeRank(m.step)) {
            m.step = a.step;
            m.channel = a.channel;
            m.templateKey = a.templateKey;
        }
        m.scheduledDate = std::min(m.scheduledDate, a.scheduledDate);
        for (qint64 id : a.invoiceIds)
            if (!m.invoiceIds.contains(id))
                m.invoiceIds << id;
        m.amountCents += a.amountCents;
    }
    // Preventive channel rule (seed 001): few large invoices → phone, many → e-mail.
    for (PlannedAction &m : merged) {
        std::sort(m.invoiceIds.begin(), m.invoiceIds.end());
        if (m.channel == u"auto") {
            const int open = customers.value(m.customerId).openInvoices;
            m.channel = open <= m_settings.preventivePhoneMaxInvoices && m.amountCents >= m_settings.preventivePhoneMinCents
                ? QStringLiteral("phone")
                : QStringLiteral("email");
        }
    }
    std::sort(merged.begin(), merged.end(), [](const PlannedAction &a, const PlannedAction &b) {
        if (a.date != b.date)
            return a.date < b.date;
        if (a.scheduledDate != b.scheduledDate)
            return a.scheduledDate < b.scheduledDate;
        return a.customerId < b.customerId;
    });
    return merged;
}

Status ReminderPlanner::settlePromises(const QDate &today)
{
    // An open promise whose invoices are all paid is kept; one past its date with money still due is broken.
    QSqlQuery q = m_db.query(QStringLiteral(
        "SELECT p.id, p.customer_id, p.promised_date, p.means,"
        " SUM(CASE WHEN i.status IN ('open', 'partially_paid') AND i.open_cents > 0 THEN 1 ELSE 0 END)"
        " FROM promises p JOIN promise_invoices pi ON pi.promise_id = p.id JOIN invoices i ON i.id = pi.invoice_id"
        " WHERE p.status = 'open' GROUP BY p.id, p.customer_id, p.promised_date, p.means"));
    if (auto s = m_db.exec(q); !s)
        return s;
    struct Change { qint64 id; qint64 customerId; QDate date; QString means; bool kept; };
    QList<Change> changes;
    while (q.next()) {
        const QDate promised = Sql::toDate(q.value(2));
        const bool allPaid = q.value(4).toInt() == 0;
        if (allPaid || promised < today)
            changes << Change{q.value(0).toLongLong(), q.value(1).toLongLong(), promised, q.value(3).toString(), allPaid};
    }
    LinkTable links(m_db, QStringLiteral("promise_invoices"), QStringLiteral("promise_id"));
    EventJournal journal(m_db);
    for (const Change &c : changes) {
        QSqlQuery u = m_db.query(QStringLiteral("UPDATE promises SET status = ? WHERE id = ?"));
        u.addBindValue(c.kept ? QStringLiteral("kept") : QStringLiteral("broken"));
        u.addBindValue(c.id);
        if (auto s = m_db.exec(u); !s)
            return s;
        Event e;
        e.customerId = c.customerId;
        e.kind = c.kept ? QStringLiteral("promise_kept") : QStringLiteral("promise_broken");
        e.summary = c.kept ? QStringLiteral("Promesse du %1 tenue").arg(c.date.toString(QStringLiteral("dd/MM/yyyy")))
                           : QStringLiteral("Promesse du %1 (%2) non tenue : rappel le jour ouvré suivant")
                                 .arg(c.date.toString(QStringLiteral("dd/MM/yyyy")), CallGuide::paymentMeansFrench(c.means));
        e.actor = QStringLiteral("calendrier");
        e.details.insert(QStringLiteral("promise_id"), c.id);
        if (auto s = journal.appendPerInvoice(e, links.invoicesOf(c.id)); !s)
            return s;
    }
    return {};
}

QString ReminderPlanner::settingsKey() const
{
    const PlannerSettings &s = m_settings;
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9")
        .arg(s.preventivePhoneMaxInvoices)
        .arg(s.preventivePhoneMinCents)
        .arg(int(s.summerCampaign))
        .arg(s.summerCampaignMonth)
        .arg(s.summerCampaignDay)
        .arg(s.maxNoAnswerAttempts)
        .arg(s.minGapDays)
        .arg(s.paymentInProgressDays)
        .arg(int(s.alsaceMoselle));
}

bool ReminderPlanner::isCurrent(const QDate &today, const QDate &from, const QDate &to)
{
    const QDate carry = carryDay(today);
    const QString window = iso(std::min(from, carry)) + u'/' + iso(std::max(to, carry));
    const std::optional<PlanStamp> stamp = readStamp(m_db);
    return stamp && stamp->syncedVersion == stamp->inputsVersion && stamp->day == iso(today)
           && stamp->settings == settingsKey() && stamp->windows.contains(window);
}

Result<QList<Action>> ReminderPlanner::sync(const QDate &today, const QDate &from, const QDate &to)
{
    using R = Result<QList<Action>>;
    const QDate carry = carryDay(today);
    const QDate windowFrom = std::min(from, carry);
    const QDate windowTo = std::max(to, carry);
    // sync is idempotent: with nothing written since the same sync, running it again would change nothing.
    const QString day = iso(today);
    const QString settings = settingsKey();
    const QString window = iso(windowFrom) + u'/' + iso(windowTo);
    const std::optional<PlanStamp> before = readStamp(m_db);
    const bool stampHolds = before && before->syncedVersion == before->inputsVersion && before->day == day
                            && before->settings == settings;
    if (stampHolds && before->windows.contains(window))
        return ActionRepository(m_db).between(from, to);

    Transaction tx(m_db);
    if (!tx.status())
        return R::failure(tx.status().error());
    if (auto s = settlePromises(today); !s)
        return R::failure(s.error());

    // Carry forward what was planned and not done (pinned actions stay where the user put them).
    {
        QSqlQuery q = m_db.query(QStringLiteral("UPDATE actions SET planned_date = ? WHERE status = 'planned'"
                                                " AND planned_date < ? AND pinned = 0"));
        q.addBindValue(iso(carry));
        q.addBindValue(iso(carry));
        if (auto s = m_db.exec(q); !s)
            return R::failure(s.error());
    }
    auto wanted = compute(today, windowFrom, windowTo);
    if (!wanted)
        return R::failure(wanted.error());

    ActionRepository actions(m_db);
    QList<Action> existing;
    for (const Action &a : actions.between(windowFrom, windowTo))
        if (a.status == Action::Status::Planned)
            existing << a;
    // Invoices the user moved by hand are left where they are.
    QSet<qint64> pinnedInvoices;
    QHash<QPair<qint64, QDate>, qsizetype> byDay;
    for (qsizetype i = 0; i < existing.size(); ++i) {
        const Action &a = existing.at(i);
        if (a.pinned) {
            for (qint64 id : a.invoiceIds)
                pinnedInvoices.insert(id);
            continue;
        }
        byDay.insert(qMakePair(a.customerId, a.plannedDate), i); // duplicates: the later one is removed below
    }
    QSet<qint64> keep;
    for (PlannedAction p : std::as_const(*wanted)) {
        p.invoiceIds.removeIf([&](qint64 id) { return pinnedInvoices.contains(id); });
        if (p.invoiceIds.isEmpty() && p.step != SpecialSteps::InstalmentCheck)
            continue;
        const auto it = byDay.constFind(qMakePair(p.customerId, p.date));
        if (it != byDay.constEnd()) {
            Action a = existing.at(*it);
            keep.insert(a.id);
            if (a.step != p.step || a.channel != p.channel || a.invoiceIds != p.invoiceIds || a.amountCents != p.amountCents
                || a.scheduledDate != p.scheduledDate) {
                a.step = p.step;
                a.channel = p.channel;
                a.invoiceIds = p.invoiceIds;
                a.amountCents = p.amountCents;
                a.scheduledDate = p.scheduledDate;
                if (auto s = actions.update(a); !s)
                    return R::failure(s.error());
            }
            continue;
        }
        Action a;
        a.customerId = p.customerId;
        a.plannedDate = p.date;
        a.scheduledDate = p.scheduledDate;
        a.step = p.step;
        a.channel = p.channel;
        a.invoiceIds = p.invoiceIds;
        a.amountCents = p.amountCents;
        if (auto s = actions.insert(a); !s)
            return R::failure(s.error());
        keep.insert(a.id);
    }
    // Planned actions nobody asks for any more (paid, disputed, promised, paused) go.
    QSqlQuery del = m_db.query(QStringLiteral("DELETE FROM actions WHERE id = ? AND status = 'planned'"));
    for (const Action &a : std::as_const(existing)) {
        if (a.pinned || keep.contains(a.id))
            continue;
        del.addBindValue(a.id);
        if (auto s = m_db.exec(del); !s)
            return R::failure(s.error());
    }
    // The stamp: the version after this sync's own writes. A sync that wrote nothing keeps the windows already up to
    // date; one that wrote starts the list again.
    if (const std::optional<PlanStamp> after = readStamp(m_db)) {
        QStringList windows;
        if (stampHolds && after->inputsVersion == before->inputsVersion)
            windows = before->windows.mid(std::max<qsizetype>(0, before->windows.size() - (MaxStampWindows - 1)));
        windows << window;
        QSqlQuery q = m_db.query(QStringLiteral("UPDATE plan_state SET synced_version = ?, synced_on = ?, settings = ?,"
                                                " windows = ? WHERE id = 1"));
        q.addBindValue(after->inputsVersion);
        q.addBindValue(day);
        q.addBindValue(settings);
        q.addBindValue(windows.join(u';'));
        if (auto s = m_db.exec(q); !s)
            return R::failure(s.error());
    }
    if (auto s = tx.commit(); !s)
        return R::failure(s.error());
    return actions.between(from, to);
}
