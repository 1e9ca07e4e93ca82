// ReminderPlanner and ActionCompleter on a real SQLite file: the calendar rules of DOMAIN.md §2–3 and seeds 001–004.

#include "ActionCompleter.h"
#include "ActionRepository.h"
#include "CallGuide.h"
#include "CustomerRepository.h"
#include "DemoGenerator.h"
#include "DisputeRepository.h"
#include "EventJournal.h"
#include "InvoiceRepository.h"
#include "PayerProfiler.h"
#include "PaymentPlanRepository.h"
#include "PromiseRepository.h"
#include "ReminderPlanner.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace {
QDate d(const char *iso) { return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate); }
}

class TestReminderPlanner final : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    int m_counter = 0;

    qint64 customer(std::optional<PayerProfile> profile = PayerProfile::Negligent, QDate pausedUntil = {})
    {
        Customer c;
        c.code = QStringLiteral("C%1").arg(++m_counter, 3, 10, QLatin1Char('0'));
        c.name = QStringLiteral("Client %1").arg(m_counter);
        c.profile = profile;
        c.pausedUntil = pausedUntil;
        [&] { QVERIFY(CustomerRepository(*m_db).insert(c).ok()); }();
        return c.id;
    }

    qint64 invoice(qint64 customerId, QDate due, qint64 cents = 200000)
    {
        Invoice i;
        i.customerId = customerId;
        i.number = QStringLiteral("FA-%1").arg(++m_counter);
        i.issueDate = due.addDays(-30);
        i.dueDate = due;
        i.amountCents = cents;
        i.openCents = cents;
        [&] { QVERIFY(InvoiceRepository(*m_db).insert(i).ok()); }();
        return i.id;
    }

    QList<PlannedAction> plan(QDate today, QDate from, QDate to)
    {
        auto r = ReminderPlanner(*m_db).compute(today, from, to);
        if (!r)
            qWarning("%s", qPrintable(r.error()));
        return r ? *r : QList<PlannedAction>{};
    }

    static QList<PlannedAction> of(const QList<PlannedAction> &all, qint64 customerId)
    {
        QList<PlannedAction> out;
        for (const PlannedAction &a : all)
            if (a.customerId == customerId)
                out << a;
        return out;
    }

    void complete(qint64 actionId, const QString &kind, QDateTime when, QDate promise = {}, QString means = {})
    {
        ActionOutcome o;
        o.kind = kind;
        o.promiseDate = promise;
        o.means = means;
        if (kind == u"dispute")
            o.disputeCategory = QStringLiteral("quality");
        const Status s = ActionCompleter(*m_db).complete(actionId, o, when);
        QVERIFY2(s.ok(), qPrintable(s.error()));
    }

    // A step already done on an invoice, as the history of an older file holds it.
    void history(qint64 customerId, const QString &step, QDate day, const QList<qint64> &invoiceIds)
    {
        Action a;
        a.customerId = customerId;
        a.plannedDate = day;
        a.scheduledDate = day;
        a.step = step;
        a.channel = QStringLiteral("letter");
        a.status = Action::Status::Done;
        a.invoiceIds = invoiceIds;
        a.doneAt = QDateTime(day, QTime(10, 0));
        a.outcome = QStringLiteral("other");
        QVERIFY(ActionRepository(*m_db).insert(a).ok());
    }

