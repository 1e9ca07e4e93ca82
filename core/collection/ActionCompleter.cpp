#include "ActionCompleter.h"

#include "ActionRepository.h"
#include "CallGuide.h"
#include "DisputeRepository.h"
#include "EventJournal.h"
#include "Money.h"
#include "PromiseRepository.h"
#include "Scenario.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
QString frDate(const QDate &d) { return d.toString(QStringLiteral("dd/MM/yyyy")); }
}

Status ActionCompleter::validate(const ActionOutcome &o, const QDate &today)
{
    if (!CallGuide::outcomes().contains(o.kind))
        return Status::failure(QStringLiteral("résultat inconnu : « %1 » (attendu : %2)")
                                   .arg(o.kind, CallGuide::outcomes().join(QStringLiteral(", "))));
    if (o.kind == u"promise") {
        if (!o.promiseDate.isValid())
            return Status::failure(QStringLiteral("une promesse demande une date (--promise-date AAAA-MM-JJ)"));
        if (o.promiseDate < today)
            return Status::failure(QStringLiteral("la date promise %1 est déjà passée").arg(frDate(o.promiseDate)));
        if (!CallGuide::paymentMeans().contains(o.means))
            return Status::failure(QStringLiteral("moyen de paiement inconnu : « %1 » (attendu : %2)")
                                       .arg(o.means, CallGuide::paymentMeans().join(QStringLiteral(", "))));
    }
    if (o.kind == u"dispute" && !CallGuide::disputeCategories().contains(o.disputeCategory))
        return Status::failure(QStringLiteral("catégorie de litige inconnue : « %1 » (attendu : %2)")
                                   .arg(o.disputeCategory, CallGuide::disputeCategories().join(QStringLiteral(", "))));
    return {};
}

Status ActionCompleter::complete(qint64 actionId, const ActionOutcome &o, const QDateTime &when)
{
    if (auto s = validate(o, when.date()); !s)
        return s;
    ActionRepository actions(m_db);
    auto found = actions.findById(actionId);
    if (!found)
        return Status::failure(QStringLiteral("action %1 introuvable").arg(actionId));
    Action a = *found;
    if (a.status != Action::Status::Planned)
        return Status::failure(QStringLiteral("action %1 déjà %2").arg(actionId)
                                   .arg(a.status == Action::Status::Done ? QStringLiteral("faite") : QStringLiteral("annulée")));
    for (qint64 id : o.disputedInvoiceIds)
        if (!a.invoiceIds.contains(id))
            return Status::failure(QStringLiteral("la facture %1 n'est pas dans l'action %2").arg(id).arg(actionId));

    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    a.status = Action::Status::Done;
    a.outcome = o.kind;
    a.comment = o.comment;
    a.doneAt = when;
    if (auto s = actions.update(a); !s)
        return s;

    QJsonObject details;
    details.insert(QStringLiteral("action_id"), a.id);
    details.insert(QStringLiteral("step"), a.step);
    details.insert(QStringLiteral("channel"), a.channel);
    details.insert(QStringLiteral("outcome"), o.kind);
    QString summary = QStringLiteral("%1 par %2 : %3").arg(Scenario::stepFrench(a.step), Scenario::channelFrench(a.channel),
                                                             CallGuide::outcomeFrench(o.kind));

    // Outcomes that imply a promise: a promise obtained, or a payment said to be on its way.
    QDate promised;
    QString means = o.means;
    if (o.kind == u"promise") {
        promised = o.promiseDate;
    } else if (o.kind == u"in_payment" || o.kind == u"payment_sent") {
        promised = when.date().addDays(m_settings.paymentInProgressDays);
        if (means.isEmpty())
            means = QStringLiteral("transfer");
    }
    if (promised.isValid() && !a.invoiceIds.isEmpty()) {
        Promise p;
        p.customerId = a.customerId;
        p.madeOn = when.date();
        p.promisedDate = promised;
        p.amountCents = a.amountCents;
        p.means = means;
        p.actionId = a.id;
        p.invoiceIds = a.invoiceIds;
        p.comment = o.comment;
        if (auto s = PromiseRepository(m_db).insert(p); !s)
            return s;
        details.insert(QStringLiteral("promise_id"), p.id);
        details.insert(QStringLiteral("promised_date"), promised.toString(Qt::ISODate));
        details.insert(QStringLiteral("means"), means);
        summary += QStringLiteral(", règlement attendu le %1 par %2").arg(frDate(promised), CallGuide::paymentMeansFrench(means));
    }
    if (o.kind == u"dispute") {
        QJsonArray ids;
        DisputeRepository disputes(m_db);
        for (qint64 invoiceId : o.disputedInvoiceIds.isEmpty() ? a.invoiceIds : o.disputedInvoiceIds) {
            Dispute d;
            d.customerId = a.customerId;
            d.invoiceId = invoiceId;
            d.category = o.disputeCategory;
            d.openedOn = when.date();
            d.comment = o.comment;
            if (auto s = disputes.insert(d); !s)
                return s;
            ids.append(d.id);
        }
        details.insert(QStringLiteral("dispute_ids"), ids);
        details.insert(QStringLiteral("category"), o.disputeCategory);
        summary += QStringLiteral(" (%1)").arg(CallGuide::disputeCategoryFrench(o.disputeCategory));
    }
    if (!o.comment.isEmpty()) {
        details.insert(QStringLiteral("comment"), o.comment);
        summary += QStringLiteral(" — ") + o.comment;
    }
    Event e;
    e.occurredAt = when;
    e.customerId = a.customerId;
    e.kind = QStringLiteral("action_done");
    e.summary = summary;
    e.details = details;
    e.actor = QStringLiteral("moi");
    if (auto s = EventJournal(m_db).appendPerInvoice(e, a.invoiceIds); !s)
        return s;
    return tx.commit();
}

