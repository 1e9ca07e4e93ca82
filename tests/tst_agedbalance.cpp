// AgedBalance on a real SQLite file: buckets at their edges, partial payments, credit notes and unmatched payments in
// the bucket of their own date, totals; and the Excel export read back with openpyxl.

#include "AgedBalance.h"
#include "CustomerRepository.h"
#include "InvoiceRepository.h"
#include "TestSupport.h"
#include "XlsxWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace {
QDate d(const char *iso) { return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate); }
using B = AgedBalanceLine;
}

class TestAgedBalance final : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    int m_counter = 0;

    qint64 customer(const QString &code, const QString &name)
    {
        Customer c;
        c.code = code;
        c.name = name;
        [&] { QVERIFY(CustomerRepository(*m_db).insert(c).ok()); }();
        return c.id;
    }

    // An item with `amount` and `open` in cents; its date is its issue date (credits) or due date (debits).
    void item(qint64 customerId, Invoice::Kind kind, QDate date, qint64 amount, qint64 open)
    {
        Invoice i;
        i.customerId = customerId;
        i.number = QStringLiteral("N%1").arg(++m_counter);
        i.kind = kind;
        const bool credit = kind == Invoice::Kind::CreditNote || kind == Invoice::Kind::Payment;
        i.issueDate = credit ? date : date.addDays(-30);
        i.dueDate = credit ? date.addDays(30) : date; // a credit's due date must not matter
        i.amountCents = amount;
        i.openCents = open;
        i.status = Invoice::statusFor(amount, open);
        [&] {
            const Status s = InvoiceRepository(*m_db).insert(i);
            QVERIFY2(s.ok(), qPrintable(s.error()));
        }();
    }
    void invoice(qint64 c, QDate due, qint64 cents) { item(c, Invoice::Kind::Invoice, due, cents, cents); }

    // As of Wednesday 25 November 2026; amounts in cents.
    void fixture()
    {
        const qint64 alpha = customer(QStringLiteral("C001"), QStringLiteral("Alpha"));
        invoice(alpha, d("2026-11-25"), 100000); // due today: not due
        invoice(alpha, d("2026-11-24"), 20000);  // 1 day late
        invoice(alpha, d("2026-10-26"), 30000);  // 30 days
        invoice(alpha, d("2026-10-25"), 40000);  // 31 days
        invoice(alpha, d("2026-09-26"), 50000);  // 60 days
        invoice(alpha, d("2026-09-25"), 60000);  // 61 days
        invoice(alpha, d("2026-08-27"), 70000);  // 90 days
        invoice(alpha, d("2026-08-26"), 80000);  // 91 days
        item(alpha, Invoice::Kind::Invoice, d("2026-11-10"), 100000, 25000); // partly paid, 15 days: 250,00 open
        item(alpha, Invoice::Kind::Invoice, d("2026-07-01"), 99900, 0);      // paid: not in the balance
        item(alpha, Invoice::Kind::CreditNote, d("2026-10-10"), -15000, -15000); // credit note of 10 Oct: 46 days
        item(alpha, Invoice::Kind::Payment, d("2026-11-20"), -7550, -7550);      // unmatched payment: 5 days
        const qint64 beta = customer(QStringLiteral("C002"), QStringLiteral("Bêta & Fils"));
        invoice(beta, d("2026-12-31"), 1234567);
        invoice(beta, d("2025-01-01"), 1);
        const qint64 gamma = customer(QStringLiteral("C003"), QStringLiteral("Gamma"));
        item(gamma, Invoice::Kind::CreditNote, d("2026-11-01"), -50000, -50000); // only a credit: 24 days
        const qint64 delta = customer(QStringLiteral("C004"), QStringLiteral("Delta"));
        item(delta, Invoice::Kind::Invoice, d("2026-10-01"), 40000, 0); // all paid: left out
        const qint64 epsilon = customer(QStringLiteral("C005"), QStringLiteral("Epsilon"));
        invoice(epsilon, d("2026-11-20"), 10000);
        item(epsilon, Invoice::Kind::CreditNote, d("2026-11-22"), -10000, -10000); // nets to zero: left out
    }

