// The foundation's headless commands: customers and invoices listings (demo lives in DemoCommand.cpp).

#include "CliSupport.h"
#include "Clock.h"
#include "CustomerRepository.h"
#include "InvoiceRepository.h"
#include "Money.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

QJsonValue dateJson(const QDate &d) { return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(); }

int customersCommand(Database &db, const ParsedCommandLine &cl, QTextStream &out, QTextStream &)
{
    const QDate today = Clock::instance().today();
    const QList<CustomerSummary> list = CustomerRepository(db).summaries(today);
    if (cl.has(QStringLiteral("--json"))) {
        QJsonArray array;
        for (const CustomerSummary &c : list) {
            QJsonObject o;
            o.insert(QStringLiteral("code"), c.code);
            o.insert(QStringLiteral("name"), c.name);
            o.insert(QStringLiteral("siren"), c.siren);
            o.insert(QStringLiteral("city"), c.city);
            o.insert(QStringLiteral("open_balance"), centsToPlain(c.openBalanceCents));
            o.insert(QStringLiteral("open_invoices"), c.openInvoices);
            o.insert(QStringLiteral("overdue"), centsToPlain(c.overdueCents));
            o.insert(QStringLiteral("oldest_due_date"), dateJson(c.oldestDueDate));
            o.insert(QStringLiteral("profile"), c.profile ? QJsonValue(payerProfileKey(*c.profile)) : QJsonValue());
            o.insert(QStringLiteral("profile_label"), c.profile ? QJsonValue(payerProfileFrench(*c.profile)) : QJsonValue());
            o.insert(QStringLiteral("profile_explanation"), c.profileExplanation);
            o.insert(QStringLiteral("profile_overridden"), c.overridden);
            o.insert(QStringLiteral("paused_until"), dateJson(c.pausedUntil));
            array.append(o);
        }
        CliSupport::printJson(out, QJsonDocument(array));
        return 0;
    }
    QList<QStringList> rows;
    qint64 total = 0;
    for (const CustomerSummary &c : list) {
        rows << QStringList{c.code, c.name, c.siren, QString::number(c.openInvoices), centsToFrench(c.openBalanceCents),
                            c.profile ? payerProfileFrench(*c.profile) : QStringLiteral("—")};
        total += c.openBalanceCents;
    }
    CliSupport::printTable(out, {QStringLiteral("Code"), QStringLiteral("Client"), QStringLiteral("SIREN"),
                                 QStringLiteral("Factures"), QStringLiteral("Solde ouvert"), QStringLiteral("Profil")},
                           rows, {3, 4});
    out << QStringLiteral("%1 clients, solde ouvert total %2 €\n").arg(list.size()).arg(centsToFrench(total));
    return 0;
}

int invoicesCommand(Database &db, const ParsedCommandLine &cl, QTextStream &out, QTextStream &err)
{
    InvoiceFilter filter;
    filter.openOnly = cl.has(QStringLiteral("--open"));
    if (cl.has(QStringLiteral("--customer"))) {
        const auto customer = CustomerRepository(db).findByCode(cl.value(QStringLiteral("--customer")));
        if (!customer)
            return CliSupport::fail(err, QStringLiteral("client inconnu : %1").arg(cl.value(QStringLiteral("--customer"))));
        filter.customerId = customer->id;
    }
    const QDate today = Clock::instance().today();
    const QList<InvoiceRow> rows = InvoiceRepository(db).list(filter);
    if (cl.has(QStringLiteral("--json"))) {
        QJsonArray array;
        for (const InvoiceRow &r : rows) {
            const Invoice &i = r.invoice;
            QJsonObject o;
            o.insert(QStringLiteral("number"), i.number);
            o.insert(QStringLiteral("customer"), r.customerCode);
            o.insert(QStringLiteral("customer_name"), r.customerName);
            o.insert(QStringLiteral("kind"), Invoice::kindKey(i.kind));
            o.insert(QStringLiteral("issue_date"), dateJson(i.issueDate));
            o.insert(QStringLiteral("due_date"), dateJson(i.dueDate));
            o.insert(QStringLiteral("currency"), i.currency);
            o.insert(QStringLiteral("amount_excl_vat"), centsToPlain(i.amountExclCents));
            o.insert(QStringLiteral("amount"), centsToPlain(i.amountCents));
            o.insert(QStringLiteral("open_amount"), centsToPlain(i.openCents));
            o.insert(QStringLiteral("status"), Invoice::statusKey(i.status));
            o.insert(QStringLiteral("days_late"), i.isOpen() ? i.daysLate(today) : 0);
            o.insert(QStringLiteral("disputed"), r.disputed);
            o.insert(QStringLiteral("source_file"), i.sourceFile);
            array.append(o);
        }
        CliSupport::printJson(out, QJsonDocument(array));
        return 0;
    }
    QList<QStringList> table;
    for (const InvoiceRow &r : rows) {
        const Invoice &i = r.invoice;
        table << QStringList{i.number, r.customerCode, i.issueDate.toString(QStringLiteral("dd/MM/yyyy")),
                             i.dueDate.toString(QStringLiteral("dd/MM/yyyy")), centsToFrench(i.amountCents),
                             centsToFrench(i.openCents), Invoice::statusKey(i.status)};
    }
    CliSupport::printTable(out, {QStringLiteral("Numéro"), QStringLiteral("Client"), QStringLiteral("Date"),
                                 QStringLiteral("Échéance"), QStringLiteral("Montant TTC"), QStringLiteral("Reste dû"),
                                 QStringLiteral("Statut")},
                           table, {4, 5});
    out << QStringLiteral("%1 factures\n").arg(rows.size());
    return 0;
}

} // namespace

QList<CommandSpec> Commands::foundation()
{
    return {
        {QStringLiteral("customers"), QStringLiteral("customers [--json]                       clients, solde ouvert et profil"),
         {}, {QStringLiteral("--json")}, false, customersCommand},
        {QStringLiteral("invoices"),
         QStringLiteral("invoices [--json] [--open] [--customer CODE]   factures et avoirs"),
         {QStringLiteral("--customer")}, {QStringLiteral("--json"), QStringLiteral("--open")}, false, invoicesCommand},
    };
}
