#pragma once
// GuiTestData: a small real database for the widget and model tests, and a large one for the 100 000-row checks.
//
// Small data set, as of Today = 25/11/2025 (balances include credit notes, overdue counts invoices due before today):
//   C001 Boulangerie Dupont      Lyon            négligent       3 200,00 €   overdue 0
//   C002 Garage Lefèvre          Villeurbanne    mauvais payeur 12 760,35 €   overdue 12 880,35 €  (credit note -120)
//   C003 Mairie de Saint-Étienne Saint-Étienne   administratif   5 000,00 €   overdue 5 000,00 €
//   C004 Électricité Moreau      Grenoble        bon payeur          0,00 €   (paid invoice only)
// 7 items, 5 open: FA-1042, FA-1001, FA-1010 (partly paid), AV-0007 (credit note), FA-1020.

#include "CompanyRepository.h"
#include "CustomerRepository.h"
#include "Database.h"
#include "InvoiceRepository.h"

#include <QDate>
#include <QElapsedTimer>
#include <QString>

namespace GuiTestData {

inline QDate today()
{
    return QDate(2025, 11, 25);
}

inline Customer customer(const QString &code, const QString &name, const QString &city, PayerProfile profile,
                         const QString &explanation)
{
    Customer c;
    c.code = code;
    c.name = name;
    c.siren = QStringLiteral("732829320");
    c.address.city = city;
    c.profile = profile;
    c.profileExplanation = explanation;
    return c;
}

inline Invoice invoice(qint64 customerId, const QString &number, QDate due, qint64 amountCents, qint64 openCents,
                       Invoice::Kind kind = Invoice::Kind::Invoice)
{
    Invoice i;
    i.customerId = customerId;
    i.number = number;
    i.kind = kind;
    i.issueDate = due.addDays(-30);
    i.dueDate = due;
    i.amountCents = amountCents;
    i.amountExclCents = amountCents * 100 / 120;
    i.openCents = openCents;
    i.status = Invoice::statusFor(amountCents, openCents);
    i.sourceFile = QStringLiteral("test");
    return i;
}

// Fills an empty, open database with the small data set; returns the first error.
inline Status fill(Database &db)
{
    Transaction transaction(db);
    Company company;
    company.name = QStringLiteral("Atelier Martin SARL");
    if (auto s = CompanyRepository(db).save(company); !s)
        return s;

    CustomerRepository customers(db);
    Customer dupont = customer(QStringLiteral("C001"), QStringLiteral("Boulangerie Dupont"), QStringLiteral("Lyon"),
                               PayerProfile::Negligent,
                               QStringLiteral("négligent : 3 des 5 dernières factures payées après relance"));
    Customer lefevre = customer(QStringLiteral("C002"), QStringLiteral("Garage Lefèvre"), QStringLiteral("Villeurbanne"),
                                PayerProfile::BadPayer,
                                QStringLiteral("mauvais payeur : 7 des 9 dernières factures avec plus de 20 jours de retard"));
    Customer mairie = customer(QStringLiteral("C003"), QStringLiteral("Mairie de Saint-Étienne"),
                               QStringLiteral("Saint-Étienne"), PayerProfile::Administrative,
                               QStringLiteral("administratif : organisme public, circuit de validation"));
    mairie.publicBody = true;
    Customer moreau = customer(QStringLiteral("C004"), QStringLiteral("Électricité Moreau"), QStringLiteral("Grenoble"),
                               PayerProfile::GoodPayer, QStringLiteral("bon payeur : toujours à l'échéance"));
    for (Customer *c : {&dupont, &lefevre, &mairie, &moreau})
        if (auto s = customers.insert(*c); !s)
            return s;

    InvoiceRepository invoices(db);
    QList<Invoice> list = {
        invoice(dupont.id, QStringLiteral("FA-1042"), QDate(2025, 12, 2), 320000, 320000),
        invoice(dupont.id, QStringLiteral("FA-0999"), QDate(2025, 9, 30), 150000, 0),
        invoice(lefevre.id, QStringLiteral("FA-1001"), QDate(2025, 10, 15), 1248035, 1248035),
        invoice(lefevre.id, QStringLiteral("FA-1010"), QDate(2025, 11, 1), 100000, 40000),
        invoice(lefevre.id, QStringLiteral("AV-0007"), QDate(2025, 11, 10), -12000, -12000, Invoice::Kind::CreditNote),
        invoice(mairie.id, QStringLiteral("FA-1020"), QDate(2025, 11, 20), 500000, 500000),
        invoice(moreau.id, QStringLiteral("FA-0998"), QDate(2025, 10, 1), 80000, 0),
    };
    for (Invoice &i : list)
        if (auto s = invoices.insert(i); !s)
            return s;
    return transaction.commit();
}

// Fills an empty database with `invoiceCount` invoices spread over `customerCount` customers, in one transaction.
// Every 10th customer is a "Lefèvre"; every 3rd invoice is paid.
inline Status fillLarge(Database &db, int customerCount, int invoiceCount)
{
    QElapsedTimer timer;
    timer.start();
    Transaction transaction(db);
    CustomerRepository customers(db);
    QList<qint64> ids;
    ids.reserve(customerCount);
    for (int n = 0; n < customerCount; ++n) {
        Customer c;
        c.code = QStringLiteral("C%1").arg(n, 5, 10, QChar(u'0'));
        c.name = n % 10 == 0 ? QStringLiteral("Garage Lefèvre %1").arg(n) : QStringLiteral("Société Martin %1").arg(n);
        c.address.city = n % 2 ? QStringLiteral("Lyon") : QStringLiteral("Saint-Étienne");
        c.profile = AllPayerProfiles.at(std::size_t(n) % AllPayerProfiles.size());
        c.profileExplanation = QStringLiteral("profil calculé");
        if (auto s = customers.insert(c); !s)
            return s;
        ids << c.id;
    }
    InvoiceRepository invoices(db);
    const QDate first(2023, 1, 1);
    for (int n = 0; n < invoiceCount; ++n) {
        const qint64 amount = 10000 + (n * 7919) % 5000000;
        Invoice i = invoice(ids.at(n % customerCount), QStringLiteral("FA-%1").arg(n + 1, 6, 10, QChar(u'0')),
                            first.addDays(n % 1060), amount, n % 3 == 0 ? 0 : amount);
        if (auto s = invoices.insert(i); !s)
            return s;
    }
    const Status s = transaction.commit();
    qInfo("Inserted %d customers and %d invoices in one transaction in %lld ms", customerCount, invoiceCount,
          timer.elapsed());
    return s;
}

} // namespace GuiTestData