Result<qint64> ActionCompleter::undoLast(const QDateTime &when)
{
    using R = Result<qint64>;
    QSqlQuery q = m_db.query(QStringLiteral("SELECT id FROM actions WHERE status = 'done' ORDER BY done_at DESC, id DESC LIMIT 1"));
    if (auto s = m_db.exec(q); !s)
        return R::failure(s.error());
    if (!q.next())
        return R::failure(QStringLiteral("aucune action terminée à annuler"));
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    ActionRepository actions(m_db);
    Action a = *actions.findById(id);

    Transaction tx(m_db);
    if (!tx.status())
        return R::failure(tx.status().error());
    // What the completion created: a promise (by its action) and disputes (listed in the journal).
    QSqlQuery p = m_db.query(QStringLiteral("UPDATE promises SET status = 'cancelled' WHERE action_id = ? AND status = 'open'"));
    p.addBindValue(id);
    if (auto s = m_db.exec(p); !s)
        return R::failure(s.error());
    QSqlQuery ev = m_db.query(QStringLiteral("SELECT details FROM events WHERE kind = 'action_done' AND details LIKE ?"
                                             " ORDER BY id DESC LIMIT 1"));
    ev.addBindValue(QStringLiteral("%\"action_id\":%1,%").arg(id));
    if (auto s = m_db.exec(ev); !s)
        return R::failure(s.error());
    if (ev.next()) {
        const QJsonObject details = QJsonDocument::fromJson(ev.value(0).toString().toUtf8()).object();
        ev.finish();
        DisputeRepository disputes(m_db);
        for (const QJsonValue &v : details.value(QStringLiteral("dispute_ids")).toArray())
            if (auto s = disputes.resolve(v.toInteger(), when.date(), QStringLiteral("saisie annulée")); !s)
                return R::failure(s.error());
    }
    const QString outcome = a.outcome;
    a.status = Action::Status::Planned;
    a.outcome.clear();
    a.comment.clear();
    a.doneAt = QDateTime();
    if (auto s = actions.update(a); !s)
        return R::failure(s.error());
    Event e;
    e.occurredAt = when;
    e.customerId = a.customerId;
    e.kind = QStringLiteral("action_undone");
    e.summary = QStringLiteral("Saisie annulée : %1 (%2)").arg(Scenario::stepFrench(a.step), CallGuide::outcomeFrench(outcome));
    e.details.insert(QStringLiteral("action_id"), id);
    e.actor = QStringLiteral("moi");
    if (auto s = EventJournal(m_db).appendPerInvoice(e, a.invoiceIds); !s)
        return R::failure(s.error());
    if (auto s = tx.commit(); !s)
        return R::failure(s.error());
    return id;
}
