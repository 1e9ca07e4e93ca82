#include "CustomerRepository.h"

#include "IdSet.h"

#include <QHash>
#include <QSqlRecord>

namespace {

const QString CustomerColumns = QStringLiteral(
    "id, code, name, legal_form, siren, siret, vat_number, address_line2, address_line3, address_line4,"
    " address_line5, postcode, city, country, payment_terms_days, end_of_month, payment_method, public_body,"
    " insolvency_flag, contractual_rate_bp, profile, profile_explanation, profile_override,"
    " profile_override_reason, paused_until, pause_reason, notes");

Customer fromRow(const QSqlQuery &q)
{
    Customer c;
    int i = 0;
    c.id = q.value(i++).toLongLong();
    c.code = q.value(i++).toString();
    c.name = q.value(i++).toString();
    c.legalForm = q.value(i++).toString();
    c.siren = q.value(i++).toString();
    c.siret = q.value(i++).toString();
    c.vatNumber = q.value(i++).toString();
    c.address.line2 = q.value(i++).toString();
    c.address.line3 = q.value(i++).toString();
    c.address.line4 = q.value(i++).toString();
    c.address.line5 = q.value(i++).toString();
    c.address.postcode = q.value(i++).toString();
    c.address.city = q.value(i++).toString();
    c.address.country = q.value(i++).toString();
    c.paymentTermsDays = q.value(i++).toInt();
    c.endOfMonth = q.value(i++).toInt() != 0;
    c.paymentMethod = q.value(i++).toString();
    c.publicBody = q.value(i++).toInt() != 0;
    c.insolvencyFlag = q.value(i++).toInt() != 0;
    const QVariant rate = q.value(i++);
    if (!rate.isNull())
        c.contractualRateBp = rate.toInt();
    c.profile = payerProfileFromKey(q.value(i++).toString());
    c.profileExplanation = q.value(i++).toString();
    c.profileOverride = payerProfileFromKey(q.value(i++).toString());
    c.profileOverrideReason = q.value(i++).toString();
    c.pausedUntil = Sql::toDate(q.value(i++));
    c.pauseReason = q.value(i++).toString();
    c.notes = q.value(i++).toString();
    return c;
}

QVariant profileValue(const std::optional<PayerProfile> &p)
{
    return p ? QVariant(payerProfileKey(*p)) : QVariant(QMetaType(QMetaType::QString));
}

void bindCustomer(QSqlQuery &q, const Customer &c)
{
    q.addBindValue(c.code);
    q.addBindValue(c.name);
    q.addBindValue(Sql::text(c.legalForm));
    q.addBindValue(Sql::text(c.siren));
    q.addBindValue(Sql::text(c.siret));
    q.addBindValue(Sql::text(c.vatNumber));
    q.addBindValue(Sql::text(c.address.line2));
    q.addBindValue(Sql::text(c.address.line3));
    q.addBindValue(Sql::text(c.address.line4));
    q.addBindValue(Sql::text(c.address.line5));
    q.addBindValue(Sql::text(c.address.postcode));
    q.addBindValue(Sql::text(c.address.city));
    q.addBindValue(Sql::text(c.address.country));
    q.addBindValue(c.paymentTermsDays);
    q.addBindValue(c.endOfMonth ? 1 : 0);
    q.addBindValue(Sql::text(c.paymentMethod));
    q.addBindValue(c.publicBody ? 1 : 0);
    q.addBindValue(c.insolvencyFlag ? 1 : 0);
    q.addBindValue(c.contractualRateBp ? QVariant(*c.contractualRateBp) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(profileValue(c.profile));
    q.addBindValue(Sql::text(c.profileExplanation));
    q.addBindValue(profileValue(c.profileOverride));
    q.addBindValue(Sql::text(c.profileOverrideReason));
    q.addBindValue(Sql::date(c.pausedUntil));
    q.addBindValue(Sql::text(c.pauseReason));
    q.addBindValue(Sql::text(c.notes));
}

} // namespace

Status CustomerRepository::insert(Customer &customer)
{
    QSqlQuery q = m_db.query(QStringLiteral(
        "INSERT INTO customers (code, name, legal_form, siren, siret, vat_number, address_line2, address_line3,"
        " address_line4, address_line5, postcode, city, country, payment_terms_days, end_of_month, payment_method,"
        " public_body, insolvency_flag, contractual_rate_bp, profile, profile_explanation, profile_override,"
        " profile_override_reason, paused_until, pause_reason, notes)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    bindCustomer(q, customer);
    if (auto s = m_db.exec(q); !s)
        return Status::failure(QStringLiteral("client %1 : %2").arg(customer.code, s.error()));
    q.next();
    customer.id = q.value(0).toLongLong();
    return saveContacts(customer);
}

Status CustomerRepository::update(Customer &customer)
{
    QSqlQuery q = m_db.query(QStringLiteral(
        "UPDATE customers SET code = ?, name = ?, legal_form = ?, siren = ?, siret = ?, vat_number = ?,"
        " address_line2 = ?, address_line3 = ?, address_line4 = ?, address_line5 = ?, postcode = ?, city = ?,"
        " country = ?, payment_terms_days = ?, end_of_month = ?, payment_method = ?, public_body = ?,"
        " insolvency_flag = ?, contractual_rate_bp = ?, profile = ?, profile_explanation = ?, profile_override = ?,"
        " profile_override_reason = ?, paused_until = ?, pause_reason = ?, notes = ? WHERE id = ?"));
    bindCustomer(q, customer);
    q.addBindValue(customer.id);
    if (auto s = m_db.exec(q); !s)
        return Status::failure(QStringLiteral("client %1 : %2").arg(customer.code, s.error()));
    return saveContacts(customer);
}

Status CustomerRepository::saveContacts(Customer &customer)
{
    QSqlQuery del = m_db.query(QStringLiteral("DELETE FROM contacts WHERE customer_id = ?"));
    del.addBindValue(customer.id);
    if (auto s = m_db.exec(del); !s)
        return s;
    QSqlQuery q = m_db.query(QStringLiteral("INSERT INTO contacts (customer_id, civility, name, role, phone, email,"
                                            " is_primary) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    for (Contact &c : customer.contacts) {
        c.customerId = customer.id;
        q.addBindValue(customer.id);
        q.addBindValue(Sql::text(c.civility));
        q.addBindValue(Sql::text(c.name));
        q.addBindValue(Sql::text(c.role));
        q.addBindValue(Sql::text(c.phone));
        q.addBindValue(Sql::text(c.email));
        q.addBindValue(c.primary ? 1 : 0);
        if (auto s = m_db.exec(q); !s)
            return s;
        q.next();
        c.id = q.value(0).toLongLong();
        q.finish();
    }
    return {};
}

QList<Contact> CustomerRepository::contactsOf(qint64 customerId)
{
    QList<Contact> list;
    QSqlQuery q = m_db.query(QStringLiteral("SELECT id, civility, name, role, phone, email, is_primary FROM contacts"
                                            " WHERE customer_id = ? ORDER BY is_primary DESC, id"));
    q.addBindValue(customerId);
    if (!m_db.exec(q))
        return list;
    while (q.next()) {
        Contact c;
        c.id = q.value(0).toLongLong();
        c.customerId = customerId;
        c.civility = q.value(1).toString();
        c.name = q.value(2).toString();
        c.role = q.value(3).toString();
        c.phone = q.value(4).toString();
        c.email = q.value(5).toString();
        c.primary = q.value(6).toInt() != 0;
        list << c;
    }
    return list;
}

std::optional<Customer> CustomerRepository::findOne(const QString &where, const QVariant &value)
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT ") + CustomerColumns + QStringLiteral(" FROM customers WHERE ")
                             + where + QStringLiteral(" ORDER BY id LIMIT 1"));
    q.addBindValue(value);
    if (!m_db.exec(q) || !q.next())
        return std::nullopt;
    Customer c = fromRow(q);
    c.contacts = contactsOf(c.id);
    return c;
}

std::optional<Customer> CustomerRepository::findById(qint64 id) { return findOne(QStringLiteral("id = ?"), id); }

std::optional<Customer> CustomerRepository::findByCode(const QString &code)
{
    return findOne(QStringLiteral("code = ?"), code);
}

std::optional<Customer> CustomerRepository::findBySiren(const QString &siren)
{
    if (siren.isEmpty())
        return std::nullopt;
    return findOne(QStringLiteral("siren = ?"), siren);
}

std::optional<Customer> CustomerRepository::findByVatNumber(const QString &vat)
{
    if (vat.isEmpty())
        return std::nullopt;
    return findOne(QStringLiteral("vat_number = ?"), vat);
}

QList<Customer> CustomerRepository::all()
{
    return select(QStringLiteral("1 = 1"), {}, QStringLiteral("code"));
}

QHash<qint64, Customer> CustomerRepository::findByIds(const QList<qint64> &ids)
{
    QHash<qint64, Customer> map;
    if (ids.isEmpty())
        return map;
    const QList<Customer> list = select(IdSet::in(QStringLiteral("id"), m_db.dialect()), {IdSet::json(ids)},
                                        QStringLiteral("id"));
    map.reserve(list.size());
    for (const Customer &c : list)
        map.insert(c.id, c);
    return map;
}

QHash<qint64, QString> CustomerRepository::namesOf(const QList<qint64> &ids)
{
    QHash<qint64, QString> map;
    QSqlQuery q;
    if (!IdSet::select(m_db, q, QStringLiteral("SELECT id, name FROM customers WHERE "), QStringLiteral("id"), ids))
        return map;
    map.reserve(ids.size());
    while (q.next())
        map.insert(q.value(0).toLongLong(), q.value(1).toString());
    return map;
}

QList<Customer> CustomerRepository::select(const QString &where, const QVariantList &binds, const QString &orderBy)
{
    QList<Customer> list;
    QSqlQuery q = m_db.query(QStringLiteral("SELECT ") + CustomerColumns + QStringLiteral(" FROM customers WHERE ") + where
                             + QStringLiteral(" ORDER BY ") + orderBy);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!m_db.exec(q))
        return list;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        index.insert(q.value(0).toLongLong(), list.size());
        list << fromRow(q);
    }
    if (list.isEmpty())
        return list;
    QSqlQuery c = m_db.query(QStringLiteral("SELECT id, customer_id, civility, name, role, phone, email, is_primary"
                                            " FROM contacts WHERE customer_id IN (SELECT id FROM customers WHERE ")
                             + where + QStringLiteral(") ORDER BY customer_id, is_primary DESC, id"));
    for (const QVariant &v : binds)
        c.addBindValue(v);
    if (m_db.exec(c)) {
        while (c.next()) {
            const auto it = index.constFind(c.value(1).toLongLong());
            if (it == index.constEnd())
                continue;
            Contact ct;
            ct.id = c.value(0).toLongLong();
            ct.customerId = c.value(1).toLongLong();
            ct.civility = c.value(2).toString();
            ct.name = c.value(3).toString();
            ct.role = c.value(4).toString();
            ct.phone = c.value(5).toString();
            ct.email = c.value(6).toString();
            ct.primary = c.value(7).toInt() != 0;
            list[*it].contacts << ct;
        }
    }
    return list;
}

