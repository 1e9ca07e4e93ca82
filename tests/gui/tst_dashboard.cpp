// DashboardData and DashboardView: every figure of the Tableau de bord on a hand-built business whose amounts are
// stated below, then the charts' series and bars, and a click on a bar filling the list behind it.
//
// Today is Wednesday 25/11/2026 (its week starts on Monday 23/11). Amounts incl. VAT.
//   C001 Alpha    bon payeur     pays 10 days late on its own record (3 invoices of 1 000 € paid 10 days late)
//     FA-A1 05/2026 1 000 € due 31/05 paid 10/06 · FA-A2 due 01/07 paid 11/07 · FA-A3 due 31/07 paid 10/08
//     FA-A4 issued 01/11 due 01/12  2 000 € open (not due)         → expected 11/12 (due + 10 days): week of 7/12
//   C002 Bravo    mauvais payeur no record of its own: 35 days by default
//     FA-B1 issued 01/09 due 01/10  3 000 € open (55 days late)    → expected 05/11 < today: "already later than usual"
//     FA-B2 issued 20/10 due 20/11    500 € open (5 days late)     → open promise for 03/12 by transfer: week of 30/11
//     FA-B3 issued 01/06 due 01/07    800 € open (147 days late), disputed since 26/10 (30 days): left out of the cash
//     promises: kept (15/09/2026), broken (10/10/2026), open (03/12/2026), kept (01/10/2025, older than 12 months)
//   C003 Charlie  négligent      no record of its own: 15 days by default
//     FA-C0 issued 01/08 due 31/08    400 € paid 25/08 (on time)
//     FA-C5 issued 01/03 due 31/03    700 € settled by a stock import, no allocation on record (on time by assumption)
//     FA-C1 issued 15/10 due 14/11  1 200 €, 200 € paid 20/11, 1 000 € open (11 days late) → expected 29/11: this week
//     AV-C1 issued 10/11             -100 € credit note unused     → deducted from FA-C1's 1 000 € this week
//     FA-C3 issued 20/11 due 20/12    600 € open (not due)         → expected 04/01/2027: week 7 of 8
//
// Aged balance: not due 2 600 € (A4, C3) · 1–30 days 1 400 € (B2 500, C1 1 000, AV-C1 -100) · 31–60 days 3 000 € (B1)
// · 61–90 days 0 · > 90 days 800 € (B3, disputed).
// Cash per week: 900 € · 500 € (promised) · 2 000 € · 0 · 0 · 0 · 600 € · 0; 3 000 € already later than usual;
// 800 € disputed.
// Paid on time over 12 months: 9 invoices fell due (A1 A2 A3 B1 B2 B3 C0 C1 C5), 2 paid by the due date (C0, C5).
// Promises kept over 12 months: 1 of 2. Open disputes: 1, 30 days old, 800 € on hold.
// DSO on 25/11/2026: receivables 7 800 €; November sales 2 500 € (25 days), October 1 700 € (31), September 3 000 € (30),
// August 400 € (31), then 200 € of July's 1 000 € (31 × 0.2 = 6.2 days): 123.2 days.
// DSO on 31/10/2026: receivables 5 500 € (B1 3 000, B2 500, B3 800, C1 1 200); October 1 700 € (31), September
// 3 000 € (30), August 400 € (31), then 400 € of July's 1 000 € (12.4 days): 104.4 days.

#include "Clock.h"
#include "CompanyRepository.h"
#include "CustomerRepository.h"
#include "DashboardData.h"
#include "DashboardDataModel.h"
#include "DashboardView.h"
#include "Database.h"
#include "DemoGenerator.h"
#include "GuiTestData.h"
#include "DisputeRepository.h"
#include "InvoiceRepository.h"
#include "PaymentRepository.h"
#include "PromiseRepository.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace {

const QDate Today(2026, 11, 25);

struct Fixture
{
    qint64 alpha = 0;
    qint64 bravo = 0;
    qint64 charlie = 0;
};

Customer makeCustomer(const QString &code, const QString &name, PayerProfile profile)
{
    Customer c;
    c.code = code;
    c.name = name;
    c.profile = profile;
    c.profileExplanation = QStringLiteral("profil de test");
    return c;
}

Invoice makeInvoice(qint64 customerId, const QString &number, QDate issued, QDate due, qint64 amount, qint64 open,
                    Invoice::Kind kind = Invoice::Kind::Invoice)
{
    Invoice i;
    i.customerId = customerId;
    i.number = number;
    i.kind = kind;
    i.issueDate = issued;
    i.dueDate = due;
    i.amountCents = amount;
    i.amountExclCents = amount * 100 / 120;
    i.openCents = open;
    i.status = Invoice::statusFor(amount, open);
    i.sourceFile = QStringLiteral("test");
    return i;
}

