#include "PaymentRepository.h"

#include <QHash>

Status PaymentRepository::insert(Payment &payment)
{
    QSqlQuery q = m_db.query(QStringLiteral("INSERT INTO payments (customer_id, paid_on, amount_cents, currency, method,"
                                            " reference, source_file) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(payment.customerId);
    q.addBindValue(payment.date.toString(Qt::ISODate));
    q.addBindValue(payment.amountCents);
    q.addBindValue(payment.currency);
    q.addBindValue(Sql::text(payment.method));
    q.addBindValue(Sql::text(payment.reference));
    q.addBindValue(Sql::text(payment.sourceFile));
    if (auto s = m_db.exec(q); !s)
        return s;
    q.next();
    payment.id = q.value(0).toLongLong();
    QSqlQuery a = m_db.query(
        QStringLiteral("INSERT INTO payment_allocations (payment_id, invoice_id, amount_cents) VALUES (?, ?, ?)"));
    for (const PaymentAllocation &al : payment.allocations) {
        a.addBindValue(payment.id);
        a.addBindValue(al.invoiceId);
        a.addBindValue(al.amountCents);
        if (auto s = m_db.exec(a); !s)
            return s;
    }
    return {};
}

QList<Payment> PaymentRepository::forCustomer(qint64 customerId)
{
    QList<Payment> list;
    QHash<qint64, qsizetype> index;
    QSqlQuery q = m_db.query(QStringLiteral("SELECT id, paid_on, amount_cents, currency, method, reference, source_file"
                                            " FROM payments WHERE customer_id = ? ORDER BY paid_on, id"));
    q.addBindValue(customerId);
    if (!m_db.exec(q))
        return list;
    while (q.next()) {
        Payment p;
        p.id = q.value(0).toLongLong();
        p.customerId = customerId;
        p.date = Sql::toDate(q.value(1));
        p.amountCents = q.value(2).toLongLong();
        p.currency = q.value(3).toString();
        p.method = q.value(4).toString();
        p.reference = q.value(5).toString();
        p.sourceFile = q.value(6).toString();
        index.insert(p.id, list.size());
        list << p;
    }
    QSqlQuery a = m_db.query(QStringLiteral("SELECT a.payment_id, a.invoice_id, a.amount_cents FROM payment_allocations a"
                                            " JOIN payments p ON p.id = a.payment_id WHERE p.customer_id = ? ORDER BY a.id"));
    a.addBindValue(customerId);
    if (m_db.exec(a)) {
        while (a.next()) {
            const auto it = index.constFind(a.value(0).toLongLong());
            if (it != index.constEnd())
                list[*it].allocations << PaymentAllocation{a.value(1).toLongLong(), a.value(2).toLongLong()};
        }
    }
    return list;
}

QList<QPair<QDate, qint64>> PaymentRepository::allocationsFor(qint64 invoiceId)
{
    QList<QPair<QDate, qint64>> list;
    QSqlQuery q = m_db.query(QStringLiteral("SELECT p.paid_on, a.amount_cents FROM payment_allocations a"
                                            " JOIN payments p ON p.id = a.payment_id WHERE a.invoice_id = ?"
                                            " ORDER BY p.paid_on, a.id"));
    q.addBindValue(invoiceId);
    if (!m_db.exec(q))
        return list;
    while (q.next())
        list << qMakePair(Sql::toDate(q.value(0)), q.value(1).toLongLong());
    return list;
}
