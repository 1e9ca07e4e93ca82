// Tests for DemoGenerator: a real SQLite file filled with the demo business, checked for volume, valid identifiers,
// consistent amounts, histories that follow each payer behaviour, a lively present, determinism, refusal and cancel.

#include "CustomerRepository.h"
#include "Database.h"
#include "DemoGenerator.h"
#include "FrenchCalendar.h"
#include "Invoice.h"
#include "PayerProfile.h"
#include "SettingsRepository.h"
#include "TestSupport.h"
#include "Validators.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Monday 16 March 2026: the demo's "today" in most tests.
const QDate Today(2026, 3, 16);

// A tiny Luhn of our own, so that the check does not rest on the code under test alone.
bool luhn(const QString &digits)
{
    int sum = 0;
    bool twice = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).unicode() - u'0';
        if (d < 0 || d > 9)
            return false;
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return !digits.isEmpty() && sum % 10 == 0;
}

int vatKey(const QString &siren) { return int((12 + 3 * (siren.toLongLong() % 97)) % 97); }

QVariant scalar(QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return {};
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

int count(QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    return scalar(db, sql, binds).toInt();
}

QDate day(const QVariant &v) { return QDate::fromString(v.toString().left(10), Qt::ISODate); }

// Every table but SQLite's own and `meta` (file bookkeeping, not demo content), each row as one line, ordered by
// all its columns.
QStringList dump(const QString &path)
{
    Database db;
    if (!db.open(path))
        return {QStringLiteral("cannot open ") + path};
    QStringList lines;
    QSqlDatabase &c = db.connection();
    QStringList tables;
    {
        QSqlQuery q(c);
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                              " AND name <> 'meta' ORDER BY name"));
        while (q.next())
            tables << q.value(0).toString();
    }
    for (const QString &table : tables) {
        QSqlQuery q(c);
        q.exec(QStringLiteral("SELECT * FROM %1").arg(table));
        const int columns = q.record().count();
        QStringList order;
        for (int i = 1; i <= columns; ++i)
            order << QString::number(i);
        QSqlQuery rows(c);
        rows.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, order.join(QStringLiteral(", "))));
        while (rows.next()) {
            QStringList cells{table};
            for (int i = 0; i < columns; ++i) {
                const QVariant v = rows.value(i);
                if (v.isNull())
                    cells << QStringLiteral("∅");
                else if (v.typeId() == QMetaType::QByteArray)
                    cells << QString::fromLatin1(v.toByteArray().toHex());
                else
                    cells << v.toString();
            }
            lines << cells.join(u'|');
        }
    }
    return lines;
}

QString firstDifference(const QStringList &a, const QStringList &b)
{
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i)
        if (a.at(i) != b.at(i))
            return QStringLiteral("line %1:\n  %2\n  %3").arg(i).arg(a.at(i), b.at(i));
    return QStringLiteral("sizes %1 and %2").arg(a.size()).arg(b.size());
}

} // namespace

class TestDemoGenerator final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void counts();
    void statsMatchTables();
    void company();
    void customers();
    void identifiers();
    void openAmountsMatchAllocations();
    void paymentsMatchAllocations();
    void behavioursStored();
    void behaviourMixSmall();
    void goodAndAutomaticPayers();
    void negligentPayAfterReminder();
    void badPayersAndAdministrations();
    void remindersEscalate();
    void disputers();
    void insolvents();
    void promisesConsistent();
    void presentDay();
    void invoiceNumbering();
    void nothingInTheFuture();
    void journal();
    void integrity();
    void deterministic();
    void differentSeedDiffers();
    void refusesNonEmptyDatabase();
    void cancelRollsBack();
    void refusesBadOptions();

private:
    QString freshPath(const QString &name) const { return m_dir.filePath(name); }
    // Paid invoices of one behaviour: (invoice id, due date, last payment date).
    struct Paid
    {
        qint64 id;
        QDate due;
        QDate paidOn;
        QString customer;
    };
    QList<Paid> paidInvoices(const QString &behaviour);

    QTemporaryDir m_dir;
    QString m_main;
    Database m_db;
    DemoGenerator::Stats m_stats;
    QHash<QString, QString> m_behaviourOf; // customer code → behaviour key
};

void TestDemoGenerator::initTestCase()
{
    TestSupport::prepareEnvironment();
    QVERIFY(m_dir.isValid());
    m_main = freshPath(QStringLiteral("main.sqlite"));
    QVERIFY(m_db.open(m_main));
    DemoGenerator generator(m_db);
    QList<QPair<int, int>> calls;
    QElapsedTimer timer;
    timer.start();
    const Status s = generator.generate({1, Today, 150}, [&](int done, int total) {
        calls << qMakePair(done, total);
        return true;
    });
    const qint64 ms = timer.elapsed();
    QVERIFY2(s.ok(), qPrintable(s.error()));
    qInfo("Demo with 150 customers generated in %lld ms", ms);
    m_stats = generator.stats();
    // Progress: from 0 to the total, never backwards, total fixed.
    QVERIFY(calls.size() >= 3);
    QCOMPARE(calls.first().first, 0);
    QCOMPARE(calls.last().first, calls.last().second);
    for (qsizetype i = 1; i < calls.size(); ++i) {
        QVERIFY(calls.at(i).first >= calls.at(i - 1).first);
        QCOMPARE(calls.at(i).second, calls.first().second);
    }
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'demo_behaviour:%'")));
    while (q.next())
        m_behaviourOf.insert(q.value(0).toString().mid(15), q.value(1).toString());
}

QList<TestDemoGenerator::Paid> TestDemoGenerator::paidInvoices(const QString &behaviour)
{
    QList<Paid> list;
    QSqlQuery q(m_db.connection());
    q.exec(QStringLiteral("SELECT i.id, i.due_date, max(p.paid_on), c.code FROM invoices i"
                          " JOIN customers c ON c.id = i.customer_id"
                          " JOIN payment_allocations a ON a.invoice_id = i.id JOIN payments p ON p.id = a.payment_id"
                          " WHERE i.kind = 'invoice' AND i.status = 'paid' GROUP BY i.id ORDER BY i.id"));
    while (q.next()) {
        const QString code = q.value(3).toString();
        if (m_behaviourOf.value(code) == behaviour)
            list << Paid{q.value(0).toLongLong(), day(q.value(1)), day(q.value(2)), code};
    }
    return list;
}