#define TRY(expr)                                                                                                      \
    do {                                                                                                               \
        if (auto s_ = (expr); !s_)                                                                                     \
            return Status::failure(s_.error());                                                                        \
    } while (false)

Status fill(Database &db, Fixture &f)
{
    Transaction tx(db);
    Company company;
    company.name = QStringLiteral("Atelier Martin SARL");
    TRY(CompanyRepository(db).save(company));
    CustomerRepository customers(db);
    Customer alpha = makeCustomer(QStringLiteral("C001"), QStringLiteral("Alpha"), PayerProfile::GoodPayer);
    Customer bravo = makeCustomer(QStringLiteral("C002"), QStringLiteral("Bravo"), PayerProfile::BadPayer);
    Customer charlie = makeCustomer(QStringLiteral("C003"), QStringLiteral("Charlie"), PayerProfile::Negligent);
    TRY(customers.insert(alpha));
    TRY(customers.insert(bravo));
    TRY(customers.insert(charlie));
    f = {alpha.id, bravo.id, charlie.id};

    InvoiceRepository invoices(db);
    PaymentRepository payments(db);
    const auto add = [&](Invoice invoice, QDate paidOn = {}, qint64 paid = 0) -> Result<qint64> {
        if (auto s = invoices.insert(invoice); !s)
            return Result<qint64>::failure(s.error());
        if (paidOn.isValid()) {
            Payment p;
            p.customerId = invoice.customerId;
            p.date = paidOn;
            p.amountCents = paid;
            p.method = QStringLiteral("transfer");
            p.allocations << PaymentAllocation{invoice.id, paid};
            if (auto s = payments.insert(p); !s)
                return Result<qint64>::failure(s.error());
        }
        return invoice.id;
    };
    const auto d = [](int m, int day, int y = 2026) { return QDate(y, m, day); };
    // Alpha
    for (const auto &[number, issued, due, paid] :
         {std::tuple{"FA-A1", d(5, 1), d(5, 31), d(6, 10)}, std::tuple{"FA-A2", d(6, 1), d(7, 1), d(7, 11)},
          std::tuple{"FA-A3", d(7, 1), d(7, 31), d(8, 10)}})
        if (auto r = add(makeInvoice(f.alpha, QString::fromLatin1(number), issued, due, 100000, 0), paid, 100000); !r)
            return Status::failure(r.error());
    if (auto r = add(makeInvoice(f.alpha, QStringLiteral("FA-A4"), d(11, 1), d(12, 1), 200000, 200000)); !r)
        return Status::failure(r.error());
    // Bravo
    if (auto r = add(makeInvoice(f.bravo, QStringLiteral("FA-B1"), d(9, 1), d(10, 1), 300000, 300000)); !r)
        return Status::failure(r.error());
    const auto b2 = add(makeInvoice(f.bravo, QStringLiteral("FA-B2"), d(10, 20), d(11, 20), 50000, 50000));
    const auto b3 = add(makeInvoice(f.bravo, QStringLiteral("FA-B3"), d(6, 1), d(7, 1), 80000, 80000));
    if (!b2 || !b3)
        return Status::failure(QStringLiteral("FA-B2/B3"));
    Dispute dispute;
    dispute.customerId = f.bravo;
    dispute.invoiceId = b3.value();
    dispute.category = QStringLiteral("quality");
    dispute.openedOn = d(10, 26);
    dispute.comment = QStringLiteral("pièce rayée");
    TRY(DisputeRepository(db).insert(dispute));
    PromiseRepository promises(db);
    const auto promise = [&](QDate date, Promise::Status status, QList<qint64> ids) {
        Promise p;
        p.customerId = f.bravo;
        p.madeOn = date.addDays(-7);
        p.promisedDate = date;
        p.amountCents = 50000;
        p.means = QStringLiteral("transfer");
        p.status = status;
        p.invoiceIds = std::move(ids);
        return promises.insert(p);
    };
    TRY(promise(d(9, 15), Promise::Status::Kept, {}));
    TRY(promise(d(10, 10), Promise::Status::Broken, {}));
    TRY(promise(d(12, 3), Promise::Status::Open, {b2.value()}));
    TRY(promise(d(10, 1, 2025), Promise::Status::Kept, {}));
    // Charlie
    if (auto r = add(makeInvoice(f.charlie, QStringLiteral("FA-C0"), d(8, 1), d(8, 31), 40000, 0), d(8, 25), 40000); !r)
        return Status::failure(r.error());
    if (auto r = add(makeInvoice(f.charlie, QStringLiteral("FA-C5"), d(3, 1), d(3, 31), 70000, 0)); !r)
        return Status::failure(r.error());
    if (auto r = add(makeInvoice(f.charlie, QStringLiteral("FA-C1"), d(10, 15), d(11, 14), 120000, 100000), d(11, 20), 20000); !r)
        return Status::failure(r.error());
    if (auto r = add(makeInvoice(f.charlie, QStringLiteral("AV-C1"), d(11, 10), d(11, 10), -10000, -10000,
                                 Invoice::Kind::CreditNote));
        !r)
        return Status::failure(r.error());
    if (auto r = add(makeInvoice(f.charlie, QStringLiteral("FA-C3"), d(11, 20), d(12, 20), 60000, 60000)); !r)
        return Status::failure(r.error());
    return tx.commit();
}

