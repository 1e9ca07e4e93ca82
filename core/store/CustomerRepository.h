#pragma once
// CustomerRepository: customers with their contacts (one aggregate), and the balance summary lists show.

#include "Customer.h"
#include "Database.h"
#include "Result.h"

#include <QHash>
#include <QList>
#include <optional>

struct CustomerSummary
{
    qint64 id = 0;
    QString code;
    QString name;
    QString siren;
    QString city;
    qint64 openBalanceCents = 0; // sum of open amounts (credit notes reduce it)
    int openInvoices = 0;        // open invoices (not credit notes)
    qint64 overdueCents = 0;     // open amount of invoices past due on the given day
    QDate oldestDueDate;         // oldest due date among open invoices
    std::optional<PayerProfile> profile; // effective (override wins)
    QString profileExplanation;
    bool overridden = false;
    QDate pausedUntil;
};

class CustomerRepository final
{
public:
    explicit CustomerRepository(Database &db) : m_db(db) {}

    // Inserts the customer and its contacts; sets ids.
    Status insert(Customer &customer);
    // Updates every field and replaces the contacts.
    Status update(Customer &customer);
    std::optional<Customer> findById(qint64 id);
    std::optional<Customer> findByCode(const QString &code);
    std::optional<Customer> findBySiren(const QString &siren);
    std::optional<Customer> findByVatNumber(const QString &vat);
    QList<Customer> all(); // ordered by code, contacts included
    // The customers among `ids` that exist, contacts included, in two queries whatever the number of ids.
    QHash<qint64, Customer> findByIds(const QList<qint64> &ids);
    // Just the names, in one query.
    QHash<qint64, QString> namesOf(const QList<qint64> &ids);
    int count();

    // One row per customer with its open balance as of `today`, for lists and the JSON command.
    QList<CustomerSummary> summaries(const QDate &today);

    Status setProfile(qint64 customerId, std::optional<PayerProfile> profile, const QString &explanation);
    Status setOverride(qint64 customerId, std::optional<PayerProfile> profile, const QString &reason);
    Status setPause(qint64 customerId, const QDate &until, const QString &reason);

private:
    std::optional<Customer> findOne(const QString &where, const QVariant &value);
    Status saveContacts(Customer &customer);
    QList<Contact> contactsOf(qint64 customerId);
    // Customers WHERE `where` (contacts included) in the order of `orderBy`.
    QList<Customer> select(const QString &where, const QVariantList &binds, const QString &orderBy);

    Database &m_db;
};
