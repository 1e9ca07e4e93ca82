// Benchmark: the reminder calendar for 10,000 customers and 100,000 open invoices, against sqlite3 scanning the
// same invoice table, in one run. Prints the figures; asserts nothing. Usage: bench_planner DB_PATH [customers] [invoices]

#include "Database.h"
#include "ReminderPlanner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTextStream>

namespace {
// Deterministic xorshift so two runs build the same data.
quint64 s_state = 0x9E3779B97F4A7C15ull;
quint64 next()
{
    s_state ^= s_state << 13;
    s_state ^= s_state >> 7;
    s_state ^= s_state << 17;
    return s_state;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out << "usage: bench_planner DB_PATH [customers] [invoices]\n";
        return 2;
    }
    const QString path = args.at(1);
    const int customers = args.size() > 2 ? args.at(2).toInt() : 10000;
    const int invoices = args.size() > 3 ? args.at(3).toInt() : 100000;
    QFile::remove(path);
    Database db;
    if (auto s = db.open(path); !s) {
        out << s.error() << '\n';
        return 1;
    }
    const QDate today(2026, 11, 25);
    const char *profiles[] = {"negligent", "bad_payer", "insolvent", "administrative", "disputer", "automatic", "good_payer"};
    {
        Transaction tx(db);
        QSqlQuery c(db.connection());
        c.prepare(QStringLiteral("INSERT INTO customers (code, name, profile) VALUES (?, ?, ?)"));
        for (int i = 1; i <= customers; ++i) {
            c.addBindValue(QStringLiteral("C%1").arg(i, 6, 10, QLatin1Char('0')));
            c.addBindValue(QStringLiteral("Client %1").arg(i));
            c.addBindValue(QString::fromLatin1(profiles[next() % 7]));
            c.exec();
        }
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("INSERT INTO invoices (customer_id, number, kind, issue_date, due_date, amount_cents,"
                                 " open_cents, status) VALUES (?, ?, 'invoice', ?, ?, ?, ?, 'open')"));
        for (int i = 1; i <= invoices; ++i) {
            const QDate due = today.addDays(qint64(next() % 150) - 90); // from 90 days late to 60 days ahead
            const qint64 cents = 5000 + qint64(next() % 2000000);
            q.addBindValue(qint64(1 + next() % customers));
            q.addBindValue(QStringLiteral("FA-%1").arg(i, 7, 10, QLatin1Char('0')));
            q.addBindValue(due.addDays(-30).toString(Qt::ISODate));
            q.addBindValue(due.toString(Qt::ISODate));
            q.addBindValue(cents);
            q.addBindValue(cents);
            q.exec();
        }
        if (auto s = tx.commit(); !s) {
            out << s.error() << '\n';
            return 1;
        }
    }
    static_cast<void>(db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    static_cast<void>(db.exec(QStringLiteral("ANALYZE")));

    // Reference: the sqlite3 command-line tool scanning the invoice table (best of 3, process start included).
    qint64 scanMs = -1;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer t;
        t.start();
        QProcess p;
        p.start(QStringLiteral("sqlite3"), {path, QStringLiteral("SELECT customer_id, count(*), sum(open_cents), min(due_date)"
                                                                 " FROM invoices WHERE status IN ('open','partially_paid')"
                                                                 " GROUP BY customer_id;")});
        p.waitForFinished(-1);
        p.readAllStandardOutput();
        const qint64 ms = t.elapsed();
        scanMs = scanMs < 0 ? ms : std::min(scanMs, ms);
    }
    // The calendar: one month of actions as seen today (best of 3).
    qint64 planMs = -1;
    qsizetype actions = 0;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer t;
        t.start();
        auto r = ReminderPlanner(db).compute(today, today, today.addDays(30));
        const qint64 ms = t.elapsed();
        if (!r) {
            out << r.error() << '\n';
            return 1;
        }
        actions = r->size();
        planMs = planMs < 0 ? ms : std::min(planMs, ms);
    }
    // And the full sync that stores the actions (first run writes them all).
    QElapsedTimer t;
    t.start();
    auto synced = ReminderPlanner(db).sync(today, today, today.addDays(30));
    const qint64 syncMs = t.elapsed();
    out << QStringLiteral("customers %1, open invoices %2, actions over 31 days %3\n").arg(customers).arg(invoices).arg(actions);
    out << QStringLiteral("sqlite3 scan of the invoice table: %1 ms\n").arg(scanMs);
    out << QStringLiteral("calendar compute (31 days): %1 ms  ratio %2x (target <= 3x)\n")
               .arg(planMs).arg(double(planMs) / double(std::max<qint64>(scanMs, 1)), 0, 'f', 2);
    out << QStringLiteral("calendar sync, first run storing %1 actions: %2 ms\n").arg(synced ? synced->size() : -1).arg(syncMs);
    return 0;
}