int CustomerRepository::count()
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT count(*) FROM customers"));
    if (!m_db.exec(q) || !q.next())
        return 0;
    return q.value(0).toInt();
}

QList<CustomerSummary> CustomerRepository::summaries(const QDate &today)
{
    QList<CustomerSummary> list;
    QSqlQuery q = m_db.query(QStringLiteral(
        "SELECT c.id, c.code, c.name, c.siren, c.city, c.profile, c.profile_override, c.profile_explanation,"
        " c.profile_override_reason, c.paused_until,"
        " COALESCE(b.open_cents, 0), COALESCE(b.open_count, 0), COALESCE(b.overdue_cents, 0), b.oldest_due"
        " FROM customers c LEFT JOIN ("
        "  SELECT customer_id, SUM(open_cents) AS open_cents,"
        "   SUM(CASE WHEN kind IN ('invoice', 'opening_balance') THEN 1 ELSE 0 END) AS open_count,"
        "   SUM(CASE WHEN due_date < ? AND open_cents > 0 THEN open_cents ELSE 0 END) AS overdue_cents,"
        "   MIN(CASE WHEN open_cents > 0 THEN due_date END) AS oldest_due"
        "  FROM invoices WHERE status IN ('open', 'partially_paid') GROUP BY customer_id"
        " ) b ON b.customer_id = c.id ORDER BY c.code"));
    q.addBindValue(today.toString(Qt::ISODate));
    if (!m_db.exec(q))
        return list;
    while (q.next()) {
        CustomerSummary s;
        s.id = q.value(0).toLongLong();
        s.code = q.value(1).toString();
        s.name = q.value(2).toString();
        s.siren = q.value(3).toString();
        s.city = q.value(4).toString();
        const auto computed = payerProfileFromKey(q.value(5).toString());
        const auto manual = payerProfileFromKey(q.value(6).toString());
        s.overridden = manual.has_value();
        s.profile = manual ? manual : computed;
        s.profileExplanation = manual ? QStringLiteral("Profil choisi à la main : %1").arg(q.value(8).toString())
                                      : q.value(7).toString();
        s.pausedUntil = Sql::toDate(q.value(9));
        s.openBalanceCents = q.value(10).toLongLong();
        s.openInvoices = q.value(11).toInt();
        s.overdueCents = q.value(12).toLongLong();
        s.oldestDueDate = Sql::toDate(q.value(13));
        list << s;
    }
    return list;
}