private Q_SLOTS:
    void initTestCase() { TestSupport::prepareEnvironment(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("b.sqlite"))).ok());
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void buckets_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("bucket");
        QTest::newRow("before the due date") << -5 << int(B::NotDue);
        QTest::newRow("on the due date") << 0 << int(B::NotDue);
        QTest::newRow("the day after") << 1 << int(B::Days1To30);
        QTest::newRow("30") << 30 << int(B::Days1To30);
        QTest::newRow("31") << 31 << int(B::Days31To60);
        QTest::newRow("60") << 60 << int(B::Days31To60);
        QTest::newRow("61") << 61 << int(B::Days61To90);
        QTest::newRow("90") << 90 << int(B::Days61To90);
        QTest::newRow("91") << 91 << int(B::Over90);
        QTest::newRow("years") << 1000 << int(B::Over90);
    }

    void buckets()
    {
        QFETCH(int, days);
        QFETCH(int, bucket);
        QCOMPARE(int(AgedBalance::bucketFor(days)), bucket);
    }

    void perCustomerAndTotals()
    {
        fixture();
        auto b = AgedBalance::compute(*m_db, d("2026-11-25"));
        QVERIFY2(b.ok(), qPrintable(b.error()));
        QCOMPARE(b->lines.size(), 3); // Delta (paid) and Epsilon (nets to zero) are left out
        const AgedBalanceLine &alpha = b->lines.at(0);
        QCOMPARE(alpha.customerCode, QStringLiteral("C001"));
        QCOMPARE(alpha.cents[B::NotDue], qint64(100000));
        QCOMPARE(alpha.cents[B::Days1To30], qint64(20000 + 30000 + 25000 - 7550)); // 674,50
        QCOMPARE(alpha.cents[B::Days31To60], qint64(40000 + 50000 - 15000));       // 750,00
        QCOMPARE(alpha.cents[B::Days61To90], qint64(60000 + 70000));               // 1 300,00
        QCOMPARE(alpha.cents[B::Over90], qint64(80000));
        QCOMPARE(alpha.totalCents(), qint64(452450));
        QCOMPARE(alpha.lateCents(), qint64(352450));
        const AgedBalanceLine &beta = b->lines.at(1);
        QCOMPARE(beta.customerName, QStringLiteral("Bêta & Fils"));
        QCOMPARE(beta.cents[B::NotDue], qint64(1234567));
        QCOMPARE(beta.cents[B::Over90], qint64(1));
        QCOMPARE(beta.totalCents(), qint64(1234568));
        const AgedBalanceLine &gamma = b->lines.at(2);
        QCOMPARE(gamma.cents[B::Days1To30], qint64(-50000));
        QCOMPARE(gamma.totalCents(), qint64(-50000));

        QCOMPARE(b->totals.cents[B::NotDue], qint64(1334567));
        QCOMPARE(b->totals.cents[B::Days1To30], qint64(17450));
        QCOMPARE(b->totals.cents[B::Days31To60], qint64(75000));
        QCOMPARE(b->totals.cents[B::Days61To90], qint64(130000));
        QCOMPARE(b->totals.cents[B::Over90], qint64(80001));
        QCOMPARE(b->totals.totalCents(), qint64(1637018)); // 16 370,18 €
        // The total is what the customers owe: the sum of open amounts.
        qint64 open = 0;
        for (const InvoiceRow &r : InvoiceRepository(*m_db).list({true, 0, {}}))
            open += r.invoice.openCents;
        QCOMPARE(b->totals.totalCents(), open);
    }

    void agesAtTheGivenDate()
    {
        fixture();
        // A month later, what was not due ages; a credit note stays in the bucket of its own date.
        auto b = AgedBalance::compute(*m_db, d("2026-12-25"));
        QVERIFY(b.ok());
        QCOMPARE(b->lines.at(0).cents[B::NotDue], qint64(0));
        QCOMPARE(b->lines.at(0).cents[B::Days1To30], qint64(100000)); // due 25/11: 30 days
        QCOMPARE(b->lines.at(0).cents[B::Days61To90], qint64(40000 + 50000 - 15000)); // 61 and 90 days, credit 76 days
    }

    void excelExport()
    {
        fixture();
        auto b = AgedBalance::compute(*m_db, d("2026-11-25"));
        QVERIFY(b.ok());
        const QString path = m_dir->filePath(QStringLiteral("balance.xlsx"));
        const Status s = AgedBalanceXlsx::write(*b, QStringLiteral("Atelier Martin SARL"), path);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const char *script = R"PY(
import datetime, json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.active
print(json.dumps({"freeze": ws.freeze_panes, "filter": ws.auto_filter.ref, "orientation": ws.page_setup.orientation,
  "paper": ws.page_setup.paperSize, "title_rows": ws.print_title_rows,
  "rows": [[{"v": c.value, "t": type(c.value).__name__, "fmt": c.number_format, "bold": bool(c.font.b)} for c in r]
           for r in ws.iter_rows()]}))
)PY";
        const CommandResult r = TestSupport::run(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QString::fromUtf8(script), path});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject wb = QJsonDocument::fromJson(r.out).object();
        const QJsonArray rows = wb.value(QStringLiteral("rows")).toArray();
        auto cell = [&](int row, int col) { return rows.at(row - 1).toArray().at(col - 1).toObject(); };
        QCOMPARE(cell(1, 1).value(QStringLiteral("v")).toString(), QStringLiteral("Balance âgée au 25/11/2026 — Atelier Martin SARL"));
        const QStringList headers = {QStringLiteral("Code"), QStringLiteral("Client"), QStringLiteral("Non échu"),
                                     QStringLiteral("1 à 30 j"), QStringLiteral("31 à 60 j"), QStringLiteral("61 à 90 j"),
                                     QStringLiteral("> 90 j"), QStringLiteral("Total")};
        for (int c = 1; c <= 8; ++c) {
            QCOMPARE(cell(3, c).value(QStringLiteral("v")).toString(), headers.at(c - 1));
            QVERIFY(cell(3, c).value(QStringLiteral("bold")).toBool());
        }
        QCOMPARE(wb.value(QStringLiteral("freeze")).toString(), QStringLiteral("C4"));
        QCOMPARE(wb.value(QStringLiteral("filter")).toString(), QStringLiteral("A3:H6")); // the totals row stays out
        QCOMPARE(wb.value(QStringLiteral("orientation")).toString(), QStringLiteral("portrait"));
        QCOMPARE(wb.value(QStringLiteral("paper")).toInt(), 9);
        QCOMPARE(wb.value(QStringLiteral("title_rows")).toString(), QStringLiteral("$3:$3"));
        // Alpha's row: real numbers with the euro format.
        const QList<double> alpha = {1000.00, 674.50, 750.00, 1300.00, 800.00, 4524.50};
        for (int c = 3; c <= 8; ++c) {
            const QJsonObject v = cell(4, c);
            QCOMPARE(v.value(QStringLiteral("v")).toDouble(), alpha.at(c - 3));
            QVERIFY(v.value(QStringLiteral("t")).toString() == u"float" || v.value(QStringLiteral("t")).toString() == u"int");
            QCOMPARE(v.value(QStringLiteral("fmt")).toString(), XlsxWriter::euroFormat());
        }
        QCOMPARE(cell(5, 2).value(QStringLiteral("v")).toString(), QStringLiteral("Bêta & Fils"));
        QCOMPARE(cell(6, 4).value(QStringLiteral("v")).toDouble(), -500.00);
        // Totals row, in bold.
        QCOMPARE(cell(7, 2).value(QStringLiteral("v")).toString(), QStringLiteral("Total"));
        QVERIFY(cell(7, 2).value(QStringLiteral("bold")).toBool());
        const QList<double> totals = {13345.67, 174.50, 750.00, 1300.00, 800.01, 16370.18};
        for (int c = 3; c <= 8; ++c) {
            QCOMPARE(cell(7, c).value(QStringLiteral("v")).toDouble(), totals.at(c - 3));
            QVERIFY(cell(7, c).value(QStringLiteral("bold")).toBool());
        }
        QVERIFY(cell(9, 1).value(QStringLiteral("v")).toString().contains(QStringLiteral("Avoirs et règlements non lettrés")));

        const CommandResult csv = TestSupport::run(QStringLiteral("xlsx2csv"), {path});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY2(csv.out.contains("C001,Alpha,1000,674.5,750,1300,800,4524.5"), csv.out.constData());
        QVERIFY(csv.out.contains(",Total,13345.67,174.5,750,1300,800.01,16370.18"));
    }
};

QTEST_GUILESS_MAIN(TestAgedBalance)
#include "tst_agedbalance.moc"
