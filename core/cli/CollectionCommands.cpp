// The calendar's headless commands: agenda, done, undo, penalties.

#include "ActionCompleter.h"
#include "ActionRepository.h"
#include "CallGuide.h"
#include "CliSupport.h"
#include "Clock.h"
#include "CustomerPenalties.h"
#include "CustomerRepository.h"
#include "InvoiceRepository.h"
#include "Money.h"
#include "PayerProfiler.h"
#include "ReminderPlanner.h"
#include "SettingsRepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

QString frDate(const QDate &d) { return d.toString(QStringLiteral("dd/MM/yyyy")); }

int agendaCommand(Database &db, const ParsedCommandLine &cl, QTextStream &out, QTextStream &err)
{
    const QDate today = Clock::instance().today();
    const auto from = CliSupport::dateOption(cl, QStringLiteral("--date"), today, err);
    const auto days = CliSupport::intOption(cl, QStringLiteral("--days"), 1, 1, 366, err);
    if (!from || !days)
        return 2;
    const QDate to = from->addDays(*days - 1);
    SettingsRepository settings(db);
    ReminderPlanner planner(db, PlannerSettings::load(settings));
    auto actions = planner.sync(today, *from, to);
    if (!actions)
        return CliSupport::fail(err, actions.error());

    QHash<qint64, Customer> customers;
    for (const Customer &c : CustomerRepository(db).all())
        customers.insert(c.id, c);
    QHash<qint64, Invoice> invoices;
    for (const InvoiceRow &r : InvoiceRepository(db).list())
        invoices.insert(r.invoice.id, r.invoice);

    if (cl.has(QStringLiteral("--json"))) {
        QJsonArray array;
        for (const Action &a : std::as_const(*actions)) {
            const Customer c = customers.value(a.customerId);
            QJsonObject o;
            o.insert(QStringLiteral("id"), a.id);
            o.insert(QStringLiteral("date"), a.plannedDate.toString(Qt::ISODate));
            o.insert(QStringLiteral("scheduled_date"), a.scheduledDate.toString(Qt::ISODate));
            o.insert(QStringLiteral("customer"), c.code);
            o.insert(QStringLiteral("customer_name"), c.name);
            o.insert(QStringLiteral("profile"), c.effectiveProfile() ? QJsonValue(payerProfileKey(*c.effectiveProfile())) : QJsonValue());
            o.insert(QStringLiteral("channel"), a.channel);
            o.insert(QStringLiteral("step"), a.step);
            o.insert(QStringLiteral("step_label"), Scenario::stepFrench(a.step));
            QJsonArray numbers;
            QDate oldestDue;
            for (qint64 id : a.invoiceIds) {
                const Invoice inv = invoices.value(id);
                numbers.append(inv.number);
                if (!oldestDue.isValid() || inv.dueDate < oldestDue)
                    oldestDue = inv.dueDate;
            }
            o.insert(QStringLiteral("invoices"), numbers);
            o.insert(QStringLiteral("oldest_due_date"), oldestDue.isValid() ? QJsonValue(oldestDue.toString(Qt::ISODate)) : QJsonValue());
            o.insert(QStringLiteral("amount"), centsToPlain(a.amountCents));
            o.insert(QStringLiteral("overdue"), a.status == Action::Status::Planned && a.isOverdue());
            o.insert(QStringLiteral("status"), Action::statusKey(a.status));
            if (a.status == Action::Status::Done)
                o.insert(QStringLiteral("outcome"), a.outcome);
            if (!c.contacts.isEmpty()) {
                const Contact &ct = c.contacts.first();
                o.insert(QStringLiteral("contact"), QJsonObject{{QStringLiteral("name"), ct.name},
                                                                {QStringLiteral("role"), ct.role},
                                                                {QStringLiteral("phone"), ct.phone},
                                                                {QStringLiteral("email"), ct.email}});
            }
            if (a.channel == u"phone")
                o.insert(QStringLiteral("questions"), QJsonArray::fromStringList(CallGuide::questions(a.step)));
            array.append(o);
        }
        CliSupport::printJson(out, QJsonDocument(array));
        return 0;
    }
    QList<QStringList> rows;
    for (const Action &a : std::as_const(*actions)) {
        const Customer c = customers.value(a.customerId);
        QStringList numbers;
        for (qint64 id : a.invoiceIds)
            numbers << invoices.value(id).number;
        rows << QStringList{QString::number(a.id), frDate(a.plannedDate) + (a.isOverdue() && a.status == Action::Status::Planned ? QStringLiteral(" (retard)") : QString()),
                            c.code, c.name, Scenario::channelFrench(a.channel), Scenario::stepFrench(a.step),
                            centsToFrench(a.amountCents), numbers.join(QStringLiteral(", ")),
                            a.status == Action::Status::Done ? CallGuide::outcomeFrench(a.outcome) : QString()};
    }
    CliSupport::printTable(out, {QStringLiteral("N°"), QStringLiteral("Date"), QStringLiteral("Code"), QStringLiteral("Client"),
                                 QStringLiteral("Canal"), QStringLiteral("Étape"), QStringLiteral("Montant"),
                                 QStringLiteral("Factures"), QStringLiteral("Résultat")},
                           rows, {6});
    out << QStringLiteral("%1 actions\n").arg(actions->size());
    return 0;
}