Status CustomerRepository::setProfile(qint64 customerId, std::optional<PayerProfile> profile, const QString &explanation)
{
    QSqlQuery q = m_db.query(QStringLiteral("UPDATE customers SET profile = ?, profile_explanation = ? WHERE id = ?"));
    q.addBindValue(profileValue(profile));
    q.addBindValue(Sql::text(explanation));
    q.addBindValue(customerId);
    return m_db.exec(q);
}

Status CustomerRepository::setOverride(qint64 customerId, std::optional<PayerProfile> profile, const QString &reason)
{
    QSqlQuery q = m_db.query(
        QStringLiteral("UPDATE customers SET profile_override = ?, profile_override_reason = ? WHERE id = ?"));
    q.addBindValue(profileValue(profile));
    q.addBindValue(Sql::text(profile ? reason : QString()));
    q.addBindValue(customerId);
    return m_db.exec(q);
}

Status CustomerRepository::setPause(qint64 customerId, const QDate &until, const QString &reason)
{
    QSqlQuery q = m_db.query(QStringLiteral("UPDATE customers SET paused_until = ?, pause_reason = ? WHERE id = ?"));
    q.addBindValue(Sql::date(until));
    q.addBindValue(Sql::text(until.isValid() ? reason : QString()));
    q.addBindValue(customerId);
    return m_db.exec(q);
}