void TestDemoGenerator::counts()
{
    QSqlDatabase &c = m_db.connection();
    QCOMPARE(count(c, QStringLiteral("SELECT count(*) FROM customers")), 150);
    const int invoices = count(c, QStringLiteral("SELECT count(*) FROM invoices WHERE kind = 'invoice'"));
    QVERIFY2(invoices >= 2500 && invoices <= 3500, qPrintable(QString::number(invoices)));
    const int credits = count(c, QStringLiteral("SELECT count(*) FROM invoices WHERE kind = 'credit_note'"));
    QVERIFY2(credits >= 5 && credits <= 200, qPrintable(QString::number(credits)));
    // Credit notes are negative; some were deducted from a payment, some are still to be used.
    QCOMPARE(count(c, QStringLiteral("SELECT count(*) FROM invoices WHERE kind = 'credit_note' AND amount_cents >= 0")), 0);
    QVERIFY(count(c, QStringLiteral("SELECT count(*) FROM invoices WHERE kind = 'credit_note' AND status = 'paid'")) > 0);
    QVERIFY(count(c, QStringLiteral("SELECT count(*) FROM invoices WHERE kind = 'credit_note' AND status = 'open'")) > 0);
    QVERIFY(count(c, QStringLiteral("SELECT count(*) FROM payments")) > 1500);
    QVERIFY(count(c, QStringLiteral("SELECT count(*) FROM actions WHERE status = 'done'")) > 300);
    QVERIFY(count(c, QStringLiteral("SELECT count(*) FROM promises")) > 50);
    QVERIFY(count(c, QStringLiteral("SELECT count(*) FROM disputes")) > 20);
    QVERIFY(count(c, QStringLiteral("SELECT count(*) FROM events")) > 5000);
    // Two years of history, VAT at 20 % everywhere.
    const QDate first = day(scalar(c, QStringLiteral("SELECT min(issue_date) FROM invoices")));
    QVERIFY2(first >= Today.addDays(-731) && first <= Today.addDays(-700), qPrintable(first.toString(Qt::ISODate)));
    QCOMPARE(count(c, QStringLiteral("SELECT count(*) FROM invoices WHERE abs(amount_cents - amount_excl_cents)"
                                     " <> (abs(amount_excl_cents) * 20 + 50) / 100")),
             0);
}

void TestDemoGenerator::statsMatchTables()
{
    QSqlDatabase &c = m_db.connection();
    QCOMPARE(m_stats.customers, count(c, QStringLiteral("SELECT count(*) FROM customers")));
    QCOMPARE(m_stats.invoices, count(c, QStringLiteral("SELECT count(*) FROM invoices WHERE kind = 'invoice'")));
    QCOMPARE(m_stats.creditNotes, count(c, QStringLiteral("SELECT count(*) FROM invoices WHERE kind = 'credit_note'")));
    QCOMPARE(m_stats.payments, count(c, QStringLiteral("SELECT count(*) FROM payments")));
    QCOMPARE(m_stats.actions, count(c, QStringLiteral("SELECT count(*) FROM actions")));
    QCOMPARE(m_stats.promises, count(c, QStringLiteral("SELECT count(*) FROM promises")));
    QCOMPARE(m_stats.disputes, count(c, QStringLiteral("SELECT count(*) FROM disputes")));
    QCOMPARE(m_stats.events, count(c, QStringLiteral("SELECT count(*) FROM events")));
}

void TestDemoGenerator::company()
{
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT name, legal_form, capital_cents, siren, rcs_city, vat_number, address_line4,"
                                  " postcode, city, phone, email, iban, bic, signatory_name, signatory_title,"
                                  " late_payment_clause FROM company")));
    QVERIFY(q.next());
    for (int i = 0; i < 16; ++i)
        QVERIFY2(!q.value(i).toString().isEmpty(), qPrintable(QString::number(i)));
    QVERIFY(q.value(2).toLongLong() > 0);
    const QString siren = q.value(3).toString();
    QVERIFY(luhn(siren));
    QVERIFY2(Validators::siren(siren).ok(), qPrintable(siren));
    QVERIFY2(Validators::frenchVat(q.value(5).toString()).ok(), qPrintable(q.value(5).toString()));
    QCOMPARE(q.value(5).toString().mid(4), siren);
    const QString iban = q.value(11).toString();
    QVERIFY2(Validators::iban(iban).ok(), qPrintable(Validators::iban(iban).error()));
    QVERIFY(iban.startsWith(u"FR76"));
    QCOMPARE(iban.size(), 27);
    const QString clause = q.value(15).toString();
    QVERIFY(clause.contains(u"L441-10"));
    QVERIFY(clause.contains(u"40 €"));
}

void TestDemoGenerator::customers()
{
    static const QRegularExpression phone(QStringLiteral("^0[1-7]( \\d\\d){4}$"));
    static const QRegularExpression email(QStringLiteral("^[a-z0-9.\\-]+@[a-z0-9\\-]+(\\.[a-z0-9\\-]+)*\\.fr$"));
    static const QRegularExpression postcode(QStringLiteral("^\\d{5}$"));
    CustomerRepository repo(m_db);
    const QList<Customer> all = repo.all();
    QCOMPARE(all.size(), 150);
    QSet<QString> names;
    int publicBodies = 0;
    QSet<QString> terms;
    for (int i = 0; i < all.size(); ++i) {
        const Customer &c = all.at(i);
        QCOMPARE(c.code, QStringLiteral("C%1").arg(i + 1, 4, 10, QChar(u'0')));
        QVERIFY2(!names.contains(c.name), qPrintable(c.name));
        names.insert(c.name);
        QVERIFY(!c.legalForm.isEmpty());
        QVERIFY(!c.address.line4.isEmpty());
        QVERIFY2(postcode.match(c.address.postcode).hasMatch(), qPrintable(c.address.postcode));
        QVERIFY(!c.address.city.isEmpty());
        for (const QString &line : c.address.laPosteLines(c.name))
            QVERIFY2(line.size() <= 38, qPrintable(line));
        QVERIFY2(c.contacts.size() >= 1 && c.contacts.size() <= 3, qPrintable(c.code));
        QVERIFY(c.contacts.first().primary);
        for (const Contact &ct : c.contacts) {
            QVERIFY(ct.civility == u"M." || ct.civility == u"Mme");
            QVERIFY(!ct.name.isEmpty() && !ct.role.isEmpty());
            QVERIFY2(phone.match(ct.phone).hasMatch(), qPrintable(ct.phone));
            QVERIFY2(email.match(ct.email).hasMatch(), qPrintable(ct.email));
        }
        terms.insert(QStringLiteral("%1%2").arg(c.paymentTermsDays).arg(c.endOfMonth ? QStringLiteral(" fdm") : QString()));
        publicBodies += c.publicBody ? 1 : 0;
        // The classifier fills the profile: the demo leaves it empty.
        QVERIFY(!c.profile.has_value());
        QVERIFY(!c.profileOverride.has_value());
        if (m_behaviourOf.value(c.code) == u"automatic")
            QVERIFY2(c.paysAutomatically(), qPrintable(c.code));
        else
            QVERIFY2(!c.paysAutomatically(), qPrintable(c.code));
    }
    QVERIFY(publicBodies >= 8);
    for (const QString &t : terms)
        QVERIFY2(t == u"30" || t == u"45 fdm" || t == u"60" || t == u"50", qPrintable(t));
    QVERIFY(terms.contains(QStringLiteral("30")) && terms.contains(QStringLiteral("45 fdm")) && terms.contains(QStringLiteral("60")));
    // Due dates follow each customer's terms.
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT customer_id, issue_date, due_date FROM invoices WHERE kind = 'invoice'")));
    QHash<qint64, Customer> byId;
    for (const Customer &c : all)
        byId.insert(c.id, c);
    while (q.next())
        QCOMPARE(day(q.value(2)), byId.value(q.value(0).toLongLong()).dueDateFor(day(q.value(1))));
}

