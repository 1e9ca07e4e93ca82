// Benchmark: time to a painted Aujourd'hui view in a shown MainWindow, a big database (the demo business with
// 100,000 invoices) against an empty one, in one run. Prints the figures; asserts nothing.
//
// Usage: bench_today_paint WORK_DIR [customers] [runs] [--reuse]
//   Writes WORK_DIR/empty.sqlite and WORK_DIR/big.sqlite (DemoGenerator, 5,000 customers by default: about 100,000
//   invoices, a tenth of them open, classified by PayerProfiler, as of Wednesday 25 November 2026), then times
//   `runs` fresh processes per case, each from its spawn to the end of the first frame that paints the Today view:
//   - cold open:  the calendar has never run on the file (a copy of the freshly written one): it is computed and stored;
//   - daily open: the plan for today is already stored (the file was opened once today).
//   Prints the median of each case and the ratio big / empty. --reuse keeps a big.sqlite left by an earlier run.
// bench_today_paint --open DB SPAWN_NS SETTINGS_DIR: one measured process (used by the run above).
// bench_today_paint --dump DB [YYYY-MM-DD]: prints everything the Today view reads (TodayData::load, then a
// TodayView's data()) as text, so that two builds can be checked to show the same day.

#include "Clock.h"
#include "Database.h"
#include "DemoGenerator.h"
#include "MainWindow.h"
#include "PayerProfiler.h"
#include "TodayView.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSqlQuery>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace {

const QDate BenchToday(2026, 11, 25); // a Wednesday, as in the GUI tests

