// `encaisse demo`: writes the demo business into a database.

#include "CliSupport.h"
#include "Clock.h"
#include "Database.h"
#include "DemoGenerator.h"

namespace {

int demoCommand(Database &db, const ParsedCommandLine &cl, QTextStream &out, QTextStream &err)
{
    bool ok = true;
    quint64 seed = 1;
    if (cl.has(QStringLiteral("--seed"))) {
        seed = cl.value(QStringLiteral("--seed")).toULongLong(&ok);
        if (!ok)
            return CliSupport::fail(err, QStringLiteral("--seed attend un nombre entier positif, pas « %1 »").arg(cl.value(QStringLiteral("--seed"))), 2);
    }
    const auto customers = CliSupport::intOption(cl, QStringLiteral("--customers"), 150, 10, 100000, err);
    if (!customers)
        return 2;
    DemoOptions options;
    options.seed = seed;
    options.today = Clock::instance().today();
    options.customers = *customers;
    DemoGenerator generator(db);
    int lastPercent = -1;
    const auto status = generator.generate(options, [&](int done, int total) {
        const int percent = total > 0 ? done * 100 / total : 0;
        if (percent / 10 != lastPercent / 10) {
            err << QStringLiteral("\rDémo : %1 %").arg(percent) << Qt::flush;
            lastPercent = percent;
        }
        return true;
    });
    if (lastPercent >= 0)
        err << '\n';
    if (!status)
        return CliSupport::fail(err, QStringLiteral("%1 : %2").arg(db.path(), status.error()));
    const auto s = generator.stats();
    out << QStringLiteral("Base de démonstration écrite dans %1 (graine %2, au %3) : %4 clients, %5 factures, %6 avoirs,"
                          " %7 règlements, %8 actions, %9 promesses, %10 litiges\n")
               .arg(db.path())
               .arg(seed)
               .arg(options.today.toString(QStringLiteral("dd/MM/yyyy")))
               .arg(s.customers)
               .arg(s.invoices)
               .arg(s.creditNotes)
               .arg(s.payments)
               .arg(s.actions)
               .arg(s.promises)
               .arg(s.disputes);
    return 0;
}

} // namespace

QList<CommandSpec> Commands::demo()
{
    return {{QStringLiteral("demo"), QStringLiteral("demo [--seed N] [--customers N]           écrit une entreprise de démonstration"),
             {QStringLiteral("--seed"), QStringLiteral("--customers")}, {}, false, demoCommand}};
}
