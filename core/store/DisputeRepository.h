#pragma once
// DisputeRepository: disputes on invoices, open until resolved.

#include "Database.h"
#include "Dispute.h"
#include "Result.h"

class DisputeRepository final
{
public:
    explicit DisputeRepository(Database &db) : m_db(db) {}

    Status insert(Dispute &dispute);
    Status resolve(qint64 disputeId, const QDate &on, const QString &resolution);
    QList<Dispute> forCustomer(qint64 customerId);
    QList<Dispute> open();

private:
    QList<Dispute> select(const QString &where, const QVariantList &binds);

    Database &m_db;
};
