#pragma once
// PaymentRepository: payments received and their allocation to invoices.

#include "Database.h"
#include "Payment.h"
#include "Result.h"

class PaymentRepository final
{
public:
    explicit PaymentRepository(Database &db) : m_db(db) {}

    // Inserts the payment with its allocations (the caller updates the invoices' open amounts).
    Status insert(Payment &payment);
    QList<Payment> forCustomer(qint64 customerId);
    // Allocations to one invoice, oldest first: (payment date, amount).
    QList<QPair<QDate, qint64>> allocationsFor(qint64 invoiceId);

private:
    Database &m_db;
};
