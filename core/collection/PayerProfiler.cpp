#include "PayerProfiler.h"

#include "Clock.h"
#include "CustomerRepository.h"
#include "EventJournal.h"
#include "SettingsRepository.h"

namespace {
QString pct(int part, int whole) { return whole > 0 ? QString::number((part * 100 + whole / 2) / whole) : QStringLiteral("0"); }
QString plural(int n, const char *one, const char *many)
{
    return QStringLiteral("%1 %2").arg(n).arg(QString::fromUtf8(n > 1 ? many : one));
}
} // namespace

ProfileThresholds ProfileThresholds::load(SettingsRepository &s)
{
    ProfileThresholds t;
    auto get = [&](const char *key, int &field) { field = s.intValue(QStringLiteral("profile.") + QLatin1String(key), field); };
    get("window_months", t.windowMonths);
    get("late_days", t.lateDays);
    get("late_share_pct", t.lateSharePct);
    get("bad_payer_weighted_days", t.badPayerWeightedDays);
    get("broken_promises_bad_payer", t.brokenPromisesBadPayer);
    get("dispute_share_pct", t.disputeSharePct);
    get("min_disputes", t.minDisputes);
    get("approval_share_pct", t.approvalSharePct);
    get("automatic_on_time_pct", t.automaticOnTimePct);
    get("insolvent_overdue_days", t.insolventOverdueDays);
    get("insolvent_min_overdue", t.insolventMinOverdue);
    get("steady_lateness_days", t.steadyLatenessDays);
    get("collapse_lateness_days", t.collapseLatenessDays);
    return t;
}

QJsonObject PayerFigures::toJson() const
{
    return {{QStringLiteral("invoices"), invoices},
            {QStringLiteral("paid"), paid},
            {QStringLiteral("paid_late"), paidLate},
            {QStringLiteral("paid_late_after_reminder"), paidLateAfterReminder},
            {QStringLiteral("weighted_lateness_days"), weightedLateness},
            {QStringLiteral("disputes"), disputes},
            {QStringLiteral("broken_promises"), brokenPromises},
            {QStringLiteral("kept_promises"), keptPromises},
            {QStringLiteral("partial_payments"), partialPayments},
            {QStringLiteral("outcomes"), outcomes},
            {QStringLiteral("awaiting_approval"), awaitingApproval},
            {QStringLiteral("open_very_late"), openVeryLate},
            {QStringLiteral("older_lateness_days"), olderLateness},
            {QStringLiteral("recent_lateness_days"), recentLateness},
            {QStringLiteral("payment_plan"), planAgreed},
            {QStringLiteral("automatic_means"), automaticMeans},
            {QStringLiteral("public_body"), publicBody},
            {QStringLiteral("insolvency_flag"), insolvencyFlag}};
}

PayerProfiler::PayerProfiler(Database &db, ProfileThresholds thresholds) : m_db(db), m_t(thresholds) {}

