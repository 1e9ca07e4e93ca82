#include "PaymentPlanRepository.h"

Status PaymentPlanRepository::insert(PaymentPlan &plan)
{
    QSqlQuery q = m_db.query(QStringLiteral("INSERT INTO payment_plans (customer_id, agreed_on, down_payment_cents,"
                                            " down_payment_date, status, comment) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(plan.customerId);
    q.addBindValue(plan.agreedOn.toString(Qt::ISODate));
    q.addBindValue(plan.downPaymentCents);
    q.addBindValue(Sql::date(plan.downPaymentDate));
    q.addBindValue(PaymentPlan::statusKey(plan.status));
    q.addBindValue(Sql::text(plan.comment));
    if (auto s = m_db.exec(q); !s)
        return s;
    q.next();
    plan.id = q.value(0).toLongLong();
    QSqlQuery i = m_db.query(QStringLiteral("INSERT INTO plan_instalments (plan_id, due_date, amount_cents, paid_cents,"
                                            " paid_on) VALUES (?, ?, ?, ?, ?) RETURNING id"));
    for (Instalment &in : plan.instalments) {
        i.addBindValue(plan.id);
        i.addBindValue(in.dueDate.toString(Qt::ISODate));
        i.addBindValue(in.amountCents);
        i.addBindValue(in.paidCents);
        i.addBindValue(Sql::date(in.paidOn));
        if (auto s = m_db.exec(i); !s)
            return s;
        i.next();
        in.id = i.value(0).toLongLong();
        i.finish();
    }
    return {};
}

Status PaymentPlanRepository::setStatus(qint64 planId, PaymentPlan::Status status)
{
    QSqlQuery q = m_db.query(QStringLiteral("UPDATE payment_plans SET status = ? WHERE id = ?"));
    q.addBindValue(PaymentPlan::statusKey(status));
    q.addBindValue(planId);
    return m_db.exec(q);
}

Status PaymentPlanRepository::recordInstalmentPayment(qint64 instalmentId, qint64 paidCents, const QDate &paidOn)
{
    QSqlQuery q = m_db.query(QStringLiteral("UPDATE plan_instalments SET paid_cents = ?, paid_on = ? WHERE id = ?"));
    q.addBindValue(paidCents);
    q.addBindValue(Sql::date(paidOn));
    q.addBindValue(instalmentId);
    return m_db.exec(q);
}

QList<PaymentPlan> PaymentPlanRepository::select(const QString &where, const QVariantList &binds)
{
    QList<PaymentPlan> list;
    QSqlQuery q = m_db.query(QStringLiteral("SELECT id, customer_id, agreed_on, down_payment_cents, down_payment_date,"
                                            " status, comment FROM payment_plans WHERE ")
                             + where + QStringLiteral(" ORDER BY agreed_on, id"));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!m_db.exec(q))
        return list;
    while (q.next()) {
        PaymentPlan p;
        p.id = q.value(0).toLongLong();
        p.customerId = q.value(1).toLongLong();
        p.agreedOn = Sql::toDate(q.value(2));
        p.downPaymentCents = q.value(3).toLongLong();
        p.downPaymentDate = Sql::toDate(q.value(4));
        p.status = PaymentPlan::statusFromKey(q.value(5).toString());
        p.comment = q.value(6).toString();
        list << p;
    }
    QSqlQuery i = m_db.query(QStringLiteral("SELECT id, due_date, amount_cents, paid_cents, paid_on FROM plan_instalments"
                                            " WHERE plan_id = ? ORDER BY due_date, id"));
    for (PaymentPlan &p : list) {
        i.addBindValue(p.id);
        if (!m_db.exec(i))
            continue;
        while (i.next()) {
            Instalment in;
            in.id = i.value(0).toLongLong();
            in.dueDate = Sql::toDate(i.value(1));
            in.amountCents = i.value(2).toLongLong();
            in.paidCents = i.value(3).toLongLong();
            in.paidOn = Sql::toDate(i.value(4));
            p.instalments << in;
        }
        i.finish();
    }
    return list;
}

QList<PaymentPlan> PaymentPlanRepository::forCustomer(qint64 customerId)
{
    return select(QStringLiteral("customer_id = ?"), {customerId});
}

QList<PaymentPlan> PaymentPlanRepository::active() { return select(QStringLiteral("status = 'active'"), {}); }