QList<double> values(const QBarSet *set)
{
    QList<double> list;
    for (int i = 0; i < set->count(); ++i)
        list << set->at(i);
    return list;
}

QBarSet *barSet(QAbstractBarSeries *series, const char *name)
{
    const QList<QBarSet *> sets = series->barSets();
    for (QBarSet *set : sets)
        if (set->objectName() == QLatin1String(name))
            return set;
    return nullptr;
}

} // namespace

class TestDashboard final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void agedBalance();
    void dsoCountBack();
    void dsoByMonth();
    void dsoOnHandBuiltSales();
    void cashPerWeek();
    void paidOnTimeAndPromises();
    void disputesAndProfiles();
    void openOnAndPaidOn();
    void listModelPassesTester();
    void chartsShowTheFigures();
    void clickingABarFillsTheList();
    void demoDatabase();
    void french();
    void largeDatabase();

private:
    QTemporaryDir m_dir;
    FixedClock m_clock{Today};
    Database m_db;
    Fixture m_fixture;
    DashboardInputs m_inputs;
};

void TestDashboard::initTestCase()
{
    Clock::setInstance(&m_clock);
    QCOMPARE(Translations::install(*qApp, QStringLiteral("en")), QStringLiteral("en"));
    QVERIFY(m_dir.isValid());
    QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("dashboard.sqlite"))).ok());
    const Status filled = fill(m_db, m_fixture);
    QVERIFY2(filled.ok(), qPrintable(filled.error()));
    auto inputs = DashboardData::load(m_db, Today);
    QVERIFY2(inputs.ok(), qPrintable(inputs.error()));
    m_inputs = std::move(inputs).value();
}

void TestDashboard::cleanupTestCase()
{
    Clock::setInstance(nullptr);
}

void TestDashboard::agedBalance()
{
    const auto buckets = DashboardData::agedBalance(m_inputs);
    const std::array<qint64, 5> cents = {260000, 140000, 300000, 0, 80000};
    for (int b = 0; b < 5; ++b)
        QCOMPARE(buckets[b].cents, cents[b]);
    QCOMPARE(buckets[AgedBalanceLine::Over90].disputedCents, 80000);
    QCOMPARE(buckets[AgedBalanceLine::Over90].undisputedCents(), 0);
    QCOMPARE(buckets[AgedBalanceLine::Days31To60].disputedCents, 0);

    // The list behind "1–30 days": Charlie (1 000 - 100) then Bravo, with their items.
    const QList<DashboardListRow> &rows = buckets[AgedBalanceLine::Days1To30].rows;
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).customerName, QStringLiteral("Charlie"));
    QCOMPARE(rows.at(0).cents, 90000);
    QCOMPARE(rows.at(0).invoiceNumbers, (QStringList{QStringLiteral("FA-C1"), QStringLiteral("AV-C1")}));
    QCOMPARE(rows.at(0).date, QDate(2026, 11, 14));
    QCOMPARE(rows.at(1).customerName, QStringLiteral("Bravo"));
    QCOMPARE(rows.at(1).cents, 50000);
    QCOMPARE(buckets[AgedBalanceLine::Over90].rows.at(0).note, QStringLiteral("of which 800,00\u00A0€ disputed"));
    // Each list adds up to its bar.
    for (int b = 0; b < 5; ++b) {
        qint64 sum = 0;
        for (const DashboardListRow &row : buckets[b].rows)
            sum += row.cents;
        QCOMPARE(sum, cents[b]);
    }
}

