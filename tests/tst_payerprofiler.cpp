// PayerProfiler: each profile rule on figures (data-driven), the figures read from a real store, and the demo's
// ground truth recovered for every behaviour.

#include "CustomerRepository.h"
#include "DemoGenerator.h"
#include "DisputeRepository.h"
#include "EventJournal.h"
#include "InvoiceRepository.h"
#include "PayerProfiler.h"
#include "PaymentRepository.h"
#include "PromiseRepository.h"
#include "SettingsRepository.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(PayerFigures)

class TestPayerProfiler final : public QObject
{
    Q_OBJECT

    static PayerFigures paidHistory(int paid, int late, int weighted)
    {
        PayerFigures f;
        f.invoices = paid + 1;
        f.paid = paid;
        f.paidLate = late;
        f.paidLateAfterReminder = late;
        f.weightedLateness = weighted;
        return f;
    }

private Q_SLOTS:
    void initTestCase() { TestSupport::prepareEnvironment(); }

    void rules_data()
    {
        QTest::addColumn<PayerFigures>("figures");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("needle"); // a figure the explanation must quote

        PayerFigures f = paidHistory(9, 7, 27);
        QTest::newRow("7 of 9 late, 27 days: mauvais payeur is not reached") << f << "negligent" << "7 des 9";
        f = paidHistory(9, 1, 2);
        QTest::newRow("on time: bon payeur") << f << "good_payer" << "8 des 9";
        f = paidHistory(10, 10, 52);
        QTest::newRow("52 days weighted: mauvais payeur") << f << "bad_payer" << "52 jours";
        f = paidHistory(10, 2, 12);
        f.brokenPromises = 3;
        QTest::newRow("broken promises: mauvais payeur") << f << "bad_payer" << "3 promesses";
        f = paidHistory(10, 3, 8);
        f.disputes = 4;
        QTest::newRow("4 disputes in 11: litige") << f << "disputer" << "4 litiges";
        f = paidHistory(10, 1, 3);
        f.disputes = 1;
        QTest::newRow("a single dispute is not a pattern") << f << "good_payer" << "9 des 10";
        f = paidHistory(8, 8, 38);
        f.publicBody = true;
        QTest::newRow("public body paying late: administratif") << f << "administrative" << "Organisme public";
        f = paidHistory(8, 8, 38);
        f.outcomes = 10;
        f.awaitingApproval = 6;
        QTest::newRow("approval circuit: administratif") << f << "administrative" << "6 réponses sur 10";
        f = paidHistory(8, 0, 0);
        f.publicBody = true;
        QTest::newRow("public body paying on time: bon payeur") << f << "good_payer" << "8 des 8";
        f = paidHistory(12, 0, 0);
        f.automaticMeans = true;
        QTest::newRow("LCR on time: automatique") << f << "automatic" << "LCR";
        f = paidHistory(12, 8, 35);
        f.automaticMeans = true;
        QTest::newRow("LCR rejected and late: not automatique") << f << "bad_payer" << "35 jours";
        f = paidHistory(6, 3, 20);
        f.insolvencyFlag = true;
        QTest::newRow("flag set by hand: insolvable") << f << "insolvent" << "Difficultés";
        f = paidHistory(6, 6, 60);
        f.planAgreed = true;
        f.partialPayments = 2;
        QTest::newRow("payment plan: insolvable") << f << "insolvent" << "Échéancier";
        f = paidHistory(4, 4, 45);
        f.openVeryLate = 2;
        f.brokenPromises = 5;
        QTest::newRow("open 90+ days with broken promises: insolvable") << f << "insolvent" << "2 factures ouvertes";
        f = paidHistory(5, 3, 40);
        f.olderLateness = 8;
        f.recentLateness = 61;
        f.brokenPromises = 2;
        QTest::newRow("on time, then collapsing: insolvable") << f << "insolvent" << "puis 61 jours";
        f.olderLateness = 48; // always that late: a bad payer, not a collapse
        QTest::newRow("always late: mauvais payeur") << f << "bad_payer" << "40 jours";
        f = PayerFigures();
        QTest::newRow("new customer: négligent by default") << f << "negligent" << "Nouveau client";
        f = PayerFigures();
        f.publicBody = true;
        QTest::newRow("new public body: administratif") << f << "administrative" << "Organisme public";
        f = PayerFigures();
        f.automaticMeans = true;
        QTest::newRow("new LCR customer: automatique") << f << "automatic" << "LCR";
    }

    void rules()
    {
        QFETCH(PayerFigures, figures);
        QFETCH(QString, profile);
        QFETCH(QString, needle);
        const Classification c = PayerProfiler::classify(figures, ProfileThresholds());
        QCOMPARE(payerProfileKey(c.profile), profile);
        QVERIFY2(c.explanation.contains(needle), qPrintable(c.explanation));
    }