void TestDemoGenerator::identifiers()
{
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT code, siren, siret, vat_number FROM customers")));
    QSet<QString> sirens;
    while (q.next()) {
        const QString code = q.value(0).toString();
        const QString siren = q.value(1).toString();
        const QString siret = q.value(2).toString();
        const QString vat = q.value(3).toString();
        QCOMPARE(siren.size(), 9);
        QVERIFY2(luhn(siren), qPrintable(code + u' ' + siren));
        QVERIFY2(Validators::siren(siren).ok(), qPrintable(siren));
        QCOMPARE(siret.size(), 14);
        QVERIFY2(siret.startsWith(siren), qPrintable(siret));
        QVERIFY2(luhn(siret), qPrintable(code + u' ' + siret));
        QVERIFY2(Validators::siret(siret).ok(), qPrintable(siret));
        QCOMPARE(vat, QStringLiteral("FR%1%2").arg(vatKey(siren), 2, 10, QChar(u'0')).arg(siren));
        QVERIFY2(Validators::frenchVat(vat).ok(), qPrintable(vat));
        QVERIFY2(!sirens.contains(siren), qPrintable(siren));
        sirens.insert(siren);
    }
    QCOMPARE(sirens.size(), 150);
}

void TestDemoGenerator::openAmountsMatchAllocations()
{
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT i.number, i.kind, i.amount_cents, i.open_cents, i.status,"
                                  " (SELECT coalesce(sum(a.amount_cents), 0) FROM payment_allocations a WHERE a.invoice_id = i.id)"
                                  " FROM invoices i")));
    int rows = 0, partial = 0;
    while (q.next()) {
        ++rows;
        const QString number = q.value(0).toString();
        const qint64 amount = q.value(2).toLongLong();
        const qint64 open = q.value(3).toLongLong();
        const qint64 allocated = q.value(5).toLongLong();
        QVERIFY2(open == amount - allocated, qPrintable(number));
        QCOMPARE(q.value(4).toString(), Invoice::statusKey(Invoice::statusFor(amount, open)));
        // Never over-paid, never paid the wrong way round.
        if (amount > 0)
            QVERIFY2(open >= 0 && open <= amount, qPrintable(number));
        else
            QVERIFY2(open <= 0 && open >= amount, qPrintable(number));
        partial += q.value(4).toString() == u"partially_paid" ? 1 : 0;
    }
    QVERIFY(rows > 2500);
    QVERIFY(partial > 0);
}

void TestDemoGenerator::paymentsMatchAllocations()
{
    QSqlDatabase &c = m_db.connection();
    QCOMPARE(count(c, QStringLiteral("SELECT count(*) FROM payments p WHERE p.amount_cents <>"
                                     " (SELECT sum(a.amount_cents) FROM payment_allocations a WHERE a.payment_id = p.id)")),
             0);
    QCOMPARE(count(c, QStringLiteral("SELECT count(*) FROM payments WHERE amount_cents <= 0")), 0);
    // Allocations stay within the payer's own invoices.
    QCOMPARE(count(c, QStringLiteral("SELECT count(*) FROM payment_allocations a JOIN payments p ON p.id = a.payment_id"
                                     " JOIN invoices i ON i.id = a.invoice_id WHERE i.customer_id <> p.customer_id")),
             0);
    // A payment covering several invoices exists (one transfer for a month's invoices).
    QVERIFY(count(c, QStringLiteral("SELECT count(*) FROM (SELECT payment_id FROM payment_allocations"
                                    " GROUP BY payment_id HAVING count(*) > 1)")) > 10);
}

void TestDemoGenerator::behavioursStored()
{
    QCOMPARE(m_behaviourOf.size(), 150);
    QMap<QString, int> mix;
    for (const QString &b : m_behaviourOf)
        ++mix[b];
    for (PayerProfile p : AllPayerProfiles)
        QVERIFY2(mix.value(payerProfileKey(p)) >= 3, qPrintable(payerProfileKey(p)));
    QCOMPARE(mix.value(QStringLiteral("good_payer")), 45);
    QCOMPARE(mix.value(QStringLiteral("negligent")), 38);
    QCOMPARE(mix.value(QStringLiteral("automatic")), 15);
    QCOMPARE(mix.value(QStringLiteral("bad_payer")), 15);
    QCOMPARE(mix.value(QStringLiteral("administrative")), 15);
    QCOMPARE(mix.value(QStringLiteral("disputer")), 12);
    QCOMPARE(mix.value(QStringLiteral("insolvent")), 10);
    QCOMPARE(DemoGenerator::behaviourSettingKey(QStringLiteral("C0042")), QStringLiteral("demo_behaviour:C0042"));
    // Administrations are mostly public bodies.
    CustomerRepository repo(m_db);
    int admin = 0, adminPublic = 0;
    for (const Customer &c : repo.all()) {
        if (m_behaviourOf.value(c.code) != u"administrative")
            continue;
        ++admin;
        adminPublic += c.publicBody ? 1 : 0;
    }
    QVERIFY(adminPublic * 2 > admin);
}