Classification PayerProfiler::classify(const PayerFigures &f, const ProfileThresholds &t)
{
    Classification c;
    c.figures = f;
    const QString lateness = QStringLiteral("retard moyen pondéré %1 jours").arg(f.weightedLateness);
    const QString window = QStringLiteral("sur %1 mois").arg(t.windowMonths);
    auto set = [&](PayerProfile p, QString why) {
        c.profile = p;
        c.explanation = std::move(why);
    };
    const bool latePattern = f.paid > 0 && f.paidLate * 100 >= t.lateSharePct * f.paid;

    if (f.insolvencyFlag) {
        set(PayerProfile::Insolvent, QStringLiteral("Difficultés signalées à la main (redressement, trésorerie)%1")
                                         .arg(f.openVeryLate ? QStringLiteral(" ; %1 à plus de %2 jours de retard")
                                                                   .arg(plural(f.openVeryLate, "facture ouverte", "factures ouvertes"))
                                                                   .arg(t.insolventOverdueDays)
                                                             : QString()));
        return c;
    }
    if (f.planAgreed) {
        set(PayerProfile::Insolvent, QStringLiteral("Échéancier de paiement en cours ; %1, %2")
                                         .arg(plural(f.partialPayments, "paiement partiel", "paiements partiels"),
                                              plural(f.brokenPromises, "promesse non tenue", "promesses non tenues")));
        return c;
    }
    if (f.automaticMeans && (f.paid == 0 || (f.paid - f.paidLate) * 100 >= t.automaticOnTimePct * f.paid)) {
        set(PayerProfile::Automatic, f.paid == 0 ? QStringLiteral("Paie par LCR ou prélèvement ; pas encore d'historique")
                                                 : QStringLiteral("Paie par LCR ou prélèvement : %1 des %2 factures payées %3 l'ont été à l'échéance")
                                                       .arg(f.paid - f.paidLate).arg(f.paid).arg(window));
        return c;
    }
    if (f.openVeryLate >= t.insolventMinOverdue && (f.partialPayments > 0 || f.brokenPromises > 0)) {
        set(PayerProfile::Insolvent, QStringLiteral("%1 à plus de %2 jours de retard, %3, %4")
                                         .arg(plural(f.openVeryLate, "facture ouverte", "factures ouvertes"))
                                         .arg(t.insolventOverdueDays)
                                         .arg(plural(f.partialPayments, "paiement partiel", "paiements partiels"),
                                              plural(f.brokenPromises, "promesse non tenue", "promesses non tenues")));
        return c;
    }
    if (f.olderLateness >= 0 && f.olderLateness <= t.steadyLatenessDays && f.recentLateness >= t.collapseLatenessDays
        && (f.partialPayments > 0 || f.brokenPromises > 0 || f.openVeryLate > 0)) {
        set(PayerProfile::Insolvent, QStringLiteral("Payait en %1 jours en moyenne, puis %2 jours sur les %3 derniers mois ; %4, %5 : difficultés probables")
                                         .arg(f.olderLateness)
                                         .arg(f.recentLateness)
                                         .arg(t.windowMonths / 2)
                                         .arg(plural(f.partialPayments, "paiement partiel", "paiements partiels"),
                                              plural(f.brokenPromises, "promesse non tenue", "promesses non tenues")));
        return c;
    }
    if (f.disputes >= t.minDisputes && f.disputes * 100 >= t.disputeSharePct * f.invoices) {
        set(PayerProfile::Disputer, QStringLiteral("%1 sur %2 factures %3 (%4 %) ; %5")
                                        .arg(plural(f.disputes, "litige", "litiges"))
                                        .arg(f.invoices)
                                        .arg(window, pct(f.disputes, f.invoices), lateness));
        return c;
    }
    const bool approvals = f.outcomes > 0 && f.awaitingApproval * 100 >= t.approvalSharePct * f.outcomes;
    if ((f.publicBody || approvals) && f.paid > 0 && f.weightedLateness > t.lateDays) {
        set(PayerProfile::Administrative,
            QStringLiteral("%1 ; %2 des %3 factures payées %4 en retard, %5%6")
                .arg(f.publicBody ? QStringLiteral("Organisme public") : QStringLiteral("Circuit de validation"))
                .arg(f.paidLate)
                .arg(f.paid)
                .arg(window, lateness,
                     f.awaitingApproval ? QStringLiteral(" ; %1 sur %2 « en attente de validation »")
                                              .arg(plural(f.awaitingApproval, "réponse", "réponses"))
                                              .arg(f.outcomes)
                                        : QString()));
        return c;
    }
    if (f.paid > 0 && (f.weightedLateness >= t.badPayerWeightedDays || f.brokenPromises >= t.brokenPromisesBadPayer)) {
        set(PayerProfile::BadPayer, QStringLiteral("%1 des %2 dernières factures payées avec plus de %3 jours de retard, %4 ; %5")
                                        .arg(f.paidLate)
                                        .arg(f.paid)
                                        .arg(t.lateDays)
                                        .arg(lateness, plural(f.brokenPromises, "promesse non tenue", "promesses non tenues")));
        return c;
    }
    if (latePattern) {
        set(PayerProfile::Negligent, QStringLiteral("%1 des %2 dernières factures payées avec plus de %3 jours de retard, %4, dont %5 après relance")
                                         .arg(f.paidLate)
                                         .arg(f.paid)
                                         .arg(t.lateDays)
                                         .arg(lateness)
                                         .arg(f.paidLateAfterReminder));
        return c;
    }
    if (f.paid == 0) {
        if (f.publicBody)
            set(PayerProfile::Administrative, QStringLiteral("Organisme public sans historique de paiement : circuit de validation à connaître"));
        else
            set(PayerProfile::Negligent, QStringLiteral("Nouveau client sans historique de paiement %1 : relance préventive par défaut").arg(window));
        return c;
    }
    set(PayerProfile::GoodPayer, QStringLiteral("%1 des %2 factures payées %3 l'ont été à l'échéance ou avant (%4 jours de retard toléré), %5")
                                     .arg(f.paid - f.paidLate)
                                     .arg(f.paid)
                                     .arg(window)
                                     .arg(t.lateDays)
                                     .arg(lateness));
    return c;
}