void TestDashboard::dsoCountBack()
{
    const DashboardDsoMonth now = DashboardData::dsoAt(m_inputs, Today);
    QCOMPARE(now.receivablesCents, 780000);
    QCOMPARE(now.steps.size(), 5);
    QCOMPARE(now.steps.at(0).days, 25);
    QCOMPARE(now.steps.at(0).salesCents, 250000);
    QCOMPARE(now.steps.at(1).salesCents, 170000);
    QCOMPARE(now.steps.at(2).salesCents, 300000);
    QCOMPARE(now.steps.at(3).salesCents, 40000);
    QCOMPARE(now.steps.at(4).salesCents, 100000);
    QCOMPARE(now.steps.at(4).countedCents, 20000);
    QVERIFY(qFuzzyCompare(now.steps.at(4).countedDays, 6.2));
    QVERIFY2(qFuzzyCompare(now.days, 123.2), qPrintable(QString::number(now.days)));
    QVERIFY(!now.historyExhausted);
    QCOMPARE(now.rows.size(), 3);
    QCOMPARE(now.rows.at(0).customerName, QStringLiteral("Bravo"));
    QCOMPARE(now.rows.at(0).cents, 430000);

    // A month end in the past: what was open then (FA-C1's 200 € came on 20/11, FA-C5 counts as paid at its due date).
    const DashboardDsoMonth october = DashboardData::dsoAt(m_inputs, QDate(2026, 10, 31));
    QCOMPARE(october.receivablesCents, 550000);
    QVERIFY2(qFuzzyCompare(october.days, 104.4), qPrintable(QString::number(october.days)));
}

void TestDashboard::dsoByMonth()
{
    const QList<DashboardDsoMonth> months = DashboardData::dsoByMonth(m_inputs);
    QCOMPARE(months.size(), 12);
    QCOMPARE(months.first().periodEnd, QDate(2025, 12, 31));
    QCOMPARE(months.at(10).periodEnd, QDate(2026, 10, 31));
    QCOMPARE(months.last().periodEnd, Today);
    QVERIFY(qFuzzyCompare(months.at(10).days, 104.4));
    // December 2025: nothing issued yet, nothing owed.
    QCOMPARE(months.first().receivablesCents, 0);
    QCOMPARE(months.first().days, 0.0);
}

void TestDashboard::dsoOnHandBuiltSales()
{
    // 12 000 € sold in March, 9 000 € in April; on 30 April 10 000 € is still owed: April's 9 000 € (30 days) plus
    // 1 000 € of March's 12 000 € (31 × 1/12 = 2.583 days).
    DashboardInputs in;
    in.today = QDate(2026, 4, 30);
    Invoice march = makeInvoice(1, QStringLiteral("M"), QDate(2026, 3, 10), QDate(2026, 4, 9), 1200000, 100000);
    march.id = 1;
    Invoice april = makeInvoice(1, QStringLiteral("A"), QDate(2026, 4, 10), QDate(2026, 5, 10), 900000, 900000);
    april.id = 2;
    in.invoices = {InvoiceRow{march, QStringLiteral("C1"), QStringLiteral("Un"), false},
                   InvoiceRow{april, QStringLiteral("C1"), QStringLiteral("Un"), false}};
    in.payments.insert(1, {DashboardPayment{QDate(2026, 4, 20), 1100000}});
    const DashboardDsoMonth m = DashboardData::dsoAt(in, in.today);
    QCOMPARE(m.receivablesCents, 1000000);
    QVERIFY2(qFuzzyCompare(m.days, 30.0 + 31.0 / 12.0), qPrintable(QString::number(m.days)));
    // On 15 April March's invoice was still whole: 12 000 + 9 000 owed, 15 days of April + March entirely, then
    // nothing before March: the figure is a floor.
    const DashboardDsoMonth mid = DashboardData::dsoAt(in, QDate(2026, 4, 15));
    QCOMPARE(mid.receivablesCents, 2100000);
    QVERIFY(qFuzzyCompare(mid.days, 15.0 + 31.0));
    QVERIFY(!mid.historyExhausted);
    // An opening balance of 3 000 € brought forward in March is owed but is no sale: on 15 April the sales on
    // record (April, March) no longer cover the receivables.
    Invoice opening = makeInvoice(1, QStringLiteral("OB"), QDate(2026, 3, 1), QDate(2026, 3, 1), 300000, 300000,
                                  Invoice::Kind::OpeningBalance);
    opening.id = 3;
    in.invoices << InvoiceRow{opening, QStringLiteral("C1"), QStringLiteral("Un"), false};
    const DashboardDsoMonth floor = DashboardData::dsoAt(in, QDate(2026, 4, 15));
    QCOMPARE(floor.receivablesCents, 2400000);
    QVERIFY(floor.historyExhausted);
    QVERIFY(qFuzzyCompare(floor.days, 15.0 + 31.0));
}