void TestDemoGenerator::behaviourMixSmall()
{
    // Even a small demo has every behaviour at least three times, and stays consistent.
    const QString path = freshPath(QStringLiteral("small.sqlite"));
    Database db;
    QVERIFY(db.open(path));
    DemoGenerator generator(db);
    const Status s = generator.generate({7, QDate(2025, 8, 17), 30}); // a Sunday in August
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(generator.stats().customers, 30);
    QMap<QString, int> mix;
    SettingsRepository settings(db);
    for (const Customer &c : CustomerRepository(db).all()) {
        const QString key = settings.value(DemoGenerator::behaviourSettingKey(c.code));
        QVERIFY2(payerProfileFromKey(key).has_value(), qPrintable(key));
        ++mix[key];
    }
    QCOMPARE(mix.size(), 7);
    for (int n : mix)
        QVERIFY(n >= 3);
    QSqlDatabase &c = db.connection();
    QCOMPARE(count(c, QStringLiteral("SELECT count(*) FROM invoices i WHERE i.open_cents <> i.amount_cents -"
                                     " (SELECT coalesce(sum(a.amount_cents), 0) FROM payment_allocations a"
                                     " WHERE a.invoice_id = i.id)")),
             0);
    QVERIFY(count(c, QStringLiteral("SELECT count(*) FROM promises WHERE status = 'open'")) > 0);
    QVERIFY(count(c, QStringLiteral("SELECT count(*) FROM disputes WHERE resolved_on IS NULL")) > 0);
    QCOMPARE(count(c, QStringLiteral("SELECT count(*) FROM payments WHERE paid_on >= '2025-08-17'")), 0);
    QVERIFY(db.integrityProblems().isEmpty());
}

void TestDemoGenerator::goodAndAutomaticPayers()
{
    const QList<Paid> good = paidInvoices(QStringLiteral("good_payer"));
    QVERIFY(good.size() > 300);
    for (const Paid &p : good) {
        const qint64 late = p.due.daysTo(p.paidOn);
        QVERIFY2(late <= 0 && late >= -9, qPrintable(QStringLiteral("%1 %2").arg(p.customer).arg(late)));
    }
    const QList<Paid> automatic = paidInvoices(QStringLiteral("automatic"));
    QVERIFY(automatic.size() > 50);
    for (const Paid &p : automatic)
        QCOMPARE(p.paidOn, p.due);
    QSqlDatabase &c = m_db.connection();
    // Automatic payers are never reminded and pay by LCR or direct debit only.
    QSqlQuery q(c);
    QVERIFY(q.exec(QStringLiteral("SELECT c.code, p.method, (SELECT count(*) FROM actions a WHERE a.customer_id = c.id)"
                                  " FROM customers c JOIN payments p ON p.customer_id = c.id")));
    while (q.next()) {
        if (m_behaviourOf.value(q.value(0).toString()) != u"automatic")
            continue;
        QVERIFY(q.value(1).toString() == u"lcr" || q.value(1).toString() == u"direct_debit");
        QCOMPARE(q.value(2).toInt(), 0);
    }
    // Good payers only hear from us before the due date.
    QVERIFY(q.exec(QStringLiteral("SELECT c.code, a.step FROM actions a JOIN customers c ON c.id = a.customer_id")));
    while (q.next())
        if (m_behaviourOf.value(q.value(0).toString()) == u"good_payer")
            QCOMPARE(q.value(1).toString(), QStringLiteral("preventive"));
}

void TestDemoGenerator::negligentPayAfterReminder()
{
    const QList<Paid> paid = paidInvoices(QStringLiteral("negligent"));
    QVERIFY(paid.size() > 300);
    QSqlDatabase &c = m_db.connection();
    for (const Paid &p : paid) {
        const qint64 late = p.due.daysTo(p.paidOn);
        QVERIFY2(late >= 8 && late <= 30, qPrintable(QStringLiteral("%1 %2").arg(p.customer).arg(late)));
        // A done level-1 reminder with an outcome, after the due date and 1 to 8 days before the payment.
        const int reminders = count(c, QStringLiteral("SELECT count(*) FROM actions a JOIN action_invoices ai"
                                                      " ON ai.action_id = a.id WHERE ai.invoice_id = ? AND a.step = 'level1'"
                                                      " AND a.status = 'done' AND a.outcome <> '' AND a.planned_date > ?"
                                                      " AND a.planned_date < ? AND a.planned_date >= ?"),
                                    {p.id, p.due.toString(Qt::ISODate), p.paidOn.toString(Qt::ISODate),
                                     p.paidOn.addDays(-9).toString(Qt::ISODate)});
        QVERIFY2(reminders == 1, qPrintable(QStringLiteral("%1 invoice %2").arg(p.customer).arg(p.id)));
        QVERIFY(count(c, QStringLiteral("SELECT count(*) FROM events WHERE invoice_id = ? AND kind = 'reminder_sent'"),
                      {p.id}) == 1);
    }
}