int doneCommand(Database &db, const ParsedCommandLine &cl, QTextStream &out, QTextStream &err)
{
    if (cl.positional.size() != 1)
        return CliSupport::fail(err, QStringLiteral("done attend un numéro d'action : encaisse done ID --outcome RÉSULTAT"), 2);
    bool ok = false;
    const qint64 id = cl.positional.first().toLongLong(&ok);
    if (!ok)
        return CliSupport::fail(err, QStringLiteral("« %1 » n'est pas un numéro d'action").arg(cl.positional.first()), 2);
    if (!cl.has(QStringLiteral("--outcome")))
        return CliSupport::fail(err, QStringLiteral("--outcome est obligatoire (%1)").arg(CallGuide::outcomes().join(QStringLiteral(", "))), 2);
    ActionOutcome o;
    o.kind = cl.value(QStringLiteral("--outcome"));
    const auto promised = CliSupport::dateOption(cl, QStringLiteral("--promise-date"), QDate(), err);
    if (!promised)
        return 2;
    o.promiseDate = *promised;
    o.means = cl.value(QStringLiteral("--means"));
    o.disputeCategory = cl.value(QStringLiteral("--dispute"));
    o.comment = cl.value(QStringLiteral("--comment"));
    if (!cl.value(QStringLiteral("--dispute")).isEmpty() && o.kind != u"dispute")
        return CliSupport::fail(err, QStringLiteral("--dispute va avec --outcome dispute"), 2);
    if (cl.has(QStringLiteral("--invoices"))) {
        InvoiceRepository invoices(db);
        const auto action = ActionRepository(db).findById(id);
        for (const QString &number : cl.value(QStringLiteral("--invoices")).split(u',', Qt::SkipEmptyParts)) {
            qint64 found = 0;
            if (action)
                for (qint64 invoiceId : action->invoiceIds)
                    if (const auto inv = invoices.findById(invoiceId); inv && inv->number == number.trimmed())
                        found = invoiceId;
            if (!found)
                return CliSupport::fail(err, QStringLiteral("la facture %1 n'est pas dans l'action %2").arg(number.trimmed()).arg(id));
            o.disputedInvoiceIds << found;
        }
    }
    SettingsRepository settings(db);
    ActionCompleter completer(db, PlannerSettings::load(settings));
    if (auto s = completer.complete(id, o, Clock::instance().now()); !s)
        return CliSupport::fail(err, s.error());
    out << QStringLiteral("Action %1 : %2\n").arg(id).arg(CallGuide::outcomeFrench(o.kind));
    return 0;
}

