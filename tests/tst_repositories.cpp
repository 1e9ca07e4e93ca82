// Repositories: every aggregate written to a real SQLite file and read back intact.

#include "ActionRepository.h"
#include "CompanyRepository.h"
#include "CustomerRepository.h"
#include "DisputeRepository.h"
#include "EventJournal.h"
#include "InvoiceRepository.h"
#include "LetterRepository.h"
#include "PaymentPlanRepository.h"
#include "PaymentRepository.h"
#include "PromiseRepository.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

class TestRepositories final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    Customer m_customer;

    Invoice makeInvoice(const QString &number, qint64 cents, QDate issued, QDate due)
    {
        Invoice i;
        i.customerId = m_customer.id;
        i.number = number;
        i.issueDate = issued;
        i.dueDate = due;
        i.amountExclCents = cents * 10 / 12;
        i.amountCents = cents;
        i.openCents = cents;
        return i;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::prepareEnvironment();
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("r.sqlite"))).ok());
        m_customer.code = QStringLiteral("C0042");
        m_customer.name = QStringLiteral("Garage Lefèvre SARL");
        m_customer.legalForm = QStringLiteral("SARL");
        m_customer.siren = QStringLiteral("732829320");
        m_customer.siret = QStringLiteral("73282932000074");
        m_customer.vatNumber = QStringLiteral("FR44732829320");
        m_customer.address.line4 = QStringLiteral("12, rue de l'Église");
        m_customer.address.postcode = QStringLiteral("69800");
        m_customer.address.city = QStringLiteral("Saint-Priest");
        m_customer.paymentTermsDays = 45;
        m_customer.endOfMonth = true;
        m_customer.paymentMethod = QStringLiteral("lcr");
        m_customer.contractualRateBp = 1500;
        m_customer.pausedUntil = QDate(2026, 12, 15);
        m_customer.pauseReason = QStringLiteral("Congés du gérant");
        Contact a;
        a.civility = QStringLiteral("Mme");
        a.name = QStringLiteral("Hélène Lefèvre");
        a.role = QStringLiteral("Gérante");
        a.phone = QStringLiteral("04 78 12 34 56");
        a.email = QStringLiteral("helene@garage-lefevre.fr");
        a.primary = true;
        Contact b;
        b.name = QStringLiteral("Paul Martin");
        b.role = QStringLiteral("Comptabilité fournisseurs");
        m_customer.contacts = {a, b};
        QVERIFY(CustomerRepository(m_db).insert(m_customer).ok());
        QVERIFY(m_customer.id > 0);
    }

    void customerRoundTrip()
    {
        CustomerRepository repo(m_db);
        const auto c = repo.findByCode(QStringLiteral("C0042"));
        QVERIFY(c);
        QCOMPARE(c->name, m_customer.name);
        QCOMPARE(c->address.line4, QStringLiteral("12, rue de l'Église"));
        QCOMPARE(c->paymentTermsDays, 45);
        QVERIFY(c->endOfMonth);
        QVERIFY(c->paysAutomatically());
        QCOMPARE(c->contractualRateBp.value_or(0), 1500);
        QCOMPARE(c->pausedUntil, QDate(2026, 12, 15));
        QVERIFY(c->isPaused(QDate(2026, 12, 15)));
        QVERIFY(!c->isPaused(QDate(2026, 12, 16)));
        QCOMPARE(c->contacts.size(), 2);
        QCOMPARE(c->contacts.first().name, QStringLiteral("Hélène Lefèvre"));
        QVERIFY(c->contacts.first().primary);
        QCOMPARE(repo.findBySiren(QStringLiteral("732829320"))->id, m_customer.id);
        QCOMPARE(repo.findByVatNumber(QStringLiteral("FR44732829320"))->id, m_customer.id);
        QVERIFY(!repo.findBySiren(QString()));

        Customer dup;
        dup.code = QStringLiteral("C0042");
        dup.name = QStringLiteral("Doublon");
        const Status s = repo.insert(dup);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(QStringLiteral("C0042")), qPrintable(s.error()));
    }

    void dueDateFollowsTerms()
    {
        // 45 days end of month: 10 Jan + 45 = 24 Feb → 28 Feb.
        QCOMPARE(m_customer.dueDateFor(QDate(2026, 1, 10)), QDate(2026, 2, 28));
        Customer plain;
        plain.paymentTermsDays = 30;
        QCOMPARE(plain.dueDateFor(QDate(2026, 1, 31)), QDate(2026, 3, 2));
    }

    void profileOverrideAndSummaries()
    {
        CustomerRepository repo(m_db);
        QVERIFY(repo.setProfile(m_customer.id, PayerProfile::Negligent, QStringLiteral("3 des 4 factures payées après relance")).ok());
        auto summaries = repo.summaries(QDate(2026, 11, 25));
        QCOMPARE(summaries.size(), 1);
        QCOMPARE(summaries.first().profile, std::optional<PayerProfile>(PayerProfile::Negligent));
        QVERIFY(!summaries.first().overridden);
        QVERIFY(repo.setOverride(m_customer.id, PayerProfile::BadPayer, QStringLiteral("connu du réseau")).ok());
        summaries = repo.summaries(QDate(2026, 11, 25));
        QCOMPARE(summaries.first().profile, std::optional<PayerProfile>(PayerProfile::BadPayer));
        QVERIFY(summaries.first().overridden);
        QVERIFY(summaries.first().profileExplanation.contains(QStringLiteral("connu du réseau")));
        const auto c = repo.findById(m_customer.id);
        QCOMPARE(c->profile, std::optional<PayerProfile>(PayerProfile::Negligent));
        QCOMPARE(c->effectiveProfile(), std::optional<PayerProfile>(PayerProfile::BadPayer));
        QVERIFY(repo.setOverride(m_customer.id, std::nullopt, {}).ok());
        QCOMPARE(repo.findById(m_customer.id)->effectiveProfile(), std::optional<PayerProfile>(PayerProfile::Negligent));
    }

    void invoicesPaymentsAndBalances()
    {
        InvoiceRepository invoices(m_db);
        Invoice a = makeInvoice(QStringLiteral("FA-2026-00001"), 120000, QDate(2026, 9, 1), QDate(2026, 10, 31));
        Invoice b = makeInvoice(QStringLiteral("FA-2026-00002"), 60000, QDate(2026, 11, 2), QDate(2026, 12, 31));
        Invoice credit = makeInvoice(QStringLiteral("AV-2026-00001"), -12000, QDate(2026, 11, 5), QDate(2026, 11, 5));
        credit.kind = Invoice::Kind::CreditNote;
        QVERIFY(invoices.insert(a).ok());
        QVERIFY(invoices.insert(b).ok());
        QVERIFY(invoices.insert(credit).ok());
        Invoice again = makeInvoice(QStringLiteral("FA-2026-00001"), 1, QDate(2026, 9, 1), QDate(2026, 9, 1));
        QVERIFY(!invoices.insert(again).ok()); // same customer, number and kind

        Payment p;
        p.customerId = m_customer.id;
        p.date = QDate(2026, 11, 10);
        p.amountCents = 50000;
        p.method = QStringLiteral("transfer");
        p.allocations = {{a.id, 50000}};
        QVERIFY(PaymentRepository(m_db).insert(p).ok());
        QVERIFY(invoices.setOpenAmount(a.id, 70000, Invoice::statusFor(a.amountCents, 70000)).ok());
        QCOMPARE(invoices.findById(a.id)->status, Invoice::Status::PartiallyPaid);
        QCOMPARE(PaymentRepository(m_db).allocationsFor(a.id).size(), 1);
        QCOMPARE(PaymentRepository(m_db).forCustomer(m_customer.id).first().allocations.first().amountCents, 50000);

        const auto summary = CustomerRepository(m_db).summaries(QDate(2026, 11, 25)).first();
        QCOMPARE(summary.openBalanceCents, 70000 + 60000 - 12000);
        QCOMPARE(summary.openInvoices, 2);
        QCOMPARE(summary.overdueCents, 70000); // only FA-1 is past due on 25 Nov
        QCOMPARE(summary.oldestDueDate, QDate(2026, 10, 31));

        InvoiceFilter late;
        late.openOnly = true;
        late.dueBefore = QDate(2026, 11, 25);
        const auto lateRows = invoices.list(late);
        QCOMPARE(lateRows.size(), 2); // FA-1 and the credit note dated 5 Nov
        QCOMPARE(lateRows.first().customerCode, QStringLiteral("C0042"));

        QVERIFY(invoices.attachPdf(b.id, QStringLiteral("FA-2026-00002.pdf"), QByteArray("%PDF-1.4 test")).ok());
        QString name;
        QCOMPARE(invoices.pdf(b.id, &name), QByteArray("%PDF-1.4 test"));
        QCOMPARE(name, QStringLiteral("FA-2026-00002.pdf"));
        QCOMPARE(invoices.findById(b.id)->pdfFileName, QStringLiteral("FA-2026-00002.pdf"));
    }

    void actionsPromisesDisputesPlans()
    {
        const auto open = InvoiceRepository(m_db).forCustomer(m_customer.id, true);
        QVERIFY(open.size() >= 2);
        ActionRepository actions(m_db);
        Action act;
        act.customerId = m_customer.id;
        act.plannedDate = QDate(2026, 11, 20);
        act.step = QStringLiteral("level1");
        act.channel = QStringLiteral("phone");
        act.invoiceIds = {open.at(0).id, open.at(1).id};
        QVERIFY(actions.insert(act).ok());
        QCOMPARE(actions.overdue(QDate(2026, 11, 25)).size(), 1);
        act.status = Action::Status::Done;
        act.outcome = QStringLiteral("promise");
        act.doneAt = QDateTime(QDate(2026, 11, 25), QTime(10, 15));
        QVERIFY(actions.update(act).ok());
        QCOMPARE(actions.overdue(QDate(2026, 11, 25)).size(), 0);
        const auto back = actions.findById(act.id);
        QCOMPARE(back->invoiceIds.size(), 2);
        QCOMPARE(back->doneAt, act.doneAt);

        Promise pr;
        pr.customerId = m_customer.id;
        pr.madeOn = QDate(2026, 11, 25);
        pr.promisedDate = QDate(2026, 12, 2);
        pr.amountCents = 70000;
        pr.means = QStringLiteral("transfer");
        pr.actionId = act.id;
        pr.invoiceIds = {open.at(0).id};
        PromiseRepository promises(m_db);
        QVERIFY(promises.insert(pr).ok());
        QCOMPARE(promises.open().size(), 1);
        QVERIFY(promises.setStatus(pr.id, Promise::Status::Broken).ok());
        QCOMPARE(promises.open().size(), 0);
        QCOMPARE(promises.forCustomer(m_customer.id).first().status, Promise::Status::Broken);

        DisputeRepository disputes(m_db);
        Dispute d;
        d.customerId = m_customer.id;
        d.invoiceId = open.at(1).id;
        d.category = QStringLiteral("quality");
        d.openedOn = QDate(2026, 11, 21);
        QVERIFY(disputes.insert(d).ok());
        QCOMPARE(disputes.open().size(), 1);
        QVERIFY(InvoiceRepository(m_db).list({}).last().disputed || InvoiceRepository(m_db).list({}).at(1).disputed);
        QVERIFY(disputes.resolve(d.id, QDate(2026, 11, 24), QStringLiteral("avoir émis")).ok());
        QCOMPARE(disputes.open().size(), 0);

        PaymentPlan plan;
        plan.customerId = m_customer.id;
        plan.agreedOn = QDate(2026, 11, 25);
        plan.downPaymentCents = 20000;
        plan.downPaymentDate = QDate(2026, 11, 25);
        plan.instalments = {{0, QDate(2026, 12, 25), 25000, 0, {}}, {0, QDate(2027, 1, 25), 25000, 0, {}}};
        PaymentPlanRepository plans(m_db);
        QVERIFY(plans.insert(plan).ok());
        QVERIFY(plans.recordInstalmentPayment(plan.instalments.first().id, 25000, QDate(2026, 12, 24)).ok());
        const auto active = plans.active();
        QCOMPARE(active.size(), 1);
        QCOMPARE(active.first().instalments.size(), 2);
        QCOMPARE(active.first().instalments.first().paidCents, 25000);
        QVERIFY(plans.setStatus(plan.id, PaymentPlan::Status::Completed).ok());
        QCOMPARE(plans.active().size(), 0);
    }

    void lettersAreLockedOnceSent()
    {
        LetterRepository letters(m_db);
        Letter l;
        l.customerId = m_customer.id;
        l.level = QStringLiteral("formal_notice");
        l.letterDate = QDate(2026, 11, 25);
        l.pdf = QByteArray("%PDF-1.7 mise en demeure");
        QVERIFY(letters.insert(l).ok());
        QCOMPARE(l.sha256, LetterRepository::sha256Hex(l.pdf));
        QCOMPARE(l.sha256.size(), 64);
        QVERIFY(!letters.setReceipt(l.id, QDate(2026, 11, 28)).ok()); // not sent yet
        QVERIFY(letters.markSent(l.id, QDate(2026, 11, 25), QStringLiteral("registered_letter"), QStringLiteral("1A 234 567 8901 2")).ok());
        QVERIFY(!letters.markSent(l.id, QDate(2026, 11, 26), QStringLiteral("letter"), QString()).ok());
        QVERIFY(letters.setReceipt(l.id, QDate(2026, 11, 28)).ok());
        const auto back = letters.findById(l.id);
        QCOMPARE(back->pdf, l.pdf);
        QCOMPARE(back->lrarNumber, QStringLiteral("1A 234 567 8901 2"));
        QCOMPARE(back->receiptOn, QDate(2026, 11, 28));
        QVERIFY(back->isSent());
    }

    void journalPerInvoice()
    {
        const auto open = InvoiceRepository(m_db).forCustomer(m_customer.id, true);
        EventJournal journal(m_db);
        Event e;
        e.customerId = m_customer.id;
        e.kind = QStringLiteral("reminder_sent");
        e.summary = QStringLiteral("Relance 1 par téléphone");
        e.occurredAt = QDateTime(QDate(2026, 11, 20), QTime(9, 30));
        e.details.insert(QStringLiteral("step"), QStringLiteral("level1"));
        const int before = journal.count();
        QVERIFY(journal.appendPerInvoice(e, {open.at(0).id, open.at(1).id}).ok());
        QCOMPARE(journal.count(), before + 2);
        const auto forFirst = journal.forInvoice(open.at(0).id);
        QCOMPARE(forFirst.size(), 1);
        QCOMPARE(forFirst.first().details.value(QStringLiteral("step")).toString(), QStringLiteral("level1"));
        QCOMPARE(forFirst.first().occurredAt, e.occurredAt);
    }

    void companyRoundTrip()
    {
        CompanyRepository repo(m_db);
        QVERIFY(repo.load().name.isEmpty());
        Company c;
        c.name = QStringLiteral("Atelier Martin");
        c.legalForm = QStringLiteral("SARL");
        c.capitalCents = 1000000;
        c.siren = QStringLiteral("732829320");
        c.iban = QStringLiteral("FR7630006000011234567890189");
        c.address.city = QStringLiteral("Lyon");
        QVERIFY(repo.save(c).ok());
        c.name = QStringLiteral("Atelier Martin & Fils");
        QVERIFY(repo.save(c).ok()); // second save updates the single row
        const Company back = repo.load();
        QCOMPARE(back.name, QStringLiteral("Atelier Martin & Fils"));
        QCOMPARE(back.capitalCents, 1000000);
        QCOMPARE(back.iban, c.iban);
    }

    void laPosteAddressLines()
    {
        const QStringList lines = m_customer.address.laPosteLines(m_customer.name);
        QCOMPARE(lines.first(), QStringLiteral("Garage Lefèvre SARL"));
        QCOMPARE(lines.last(), QStringLiteral("69800 SAINT-PRIEST"));
        QCOMPARE(lines.at(1), QStringLiteral("12 RUE DE L'ÉGLISE")); // no punctuation from line 4 on
        PostalAddress longOne;
        longOne.line2 = QStringLiteral("Service de la comptabilité des fournisseurs et des achats");
        longOne.line3 = QStringLiteral("Bâtiment B");
        longOne.line4 = QStringLiteral("1 avenue du Général de Gaulle");
        longOne.line5 = QStringLiteral("BP 42");
        longOne.postcode = QStringLiteral("75008");
        longOne.city = QStringLiteral("Paris");
        longOne.country = QStringLiteral("BE");
        const QStringList l2 = longOne.laPosteLines(QStringLiteral("Société Anonyme des Établissements Exemplaires"));
        QVERIFY(l2.size() <= 6);
        for (const QString &line : l2)
            QVERIFY2(line.size() <= 38, qPrintable(line));
        QCOMPARE(l2.last(), QStringLiteral("BE"));
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