void TestDemoGenerator::badPayersAndAdministrations()
{
    QSqlDatabase &c = m_db.connection();
    const QList<Paid> bad = paidInvoices(QStringLiteral("bad_payer"));
    QVERIFY(bad.size() > 50);
    int registered = 0;
    for (const Paid &p : bad) {
        const qint64 late = p.due.daysTo(p.paidOn);
        QVERIFY2(late >= 30 && late <= 75, qPrintable(QStringLiteral("%1 %2").arg(p.customer).arg(late)));
        const int reminders = count(c, QStringLiteral("SELECT count(*) FROM actions a JOIN action_invoices ai"
                                                      " ON ai.action_id = a.id WHERE ai.invoice_id = ? AND a.planned_date > ?"
                                                      " AND a.planned_date < ?"),
                                    {p.id, p.due.toString(Qt::ISODate), p.paidOn.toString(Qt::ISODate)});
        QVERIFY2(reminders >= 2, qPrintable(QStringLiteral("%1 invoice %2").arg(p.customer).arg(p.id)));
        registered += count(c, QStringLiteral("SELECT count(*) FROM actions a JOIN action_invoices ai ON ai.action_id = a.id"
                                              " WHERE ai.invoice_id = ? AND a.channel IN ('letter', 'registered_letter')"),
                            {p.id});
    }
    QVERIFY(registered > 10);
    // Bad payers break promises, and pay later anyway.
    QSqlQuery q(c);
    QVERIFY(q.exec(QStringLiteral("SELECT c.code, p.status FROM promises p JOIN customers c ON c.id = p.customer_id")));
    int brokenByBad = 0;
    while (q.next())
        if (m_behaviourOf.value(q.value(0).toString()) == u"bad_payer" && q.value(1).toString() == u"broken")
            ++brokenByBad;
    QVERIFY(brokenByBad > 5);

    const QList<Paid> admin = paidInvoices(QStringLiteral("administrative"));
    QVERIFY(admin.size() > 50);
    for (const Paid &p : admin) {
        const qint64 late = p.due.daysTo(p.paidOn);
        QVERIFY2(late >= 25 && late <= 50, qPrintable(QStringLiteral("%1 %2").arg(p.customer).arg(late)));
    }
    QVERIFY(q.exec(QStringLiteral("SELECT c.code, a.outcome FROM actions a JOIN customers c ON c.id = a.customer_id")));
    int awaiting = 0, adminActions = 0;
    while (q.next()) {
        if (m_behaviourOf.value(q.value(0).toString()) != u"administrative")
            continue;
        ++adminActions;
        awaiting += q.value(1).toString() == u"awaiting_approval" ? 1 : 0;
    }
    QVERIFY(awaiting * 2 > adminActions);
}

void TestDemoGenerator::remindersEscalate()
{
    QSqlDatabase &c = m_db.connection();
    // Per invoice, levels only go up: level 1, 2, 3, then the mise en demeure (follow-ups may come in between).
    QSqlQuery q(c);
    QVERIFY(q.exec(QStringLiteral("SELECT ai.invoice_id, a.step FROM action_invoices ai JOIN actions a ON a.id = ai.action_id"
                                  " ORDER BY ai.invoice_id, a.done_at, a.id")));
    static const QHash<QString, int> rank = {{QStringLiteral("level1"), 1}, {QStringLiteral("level2"), 2},
                                              {QStringLiteral("level3"), 3}, {QStringLiteral("formal_notice"), 4}};
    qint64 current = -1;
    int last = 0;
    while (q.next()) {
        if (q.value(0).toLongLong() != current) {
            current = q.value(0).toLongLong();
            last = 0;
        }
        const int r = rank.value(q.value(1).toString());
        if (r == 0)
            continue;
        QVERIFY2(r > last, qPrintable(QStringLiteral("invoice %1: %2 after level %3").arg(current).arg(q.value(1).toString()).arg(last)));
        last = r;
    }
    // Disputed invoices leave the reminders while the dispute is open.
    QCOMPARE(count(c, QStringLiteral("SELECT count(*) FROM actions a JOIN action_invoices ai ON ai.action_id = a.id"
                                     " JOIN disputes d ON d.invoice_id = ai.invoice_id WHERE a.planned_date > d.opened_on"
                                     " AND (d.resolved_on IS NULL OR a.planned_date < d.resolved_on)")),
             0);
    // One message per customer: two reminders at the same step, same day, same channel and answer are one action.
    QCOMPARE(count(c, QStringLiteral("SELECT count(*) FROM (SELECT customer_id FROM actions WHERE outcome NOT IN"
                                     " ('promise', 'dispute') GROUP BY customer_id, planned_date, step, channel, outcome"
                                     " HAVING count(*) > 1)")),
             0);
    // Formal notices stay occasional.
    const int notices = count(c, QStringLiteral("SELECT count(*) FROM actions WHERE step = 'formal_notice'"));
    const int reminders = count(c, QStringLiteral("SELECT count(*) FROM actions"));
    QVERIFY2(notices > 0 && notices * 20 < reminders, qPrintable(QStringLiteral("%1 of %2").arg(notices).arg(reminders)));
}

void TestDemoGenerator::disputers()
{
    QSqlDatabase &c = m_db.connection();
    QSqlQuery q(c);
    // Disputes only come from disputers, on about 40 % of their invoices.
    QVERIFY(q.exec(QStringLiteral("SELECT c.code, count(DISTINCT d.invoice_id) FROM disputes d"
                                  " JOIN customers c ON c.id = d.customer_id GROUP BY c.code")));
    int disputed = 0;
    while (q.next()) {
        QCOMPARE(m_behaviourOf.value(q.value(0).toString()), QStringLiteral("disputer"));
        disputed += q.value(1).toInt();
    }
    int theirInvoices = 0;
    QVERIFY(q.exec(QStringLiteral("SELECT c.code, count(*) FROM invoices i JOIN customers c ON c.id = i.customer_id"
                                  " WHERE i.kind = 'invoice' GROUP BY c.code")));
    while (q.next())
        if (m_behaviourOf.value(q.value(0).toString()) == u"disputer")
            theirInvoices += q.value(1).toInt();
    QVERIFY2(disputed * 100 >= theirInvoices * 25 && disputed * 100 <= theirInvoices * 55,
             qPrintable(QStringLiteral("%1 of %2").arg(disputed).arg(theirInvoices)));
    // Disputed invoices get paid late, after the dispute is closed; categories are the known ones.
    QVERIFY(q.exec(QStringLiteral("SELECT d.category, d.opened_on, d.resolved_on, d.resolution, i.due_date, i.status,"
                                  " (SELECT max(p.paid_on) FROM payment_allocations a JOIN payments p ON p.id = a.payment_id"
                                  " WHERE a.invoice_id = i.id) FROM disputes d JOIN invoices i ON i.id = d.invoice_id")));
    static const QStringList categories = {QStringLiteral("price"), QStringLiteral("quantity"), QStringLiteral("quality"),
                                           QStringLiteral("not_delivered"), QStringLiteral("invoice_not_received"),
                                           QStringLiteral("duplicate"), QStringLiteral("other")};
    int open = 0;
    while (q.next()) {
        QVERIFY(categories.contains(q.value(0).toString()));
        const QDate resolved = day(q.value(2));
        if (!resolved.isValid()) {
            ++open;
            QVERIFY(q.value(5).toString() != u"paid");
            continue;
        }
        QVERIFY(resolved > day(q.value(1)));
        QVERIFY(!q.value(3).toString().isEmpty());
        if (q.value(5).toString() == u"paid") {
            const QDate paid = day(q.value(6));
            QVERIFY(paid > resolved);
            QVERIFY(day(q.value(4)).daysTo(paid) >= 10);
        }
    }
    QVERIFY(open > 0);
    // Some disputes ended with a partial credit note.
    QVERIFY(count(c, QStringLiteral("SELECT count(*) FROM disputes WHERE resolution LIKE '%avoir AV-%'")) > 3);
}