int undoCommand(Database &db, const ParsedCommandLine &, QTextStream &out, QTextStream &err)
{
    SettingsRepository settings(db);
    auto undone = ActionCompleter(db, PlannerSettings::load(settings)).undoLast(Clock::instance().now());
    if (!undone)
        return CliSupport::fail(err, undone.error());
    out << QStringLiteral("Action %1 remise à faire\n").arg(*undone);
    return 0;
}

int penaltiesCommand(Database &db, const ParsedCommandLine &cl, QTextStream &out, QTextStream &err)
{
    if (!cl.has(QStringLiteral("--customer")))
        return CliSupport::fail(err, QStringLiteral("--customer CODE est obligatoire"), 2);
    const auto customer = CustomerRepository(db).findByCode(cl.value(QStringLiteral("--customer")));
    if (!customer)
        return CliSupport::fail(err, QStringLiteral("client inconnu : %1").arg(cl.value(QStringLiteral("--customer"))));
    const auto on = CliSupport::dateOption(cl, QStringLiteral("--date"), Clock::instance().today(), err);
    if (!on)
        return 2;
    auto claim = CustomerPenalties::claim(db, customer->id, *on);
    if (!claim)
        return CliSupport::fail(err, claim.error());
    if (cl.has(QStringLiteral("--json"))) {
        QJsonArray lines;
        for (const CustomerClaimLine &l : claim->lines) {
            QJsonObject o;
            o.insert(QStringLiteral("number"), l.number);
            o.insert(QStringLiteral("due_date"), l.dueDate.toString(Qt::ISODate));
            o.insert(QStringLiteral("amount"), centsToPlain(l.amountCents));
            o.insert(QStringLiteral("open_amount"), centsToPlain(l.openCents));
            o.insert(QStringLiteral("days_late"), l.penalty.daysLate);
            o.insert(QStringLiteral("rate"), centsToPlain(l.penalty.rateBp)); // basis points → "12.15"
            o.insert(QStringLiteral("penalty"), centsToPlain(l.penalty.penaltyCents));
            o.insert(QStringLiteral("indemnity"), centsToPlain(l.penalty.indemnityCents));
            o.insert(QStringLiteral("excluded"), l.penalty.excluded);
            o.insert(QStringLiteral("explanation"), l.penalty.explanation);
            lines.append(o);
        }
        QJsonObject root;
        root.insert(QStringLiteral("customer"), customer->code);
        root.insert(QStringLiteral("date"), on->toString(Qt::ISODate));
        root.insert(QStringLiteral("invoices"), lines);
        root.insert(QStringLiteral("total_open"), centsToPlain(claim->totalOpenCents));
        root.insert(QStringLiteral("total_penalties"), centsToPlain(claim->totalPenaltyCents));
        root.insert(QStringLiteral("total_indemnities"), centsToPlain(claim->totalIndemnityCents));
        root.insert(QStringLiteral("total"), centsToPlain(claim->totalPenaltyCents + claim->totalIndemnityCents));
        root.insert(QStringLiteral("total_due"), centsToPlain(claim->totalDueCents()));
        CliSupport::printJson(out, QJsonDocument(root));
        return 0;
    }
    QList<QStringList> rows;
    for (const CustomerClaimLine &l : claim->lines)
        rows << QStringList{l.number, frDate(l.dueDate), centsToFrench(l.openCents), QString::number(l.penalty.daysLate),
                            PenaltyCalculator::percentToFrench(l.penalty.rateBp), centsToFrench(l.penalty.penaltyCents),
                            centsToFrench(l.penalty.indemnityCents), l.penalty.excluded ? QStringLiteral("litige") : QString()};
    out << customer->name << QStringLiteral(" — pénalités au ") << frDate(*on) << '\n';
    CliSupport::printTable(out, {QStringLiteral("Facture"), QStringLiteral("Échéance"), QStringLiteral("Reste dû"),
                                 QStringLiteral("Jours"), QStringLiteral("Taux"), QStringLiteral("Pénalités"),
                                 QStringLiteral("Indemnité"), QString()},
                           rows, {2, 3, 5, 6});
    out << QStringLiteral("Total pénalités %1 €, indemnités %2 €, total dû %3 €\n")
               .arg(centsToFrench(claim->totalPenaltyCents), centsToFrench(claim->totalIndemnityCents),
                    centsToFrench(claim->totalDueCents()));
    return 0;
}