void TestDashboard::cashPerWeek()
{
    const DashboardCashForecast cash = DashboardData::cashPerWeek(m_inputs);
    QCOMPARE(cash.weeks.size(), 8);
    QCOMPARE(cash.weeks.first().monday, QDate(2026, 11, 23));
    const std::array<qint64, 8> expected = {90000, 50000, 200000, 0, 0, 0, 60000, 0};
    for (int w = 0; w < 8; ++w)
        QCOMPARE(cash.weeks.at(w).cents, expected[w]);
    QCOMPARE(cash.weeks.at(1).promisedCents, 50000);
    QCOMPARE(cash.weeks.at(0).promisedCents, 0);
    QCOMPARE(cash.overdueCents, 300000);
    QCOMPARE(cash.disputedCents, 80000);
    QCOMPARE(cash.laterCents, 0);

    // Alpha's own 10-day lateness, Bravo's promise, Charlie's profile default.
    QCOMPARE(DashboardData::usualLatenessDays(m_inputs, m_fixture.alpha, PayerProfile::GoodPayer), 10);
    QCOMPARE(DashboardData::usualLatenessDays(m_inputs, m_fixture.charlie, PayerProfile::Negligent), 15);
    const DashboardListRow &alpha = cash.weeks.at(2).rows.at(0);
    QCOMPARE(alpha.customerName, QStringLiteral("Alpha"));
    QCOMPARE(alpha.date, QDate(2026, 12, 11));
    QCOMPARE(alpha.note, QStringLiteral("due 1 Dec + 10 days usual delay"));
    const DashboardListRow &bravo = cash.weeks.at(1).rows.at(0);
    QCOMPARE(bravo.date, QDate(2026, 12, 3));
    QCOMPARE(bravo.invoiceNumbers, QStringList{QStringLiteral("FA-B2")});
    QVERIFY2(bravo.note.startsWith(QStringLiteral("promised for 3 Dec")), qPrintable(bravo.note));
    QCOMPARE(cash.weeks.at(0).rows.at(0).date, QDate(2026, 11, 29));
    QCOMPARE(cash.overdueRows.size(), 1);
    QCOMPARE(cash.overdueRows.at(0).invoiceNumbers, QStringList{QStringLiteral("FA-B1")});
}

void TestDashboard::paidOnTimeAndPromises()
{
    const DashboardRatio onTime = DashboardData::paidOnTime(m_inputs);
    QCOMPARE(onTime.total, 9);
    QCOMPARE(onTime.count, 2);
    QCOMPARE(onTime.percent(), 22);
    const DashboardRatio kept = DashboardData::promisesKept(m_inputs);
    QCOMPARE(kept.total, 2);
    QCOMPARE(kept.count, 1);
    QCOMPARE(kept.percent(), 50);
}

void TestDashboard::disputesAndProfiles()
{
    const DashboardDisputes disputes = DashboardData::openDisputes(m_inputs);
    QCOMPARE(disputes.open, 1);
    QCOMPARE(disputes.averageAgeDays, 30);
    QCOMPARE(disputes.oldestAgeDays, 30);
    QCOMPARE(disputes.cents, 80000);

    const QList<DashboardProfileBar> profiles = DashboardData::profileMix(m_inputs);
    QCOMPARE(profiles.size(), 7); // every profile, no "not classified" bar
    for (const DashboardProfileBar &bar : profiles) {
        const int expected = bar.profile == PayerProfile::GoodPayer || bar.profile == PayerProfile::BadPayer
                                     || bar.profile == PayerProfile::Negligent
                                 ? 1
                                 : 0;
        QCOMPARE(bar.customers, expected);
        if (bar.profile == PayerProfile::BadPayer)
            QCOMPARE(bar.openCents, 430000);
    }
}

void TestDashboard::openOnAndPaidOn()
{
    Invoice i = makeInvoice(1, QStringLiteral("X"), QDate(2026, 1, 1), QDate(2026, 1, 31), 10000, 0);
    const QList<DashboardPayment> parts = {{QDate(2026, 2, 5), 4000}, {QDate(2026, 2, 20), 6000}};
    QCOMPARE(DashboardData::openOn(i, parts, QDate(2025, 12, 31)), 0); // not issued yet
    QCOMPARE(DashboardData::openOn(i, parts, QDate(2026, 2, 4)), 10000);
    QCOMPARE(DashboardData::openOn(i, parts, QDate(2026, 2, 5)), 6000);
    QCOMPARE(DashboardData::openOn(i, parts, QDate(2026, 2, 20)), 0);
    QCOMPARE(DashboardData::paidOn(i, parts), QDate(2026, 2, 20));
    // Settled with no allocation on record: at the due date.
    QCOMPARE(DashboardData::openOn(i, {}, QDate(2026, 1, 30)), 10000);
    QCOMPARE(DashboardData::openOn(i, {}, QDate(2026, 1, 31)), 0);
    QCOMPARE(DashboardData::paidOn(i, {}), QDate(2026, 1, 31));
    i.status = Invoice::Status::Cancelled;
    QCOMPARE(DashboardData::openOn(i, parts, QDate(2026, 2, 4)), 0);
}