void TestDemoGenerator::insolvents()
{
    QSqlDatabase &c = m_db.connection();
    CustomerRepository repo(m_db);
    int flagged = 0, withOpen = 0, insolvent = 0;
    for (const Customer &cu : repo.all()) {
        if (m_behaviourOf.value(cu.code) != u"insolvent") {
            QVERIFY(!cu.insolvencyFlag);
            continue;
        }
        ++insolvent;
        flagged += cu.insolvencyFlag ? 1 : 0;
        withOpen += count(c, QStringLiteral("SELECT count(*) FROM invoices WHERE customer_id = ? AND kind = 'invoice'"
                                            " AND status <> 'paid' AND due_date < ?"),
                          {cu.id, Today.toString(Qt::ISODate)}) > 0 ? 1 : 0;
    }
    QCOMPARE(insolvent, 10);
    QVERIFY(flagged >= 1 && flagged < insolvent);
    QCOMPARE(withOpen, insolvent);
    // An active échéancier with an immediate partial payment and instalments, some already paid.
    QSqlQuery q(c);
    QVERIFY(q.exec(QStringLiteral("SELECT p.id, p.down_payment_cents, p.down_payment_date, p.agreed_on, c.code"
                                  " FROM payment_plans p JOIN customers c ON c.id = p.customer_id WHERE p.status = 'active'")));
    int plans = 0;
    while (q.next()) {
        ++plans;
        QCOMPARE(m_behaviourOf.value(q.value(4).toString()), QStringLiteral("insolvent"));
        QVERIFY(q.value(1).toLongLong() > 0);
        QCOMPARE(q.value(2).toString(), q.value(3).toString());
        QVERIFY(count(c, QStringLiteral("SELECT count(*) FROM plan_instalments WHERE plan_id = ?"), {q.value(0)}) >= 3);
    }
    QVERIFY(plans >= 1);
    QVERIFY(count(c, QStringLiteral("SELECT count(*) FROM plan_instalments WHERE paid_cents = amount_cents AND paid_on IS NOT NULL")) > 0);
    QCOMPARE(count(c, QStringLiteral("SELECT count(*) FROM plan_instalments WHERE paid_on >= ?"), {Today.toString(Qt::ISODate)}), 0);
}

void TestDemoGenerator::promisesConsistent()
{
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT p.id, p.status, p.made_on, p.promised_date, p.action_id, a.outcome, a.planned_date"
                                  " FROM promises p JOIN actions a ON a.id = p.action_id")));
    int rows = 0, kept = 0, broken = 0;
    while (q.next()) {
        ++rows;
        const QString status = q.value(1).toString();
        const QDate made = day(q.value(2));
        const QDate promised = day(q.value(3));
        QCOMPARE(q.value(5).toString(), QStringLiteral("promise"));
        QCOMPARE(day(q.value(6)), made);
        QVERIFY(promised > made);
        const int unpaid = count(m_db.connection(),
                                 QStringLiteral("SELECT count(*) FROM promise_invoices pi JOIN invoices i ON i.id = pi.invoice_id"
                                                " WHERE pi.promise_id = ? AND i.status <> 'paid'"),
                                 {q.value(0)});
        if (status == u"kept") {
            ++kept;
            QCOMPARE(unpaid, 0);
        } else if (status == u"broken") {
            ++broken;
            QVERIFY(promised < Today);
        } else if (status == u"cancelled") {
            // Superseded by an échéancier agreed before the promised date.
            QVERIFY(count(m_db.connection(), QStringLiteral("SELECT count(*) FROM payment_plans pl JOIN promises p"
                                                            " ON p.customer_id = pl.customer_id WHERE p.id = ?"
                                                            " AND pl.agreed_on <= p.promised_date"),
                          {q.value(0)}) > 0);
        } else {
            QCOMPARE(status, QStringLiteral("open"));
            QVERIFY2(unpaid > 0, qPrintable(q.value(0).toString()));
        }
    }
    QCOMPARE(rows, count(m_db.connection(), QStringLiteral("SELECT count(*) FROM promises")));
    QVERIFY(kept > 20);
    QVERIFY(broken > 5);
}

void TestDemoGenerator::presentDay()
{
    QSqlDatabase &c = m_db.connection();
    const QString today = Today.toString(Qt::ISODate);
    // Preventive reminders to come: invoices falling due within 30 days, for many customers.
    const int dueSoonCustomers = count(c, QStringLiteral("SELECT count(DISTINCT customer_id) FROM invoices WHERE kind = 'invoice'"
                                                         " AND status <> 'paid' AND due_date > ? AND due_date <= ?"),
                                       {today, Today.addDays(30).toString(Qt::ISODate)});
    QVERIFY2(dueSoonCustomers >= 40, qPrintable(QString::number(dueSoonCustomers)));
    // Late invoices, for the behaviours that pay late.
    QSqlQuery late(c);
    late.prepare(QStringLiteral("SELECT DISTINCT c.code FROM invoices i JOIN customers c ON c.id = i.customer_id"
                                " WHERE i.kind = 'invoice' AND i.status <> 'paid' AND i.due_date < ?"));
    late.addBindValue(today);
    QVERIFY(late.exec());
    QSet<QString> lateBehaviours;
    int lateCustomers = 0;
    while (late.next()) {
        ++lateCustomers;
        const QString b = m_behaviourOf.value(late.value(0).toString());
        lateBehaviours.insert(b);
        QVERIFY2(b != u"good_payer" && b != u"automatic", qPrintable(late.value(0).toString()));
    }
    QVERIFY(lateCustomers >= 20);
    QVERIFY(lateBehaviours.contains(QStringLiteral("bad_payer")));
    QVERIFY(lateBehaviours.contains(QStringLiteral("insolvent")));
    // Promises: some due in the coming days, one or two just broken (date passed, still open).
    QVERIFY(count(c, QStringLiteral("SELECT count(*) FROM promises WHERE status = 'open' AND promised_date >= ?"
                                    " AND promised_date <= ?"),
                  {today, Today.addDays(10).toString(Qt::ISODate)}) >= 3);
    const int justBroken = count(c, QStringLiteral("SELECT count(*) FROM promises WHERE status = 'open' AND promised_date < ?"),
                                 {today});
    QVERIFY2(justBroken >= 1 && justBroken <= 6, qPrintable(QString::number(justBroken)));
    // A preventive call that ended with a promise for the due date.
    QVERIFY(count(c, QStringLiteral("SELECT count(*) FROM promises p JOIN actions a ON a.id = p.action_id"
                                    " WHERE p.status = 'open' AND a.step = 'preventive'")) >= 1);
    QVERIFY(count(c, QStringLiteral("SELECT count(*) FROM disputes WHERE resolved_on IS NULL")) >= 2);
    QVERIFY(count(c, QStringLiteral("SELECT count(*) FROM payment_plans WHERE status = 'active'")) >= 1);
    // Recent activity: the journal shows the last days.
    QVERIFY(count(c, QStringLiteral("SELECT count(*) FROM events WHERE occurred_at >= ?"),
                  {Today.addDays(-7).toString(Qt::ISODate)}) > 20);
    // The planner owns the future: the demo writes only what was done.
    QCOMPARE(count(c, QStringLiteral("SELECT count(*) FROM actions WHERE status <> 'done' OR done_at IS NULL")), 0);
}