Result<QList<Classification>> PayerProfiler::classifyAll(const QDate &today)
{
    using R = Result<QList<Classification>>;
    const QString since = today.addMonths(-m_t.windowMonths).toString(Qt::ISODate);
    const QString now = today.toString(Qt::ISODate);
    QHash<qint64, PayerFigures> figures;
    QList<qint64> order;
    {
        QSqlQuery q = m_db.query(QStringLiteral("SELECT id, payment_method, public_body, insolvency_flag FROM customers ORDER BY code"));
        if (auto s = m_db.exec(q); !s)
            return R::failure(s.error());
        while (q.next()) {
            PayerFigures f;
            const QString method = q.value(1).toString();
            f.automaticMeans = method == u"lcr" || method == u"direct_debit";
            f.publicBody = q.value(2).toInt() != 0;
            f.insolvencyFlag = q.value(3).toInt() != 0;
            figures.insert(q.value(0).toLongLong(), f);
            order << q.value(0).toLongLong();
        }
    }
    // Invoices of the window, with their last payment date and number of payments.
    struct Acc { qint64 weighted = 0; qint64 weight = 0; };
    QHash<qint64, Acc> acc;
    QHash<qint64, Acc> older;  // by due date, older half of the window
    QHash<qint64, Acc> recent; // recent half, open overdue invoices counted as late so far
    const QDate middle = today.addDays(-today.addMonths(-m_t.windowMonths).daysTo(today) / 2);
    {
        QSqlQuery q = m_db.query(QStringLiteral(
            "SELECT i.id, i.customer_id, i.due_date, i.amount_cents, i.open_cents, i.status,"
            " (SELECT MAX(p.paid_on) FROM payment_allocations a JOIN payments p ON p.id = a.payment_id WHERE a.invoice_id = i.id),"
            " (SELECT COUNT(*) FROM payment_allocations a WHERE a.invoice_id = i.id),"
            " (SELECT MIN(x.done_at) FROM actions x JOIN action_invoices xi ON xi.action_id = x.id"
            "   WHERE xi.invoice_id = i.id AND x.status = 'done')"
            " FROM invoices i WHERE i.kind = 'invoice' AND i.issue_date >= ? AND i.issue_date <= ?"));
        q.addBindValue(since);
        q.addBindValue(now);
        if (auto s = m_db.exec(q); !s)
            return R::failure(s.error());
        while (q.next()) {
            auto it = figures.find(q.value(1).toLongLong());
            if (it == figures.end())
                continue;
            PayerFigures &f = *it;
            const QDate due = Sql::toDate(q.value(2));
            const qint64 amount = q.value(3).toLongLong();
            const qint64 open = q.value(4).toLongLong();
            const QString status = q.value(5).toString();
            const QDate paidOn = Sql::toDate(q.value(6));
            const int payments = q.value(7).toInt();
            const QDate firstReminder = Sql::toTimestamp(q.value(8)).date();
            ++f.invoices;
            if (payments > 1 || (status == u"partially_paid" && open > 0))
                ++f.partialPayments;
            if (status == u"paid" && paidOn.isValid()) {
                ++f.paid;
                const int late = int(due.daysTo(paidOn));
                if (late > m_t.lateDays) {
                    ++f.paidLate;
                    if (firstReminder.isValid() && firstReminder <= paidOn)
                        ++f.paidLateAfterReminder;
                }
                Acc &a = acc[it.key()];
                a.weighted += qint64(std::max(0, late)) * amount;
                a.weight += amount;
                Acc &half = due < middle ? older[it.key()] : recent[it.key()];
                half.weighted += qint64(std::max(0, late)) * amount;
                half.weight += amount;
            } else if (open > 0 && due < today) {
                if (due.daysTo(today) > m_t.insolventOverdueDays)
                    ++f.openVeryLate;
                Acc &half = due < middle ? older[it.key()] : recent[it.key()];
                half.weighted += due.daysTo(today) * amount;
                half.weight += amount;
            }
        }
    }
    auto average = [](const Acc &a) { return int((a.weighted + a.weight / 2) / a.weight); };
    for (auto it = acc.constBegin(); it != acc.constEnd(); ++it)
        if (it->weight > 0)
            figures[it.key()].weightedLateness = average(*it);
    for (auto it = older.constBegin(); it != older.constEnd(); ++it)
        if (it->weight > 0)
            figures[it.key()].olderLateness = average(*it);
    for (auto it = recent.constBegin(); it != recent.constEnd(); ++it)
        if (it->weight > 0)
            figures[it.key()].recentLateness = average(*it);
    // Disputes, promises, call outcomes and plans.
    auto countInto = [&](const QString &sql, const QVariantList &binds, auto apply) -> Status {
        QSqlQuery q = m_db.query(sql);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (auto s = m_db.exec(q); !s)
            return s;
        while (q.next()) {
            auto it = figures.find(q.value(0).toLongLong());
            if (it != figures.end())
                apply(*it, q);
        }
        return {};
    };
    Status s = countInto(QStringLiteral("SELECT customer_id, COUNT(DISTINCT invoice_id) FROM disputes WHERE opened_on >= ?"
                                        " GROUP BY customer_id"),
                         {since}, [](PayerFigures &f, const QSqlQuery &q) { f.disputes = q.value(1).toInt(); });
    if (s)
        s = countInto(QStringLiteral("SELECT customer_id, SUM(CASE WHEN status = 'broken' THEN 1 ELSE 0 END),"
                                     " SUM(CASE WHEN status = 'kept' THEN 1 ELSE 0 END) FROM promises WHERE made_on >= ?"
                                     " GROUP BY customer_id"),
                      {since}, [](PayerFigures &f, const QSqlQuery &q) {
                          f.brokenPromises = q.value(1).toInt();
                          f.keptPromises = q.value(2).toInt();
                      });
    if (s)
        s = countInto(QStringLiteral("SELECT customer_id, COUNT(*), SUM(CASE WHEN outcome = 'awaiting_approval' THEN 1 ELSE 0 END)"
                                     " FROM actions WHERE status = 'done' AND planned_date >= ? GROUP BY customer_id"),
                      {since}, [](PayerFigures &f, const QSqlQuery &q) {
                          f.outcomes = q.value(1).toInt();
                          f.awaitingApproval = q.value(2).toInt();
                      });
    if (s)
        s = countInto(QStringLiteral("SELECT customer_id, COUNT(*) FROM payment_plans WHERE status IN ('active', 'defaulted')"
                                     " GROUP BY customer_id"),
                      {}, [](PayerFigures &f, const QSqlQuery &q) { f.planAgreed = q.value(1).toInt() > 0; });
    if (!s)
        return R::failure(s.error());

    QList<Classification> out;
    out.reserve(order.size());
    for (qint64 id : std::as_const(order)) {
        Classification c = classify(figures.value(id), m_t);
        c.customerId = id;
        out << c;
    }
    return out;
}

