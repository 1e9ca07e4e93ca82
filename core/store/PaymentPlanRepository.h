#pragma once
// PaymentPlanRepository: échéanciers and their instalments.

#include "Database.h"
#include "PaymentPlan.h"
#include "Result.h"

class PaymentPlanRepository final
{
public:
    explicit PaymentPlanRepository(Database &db) : m_db(db) {}

    Status insert(PaymentPlan &plan);
    Status setStatus(qint64 planId, PaymentPlan::Status status);
    Status recordInstalmentPayment(qint64 instalmentId, qint64 paidCents, const QDate &paidOn);
    QList<PaymentPlan> forCustomer(qint64 customerId);
    QList<PaymentPlan> active();

private:
    QList<PaymentPlan> select(const QString &where, const QVariantList &binds);

    Database &m_db;
};