void TestDemoGenerator::invoiceNumbering()
{
    static const QRegularExpression pattern(QStringLiteral("^(FA|AV)-(\\d{4})-(\\d{5})$"));
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT number, kind, issue_date FROM invoices ORDER BY id")));
    QMap<QString, int> last;
    QDate previous;
    QSet<QString> numbers;
    while (q.next()) {
        const QString number = q.value(0).toString();
        const auto m = pattern.match(number);
        QVERIFY2(m.hasMatch(), qPrintable(number));
        const QDate issued = day(q.value(2));
        QCOMPARE(m.captured(2).toInt(), issued.year());
        QCOMPARE(m.captured(1), q.value(1).toString() == u"credit_note" ? QStringLiteral("AV") : QStringLiteral("FA"));
        // Written in issue order, numbered without gaps within each series and year.
        QVERIFY(!previous.isValid() || issued >= previous);
        previous = issued;
        const QString series = m.captured(1) + m.captured(2);
        QCOMPARE(m.captured(3).toInt(), last.value(series) + 1);
        last[series] = m.captured(3).toInt();
        QVERIFY(!numbers.contains(number));
        numbers.insert(number);
    }
}

void TestDemoGenerator::nothingInTheFuture()
{
    QSqlDatabase &c = m_db.connection();
    const QString today = Today.toString(Qt::ISODate);
    for (const QString &sql : {QStringLiteral("SELECT count(*) FROM invoices WHERE issue_date >= ?"),
                               QStringLiteral("SELECT count(*) FROM payments WHERE paid_on >= ?"),
                               QStringLiteral("SELECT count(*) FROM actions WHERE planned_date >= ? OR done_at >= ?"),
                               QStringLiteral("SELECT count(*) FROM promises WHERE made_on >= ?"),
                               QStringLiteral("SELECT count(*) FROM disputes WHERE opened_on >= ? OR resolved_on >= ?"),
                               QStringLiteral("SELECT count(*) FROM payment_plans WHERE agreed_on >= ?"),
                               QStringLiteral("SELECT count(*) FROM events WHERE occurred_at >= ?")}) {
        QVariantList binds{today};
        if (sql.count(u'?') == 2)
            binds << today;
        QVERIFY2(count(c, sql, binds) == 0, qPrintable(sql));
    }
    // Payments and actions land on working days (direct debits and LCR settle on the due date itself).
    FrenchCalendar calendar;
    QSqlQuery q(c);
    QVERIFY(q.exec(QStringLiteral("SELECT planned_date FROM actions")));
    while (q.next())
        QVERIFY2(calendar.isWorkingDay(day(q.value(0))), qPrintable(q.value(0).toString()));
    QVERIFY(q.exec(QStringLiteral("SELECT paid_on FROM payments WHERE method NOT IN ('lcr', 'direct_debit')")));
    while (q.next())
        QVERIFY2(calendar.isWorkingDay(day(q.value(0))), qPrintable(q.value(0).toString()));
}

void TestDemoGenerator::journal()
{
    QSqlDatabase &c = m_db.connection();
    QCOMPARE(count(c, QStringLiteral("SELECT count(*) FROM events WHERE actor <> 'démo'")), 0);
    QCOMPARE(count(c, QStringLiteral("SELECT count(*) FROM events WHERE summary = '' OR customer_id IS NULL"
                                     " OR invoice_id IS NULL")),
             0);
    // One event per invoice for every reminder, payment, promise and dispute.
    QCOMPARE(count(c, QStringLiteral("SELECT count(*) FROM events WHERE kind = 'reminder_sent'")),
             count(c, QStringLiteral("SELECT count(*) FROM action_invoices")));
    QCOMPARE(count(c, QStringLiteral("SELECT count(*) FROM events WHERE kind = 'payment_received'")),
             count(c, QStringLiteral("SELECT count(*) FROM payment_allocations")));
    QCOMPARE(count(c, QStringLiteral("SELECT count(*) FROM events WHERE kind = 'promise_made'")),
             count(c, QStringLiteral("SELECT count(*) FROM promise_invoices")));
    QCOMPARE(count(c, QStringLiteral("SELECT count(*) FROM events WHERE kind = 'promise_broken'")),
             count(c, QStringLiteral("SELECT count(*) FROM promise_invoices pi JOIN promises p ON p.id = pi.promise_id"
                                     " WHERE p.status = 'broken'")));
    QCOMPARE(count(c, QStringLiteral("SELECT count(*) FROM events WHERE kind = 'dispute_opened'")),
             count(c, QStringLiteral("SELECT count(*) FROM disputes")));
    QCOMPARE(count(c, QStringLiteral("SELECT count(*) FROM events WHERE kind = 'dispute_resolved'")),
             count(c, QStringLiteral("SELECT count(*) FROM disputes WHERE resolved_on IS NOT NULL")));
    QVERIFY(count(c, QStringLiteral("SELECT count(*) FROM events WHERE kind = 'call_outcome'")) > 100);
    // Events point at the customer of their invoice, and at real rows.
    QCOMPARE(count(c, QStringLiteral("SELECT count(*) FROM events e JOIN invoices i ON i.id = e.invoice_id"
                                     " WHERE i.customer_id <> e.customer_id")),
             0);
    QCOMPARE(count(c, QStringLiteral("SELECT count(*) FROM events e WHERE e.kind = 'payment_received' AND NOT EXISTS"
                                     " (SELECT 1 FROM payments p WHERE p.id = json_extract(e.details, '$.payment_id'))")),
             0);
    QCOMPARE(count(c, QStringLiteral("SELECT count(*) FROM events e WHERE e.kind = 'reminder_sent' AND NOT EXISTS"
                                     " (SELECT 1 FROM action_invoices ai WHERE ai.action_id = json_extract(e.details, '$.action_id')"
                                     " AND ai.invoice_id = e.invoice_id)")),
             0);
    // Occurred at the simulated moment, in the local time of the business, in order.
    QCOMPARE(count(c, QStringLiteral("SELECT count(*) FROM events e JOIN payment_allocations a ON a.invoice_id = e.invoice_id"
                                     " AND a.payment_id = json_extract(e.details, '$.payment_id') JOIN payments p ON p.id = a.payment_id"
                                     " WHERE e.kind = 'payment_received' AND substr(e.occurred_at, 1, 10) <> p.paid_on")),
             0);
    QCOMPARE(count(c, QStringLiteral("SELECT count(*) FROM events a JOIN events b ON b.id = a.id + 1"
                                     " WHERE b.occurred_at < a.occurred_at")),
             0);
    const QString summary = scalar(c, QStringLiteral("SELECT summary FROM events WHERE kind = 'payment_received'"
                                                     " ORDER BY id LIMIT 1")).toString();
    QVERIFY2(summary.startsWith(u"Règlement reçu par "), qPrintable(summary));
}