int classifyCommand(Database &db, const ParsedCommandLine &cl, QTextStream &out, QTextStream &err)
{
    SettingsRepository settings(db);
    auto result = PayerProfiler(db, ProfileThresholds::load(settings)).run(Clock::instance().today());
    if (!result)
        return CliSupport::fail(err, result.error());
    QHash<qint64, Customer> customers;
    for (const Customer &c : CustomerRepository(db).all())
        customers.insert(c.id, c);
    if (cl.has(QStringLiteral("--json"))) {
        QJsonArray array;
        for (const Classification &c : std::as_const(*result)) {
            const Customer cu = customers.value(c.customerId);
            QJsonObject o;
            o.insert(QStringLiteral("code"), cu.code);
            o.insert(QStringLiteral("name"), cu.name);
            o.insert(QStringLiteral("computed_profile"), payerProfileKey(c.profile));
            o.insert(QStringLiteral("profile"), payerProfileKey(cu.effectiveProfile().value_or(c.profile)));
            o.insert(QStringLiteral("profile_label"), payerProfileFrench(cu.effectiveProfile().value_or(c.profile)));
            o.insert(QStringLiteral("overridden"), cu.profileOverride.has_value());
            if (cu.profileOverride)
                o.insert(QStringLiteral("override_reason"), cu.profileOverrideReason);
            o.insert(QStringLiteral("explanation"), c.explanation);
            o.insert(QStringLiteral("figures"), c.figures.toJson());
            array.append(o);
        }
        CliSupport::printJson(out, QJsonDocument(array));
        return 0;
    }
    QHash<PayerProfile, int> counts;
    for (const Classification &c : std::as_const(*result)) {
        const Customer cu = customers.value(c.customerId);
        const PayerProfile p = cu.effectiveProfile().value_or(c.profile);
        ++counts[p];
        out << cu.code << QStringLiteral("  ") << cu.name << QStringLiteral("  ") << payerProfileFrench(p)
            << (cu.profileOverride ? QStringLiteral(" (à la main)") : QString()) << QStringLiteral("  — ") << c.explanation << '\n';
    }
    QStringList summary;
    for (PayerProfile p : AllPayerProfiles)
        summary << QStringLiteral("%1 %2").arg(counts.value(p)).arg(payerProfileFrench(p));
    out << QStringLiteral("%1 clients classés : %2\n").arg(result->size()).arg(summary.join(QStringLiteral(", ")));
    return 0;
}

} // namespace

QList<CommandSpec> Commands::collection()
{
    return {
        {QStringLiteral("agenda"), QStringLiteral("agenda [--date D] [--days N] [--json]     actions du jour (et des N jours), retards reportés"),
         {QStringLiteral("--date"), QStringLiteral("--days")}, {QStringLiteral("--json")}, false, agendaCommand},
        {QStringLiteral("done"),
         QStringLiteral("done ID --outcome RÉSULTAT [--promise-date D --means M] [--dispute CATÉGORIE] [--invoices N1,N2] [--comment TEXTE]"),
         {QStringLiteral("--outcome"), QStringLiteral("--promise-date"), QStringLiteral("--means"), QStringLiteral("--dispute"),
          QStringLiteral("--comment"), QStringLiteral("--invoices")},
         {}, true, doneCommand},
        {QStringLiteral("undo"), QStringLiteral("undo                                     annule la dernière action terminée"),
         {}, {}, false, undoCommand},
        {QStringLiteral("classify"), QStringLiteral("classify [--json]                        recalcule le profil payeur de chaque client"),
         {}, {QStringLiteral("--json")}, false, classifyCommand},
        {QStringLiteral("penalties"), QStringLiteral("penalties --customer CODE [--date D] [--json]  pénalités L441-10 et indemnités"),
         {QStringLiteral("--customer"), QStringLiteral("--date")}, {QStringLiteral("--json")}, false, penaltiesCommand},
    };
}