Result<QList<Classification>> PayerProfiler::run(const QDate &today)
{
    using R = Result<QList<Classification>>;
    auto all = classifyAll(today);
    if (!all)
        return all;
    Transaction tx(m_db);
    if (!tx.status())
        return R::failure(tx.status().error());
    QHash<qint64, std::optional<PayerProfile>> before;
    {
        QSqlQuery q = m_db.query(QStringLiteral("SELECT id, profile FROM customers"));
        if (auto s = m_db.exec(q); !s)
            return R::failure(s.error());
        while (q.next())
            before.insert(q.value(0).toLongLong(), payerProfileFromKey(q.value(1).toString()));
    }
    CustomerRepository customers(m_db);
    EventJournal journal(m_db);
    for (const Classification &c : std::as_const(*all)) {
        if (auto s = customers.setProfile(c.customerId, c.profile, c.explanation); !s)
            return R::failure(s.error());
        const auto old = before.value(c.customerId);
        if (old == c.profile)
            continue;
        Event e;
        e.occurredAt = QDateTime(today, Clock::instance().now().time());
        e.customerId = c.customerId;
        e.kind = QStringLiteral("profile_changed");
        e.summary = old ? QStringLiteral("Profil : %1 → %2 (%3)").arg(payerProfileFrench(*old), payerProfileFrench(c.profile), c.explanation)
                        : QStringLiteral("Profil : %1 (%2)").arg(payerProfileFrench(c.profile), c.explanation);
        e.details = c.figures.toJson();
        e.details.insert(QStringLiteral("profile"), payerProfileKey(c.profile));
        e.actor = QStringLiteral("classement");
        if (auto s = journal.append(e); !s)
            return R::failure(s.error());
    }
    if (auto s = tx.commit(); !s)
        return R::failure(s.error());
    return all;
}