    void thresholdsAreSettings()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("t.sqlite"))).ok());
        SettingsRepository settings(db);
        QCOMPARE(ProfileThresholds::load(settings).badPayerWeightedDays, 30);
        QVERIFY(settings.setValue(QStringLiteral("profile.bad_payer_weighted_days"), QStringLiteral("20")).ok());
        const ProfileThresholds t = ProfileThresholds::load(settings);
        QCOMPARE(t.badPayerWeightedDays, 20);
        PayerFigures f = paidHistory(9, 7, 27);
        QCOMPARE(PayerProfiler::classify(f, t).profile, PayerProfile::BadPayer);
    }

    void figuresComeFromTheStore()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("f.sqlite"))).ok());
        Customer c;
        c.code = QStringLiteral("C1");
        c.name = QStringLiteral("Garage Lefèvre");
        QVERIFY(CustomerRepository(db).insert(c).ok());
        InvoiceRepository invoices(db);
        PaymentRepository payments(db);
        // Four invoices of 1 000 € due on the 1st of months; paid 0, 10, 20 and 50 days late.
        const int lateness[] = {0, 10, 20, 50};
        for (int i = 0; i < 4; ++i) {
            Invoice inv;
            inv.customerId = c.id;
            inv.number = QStringLiteral("FA-%1").arg(i);
            inv.dueDate = QDate(2026, 3 + i, 1);
            inv.issueDate = inv.dueDate.addDays(-30);
            inv.amountCents = 100000;
            inv.openCents = 0;
            inv.status = Invoice::Status::Paid;
            QVERIFY(invoices.insert(inv).ok());
            Payment p;
            p.customerId = c.id;
            p.date = inv.dueDate.addDays(lateness[i]);
            p.amountCents = 100000;
            p.allocations = {{inv.id, 100000}};
            QVERIFY(payments.insert(p).ok());
        }
        auto all = PayerProfiler(db).classifyAll(QDate(2026, 11, 25));
        QVERIFY(all);
        QCOMPARE(all->size(), 1);
        const PayerFigures &f = all->first().figures;
        QCOMPARE(f.invoices, 4);
        QCOMPARE(f.paid, 4);
        QCOMPARE(f.paidLate, 3);                 // 10, 20, 50 > 5
        QCOMPARE(f.weightedLateness, 20);        // (0 + 10 + 20 + 50) / 4
        QCOMPARE(all->first().profile, PayerProfile::Negligent); // 3 of 4 late, 20 days < 30
        QVERIFY(all->first().explanation.contains(QStringLiteral("3 des 4")));

        // run() stores the profile and journals the change once.
        QVERIFY(PayerProfiler(db).run(QDate(2026, 11, 25)).ok());
        QVERIFY(PayerProfiler(db).run(QDate(2026, 11, 25)).ok());
        const auto stored = CustomerRepository(db).findByCode(QStringLiteral("C1"));
        QCOMPARE(stored->profile, std::optional<PayerProfile>(PayerProfile::Negligent));
        QVERIFY(stored->profileExplanation.contains(QStringLiteral("retard moyen pondéré 20 jours")));
        int changes = 0;
        for (const Event &e : EventJournal(db).forCustomer(c.id))
            changes += e.kind == u"profile_changed";
        QCOMPARE(changes, 1);
        // A manual override wins over the computed profile, which is still kept.
        QVERIFY(CustomerRepository(db).setOverride(c.id, PayerProfile::BadPayer, QStringLiteral("connu pour retarder")).ok());
        QVERIFY(PayerProfiler(db).run(QDate(2026, 11, 26)).ok());
        const auto after = CustomerRepository(db).findByCode(QStringLiteral("C1"));
        QCOMPARE(after->effectiveProfile(), std::optional<PayerProfile>(PayerProfile::BadPayer));
        QCOMPARE(after->profile, std::optional<PayerProfile>(PayerProfile::Negligent));
    }

    void demoBehavioursAreRecovered_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::newRow("seed 1") << quint64(1);
        QTest::newRow("seed 2") << quint64(2);
        QTest::newRow("seed 3") << quint64(3);
    }

    void demoBehavioursAreRecovered()
    {
        QFETCH(quint64, seed);
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("demo.sqlite"))).ok());
        const QDate today(2026, 11, 25);
        DemoOptions options;
        options.seed = seed;
        options.today = today;
        QVERIFY(DemoGenerator(db).generate(options).ok());
        auto result = PayerProfiler(db).classifyAll(today);
        QVERIFY(result);
        SettingsRepository settings(db);
        QHash<qint64, QString> codes;
        for (const CustomerSummary &s : CustomerRepository(db).summaries(today))
            codes.insert(s.id, s.code);
        QHash<QString, int> total;
        QHash<QString, int> found;
        QStringList misses;
        for (const Classification &c : std::as_const(*result)) {
            const QString truth = settings.value(DemoGenerator::behaviourSettingKey(codes.value(c.customerId)));
            QVERIFY(!truth.isEmpty());
            ++total[truth];
            if (payerProfileKey(c.profile) == truth)
                ++found[truth];
            else
                misses << QStringLiteral("%1 %2→%3 (%4)").arg(codes.value(c.customerId), truth, payerProfileKey(c.profile), c.explanation);
        }
        for (PayerProfile p : AllPayerProfiles) {
            const QString key = payerProfileKey(p);
            QVERIFY2(total.value(key) >= 3, qPrintable(key));
            QVERIFY2(found.value(key) == total.value(key),
                     qPrintable(QStringLiteral("%1: %2 of %3 recovered; misses: %4")
                                    .arg(key).arg(found.value(key)).arg(total.value(key)).arg(misses.join(QStringLiteral("; ")))));
        }
    }
};

QTEST_GUILESS_MAIN(TestPayerProfiler)
#include "tst_payerprofiler.moc"