void TestDemoGenerator::integrity()
{
    QVERIFY(m_db.integrityProblems().isEmpty());
    QSqlDatabase &c = m_db.connection();
    QCOMPARE(count(c, QStringLiteral("SELECT count(*) FROM actions WHERE amount_cents <= 0")), 0);
    QCOMPARE(count(c, QStringLiteral("SELECT count(*) FROM promises WHERE amount_cents <= 0")), 0);
    QCOMPARE(count(c, QStringLiteral("SELECT count(*) FROM invoices WHERE source_file <> 'demo'")), 0);
}

void TestDemoGenerator::deterministic()
{
    const QString again = freshPath(QStringLiteral("again.sqlite"));
    {
        Database db;
        QVERIFY(db.open(again));
        const Status s = DemoGenerator(db).generate({1, Today, 150});
        QVERIFY2(s.ok(), qPrintable(s.error()));
    }
    const QStringList a = dump(m_main);
    const QStringList b = dump(again);
    QVERIFY(a.size() > 20000);
    QVERIFY2(a == b, qPrintable(firstDifference(a, b)));
}

void TestDemoGenerator::differentSeedDiffers()
{
    const QString other = freshPath(QStringLiteral("other.sqlite"));
    {
        Database db;
        QVERIFY(db.open(other));
        const Status s = DemoGenerator(db).generate({2, Today, 150});
        QVERIFY2(s.ok(), qPrintable(s.error()));
    }
    const QStringList a = dump(m_main);
    const QStringList b = dump(other);
    QVERIFY(a != b);
    // Customers themselves differ, not just a detail.
    const QStringList customersA = a.filter(QRegularExpression(QStringLiteral("^customers\\|")));
    const QStringList customersB = b.filter(QRegularExpression(QStringLiteral("^customers\\|")));
    QCOMPARE(customersA.size(), 150);
    QVERIFY(customersA != customersB);
}

void TestDemoGenerator::refusesNonEmptyDatabase()
{
    const QString path = freshPath(QStringLiteral("busy.sqlite"));
    {
        Database db;
        QVERIFY(db.open(path));
        Customer c;
        c.code = QStringLiteral("X1");
        c.name = QStringLiteral("Client existant");
        QVERIFY(CustomerRepository(db).insert(c).ok());
    }
    const QStringList before = dump(path);
    {
        Database db;
        QVERIFY(db.open(path));
        DemoGenerator generator(db);
        const Status s = generator.generate({1, Today, 150});
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(u"client"), qPrintable(s.error()));
        QCOMPARE(generator.stats().customers, 0);
    }
    QCOMPARE(dump(path), before);
    // Running the demo twice on the same file is refused as well.
    Database db;
    QVERIFY(db.open(m_main));
    QVERIFY(!DemoGenerator(db).generate({1, Today, 150}).ok());
}

void TestDemoGenerator::cancelRollsBack()
{
    const QString path = freshPath(QStringLiteral("cancelled.sqlite"));
    Database db;
    QVERIFY(db.open(path));
    const QStringList before = dump(path);
    DemoGenerator generator(db);
    int calls = 0;
    const Status s = generator.generate({1, Today, 150}, [&](int done, int total) {
        ++calls;
        return done < total / 2;
    });
    QVERIFY(!s.ok());
    QCOMPARE(s.error(), QStringLiteral("annulé"));
    QVERIFY(calls >= 2);
    QSqlDatabase &c = db.connection();
    for (const QString &table : {QStringLiteral("customers"), QStringLiteral("invoices"), QStringLiteral("payments"),
                                 QStringLiteral("events"), QStringLiteral("company"), QStringLiteral("settings")})
        QCOMPARE(count(c, QStringLiteral("SELECT count(*) FROM %1").arg(table)), 0);
    QCOMPARE(dump(path), before);
    // Cancelling right away works too, and the file stays usable for a real run.
    QCOMPARE(generator.generate({1, Today, 30}, [](int, int) { return false; }).error(), QStringLiteral("annulé"));
    QVERIFY(generator.generate({1, Today, 30}).ok());
    QCOMPARE(generator.stats().customers, 30);
}

void TestDemoGenerator::refusesBadOptions()
{
    const QString path = freshPath(QStringLiteral("bad.sqlite"));
    Database db;
    QVERIFY(db.open(path));
    QVERIFY(!DemoGenerator(db).generate({1, QDate(), 150}).ok());
    QVERIFY(!DemoGenerator(db).generate({1, Today, 0}).ok());
    QCOMPARE(count(db.connection(), QStringLiteral("SELECT count(*) FROM customers")), 0);
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