// Monotonic nanoseconds, the same clock in every process of the machine (CLOCK_MONOTONIC).
qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// Waits for the first paint of the watched widget, then for the end of that frame.
class FirstPaintWatcher final : public QObject
{
public:
    explicit FirstPaintWatcher(std::function<void()> done) : m_done(std::move(done)) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // Queued: runs once the whole frame (the Today view and its children) is painted and flushed.
            QTimer::singleShot(0, this, [this] { m_done(); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_done;
    bool m_seen = false;
};

// One measured process: QApplication, the database, MainWindow shown at 1366×768, first paint of the Today view.
// Prints "paint complete app db window" (milliseconds from the spawn) and the day's actions on one line.
int openOnce(int argc, char *argv[], const QString &path, qint64 spawnNs, const QString &settingsDir)
{
    QApplication app(argc, argv);
    const qint64 appNs = monotonicNs();
    QCoreApplication::setOrganizationName(QStringLiteral("EncaisseBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_today_paint"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir);
    FixedClock clock(BenchToday);
    Clock::setInstance(&clock);
    Database db;
    if (auto s = db.open(path); !s) {
        QTextStream(stderr) << s.error() << '\n';
        return 1;
    }
    const qint64 dbNs = monotonicNs();
    qint64 windowNs = 0;
    qint64 paintNs = 0;
    qint64 completeNs = 0;
    qsizetype rows = 0;
    {
        MainWindow window(db);
        windowNs = monotonicNs();
        auto *today = window.findChild<TodayView *>(QStringLiteral("todayView"));
        if (!today) {
            QTextStream(stderr) << "no todayView in MainWindow\n";
            return 1;
        }
        FirstPaintWatcher watcher([&] {
            paintNs = monotonicNs();
            // The whole day read: the rows the first paint went without (TodayView reads them right after it).
            const TodayData &data = today->data();
            completeNs = monotonicNs();
            rows = data.calls.size() + data.emails.size() + data.letters.size();
            QCoreApplication::quit();
        });
        today->installEventFilter(&watcher);
        window.resize(1366, 768);
        window.show();
        QTimer::singleShot(120000, &app, [] { QCoreApplication::exit(3); }); // never hang a script
        if (const int code = app.exec(); code != 0)
            return code;
        today->removeEventFilter(&watcher);
    }
    Clock::setInstance(nullptr);
    const auto ms = [spawnNs](qint64 ns) { return QString::number(double(ns - spawnNs) / 1e6, 'f', 1); };
    QTextStream(stdout) << ms(paintNs) << ' ' << ms(completeNs) << ' ' << ms(appNs) << ' ' << ms(dbNs) << ' '
                        << ms(windowNs) << ' ' << rows << '\n';
    return 0;
}

QString dumpItem(const AgendaItem &i)
{
    const Action &a = i.action;
    QStringList invoiceIds;
    for (qint64 id : a.invoiceIds)
        invoiceIds << QString::number(id);
    QStringList invoices;
    for (const AgendaInvoice &inv : i.invoices)
        invoices << QStringLiteral("%1:%2:%3:%4").arg(inv.id).arg(inv.number, inv.dueDate.toString(Qt::ISODate)).arg(inv.openCents);
    return QStringList{QString::number(a.id), QString::number(a.customerId), a.plannedDate.toString(Qt::ISODate),
                       a.scheduledDate.toString(Qt::ISODate), a.step, a.channel, Action::statusKey(a.status),
                       QString::number(a.amountCents), a.doneAt.toString(Qt::ISODate), a.outcome, a.comment,
                       QString::number(a.pinned), invoiceIds.join(u','), i.customerCode, i.customerName,
                       i.profile ? payerProfileKey(*i.profile) : QStringLiteral("-"), i.profileExplanation,
                       i.overrideReason, i.contact.name, i.contact.phone, i.contact.email, invoices.join(u','),
                       QString::number(i.attempt), i.note}
        .join(QStringLiteral(" | "));
}

void dumpData(QTextStream &out, const TodayData &d)
{
    out << "today " << d.today.toString(Qt::ISODate) << " day " << d.day.toString(Qt::ISODate) << " expected "
        << d.expectedCents << " planned " << d.plannedCount() << " late " << d.lateCount() << " done " << d.doneCount()
        << " error " << d.error << '\n';
    for (const auto &[name, list] : {std::pair{"call", &d.calls}, std::pair{"email", &d.emails}, std::pair{"letter", &d.letters}})
        for (const AgendaItem &i : *list)
            out << name << ' ' << dumpItem(i) << '\n';
    for (const PromiseToCheck &p : d.promises) {
        QStringList ids;
        for (qint64 id : p.promise.invoiceIds)
            ids << QString::number(id);
        out << "promise " << p.promise.id << ' ' << p.promise.promisedDate.toString(Qt::ISODate) << ' ' << p.customerName
            << ' ' << p.broken << ' ' << p.openCents << ' ' << ids.join(u',') << '\n';
    }
    for (const DisputeGroup &g : d.disputes)
        out << "dispute " << g.customerId << ' ' << g.customerName << ' ' << g.invoiceNumbers.join(u',') << ' '
            << g.categories.join(u',') << ' ' << g.openedOn.toString(Qt::ISODate) << ' ' << g.openCents << '\n';
}

int dump(int argc, char *argv[], const QString &path, QDate today)
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    FixedClock clock(today);
    Clock::setInstance(&clock);
    Database db;
    if (auto s = db.open(path); !s) {
        out << s.error() << '\n';
        return 1;
    }
    out << "== TodayData::load\n";
    dumpData(out, TodayData::load(db, today));
    {
        TodayView view(db);
        view.reload();
        out << "== TodayView::data\n";
        dumpData(out, view.data());
    }
    Clock::setInstance(nullptr);
    return 0;
}

struct Sample
{
    double paint = 0;    // spawn → Today view painted
    double complete = 0; // spawn → every row of the day read (after the first paint)
    double app = 0;    // spawn → QApplication constructed
    double db = 0;     // spawn → database opened
    double window = 0; // spawn → MainWindow constructed (the Today view's data read)
    double rows = 0;   // the day's actions
};

// Spawns one measured process; returns false (with the reason on `out`) if it failed.
bool measure(const QString &self, const QString &db, const QString &settingsDir, Sample &sample, QTextStream &out)
{
    QProcess p; // its warnings (e.g. the offscreen platform's) are shown only when it fails
    const qint64 spawn = monotonicNs();
    p.start(self, {QStringLiteral("--open"), db, QString::number(spawn), settingsDir});
    if (!p.waitForFinished(180000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        out << "measured process failed on " << db << " (exit " << p.exitCode() << "):\n"
            << QString::fromLocal8Bit(p.readAllStandardError());
        return false;
    }
    const QStringList f = QString::fromLatin1(p.readAllStandardOutput()).split(u' ', Qt::SkipEmptyParts);
    if (f.size() != 6) {
        out << "unexpected output from the measured process\n";
        return false;
    }
    sample = {f.at(0).toDouble(), f.at(1).toDouble(), f.at(2).toDouble(), f.at(3).toDouble(), f.at(4).toDouble(),
              f.at(5).toDouble()};
    return true;
}

Sample median(QList<Sample> samples)
{
    Sample m;
    const auto pick = [&samples](double Sample::*field) {
        QList<double> v;
        for (const Sample &s : std::as_const(samples))
            v << s.*field;
        std::sort(v.begin(), v.end());
        return v.size() % 2 ? v.at(v.size() / 2) : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2;
    };
    m.paint = pick(&Sample::paint);
    m.complete = pick(&Sample::complete);
    m.rows = pick(&Sample::rows);
    m.app = pick(&Sample::app);
    m.db = pick(&Sample::db);
    m.window = pick(&Sample::window);
    return m;
}

void removeDatabase(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

bool copyFresh(const QString &from, const QString &to)
{
    removeDatabase(to);
    return QFile::copy(from, to);
}

// A file at rest: everything checkpointed into the main file, nothing left in the WAL.
Status settle(Database &db)
{
    if (auto s = db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !s)
        return s;
    return db.exec(QStringLiteral("ANALYZE"));
}

// The demo business as of BenchToday, classified as the user would see it after `encaisse classify`.
Status writeDemo(Database &db, int customers)
{
    DemoOptions options;
    options.seed = 1;
    options.today = BenchToday;
    options.customers = customers;
    if (auto s = DemoGenerator(db).generate(options); !s)
        return s;
    if (auto c = PayerProfiler(db).run(BenchToday); !c)
        return Status::failure(c.error());
    return {};
}

qint64 count(Database &db, const QString &sql)
{
    QSqlQuery q = db.query(sql);
    return db.exec(q) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    if ((argc == 3 || argc == 4) && qstrcmp(argv[1], "--dump") == 0)
        return dump(argc, argv, QString::fromLocal8Bit(argv[2]),
                    argc == 4 ? QDate::fromString(QString::fromLatin1(argv[3]), Qt::ISODate) : BenchToday);
    if (argc == 5 && qstrcmp(argv[1], "--open") == 0)
        return openOnce(argc, argv, QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toLongLong(),
                        QString::fromLocal8Bit(argv[4]));

    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QStringList args = app.arguments();
    const bool reuse = args.removeAll(QStringLiteral("--reuse")) > 0;
    if (args.size() < 2) {
        out << "usage: bench_today_paint WORK_DIR [customers] [runs] [--reuse]\n";
        return 2;
    }
    const QDir work(args.at(1));
    const int customers = args.size() > 2 ? args.at(2).toInt() : 5000;
    const int runs = std::max(1, args.size() > 3 ? args.at(3).toInt() : 5);
    QDir().mkpath(work.path());
    const QString settingsDir = work.filePath(QStringLiteral("settings"));
    const QString emptyPath = work.filePath(QStringLiteral("empty.sqlite"));
    const QString bigPath = work.filePath(QStringLiteral("big.sqlite"));

    // (a) The two databases, written once.
    {
        removeDatabase(emptyPath);
        Database db;
        if (auto s = db.open(emptyPath); !s || !(s = settle(db))) {
            out << s.error() << '\n';
            return 1;
        }
    }
    {
        const bool generate = !(reuse && QFile::exists(bigPath));
        if (generate)
            removeDatabase(bigPath);
        Database db; // an earlier file is migrated here, once, not in every measured copy
        if (auto s = db.open(bigPath); !s) {
            out << s.error() << '\n';
            return 1;
        }
        if (generate) {
            out << "writing the demo business (" << customers << " customers)...\n";
            out.flush();
            if (auto s = writeDemo(db, customers); !s) {
                out << s.error() << '\n';
                return 1;
            }
        }
        if (auto s = settle(db); !s) {
            out << s.error() << '\n';
            return 1;
        }
        out << QStringLiteral("big database: %1 customers, %2 invoices (%3 open), %4 actions done, %5 events\n")
                   .arg(count(db, QStringLiteral("SELECT count(*) FROM customers")))
                   .arg(count(db, QStringLiteral("SELECT count(*) FROM invoices WHERE kind = 'invoice'")))
                   .arg(count(db, QStringLiteral("SELECT count(*) FROM invoices WHERE kind = 'invoice'"
                                                 " AND status IN ('open', 'partially_paid')")))
                   .arg(count(db, QStringLiteral("SELECT count(*) FROM actions WHERE status = 'done'")))
                   .arg(count(db, QStringLiteral("SELECT count(*) FROM events")));
    }

    // (b) Each case: `runs` fresh processes, the median.
    const QString self = QCoreApplication::applicationFilePath();
    const QString runPath = work.filePath(QStringLiteral("run.sqlite"));
    struct Case
    {
        const char *name;
        QString source;
        bool cold;
        Sample result;
    } cases[] = {{"empty, cold open", emptyPath, true, {}},
                 {"big,   cold open", bigPath, true, {}},
                 {"empty, daily open", emptyPath, false, {}},
                 {"big,   daily open", bigPath, false, {}}};
    for (Case &c : cases) {
        QList<Sample> samples;
        if (!c.cold) {
            // The file opened once today: the plan for today is stored.
            Sample warmup;
            if (!copyFresh(c.source, runPath) || !measure(self, runPath, settingsDir, warmup, out))
                return 1;
        }
        for (int run = 0; run < runs; ++run) {
            if (c.cold && !copyFresh(c.source, runPath)) {
                out << "cannot copy " << c.source << '\n';
                return 1;
            }
            Sample s;
            if (!measure(self, runPath, settingsDir, s, out))
                return 1;
            samples << s;
        }
        c.result = median(samples);
        out << QStringLiteral("%1: painted %2 ms, all %3 rows read %4 ms (application %5, database open %6,"
                              " window built %7; median of %8)\n")
                   .arg(QString::fromLatin1(c.name))
                   .arg(c.result.paint, 0, 'f', 0)
                   .arg(c.result.rows, 0, 'f', 0)
                   .arg(c.result.complete, 0, 'f', 0)
                   .arg(c.result.app, 0, 'f', 0)
                   .arg(c.result.db, 0, 'f', 0)
                   .arg(c.result.window, 0, 'f', 0)
                   .arg(runs);
        out.flush();
    }
    const auto ratio = [](double big, double empty) { return QString::number(big / std::max(empty, 1.0), 'f', 2); };
    out << QStringLiteral("ratio big / empty, cold open (calendar computed and stored): painted %1x, all rows read %2x\n")
               .arg(ratio(cases[1].result.paint, cases[0].result.paint),
                    ratio(cases[1].result.complete, cases[0].result.complete));
    out << QStringLiteral("ratio big / empty, daily open (plan for today already stored): painted %1x (target <= 1.5x),"
                          " all rows read %2x\n")
               .arg(ratio(cases[3].result.paint, cases[2].result.paint),
                    ratio(cases[3].result.complete, cases[2].result.complete));
    return 0;
}
