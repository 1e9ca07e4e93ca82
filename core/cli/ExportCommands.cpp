// Export commands: export-calls (the week's call list in Excel) and aged-balance (balance âgée: text, JSON or Excel).
// The mail commands (send-emails, mail-settings) live in MailCommands.cpp and are registered with these.

#include "AgedBalance.h"
#include "CallGuide.h"
#include "CallList.h"
#include "CliSupport.h"
#include "Clock.h"
#include "CompanyRepository.h"
#include "Money.h"
#include "PayerProfile.h"
#include "Scenario.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Commands::detail {
QList<CommandSpec> mail(); // MailCommands.cpp
}

namespace {

QString outputPath(const ParsedCommandLine &cl)
{
    return cl.has(QStringLiteral("-o")) ? cl.value(QStringLiteral("-o")) : cl.value(QStringLiteral("--output"));
}

QJsonValue isoDate(const QDate &d) { return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(); }

QJsonObject callListJson(const CallList &list)
{
    QJsonArray rows;
    for (const CallListRow &r : list.rows) {
        QJsonObject o;
        o.insert(QStringLiteral("action_id"), r.actionId);
        o.insert(QStringLiteral("day"), isoDate(r.day));
        o.insert(QStringLiteral("overdue"), r.overdue);
        o.insert(QStringLiteral("scheduled_date"), isoDate(r.scheduledDate));
        o.insert(QStringLiteral("customer"), r.customerCode);
        o.insert(QStringLiteral("customer_name"), r.customerName);
        o.insert(QStringLiteral("contact"), r.contactName);
        o.insert(QStringLiteral("role"), r.contactRole);
        o.insert(QStringLiteral("phone"), r.phone);
        o.insert(QStringLiteral("email"), r.email);
        o.insert(QStringLiteral("profile"), r.profile);
        o.insert(QStringLiteral("step"), r.step);
        o.insert(QStringLiteral("invoices"), QJsonArray::fromStringList(r.invoiceNumbers));
        o.insert(QStringLiteral("total_due"), centsToPlain(r.totalDueCents));
        o.insert(QStringLiteral("oldest_due_date"), isoDate(r.oldestDueDate));
        o.insert(QStringLiteral("days_from_due"), r.oldestDueDate.isValid() ? QJsonValue(r.daysFromDue) : QJsonValue());
        o.insert(QStringLiteral("last_action"), r.lastAction);
        o.insert(QStringLiteral("last_outcome"), r.lastOutcome);
        o.insert(QStringLiteral("promise"), r.currentPromise);
        o.insert(QStringLiteral("questions"), QJsonArray::fromStringList(r.questions));
        rows.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("week"), list.week.toString());
    root.insert(QStringLiteral("monday"), isoDate(list.week.monday()));
    root.insert(QStringLiteral("company"), list.companyName);
    root.insert(QStringLiteral("today"), isoDate(list.today));
    root.insert(QStringLiteral("calls"), rows);
    root.insert(QStringLiteral("overdue"), list.overdueCount());
    root.insert(QStringLiteral("total_due"), centsToPlain(list.totalDueCents()));
    return root;
}

// Benchmark only (tests/bench/calllist_benchmark.sh, not in --help): `rows` synthetic calls shaped like real ones,
// so that the Excel writing can be timed on 10 000 rows without a database of 10 000 customers.
CallList syntheticCallList(const IsoWeek &week, const QDate &today, int rows)
{
    static const QStringList steps = {QStringLiteral("preventive"), QStringLiteral("level1"), QStringLiteral("level2"),
                                      QStringLiteral("level3"), SpecialSteps::PromiseFollowUp};
    static const QStringList roles = {QStringLiteral("Comptabilité fournisseurs"), QStringLiteral("Gérante"),
                                      QStringLiteral("Acheteur"), QStringLiteral("Directeur administratif et financier")};
    static const QStringList outcomes = {QStringLiteral("voicemail"), QStringLiteral("promise"), QStringLiteral("unreachable"),
                                         QStringLiteral("awaiting_approval")};
    CallList list;
    list.week = week;
    list.today = today;
    list.companyName = QStringLiteral("Atelier Martin SARL");
    quint32 seed = 42;
    auto next = [&seed](quint32 n) {
        seed = seed * 1664525u + 1013904223u; // LCG: reproducible from run to run
        return (seed >> 8) % n;
    };
    for (int i = 0; i < rows; ++i) {
        CallListRow r;
        r.actionId = i + 1;
        r.day = week.monday().addDays(qint64(i % 5));
        r.overdue = i % 11 == 0;
        r.scheduledDate = r.overdue ? r.day.addDays(-3) : QDate();
        r.customerCode = QStringLiteral("C%1").arg(i + 1, 5, 10, QLatin1Char('0'));
        r.customerName = QStringLiteral("Établissements Durand-Lefèvre n° %1 SARL").arg(i + 1);
        r.contactName = i % 2 ? QStringLiteral("Mme Élodie Marchand") : QStringLiteral("M. François Nguyen");
        r.contactRole = roles.at(int(next(quint32(roles.size()))));
        r.phone = QStringLiteral("+33 4 %1 %2 %3 %4").arg(next(90) + 10).arg(next(90) + 10).arg(next(90) + 10).arg(next(90) + 10);
        r.email = QStringLiteral("compta%1@client-exemple.fr").arg(i + 1);
        r.profile = payerProfileFrench(AllPayerProfiles.at(next(5)));
        r.step = Scenario::stepFrench(steps.at(int(next(quint32(steps.size())))));
        const int invoices = int(next(3)) + 1;
        for (int k = 0; k < invoices; ++k)
            r.invoiceNumbers << QStringLiteral("FA-2026-%1").arg(i * 3 + k + 1, 5, 10, QLatin1Char('0'));
        r.totalDueCents = qint64(next(2000000)) + 15000;
        r.oldestDueDate = r.day.addDays(qint64(next(60)) - 20);
        r.daysFromDue = int(r.oldestDueDate.daysTo(r.day));
        if (i % 3) {
            r.lastAction = QStringLiteral("Relance 1 par téléphone le %1").arg(r.day.addDays(-7).toString(QStringLiteral("dd/MM/yyyy")));
            r.lastOutcome = CallGuide::outcomeFrench(outcomes.at(int(next(quint32(outcomes.size())))));
        }
        if (i % 7 == 0)
            r.currentPromise = QStringLiteral("virement le %1 (%2)").arg(r.day.addDays(5).toString(QStringLiteral("dd/MM/yyyy")),
                                                                       Money(r.totalDueCents).toFrench());
        r.questions = CallGuide::questions(i % 2 ? QStringLiteral("preventive") : QStringLiteral("level1"));
        list.rows << r;
    }
    return list;
}

int exportCallsCommand(Database &db, const ParsedCommandLine &cl, QTextStream &out, QTextStream &err)
{
    const QDate today = Clock::instance().today();
    IsoWeek week = IsoWeek::containing(today);
    if (cl.has(QStringLiteral("--week"))) {
        week = IsoWeek::parse(cl.value(QStringLiteral("--week")));
        if (!week.isValid())
            return CliSupport::fail(err, QStringLiteral("--week attend une semaine ISO AAAA-Wss (2026-W49), pas « %1 »")
                                             .arg(cl.value(QStringLiteral("--week"))), 2);
    }
    const QString path = outputPath(cl);
    const bool json = cl.has(QStringLiteral("--json"));
    if (path.isEmpty() && !json)
        return CliSupport::fail(err, QStringLiteral("export-calls : indiquez le fichier à écrire avec -o FICHIER.xlsx (ou --json)"), 2);

    CallList list;
    if (cl.has(QStringLiteral("--bench-rows"))) {
        const auto rows = CliSupport::intOption(cl, QStringLiteral("--bench-rows"), 0, 1, 1000000, err);
        if (!rows)
            return 2;
        list = syntheticCallList(week, today, *rows);
    } else {
        auto built = CallListBuilder(db).build(week, today);
        if (!built)
            return CliSupport::fail(err, built.error());
        list = *built;
    }
    if (!path.isEmpty()) {
        if (auto s = CallListXlsx::write(list, path); !s)
            return CliSupport::fail(err, s.error());
    }
    if (json) {
        CliSupport::printJson(out, QJsonDocument(callListJson(list)));
    } else {
        const int overdue = list.overdueCount();
        out << QStringLiteral("%1 : %2 appel%3 pour la semaine %4%5, %6 dus\n")
                   .arg(path)
                   .arg(list.rows.size())
                   .arg(list.rows.size() > 1 ? QStringLiteral("s") : QString())
                   .arg(list.week.toString())
                   .arg(overdue ? QStringLiteral(" (dont %1 en retard)").arg(overdue) : QString())
                   .arg(Money(list.totalDueCents()).toFrench());
    }
    return 0;
}

int agedBalanceCommand(Database &db, const ParsedCommandLine &cl, QTextStream &out, QTextStream &err)
{
    const auto date = CliSupport::dateOption(cl, QStringLiteral("--date"), Clock::instance().today(), err);
    if (!date)
        return 2;
    const QString path = outputPath(cl);
    if (!path.isEmpty() && cl.has(QStringLiteral("--json")))
        return CliSupport::fail(err, QStringLiteral("aged-balance : --json ou -o FICHIER, pas les deux"), 2);
    auto balance = AgedBalance::compute(db, *date);
    if (!balance)
        return CliSupport::fail(err, balance.error());

    if (cl.has(QStringLiteral("--json"))) {
        auto lineJson = [](const AgedBalanceLine &l) {
            QJsonObject o;
            if (l.customerId) {
                o.insert(QStringLiteral("code"), l.customerCode);
                o.insert(QStringLiteral("name"), l.customerName);
            }
            for (int b = 0; b < AgedBalanceLine::BucketCount; ++b)
                o.insert(AgedBalance::bucketKey(b), centsToPlain(l.cents[b]));
            o.insert(QStringLiteral("total"), centsToPlain(l.totalCents()));
            return o;
        };
        QJsonArray customers;
        for (const AgedBalanceLine &l : std::as_const(balance->lines))
            customers.append(lineJson(l));
        QJsonArray buckets;
        for (int b = 0; b < AgedBalanceLine::BucketCount; ++b)
            buckets.append(AgedBalance::bucketKey(b));
        QJsonObject root;
        root.insert(QStringLiteral("date"), balance->date.toString(Qt::ISODate));
        root.insert(QStringLiteral("buckets"), buckets);
        root.insert(QStringLiteral("customers"), customers);
        root.insert(QStringLiteral("totals"), lineJson(balance->totals));
        root.insert(QStringLiteral("rule"),
                    QStringLiteral("montants restant dus ; factures par jours de retard depuis l'échéance ; avoirs et "
                                   "règlements non lettrés dans la tranche de leur propre date"));
        CliSupport::printJson(out, QJsonDocument(root));
        return 0;
    }
    if (!path.isEmpty()) {
        if (auto s = AgedBalanceXlsx::write(*balance, CompanyRepository(db).load().name, path); !s)
            return CliSupport::fail(err, s.error());
        out << QStringLiteral("%1 : balance âgée au %2, %3 clients, %4 dus dont %5 échus\n")
                   .arg(path, date->toString(QStringLiteral("dd/MM/yyyy")))
                   .arg(balance->lines.size())
                   .arg(Money(balance->totals.totalCents()).toFrench(), Money(balance->totals.lateCents()).toFrench());
        return 0;
    }
    QStringList headers = {QStringLiteral("Code"), QStringLiteral("Client")};
    for (int b = 0; b < AgedBalanceLine::BucketCount; ++b)
        headers << AgedBalance::bucketLabel(b);
    headers << QStringLiteral("Total");
    QList<QStringList> rows;
    auto row = [](const AgedBalanceLine &l) {
        QStringList r = {l.customerCode, l.customerName};
        for (qint64 c : l.cents)
            r << centsToFrench(c);
        r << centsToFrench(l.totalCents());
        return r;
    };
    for (const AgedBalanceLine &l : std::as_const(balance->lines))
        rows << row(l);
    rows << row(balance->totals);
    out << QStringLiteral("Balance âgée au %1 (jours de retard depuis l'échéance)\n").arg(date->toString(QStringLiteral("dd/MM/yyyy")));
    CliSupport::printTable(out, headers, rows, {2, 3, 4, 5, 6, 7});
    return 0;
}

} // namespace

QList<CommandSpec> Commands::exports()
{
    QList<CommandSpec> list = {
        {QStringLiteral("export-calls"),
         QStringLiteral("export-calls [--week AAAA-Wss] -o FICHIER.xlsx [--json]   appels de la semaine pour Excel"),
         {QStringLiteral("--week"), QStringLiteral("-o"), QStringLiteral("--output"), QStringLiteral("--bench-rows")},
         {QStringLiteral("--json")}, false, exportCallsCommand},
        {QStringLiteral("aged-balance"),
         QStringLiteral("aged-balance [--date D] [--json | -o FICHIER.xlsx]   balance âgée par client"),
         {QStringLiteral("--date"), QStringLiteral("-o"), QStringLiteral("--output")}, {QStringLiteral("--json")}, false,
         agedBalanceCommand},
    };
    list << Commands::detail::mail();
    return list;
}
