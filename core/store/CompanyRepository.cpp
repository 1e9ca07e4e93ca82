#include "CompanyRepository.h"

Company CompanyRepository::load()
{
    Company c;
    QSqlQuery q = m_db.query(QStringLiteral(
        "SELECT name, legal_form, capital_cents, siren, rcs_city, vat_number, address_line2, address_line3,"
        " address_line4, address_line5, postcode, city, country, phone, email, website, iban, bic, signatory_name,"
        " signatory_title, late_payment_clause, logo_png FROM company WHERE id = 1"));
    if (!m_db.exec(q) || !q.next())
        return c;
    int i = 0;
    c.name = q.value(i++).toString();
    c.legalForm = q.value(i++).toString();
    c.capitalCents = q.value(i++).toLongLong();
    c.siren = q.value(i++).toString();
    c.rcsCity = q.value(i++).toString();
    c.vatNumber = q.value(i++).toString();
    c.address.line2 = q.value(i++).toString();
    c.address.line3 = q.value(i++).toString();
    c.address.line4 = q.value(i++).toString();
    c.address.line5 = q.value(i++).toString();
    c.address.postcode = q.value(i++).toString();
    c.address.city = q.value(i++).toString();
    c.address.country = q.value(i++).toString();
    c.phone = q.value(i++).toString();
    c.email = q.value(i++).toString();
    c.website = q.value(i++).toString();
    c.iban = q.value(i++).toString();
    c.bic = q.value(i++).toString();
    c.signatoryName = q.value(i++).toString();
    c.signatoryTitle = q.value(i++).toString();
    c.latePaymentClause = q.value(i++).toString();
    c.logoPng = q.value(i++).toByteArray();
    return c;
}

Status CompanyRepository::save(const Company &c)
{
    QSqlQuery q = m_db.query(QStringLiteral(
        "INSERT INTO company (id, name, legal_form, capital_cents, siren, rcs_city, vat_number, address_line2,"
        " address_line3, address_line4, address_line5, postcode, city, country, phone, email, website, iban, bic,"
        " signatory_name, signatory_title, late_payment_clause, logo_png)"
        " VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET name = excluded.name, legal_form = excluded.legal_form,"
        " capital_cents = excluded.capital_cents, siren = excluded.siren, rcs_city = excluded.rcs_city,"
        " vat_number = excluded.vat_number, address_line2 = excluded.address_line2,"
        " address_line3 = excluded.address_line3, address_line4 = excluded.address_line4,"
        " address_line5 = excluded.address_line5, postcode = excluded.postcode, city = excluded.city,"
        " country = excluded.country, phone = excluded.phone, email = excluded.email, website = excluded.website,"
        " iban = excluded.iban, bic = excluded.bic, signatory_name = excluded.signatory_name,"
        " signatory_title = excluded.signatory_title, late_payment_clause = excluded.late_payment_clause,"
        " logo_png = excluded.logo_png"));
    for (const QString *s : {&c.name, &c.legalForm})
        q.addBindValue(Sql::text(*s));
    q.addBindValue(c.capitalCents);
    for (const QString *s : {&c.siren, &c.rcsCity, &c.vatNumber, &c.address.line2, &c.address.line3, &c.address.line4,
                             &c.address.line5, &c.address.postcode, &c.address.city, &c.address.country, &c.phone,
                             &c.email, &c.website, &c.iban, &c.bic, &c.signatoryName, &c.signatoryTitle,
                             &c.latePaymentClause})
        q.addBindValue(Sql::text(*s));
    q.addBindValue(c.logoPng.isNull() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(c.logoPng));
    return m_db.exec(q);
}