private Q_SLOTS:
    void initTestCase() { TestSupport::prepareEnvironment(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("p.sqlite"))).ok());
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    // Each profile's default scenario places its first step where DOMAIN.md says.
    void firstStepPerProfile_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("step");
        QTest::addColumn<QDate>("date");
        // Due Thursday 2026-12-17. Today 2026-11-25.
        QTest::newRow("négligent: préventive J-10") << "negligent" << qint64(200000) << "preventive" << d("2026-12-07");
        QTest::newRow("mauvais payeur: préventive J-7") << "bad_payer" << qint64(200000) << "preventive" << d("2026-12-10");
        QTest::newRow("administratif: préventive J-15") << "administrative" << qint64(200000) << "preventive" << d("2026-12-02");
        QTest::newRow("litige: préventive J-10") << "disputer" << qint64(200000) << "preventive" << d("2026-12-07");
        QTest::newRow("bon payeur, grosse facture: contrôle J-7") << "good_payer" << qint64(800000) << "preventive" << d("2026-12-10");
        QTest::newRow("bon payeur, petite facture: rien") << "good_payer" << qint64(200000) << "" << QDate();
        QTest::newRow("automatique: rien") << "automatic" << qint64(900000) << "" << QDate();
    }

    void firstStepPerProfile()
    {
        QFETCH(QString, profile);
        QFETCH(qint64, cents);
        QFETCH(QString, step);
        QFETCH(QDate, date);
        const qint64 c = customer(payerProfileFromKey(profile));
        invoice(c, d("2026-12-17"), cents);
        const auto actions = plan(d("2026-11-25"), d("2026-11-25"), d("2027-03-31"));
        if (step.isEmpty()) {
            QCOMPARE(actions.size(), 0);
            return;
        }
        QVERIFY(!actions.isEmpty());
        QCOMPARE(actions.first().step, step);
        QCOMPARE(actions.first().date, date);
    }

    void firmerProfilesEscalateFaster_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QDate>("level1");
        // Due 2026-11-02 (Mon), preventive done; today 2026-11-02: level1 = J+3 (négligent), J+1 (mauvais payeur).
        QTest::newRow("négligent J+3") << "negligent" << d("2026-11-05");
        QTest::newRow("mauvais payeur J+1") << "bad_payer" << d("2026-11-03");
        QTest::newRow("litige J+2") << "disputer" << d("2026-11-04");
        QTest::newRow("administratif J+5") << "administrative" << d("2026-11-09"); // 7 Nov is a Saturday
    }

    void firmerProfilesEscalateFaster()
    {
        QFETCH(QString, profile);
        QFETCH(QDate, level1);
        const qint64 c = customer(payerProfileFromKey(profile));
        invoice(c, d("2026-11-02"));
        const auto actions = plan(d("2026-11-02"), d("2026-11-02"), d("2026-12-31"));
        QCOMPARE(actions.size(), 1); // preventive is skipped once the due date has come
        QCOMPARE(actions.first().step, QStringLiteral("level1"));
        QCOMPARE(actions.first().date, level1);
    }

    void neverOnWeekendsOrHolidays()
    {
        // J-10 of 2027-01-04 is Friday 2026-12-25 (Christmas) → Monday 2026-12-28.
        const qint64 c = customer();
        invoice(c, d("2027-01-04"));
        // J-10 of 2026-11-21 is Wednesday 11 Nov (Armistice) → Thursday 12 Nov.
        const qint64 c2 = customer();
        invoice(c2, d("2026-11-21"));
        // J-10 of 2026-12-13 is Thursday 3 Dec; of 2026-12-15 is Saturday 5 Dec → Monday 7 Dec.
        const qint64 c3 = customer();
        invoice(c3, d("2026-12-15"));
        const auto all = plan(d("2026-11-01"), d("2026-11-01"), d("2027-01-31"));
        QCOMPARE(of(all, c).first().date, d("2026-12-28"));
        QCOMPARE(of(all, c2).first().date, d("2026-11-12"));
        QCOMPARE(of(all, c3).first().date, d("2026-12-07"));
        FrenchCalendar cal;
        for (const PlannedAction &a : all)
            QVERIFY2(cal.isWorkingDay(a.date), qPrintable(a.date.toString()));
        // Alsace-Moselle: 26 Dec is a holiday too; J-10 of 2027-01-05 is Saturday 26 Dec → Monday 28 Dec either way,
        // but Good Friday 2027-03-26: J-10 of 2027-04-05 (Easter Monday) → Friday 26 Mar is a working day elsewhere.
        const qint64 c4 = customer();
        invoice(c4, d("2027-04-05"));
        PlannerSettings alsace;
        alsace.alsaceMoselle = true;
        const auto inAlsace = of(*ReminderPlanner(*m_db, alsace).compute(d("2027-03-01"), d("2027-03-01"), d("2027-04-30")), c4);
        QCOMPARE(inAlsace.first().date, d("2027-03-30")); // Good Friday, then Easter Monday
        const auto elsewhere = of(plan(d("2027-03-01"), d("2027-03-01"), d("2027-04-30")), c4);
        QCOMPARE(elsewhere.first().date, d("2027-03-26"));
    }

    void oneActionPerCustomerPerDay()
    {
        const qint64 c = customer();
        invoice(c, d("2026-12-17"), 100000);
        invoice(c, d("2026-12-17"), 250000);
        invoice(c, d("2026-12-17"), 50000);
        const auto actions = plan(d("2026-11-25"), d("2026-12-07"), d("2026-12-07"));
        QCOMPARE(actions.size(), 1);
        QCOMPARE(actions.first().invoiceIds.size(), 3);
        QCOMPARE(actions.first().amountCents, qint64(400000));
    }

    void preventiveChannelRule()
    {
        // Few large invoices → phone; many invoices → e-mail (seed 001).
        const qint64 few = customer();
        invoice(few, d("2026-12-17"), 900000);
        invoice(few, d("2026-12-17"), 600000);
        const qint64 many = customer();
        for (int i = 0; i < 8; ++i)
            invoice(many, d("2026-12-17"), 90000);
        const qint64 small = customer();
        invoice(small, d("2026-12-17"), 30000);
        const auto all = plan(d("2026-11-25"), d("2026-12-07"), d("2026-12-07"));
        QCOMPARE(of(all, few).first().channel, QStringLiteral("phone"));
        QCOMPARE(of(all, many).first().channel, QStringLiteral("email"));
        QCOMPARE(of(all, small).first().channel, QStringLiteral("email")); // below 1 500 €
    }

    void disputedInvoicesAreLeftOut()
    {
        const qint64 c = customer();
        const qint64 a = invoice(c, d("2026-12-17"));
        invoice(c, d("2026-12-17"));
        Dispute dispute;
        dispute.customerId = c;
        dispute.invoiceId = a;
        dispute.category = QStringLiteral("quality");
        dispute.openedOn = d("2026-11-20");
        QVERIFY(DisputeRepository(*m_db).insert(dispute).ok());
        auto actions = plan(d("2026-11-25"), d("2026-12-07"), d("2026-12-07"));
        QCOMPARE(actions.size(), 1);
        QCOMPARE(actions.first().invoiceIds.size(), 1);
        QVERIFY(!actions.first().invoiceIds.contains(a));
        QVERIFY(DisputeRepository(*m_db).resolve(dispute.id, d("2026-11-26"), QStringLiteral("avoir")).ok());
        actions = plan(d("2026-11-26"), d("2026-12-07"), d("2026-12-07"));
        QCOMPARE(actions.first().invoiceIds.size(), 2);
    }

    void pausedCustomerWaits()
    {
        const qint64 c = customer(PayerProfile::Negligent, d("2026-12-20"));
        invoice(c, d("2026-12-17"));
        const auto actions = plan(d("2026-11-25"), d("2026-11-25"), d("2027-01-31"));
        QCOMPARE(actions.size(), 1);
        // Preventive would be 7 Dec; the pause runs to Sunday 20 Dec → Monday 21 Dec.
        QCOMPARE(actions.first().date, d("2026-12-21"));
    }

    void catchUpCarriesForwardWithTheSameAction()
    {
        const qint64 c = customer();
        invoice(c, d("2026-11-02"));
        ReminderPlanner planner(*m_db);
        auto day1 = planner.sync(d("2026-11-05"), d("2026-11-05"), d("2026-11-05"));
        QVERIFY(day1);
        QCOMPARE(day1->size(), 1);
        const Action first = day1->first();
        QCOMPARE(first.step, QStringLiteral("level1"));
        QVERIFY(!first.isOverdue());
        // The app is not opened for a week: on 12 Nov the same action stands today, overdue.
        auto later = planner.sync(d("2026-11-12"), d("2026-11-12"), d("2026-11-12"));
        QVERIFY(later);
        QCOMPARE(later->size(), 1);
        QCOMPARE(later->first().id, first.id);
        QCOMPARE(later->first().plannedDate, d("2026-11-12"));
        QCOMPARE(later->first().scheduledDate, d("2026-11-05"));
        QVERIFY(later->first().isOverdue());
        // Seen on a Saturday, overdue work stands on Monday.
        auto weekend = planner.sync(d("2026-11-14"), d("2026-11-14"), d("2026-11-16"));
        QCOMPARE(weekend->size(), 1);
        QCOMPARE(weekend->first().plannedDate, d("2026-11-16"));
        // Syncing twice changes nothing.
        auto again = planner.sync(d("2026-11-14"), d("2026-11-14"), d("2026-11-16"));
        QCOMPARE(again->first().id, first.id);
        QCOMPARE(ActionRepository(*m_db).forCustomer(c).size(), 1);
    }

    void doneStepLeadsToTheNext()
    {
        const qint64 c = customer();
        invoice(c, d("2026-11-02"));
        ReminderPlanner planner(*m_db);
        const auto today = planner.sync(d("2026-11-05"), d("2026-11-05"), d("2026-11-05"));
        complete(today->first().id, QStringLiteral("other"), QDateTime(d("2026-11-05"), QTime(10, 0)));
        // Next: level2 at J+12 = 14 Nov (Saturday) → Monday 16 Nov.
        const auto next = plan(d("2026-11-06"), d("2026-11-06"), d("2026-12-31"));
        QCOMPARE(next.size(), 1);
        QCOMPARE(next.first().step, QStringLiteral("level2"));
        QCOMPARE(next.first().date, d("2026-11-16"));
        QCOMPARE(next.first().channel, QStringLiteral("phone"));
    }

    void noAnswerIsTriedAgainNextWorkingDay()
    {
        const qint64 c = customer(PayerProfile::BadPayer);
        invoice(c, d("2026-11-02"));
        ReminderPlanner planner(*m_db);
        auto today = planner.sync(d("2026-11-03"), d("2026-11-03"), d("2026-11-03"));
        QCOMPARE(today->first().step, QStringLiteral("level1"));
        complete(today->first().id, QStringLiteral("voicemail"), QDateTime(d("2026-11-03"), QTime(9, 0)));
        auto next = plan(d("2026-11-03"), d("2026-11-03"), d("2026-12-31"));
        QCOMPARE(next.first().step, QStringLiteral("level1"));
        QCOMPARE(next.first().date, d("2026-11-04"));
        // After three calls that reached nobody, the scenario moves on.
        for (const char *day : {"2026-11-04", "2026-11-05"}) {
            auto actions = planner.sync(d(day), d(day), d(day));
            QCOMPARE(actions->size(), 1);
            complete(actions->first().id, QStringLiteral("unreachable"), QDateTime(d(day), QTime(9, 0)));
        }
        next = plan(d("2026-11-06"), d("2026-11-06"), d("2026-12-31"));
        QCOMPARE(next.first().step, QStringLiteral("level2"));
    }

    void promiseSuspendsThenBrokenPromiseIsFollowedUpNextWorkingDay()
    {
        const qint64 c = customer();
        invoice(c, d("2026-11-02"));
        ReminderPlanner planner(*m_db);
        auto today = planner.sync(d("2026-11-05"), d("2026-11-05"), d("2026-11-05"));
        complete(today->first().id, QStringLiteral("promise"), QDateTime(d("2026-11-05"), QTime(11, 0)), d("2026-11-13"),
                 QStringLiteral("transfer"));
        QCOMPARE(PromiseRepository(*m_db).open().size(), 1);
        // Suspended until the promised date (Friday 13 Nov).
        QCOMPARE(plan(d("2026-11-06"), d("2026-11-06"), d("2026-11-13")).size(), 0);
        // Not paid: on Monday 16 Nov the promise is broken and a follow-up call stands that day.
        auto monday = planner.sync(d("2026-11-16"), d("2026-11-16"), d("2026-11-16"));
        QCOMPARE(monday->size(), 1);
        QCOMPARE(monday->first().step, SpecialSteps::PromiseFollowUp);
        QCOMPARE(monday->first().channel, QStringLiteral("phone"));
        QCOMPARE(monday->first().scheduledDate, d("2026-11-16")); // next working day after Friday 13
        QCOMPARE(PromiseRepository(*m_db).forCustomer(c).first().status, Promise::Status::Broken);
        bool journaled = false;
        for (const Event &e : EventJournal(*m_db).forCustomer(c))
            journaled = journaled || e.kind == u"promise_broken";
        QVERIFY(journaled);
        // Once followed up, the scenario resumes.
        complete(monday->first().id, QStringLiteral("other"), QDateTime(d("2026-11-16"), QTime(9, 30)));
        const auto after = plan(d("2026-11-17"), d("2026-11-17"), d("2026-12-31"));
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first().step, QStringLiteral("level2"));
    }

    void keptPromiseIsClosedWhenPaid()
    {
        const qint64 c = customer();
        const qint64 inv = invoice(c, d("2026-11-02"));
        ReminderPlanner planner(*m_db);
        auto today = planner.sync(d("2026-11-05"), d("2026-11-05"), d("2026-11-05"));
        complete(today->first().id, QStringLiteral("promise"), QDateTime(d("2026-11-05"), QTime(11, 0)), d("2026-11-13"),
                 QStringLiteral("cheque"));
        QVERIFY(InvoiceRepository(*m_db).setOpenAmount(inv, 0, Invoice::Status::Paid).ok());
        auto later = planner.sync(d("2026-11-16"), d("2026-11-16"), d("2026-11-30"));
        QCOMPARE(later->size(), 0);
        QCOMPARE(PromiseRepository(*m_db).forCustomer(c).first().status, Promise::Status::Kept);
    }

    void paidInvoicesLeaveTheAgenda()
    {
        const qint64 c = customer();
        const qint64 inv = invoice(c, d("2026-11-02"));
        ReminderPlanner planner(*m_db);
        QCOMPARE(planner.sync(d("2026-11-05"), d("2026-11-05"), d("2026-11-05"))->size(), 1);
        QVERIFY(InvoiceRepository(*m_db).setOpenAmount(inv, 0, Invoice::Status::Paid).ok());
        QCOMPARE(planner.sync(d("2026-11-06"), d("2026-11-06"), d("2026-11-06"))->size(), 0);
        QCOMPARE(ActionRepository(*m_db).forCustomer(c).size(), 0); // never done, so nothing to keep
    }

    void disputeOutcomeCreatesTheDisputeAndUndoWithdrawsIt()
    {
        const qint64 c = customer();
        invoice(c, d("2026-11-02"));
        invoice(c, d("2026-11-02"));
        ReminderPlanner planner(*m_db);
        auto today = planner.sync(d("2026-11-05"), d("2026-11-05"), d("2026-11-05"));
        QCOMPARE(today->first().invoiceIds.size(), 2);
        complete(today->first().id, QStringLiteral("dispute"), QDateTime(d("2026-11-05"), QTime(14, 0)));
        QCOMPARE(DisputeRepository(*m_db).open().size(), 2);
        QCOMPARE(plan(d("2026-11-06"), d("2026-11-06"), d("2026-12-31")).size(), 0);
        auto undone = ActionCompleter(*m_db).undoLast(QDateTime(d("2026-11-05"), QTime(14, 1)));
        QVERIFY2(undone.ok(), qPrintable(undone.error()));
        QCOMPARE(*undone, today->first().id);
        QCOMPARE(DisputeRepository(*m_db).open().size(), 0);
        QCOMPARE(ActionRepository(*m_db).findById(*undone)->status, Action::Status::Planned);
    }

    void completionIsValidated_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QDate>("promise");
        QTest::addColumn<QString>("means");
        QTest::addColumn<QString>("needle");
        QTest::newRow("unknown outcome") << "maybe" << QDate() << "" << "maybe";
        QTest::newRow("promise without date") << "promise" << QDate() << "transfer" << "date";
        QTest::newRow("promise in the past") << "promise" << d("2026-11-01") << "transfer" << "passée";
        QTest::newRow("promise bad means") << "promise" << d("2026-11-20") << "bitcoin" << "bitcoin";
        QTest::newRow("dispute without category") << "dispute" << QDate() << "" << "catégorie";
    }

    void completionIsValidated()
    {
        QFETCH(QString, kind);
        QFETCH(QDate, promise);
        QFETCH(QString, means);
        QFETCH(QString, needle);
        ActionOutcome o;
        o.kind = kind;
        o.promiseDate = promise;
        o.means = means;
        const Status s = ActionCompleter::validate(o, d("2026-11-05"));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(needle), qPrintable(s.error()));
    }

    void summerCampaignFromFirstJuly()
    {
        const qint64 c = customer();
        invoice(c, d("2026-08-20"));
        const qint64 auto_ = customer(PayerProfile::Automatic);
        invoice(auto_, d("2026-08-20"));
        // Before 1 July, nothing yet for August (preventive J-10 is 10 Aug).
        QCOMPARE(plan(d("2026-06-15"), d("2026-06-15"), d("2026-06-30")).size(), 0);
        // 1 July 2026 is a Wednesday: the summer call stands that day, and replaces the preventive reminder.
        const auto july = plan(d("2026-07-01"), d("2026-07-01"), d("2026-08-31"));
        QCOMPARE(july.size(), 1);
        QCOMPARE(july.first().customerId, c);
        QCOMPARE(july.first().step, SpecialSteps::SummerCampaign);
        QCOMPARE(july.first().date, d("2026-07-01"));
        QCOMPARE(july.first().channel, QStringLiteral("phone"));
        // Once the call is made, no preventive reminder for that invoice; the next step is after the due date.
        auto synced = ReminderPlanner(*m_db).sync(d("2026-07-01"), d("2026-07-01"), d("2026-07-01"));
        complete(synced->first().id, QStringLiteral("promise"), QDateTime(d("2026-07-01"), QTime(10, 0)), d("2026-08-20"),
                 QStringLiteral("lcr"));
        const auto after = plan(d("2026-07-02"), d("2026-07-02"), d("2026-08-31"));
        QCOMPARE(after.size(), 0); // promise suspends until 20 Aug
        // Disabled campaign: the usual preventive step.
        PlannerSettings off;
        off.summerCampaign = false;
        const qint64 c3 = customer();
        invoice(c3, d("2026-08-20"));
        const auto plain = of(*ReminderPlanner(*m_db, off).compute(d("2026-07-01"), d("2026-07-01"), d("2026-08-31")), c3);
        QCOMPARE(plain.first().step, QStringLiteral("preventive"));
        QCOMPARE(plain.first().date, d("2026-08-10"));
    }

    void instalmentsAreCheckedOnTheirDates()
    {
        const qint64 c = customer(PayerProfile::Insolvent);
        PaymentPlan p;
        p.customerId = c;
        p.agreedOn = d("2026-10-01");
        p.downPaymentCents = 50000;
        p.downPaymentDate = d("2026-10-01");
        p.instalments = {{0, d("2026-11-15"), 100000, 0, {}}, {0, d("2026-12-15"), 100000, 0, {}}};
        QVERIFY(PaymentPlanRepository(*m_db).insert(p).ok());
        const auto actions = plan(d("2026-11-10"), d("2026-11-10"), d("2026-12-31"));
        QCOMPARE(actions.size(), 2);
        QCOMPARE(actions.at(0).step, SpecialSteps::InstalmentCheck);
        QCOMPARE(actions.at(0).date, d("2026-11-16")); // 15 Nov is a Sunday
        QCOMPARE(actions.at(1).date, d("2026-12-15"));
        QCOMPARE(actions.at(0).amountCents, qint64(100000));
    }
    // An action at a firm step pools a younger invoice due for a lower step (one action per customer per day). Once
    // it is done, that invoice has reached the firm step: nothing goes back to a lower one, nothing new stands the
    // same day for the customer, and the step after a mise en demeure waits for the debtor's deadline.
    void pooledInvoiceNeverGoesBackAfterTheActionIsDone()
    {
        const qint64 c = customer(PayerProfile::Insolvent);
        const qint64 old = invoice(c, d("2026-10-01"));   // formal notice at J+21 = 22 Oct: overdue
        history(c, QStringLiteral("level1"), d("2026-10-02"), {old});
        history(c, QStringLiteral("level2"), d("2026-10-08"), {old});
        history(c, QStringLiteral("level3"), d("2026-10-20"), {old});
        const qint64 young = invoice(c, d("2026-11-23")); // level1 at J+1 = 24 Nov
        ReminderPlanner planner(*m_db);
        const QDate today = d("2026-11-25");
        const auto before = planner.sync(today, today, today);
        QCOMPARE(before->size(), 1);
        QCOMPARE(before->first().step, QStringLiteral("formal_notice"));
        QCOMPARE(before->first().invoiceIds, (QList<qint64>{old, young}));
        complete(before->first().id, QStringLiteral("other"), QDateTime(today, QTime(9, 0))); // the letter is sent

        const auto after = planner.sync(today, today, d("2027-03-31"));
        QVERIFY(after.ok());
        for (const Action &a : *after) {
            if (a.status != Action::Status::Planned)
                continue;
            QVERIFY2(a.plannedDate > today, qPrintable(QStringLiteral("%1 planned again the same day").arg(a.step)));
            if (a.invoiceIds.contains(young) || a.invoiceIds.contains(old)) {
                QCOMPARE(a.step, QStringLiteral("litigation"));
                // 8 days from receipt of the mise en demeure, and the letter's time in the post.
                QVERIFY2(a.plannedDate >= today.addDays(10), qPrintable(a.plannedDate.toString(Qt::ISODate)));
            }
        }
        // Both invoices end at the litigation step, the young one on its own scenario date (J+45).
        const auto next = plan(today, today, d("2027-03-31"));
        QCOMPARE(next.size(), 2);
        QCOMPARE(next.at(0).step, QStringLiteral("litigation"));
        QCOMPARE(next.at(0).invoiceIds, QList<qint64>{old});
        QCOMPARE(next.at(0).date, d("2026-12-07")); // 25 Nov + 10 = Saturday 5 Dec → Monday
        QCOMPARE(next.at(1).step, QStringLiteral("litigation"));
        QCOMPARE(next.at(1).invoiceIds, QList<qint64>{young});
        QCOMPARE(next.at(1).date, d("2027-01-07"));
    }

    // A call that reached nobody stands again at its own step, however firm, even for invoices pooled into it.
    void noAnswerOnAPooledCallIsRetriedAtThatStep()
    {
        const qint64 c = customer(PayerProfile::BadPayer);
        const qint64 old = invoice(c, d("2026-11-16"));   // level2 at J+5 = 21 Nov → Monday 23 Nov
        history(c, QStringLiteral("level1"), d("2026-11-17"), {old});
        const qint64 young = invoice(c, d("2026-11-22")); // level1 at J+1 = 23 Nov
        ReminderPlanner planner(*m_db);
        const auto monday = planner.sync(d("2026-11-23"), d("2026-11-23"), d("2026-11-23"));
        QCOMPARE(monday->size(), 1);
        QCOMPARE(monday->first().step, QStringLiteral("level2"));
        QCOMPARE(monday->first().invoiceIds, (QList<qint64>{old, young}));
        complete(monday->first().id, QStringLiteral("voicemail"), QDateTime(d("2026-11-23"), QTime(9, 0)));
        const auto next = plan(d("2026-11-23"), d("2026-11-23"), d("2026-12-31"));
        QVERIFY(!next.isEmpty());
        QCOMPARE(next.first().date, d("2026-11-24"));
        QCOMPARE(next.first().step, QStringLiteral("level2"));
        QCOMPARE(next.first().invoiceIds, (QList<qint64>{old, young}));
    }

    // A customer whose action of the day is done (e-mail sent, call made) gets no other new step that day, even for
    // an invoice that arrives afterwards; it stands on the next working day.
    void noSecondActionTheDayTheCustomersActionIsDone()
    {
        const qint64 c = customer();
        invoice(c, d("2026-11-20")); // level1 by e-mail at J+3 = 23 Nov
        ReminderPlanner planner(*m_db);
        const QDate today = d("2026-11-25");
        const auto first = planner.sync(today, today, today);
        QCOMPARE(first->size(), 1);
        QCOMPARE(first->first().channel, QStringLiteral("email"));
        complete(first->first().id, QStringLiteral("other"), QDateTime(today, QTime(10, 0))); // the e-mail is sent
        const qint64 late = invoice(c, d("2026-11-21")); // imported afterwards: level1 due yesterday
        const auto again = planner.sync(today, today, d("2026-12-31"));
        QVERIFY(again.ok());
        int doneToday = 0;
        bool lateFound = false;
        for (const Action &a : *again) {
            if (a.plannedDate == today) {
                QCOMPARE(a.status, Action::Status::Done);
                ++doneToday;
            }
            if (a.invoiceIds.contains(late)) {
                lateFound = true;
                QCOMPARE(a.step, QStringLiteral("level1"));
                QCOMPARE(a.plannedDate, d("2026-11-26"));
            }
        }
        QCOMPARE(doneToday, 1);
        QVERIFY(lateFound);
    }

    // A broken promise's follow-up pooled into a firmer step that day is followed up once that action is done.
    void pooledPromiseFollowUpIsDoneWithItsAction()
    {
        const qint64 c = customer(PayerProfile::BadPayer);
        const qint64 promised = invoice(c, d("2026-11-09"));
        ReminderPlanner planner(*m_db);
        auto call = planner.sync(d("2026-11-10"), d("2026-11-10"), d("2026-11-10"));
        QCOMPARE(call->size(), 1);
        QCOMPARE(call->first().step, QStringLiteral("level1"));
        complete(call->first().id, QStringLiteral("promise"), QDateTime(d("2026-11-10"), QTime(9, 0)), d("2026-11-20"),
                 QStringLiteral("transfer"));
        const qint64 old = invoice(c, d("2026-10-20")); // formal notice at J+15 = 4 Nov: overdue
        history(c, QStringLiteral("level1"), d("2026-10-21"), {old});
        history(c, QStringLiteral("level2"), d("2026-10-26"), {old});
        history(c, QStringLiteral("level3"), d("2026-10-30"), {old});
        const QDate today = d("2026-11-23");           // the promise of Friday 20 Nov was not kept
        const auto monday = planner.sync(today, today, today);
        QCOMPARE(monday->size(), 1);
        QCOMPARE(monday->first().step, QStringLiteral("formal_notice"));
        QCOMPARE(monday->first().invoiceIds, (QList<qint64>{promised, old}));
        complete(monday->first().id, QStringLiteral("other"), QDateTime(today, QTime(9, 0)));
        for (const PlannedAction &a : plan(today, today, d("2026-12-31"))) {
            QVERIFY2(a.step != SpecialSteps::PromiseFollowUp, qPrintable(a.date.toString(Qt::ISODate)));
            QVERIFY(a.date > today);
        }
    }

    // The whole demo business on 25 Nov 2026: every action of the day is done (letters sent, e-mails sent, calls
    // made). Nothing new stands that day, no invoice goes back below a step already done on it, and the next step on
    // an invoice keeps the minimum gap.
    void demoDayDoneNeverGoesBackNorDoubles()
    {
        const QDate today = d("2026-11-25");
        DemoOptions options;
        options.today = today;
        QVERIFY(DemoGenerator(*m_db).generate(options).ok());
        QVERIFY(PayerProfiler(*m_db).run(today).ok());
        ReminderPlanner planner(*m_db);
        const auto day = planner.sync(today, today, today);
        QVERIFY(day.ok());
        QVERIFY(day->size() > 30);
        QSet<qint64> doneCustomers;
        for (const Action &a : *day) {
            if (a.status != Action::Status::Planned)
                continue;
            complete(a.id, a.channel == u"phone" ? QStringLiteral("awaiting_approval") : QStringLiteral("other"),
                     QDateTime(today, QTime(9, 0)));
            doneCustomers.insert(a.customerId);
        }
        // Per invoice: the firmest step a done action covering it was at, and the last conclusive day.
        QHash<qint64, int> reached;
        QHash<qint64, QDate> lastDone;
        QSqlQuery q = m_db->query(QStringLiteral("SELECT a.step, a.outcome, a.done_at, ai.invoice_id FROM actions a"
                                                 " JOIN action_invoices ai ON ai.action_id = a.id WHERE a.status = 'done'"));
        QVERIFY(m_db->exec(q).ok());
        while (q.next()) {
            const qint64 id = q.value(3).toLongLong();
            reached[id] = std::max(reached.value(id, -1), Scenario::rank(q.value(0).toString()));
            if (CallGuide::isConclusive(q.value(1).toString()))
                lastDone[id] = std::max(lastDone.value(id), Sql::toTimestamp(q.value(2)).date());
        }
        const auto after = planner.sync(today, today, today.addDays(90));
        QVERIFY(after.ok());
        QSet<QPair<qint64, QDate>> customerDays;
        int checked = 0;
        for (const Action &a : *after) {
            if (a.status != Action::Status::Planned)
                continue;
            QVERIFY2(!(a.plannedDate == today && doneCustomers.contains(a.customerId)),
                     qPrintable(QStringLiteral("action %1 (%2) planned for customer %3 the day its action was done")
                                    .arg(a.id).arg(a.step).arg(a.customerId)));
            QVERIFY(!customerDays.contains(qMakePair(a.customerId, a.plannedDate)));
            customerDays.insert(qMakePair(a.customerId, a.plannedDate));
            const int rank = Scenario::rank(a.step);
            if (rank < 0)
                continue;
            for (qint64 id : a.invoiceIds) {
                QVERIFY2(rank >= reached.value(id, -1),
                         qPrintable(QStringLiteral("action %1 at %2 goes back on invoice %3 (reached %4)")
                                        .arg(a.id).arg(a.step).arg(id).arg(Scenario::stepOrder().value(reached.value(id)))));
                if (rank > reached.value(id, -1) && lastDone.value(id) == today) {
                    QVERIFY2(a.plannedDate >= today.addDays(PlannerSettings().minGapDays),
                             qPrintable(QStringLiteral("action %1 too soon").arg(a.id)));
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 10);
    }
};

QTEST_GUILESS_MAIN(TestReminderPlanner)
#include "tst_reminderplanner.moc"