void TestDashboard::listModelPassesTester()
{
    DashboardDataModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto buckets = DashboardData::agedBalance(m_inputs);
    model.setRows(buckets[AgedBalanceLine::Days1To30].rows, QStringLiteral("Oldest due date"));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, DashboardDataModel::Customer).data().toString(), QStringLiteral("Charlie"));
    QCOMPARE(model.index(0, DashboardDataModel::Invoices).data().toString(), QStringLiteral("FA-C1, AV-C1"));
    QCOMPARE(model.index(0, DashboardDataModel::Date).data().toString(), QStringLiteral("14/11/2026"));
    QCOMPARE(model.index(0, DashboardDataModel::Amount).data().toString(), QStringLiteral("900,00\u00A0€"));
    QCOMPARE(model.index(0, DashboardDataModel::Amount).data(Qt::UserRole).toLongLong(), 90000);
    QCOMPARE(model.headerData(DashboardDataModel::Date, Qt::Horizontal).toString(), QStringLiteral("Oldest due date"));
    QCOMPARE(model.totalCents(), 140000);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestDashboard::chartsShowTheFigures()
{
    DashboardView view(m_db);
    view.resize(1300, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    auto *aged = qobject_cast<QStackedBarSeries *>(view.chartView(DashboardView::Chart::AgedBalance)->chart()->series().value(0));
    QVERIFY(aged);
    QCOMPARE(aged->barSets().size(), 3);
    QCOMPARE(values(barSet(aged, "agedNotDueSet")), (QList<double>{2600, 0, 0, 0, 0}));
    QCOMPARE(values(barSet(aged, "agedLateSet")), (QList<double>{0, 1400, 3000, 0, 0}));
    QCOMPARE(values(barSet(aged, "agedDisputedSet")), (QList<double>{0, 0, 0, 0, 800}));
    QCOMPARE(barSet(aged, "agedLateSet")->label(), QStringLiteral("Late"));

    auto *dso = qobject_cast<QLineSeries *>(view.chartView(DashboardView::Chart::Dso)->chart()->series().value(0));
    QVERIFY(dso);
    QCOMPARE(dso->count(), 12);
    QVERIFY(qFuzzyCompare(dso->at(11).y(), 123.2));
    QVERIFY(qFuzzyCompare(dso->at(10).y(), 104.4));

    auto *cash = qobject_cast<QStackedBarSeries *>(view.chartView(DashboardView::Chart::Cash)->chart()->series().value(0));
    QVERIFY(cash);
    QCOMPARE(values(barSet(cash, "cashPromisedSet")), (QList<double>{0, 500, 0, 0, 0, 0, 0, 0}));
    QCOMPARE(values(barSet(cash, "cashExpectedSet")), (QList<double>{900, 0, 2000, 0, 0, 0, 600, 0}));
    auto *weeks = qobject_cast<QBarCategoryAxis *>(view.chartView(DashboardView::Chart::Cash)->chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(weeks);
    QCOMPARE(weeks->at(0), QStringLiteral("23/11"));

    auto *profiles = qobject_cast<QHorizontalBarSeries *>(view.chartView(DashboardView::Chart::Profiles)->chart()->series().value(0));
    QVERIFY(profiles);
    auto *axis = qobject_cast<QBarCategoryAxis *>(view.chartView(DashboardView::Chart::Profiles)->chart()->axes(Qt::Vertical).value(0));
    QVERIFY(axis);
    QCOMPARE(axis->count(), 7);
    const QBarSet *set = profiles->barSets().value(0);
    QCOMPARE(set->at(int(axis->categories().indexOf(QStringLiteral("mauvais payeur")))), 1.0);
    QCOMPARE(set->at(int(axis->categories().indexOf(QStringLiteral("insolvable")))), 0.0);

    // The small figures.
    QCOMPARE(view.findChild<QLabel *>(QStringLiteral("paidOnTimeLabel"))->text(), QStringLiteral("22 %"));
    QCOMPARE(view.findChild<QLabel *>(QStringLiteral("promisesKeptLabel"))->text(), QStringLiteral("50 %"));
    QCOMPARE(view.findChild<QLabel *>(QStringLiteral("openDisputesLabel"))->text(), QStringLiteral("1"));
    QCOMPARE(view.findChild<QLabel *>(QStringLiteral("dsoLabel"))->text(), QStringLiteral("123 days"));
    QVERIFY(view.findChild<QLabel *>(QStringLiteral("paidOnTimeCaption"))->text().startsWith(QStringLiteral("2 of 9 invoices")));

    // It opens on the oldest late money that is ours to chase: 31–60 days (over 90 is all disputed).
    QCOMPARE(view.listChart(), DashboardView::Chart::AgedBalance);
    QCOMPARE(view.listIndex(), int(AgedBalanceLine::Days31To60));
    QCOMPARE(view.listModel()->rowCount(), 1);
    QCOMPARE(view.listModel()->listRow(0).customerName, QStringLiteral("Bravo"));
}

void TestDashboard::clickingABarFillsTheList()
{
    DashboardView view(m_db);
    view.resize(1300, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    // A real click in the middle of a bar, through the chart view's viewport.
    const auto click = [&](DashboardView::Chart which, QPointF valuePoint) {
        QChartView *chartView = view.chartView(which);
        QChart *chart = chartView->chart();
        const QPointF inChart = chart->mapToPosition(valuePoint, chart->series().value(0));
        const QPoint inView = chartView->mapFromScene(chart->mapToScene(inChart));
        QTest::mouseClick(chartView->viewport(), Qt::LeftButton, {}, inView);
    };

    click(DashboardView::Chart::AgedBalance, QPointF(1, 700)); // "1–30 d": 1 400 €, clicked at 700 €
    QCOMPARE(view.listChart(), DashboardView::Chart::AgedBalance);
    QCOMPARE(view.listIndex(), 1);
    QCOMPARE(view.listModel()->rowCount(), 2);
    QCOMPARE(view.listModel()->listRow(0).customerName, QStringLiteral("Charlie"));
    QCOMPARE(view.listModel()->listRow(1).customerName, QStringLiteral("Bravo"));
    QVERIFY(view.findChild<QLabel *>(QStringLiteral("listTitleLabel"))->text().contains(QStringLiteral("1–30 d")));

    click(DashboardView::Chart::Cash, QPointF(2, 1000)); // week of 7 December: Alpha's 2 000 €
    QCOMPARE(view.listChart(), DashboardView::Chart::Cash);
    QCOMPARE(view.listIndex(), 2);
    QCOMPARE(view.listModel()->rowCount(), 1);
    QCOMPARE(view.listModel()->listRow(0).customerName, QStringLiteral("Alpha"));
    QCOMPARE(view.listModel()->headerData(DashboardDataModel::Date, Qt::Horizontal).toString(), QStringLiteral("Expected on"));

    auto *axis = qobject_cast<QBarCategoryAxis *>(view.chartView(DashboardView::Chart::Profiles)->chart()->axes(Qt::Vertical).value(0));
    const int row = int(axis->categories().indexOf(QStringLiteral("négligent")));
    click(DashboardView::Chart::Profiles, QPointF(0.5, row)); // horizontal bars: value along x
    QCOMPARE(view.listChart(), DashboardView::Chart::Profiles);
    QCOMPARE(view.listModel()->rowCount(), 1);
    QCOMPARE(view.listModel()->listRow(0).customerName, QStringLiteral("Charlie"));

    click(DashboardView::Chart::Dso, QPointF(10, 104.4)); // the point of October
    QCOMPARE(view.listChart(), DashboardView::Chart::Dso);
    QCOMPARE(view.listIndex(), 10);
    QCOMPARE(view.listModel()->rowCount(), 2);
    QVERIFY(view.findChild<QLabel *>(QStringLiteral("listExplanationLabel"))->text().contains(QStringLiteral("DSO = 104.4 days")));

    // The link under the cash chart lists what is already later than usual.
    view.showList(DashboardView::Chart::Cash, DashboardData::CashWeeks);
    QCOMPARE(view.listModel()->rowCount(), 1);
    QCOMPARE(view.listModel()->listRow(0).invoiceNumbers, QStringList{QStringLiteral("FA-B1")});

    // Double-click a customer: the main window may open its file.
    QSignalSpy activated(&view, &DashboardView::customerActivated);
    auto *table = view.findChild<QTableView *>(QStringLiteral("listTableView"));
    QVERIFY(table);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toLongLong(), m_fixture.bravo);
}

void TestDashboard::demoDatabase()
{
    // The demo business: figures are sane and the lists add up to their bars.
    Database demo;
    QVERIFY(demo.open(m_dir.filePath(QStringLiteral("demo.sqlite"))).ok());
    DemoOptions options;
    options.today = Today;
    const Status made = DemoGenerator(demo).generate(options);
    QVERIFY2(made.ok(), qPrintable(made.error()));
    auto inputs = DashboardData::load(demo, Today);
    QVERIFY2(inputs.ok(), qPrintable(inputs.error()));
    const DashboardFigures f = DashboardData::compute(*inputs);
    qint64 open = 0;
    for (const CustomerSummary &c : inputs->customers)
        open += c.openBalanceCents;
    qint64 aged = 0;
    for (const DashboardAgedBucket &b : f.aged) {
        aged += b.cents;
        qint64 rows = 0;
        for (const DashboardListRow &r : b.rows)
            rows += r.cents;
        QCOMPARE(rows, b.cents);
    }
    QCOMPARE(aged, open);
    QCOMPARE(f.dso.size(), 12);
    for (const DashboardDsoMonth &m : f.dso)
        QVERIFY2(m.days > 0 && m.days < 365, qPrintable(QString::number(m.days)));
    QVERIFY(f.paidOnTime.total > 100);
    QVERIFY(f.promisesKept.total > 10);
    QVERIFY(f.disputes.open > 0);
    int customers = 0;
    for (const DashboardProfileBar &bar : f.profiles)
        customers += bar.customers;
    QCOMPARE(customers, int(inputs->customers.size()));
    qint64 cash = f.cash.overdueCents + f.cash.disputedCents + f.cash.laterCents;
    for (const DashboardCashWeek &w : f.cash.weeks)
        cash += w.cents;
    qInfo("Demo: DSO %.1f days, %d %% paid on time, %d %% promises kept, %d open disputes; 8 weeks of cash %lld €",
          f.dso.last().days, f.paidOnTime.percent(), f.promisesKept.percent(), f.disputes.open,
          (cash - f.cash.overdueCents - f.cash.disputedCents - f.cash.laterCents) / 100);
    QVERIFY(cash > 0);
}

void TestDashboard::french()
{
    QCOMPARE(Translations::install(*qApp, QStringLiteral("fr")), QStringLiteral("fr"));
    {
        DashboardView view(m_db);
        QVERIFY(!view.isLoaded()); // nothing read until shown
        view.reload();
        QChart *aged = view.chartView(DashboardView::Chart::AgedBalance)->chart();
        QCOMPARE(aged->title(), QStringLiteral("Balance âgée"));
        auto *series = qobject_cast<QStackedBarSeries *>(aged->series().value(0));
        QCOMPARE(barSet(series, "agedLateSet")->label(), QStringLiteral("En retard"));
        auto *buckets = qobject_cast<QBarCategoryAxis *>(aged->axes(Qt::Horizontal).value(0));
        QCOMPARE(buckets->at(1), QStringLiteral("1–30\u00A0j"));
        QCOMPARE(view.findChild<QLabel *>(QStringLiteral("dsoLabel"))->text(), QStringLiteral("123 jours"));
        QCOMPARE(view.findChild<QLabel *>(QStringLiteral("paidOnTimeLabel"))->text(), QStringLiteral("22\u00A0%"));
        QCOMPARE(view.findChild<QLabel *>(QStringLiteral("listTitleLabel"))->text(),
                 QStringLiteral("Balance âgée · 31–60\u00A0j\u00A0: 3\u202F000,00\u00A0€ (1 client)"));
    }
    QCOMPARE(Translations::install(*qApp, QStringLiteral("en")), QStringLiteral("en"));
}

void TestDashboard::largeDatabase()
{
    // 2 000 customers and 100 000 invoices (GuiTestData::fillLarge): reading and computing stay interactive.
    Database large;
    QVERIFY(large.open(m_dir.filePath(QStringLiteral("large.sqlite"))).ok());
    QVERIFY(GuiTestData::fillLarge(large, 2000, 100000).ok());
    QElapsedTimer timer;
    timer.start();
    auto inputs = DashboardData::load(large, Today);
    QVERIFY2(inputs.ok(), qPrintable(inputs.error()));
    const qint64 loaded = timer.restart();
    const DashboardFigures f = DashboardData::compute(*inputs);
    const qint64 computed = timer.elapsed();
    qInfo("Dashboard on 100 000 invoices: read in %lld ms, computed in %lld ms", loaded, computed);
    QCOMPARE(f.dso.size(), 12);
    QVERIFY(loaded + computed < 30000);
}

int main(int argc, char *argv[])
{
    TestSupport::prepareEnvironment();
    QApplication app(argc, argv);
    TestDashboard test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_dashboard.moc"
