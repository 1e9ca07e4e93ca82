// FecParser: every variant real FEC exports show, the two real corpus files, broken files, the line reader at chunk
// borders and the synthetic generator. Expected figures are computed by hand or by independent scripts, as each
// comment says, never by the code under test.

#include "FecGenerator.h"
#include "FecParser.h"
#include "ImportText.h"
#include "LineReader.h"
#include "TestSupport.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString fixture(const QString &name) { return QStringLiteral(ENCAISSE_TEST_DATA_DIR "/fec/") + name; }
QString corpus(const QString &name) { return QStringLiteral(ENCAISSE_SHARED_CORPUS_DIR "/fec/") + name; }

QString errorsOf(const ImportBatch &b)
{
    QStringList l;
    for (const ImportIssue &i : b.errors)
        l << i.toString();
    return l.join(u'\n');
}

struct ExpectedItem
{
    QString customer;
    QString number;
    Invoice::Kind kind;
    QDate issued;
    qint64 amount;
    qint64 open;
};

const ImportedItem *findItem(const ImportBatch &b, const QString &customer, const QString &number)
{
    for (const ImportedItem &i : b.items)
        if (b.customers.at(i.customerIndex).code == customer && i.number == number)
            return &i;
    return nullptr;
}

QHash<QString, qint64> openByCustomer(const ImportBatch &b)
{
    QHash<QString, qint64> sums;
    for (const ImportedCustomer &c : b.customers)
        sums.insert(c.code, 0);
    for (const ImportedItem &i : b.items)
        sums[b.customers.at(i.customerIndex).code] += i.openCents;
    return sums;
}

void checkItem(const ImportBatch &b, const ExpectedItem &e)
{
    const ImportedItem *i = findItem(b, e.customer, e.number);
    QVERIFY2(i, qPrintable(QStringLiteral("no item %1 for %2").arg(e.number, e.customer)));
    QCOMPARE(i->kind, e.kind);
    QCOMPARE(i->issueDate, e.issued);
    QCOMPARE(i->amountCents, e.amount);
    QCOMPARE(i->openCents, e.open);
    QVERIFY(!i->dueDate.isValid()); // the FEC has no due date
}

// Sum of Debit − Credit of the 411 lines per CompAuxNum, read the simplest way (tab, LF, UTF-8, 18 columns): an
// independent check of the balance identity on generated files.
QHash<QString, qint64> receivableSums(const QString &path)
{
    QHash<QString, qint64> sums;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return sums;
    f.readLine();
    auto cents = [](const QByteArray &s) {
        const qsizetype comma = s.indexOf(',');
        return s.left(comma).toLongLong() * 100 + s.mid(comma + 1).toLongLong();
    };
    while (!f.atEnd()) {
        const QList<QByteArray> cells = f.readLine().split('\t');
        if (cells.size() < 13 || !cells.at(4).startsWith("411"))
            continue;
        sums[QString::fromUtf8(cells.at(6))] += cents(cells.at(11)) - cents(cells.at(12));
    }
    return sums;
}

} // namespace

class TestFecParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestSupport::prepareEnvironment(); }

    // The same entries (see tests/data/fec/make_fixtures.py) rendered in every variant.
    void variants_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("subledger");
        QTest::addColumn<bool>("legacyBytes");
        QTest::newRow("tab, LF, UTF-8") << QStringLiteral("tab_lf.txt") << true << false;
        QTest::newRow("pipe, trailing pipe, padded, zero-padded signed amounts")
            << QStringLiteral("pipe_trailing_padded.txt") << true << false;
        QTest::newRow("UTF-8 BOM, CRLF") << QStringLiteral("bom_crlf.txt") << true << false;
        QTest::newRow("Windows-1252, CR") << QStringLiteral("cp1252_cr.txt") << true << true;
        QTest::newRow("CR CR LF") << QStringLiteral("crcrlf.txt") << true << false;
        QTest::newRow("Montant + Sens D/C") << QStringLiteral("montant_sens_dc.txt") << true << false;
        QTest::newRow("Montant + Sens +1/-1, pipe") << QStringLiteral("montant_sens_pm1.txt") << true << false;
        QTest::newRow("21 columns") << QStringLiteral("cols21.txt") << true << false;
        QTest::newRow("22 columns, BOM, CRLF") << QStringLiteral("cols22_bom_crlf.txt") << true << false;
        QTest::newRow("lowercase journals, header case") << QStringLiteral("lowercase_journal_header_case.txt") << true
                                                         << false;
        QTest::newRow("no sub-ledger: one 411 account per customer") << QStringLiteral("no_subledger.txt") << false
                                                                      << false;
    }

    void variants()
    {
        QFETCH(QString, file);
        QFETCH(bool, subledger);
        QFETCH(bool, legacyBytes);
        const ImportBatch b = FecParser::parse(fixture(file));
        QVERIFY2(b.ok(), qPrintable(errorsOf(b)));
        QCOMPARE(b.format, QStringLiteral("fec"));
        QCOMPARE(b.rowsRead, 35);
        QCOMPARE(b.warnings.isEmpty(), !legacyBytes);

        const QString dupre = subledger ? QStringLiteral("CDUPRE") : QStringLiteral("411DUPRE");
        const QString marti = subledger ? QStringLiteral("CMARTI") : QStringLiteral("411MARTI");
        const QString bois = subledger ? QStringLiteral("CBOIS") : QStringLiteral("411BOIS");
        QCOMPARE(b.customers.size(), 3);
        QCOMPARE(b.customers.at(0).code, dupre);
        QCOMPARE(b.customers.at(0).name, QStringLiteral("Épicerie Dupré"));
        QCOMPARE(b.customers.at(1).code, marti);
        QCOMPARE(b.customers.at(1).name, QStringLiteral("Garage Martin – Œuvres")); // en dash and Œ: 0x96, 0x8C in 1252
        QCOMPARE(b.customers.at(2).code, bois);
        QCOMPARE(b.customers.at(2).name, QStringLiteral("Menuiserie Bois & Fils"));

        // By hand, from the entries listed in make_fixtures.py.
        QCOMPARE(b.items.size(), 7);
        using K = Invoice::Kind;
        const QList<ExpectedItem> expected = {
            {dupre, QStringLiteral("RAN"), K::OpeningBalance, QDate(2025, 1, 1), 15000, 15000},
            {dupre, QStringLiteral("FA-003"), K::Invoice, QDate(2025, 2, 10), 48000, 48000},
            {dupre, QStringLiteral("4"), K::Payment, QDate(2025, 3, 25), -8000, -8000}, // PieceRef 0000000 → EcritureNum
            {marti, QStringLiteral("FA-002"), K::Invoice, QDate(2025, 1, 20), 60000, 35000}, // lettered with 250,00 only
            {marti, QStringLiteral("AV-001"), K::CreditNote, QDate(2025, 2, 15), -12000, -12000},
            {bois, QStringLiteral("FA-005"), K::Invoice, QDate(2025, 3, 10), 20000, 15000}, // FIFO: FA-004 settled first
            {bois, QStringLiteral("FA-006"), K::Invoice, QDate(2025, 3, 15), 25000, 25000}, // two 411 lines, one item
        };
        for (const ExpectedItem &e : expected)
            checkItem(b, e);
        // Balance identity: 150 + 1200 + 480 − 1200 − 80; 600 − 250 − 120; 300 + 200 + 250 − 350.
        const auto sums = openByCustomer(b);
        QCOMPARE(sums.value(dupre), 55000);
        QCOMPARE(sums.value(marti), 23000);
        QCOMPARE(sums.value(bois), 40000);
    }

    // 0000000001FEC20220831.txt: tab, UTF-8 with BOM, 5 422 lines, 538 on 411000 with CompAuxNum.
    // Balances: awk -F'\t' 'NR>1 && $5 ~ /^411/ {d=$12; c=$13; sub(",",".",d); sub(",",".",c); s[$7]+=d-c}
    //   END {for (k in s) printf "%s %.2f\n", k, s[k]}' 0000000001FEC20220831.txt
    // Open items: a separate Python script applying the rule documented in FecParser.h (42 items, the same list).
    void corpusPrimeurs()
    {
        const ImportBatch b = FecParser::parse(corpus(QStringLiteral("0000000001FEC20220831.txt")));
        QVERIFY2(b.ok(), qPrintable(errorsOf(b)));
        QCOMPARE(b.rowsRead, 5422);
        QVERIFY(b.warnings.isEmpty());
        QCOMPARE(b.customers.size(), 17);
        QCOMPARE(b.items.size(), 42);
        const QHash<QString, qint64> balances = {
            {QStringLiteral("CLAURE"), 666127}, {QStringLiteral("CPMTN0"), 1807004}, {QStringLiteral("CPRO00"), 2712329},
            {QStringLiteral("CMOURL"), 43888},  {QStringLiteral("CRETAY"), 30289},   {QStringLiteral("CNOURR"), -7913},
        };
        const auto sums = openByCustomer(b);
        QCOMPARE(sums.size(), 17);
        qint64 total = 0;
        for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
            QCOMPARE(it.value(), balances.value(it.key(), 0)); // the 11 others net to zero
            total += it.value();
        }
        QCOMPARE(total, 5251724); // the same awk over every 411 line: 52517.24
        QCOMPARE(b.customers.at(0).code, QStringLiteral("CFLORE"));
        QCOMPARE(b.customers.at(0).name, QStringLiteral("JARDIN DE FLORETTE"));

        using K = Invoice::Kind;
        const QList<ExpectedItem> expected = {
            // Unlettered opening balance (journal ANO « A nouveaux », PieceRef RAN).
            {QStringLiteral("CPRO00"), QStringLiteral("RAN"), K::OpeningBalance, QDate(2021, 9, 1), 3572495, 3572495},
            // Group AARR: transfer 29 602,76 lettered with FA 220004…220010 (9 016,38): 20 685,38 stays open.
            {QStringLiteral("CPRO00"), QStringLiteral("54"), K::Payment, QDate(2021, 10, 4), -2960276, -2068538},
            // PieceRef « FA  220396 » (double space kept), alone in group AABJ.
            {QStringLiteral("CLAURE"), QStringLiteral("FA  220396"), K::Invoice, QDate(2022, 8, 31), 666127, 666127},
            {QStringLiteral("CNOURR"), QStringLiteral("FA  220272"), K::Invoice, QDate(2022, 4, 20), 811506, 811506},
            {QStringLiteral("CNOURR"), QStringLiteral("9969113"), K::Payment, QDate(2022, 6, 14), -819419, -819419},
            // A credit in OD: a payment-like item, not a credit note; its PieceRef is free text.
            {QStringLiteral("CPERR0"), QStringLiteral("fact 2021 gres impayée"), K::Payment, QDate(2022, 8, 10), -9495, -9495},
            // Group AACO: two invoices lettered together without any payment: both stay open.
            {QStringLiteral("CRETAY"), QStringLiteral("FA  220301"), K::Invoice, QDate(2022, 5, 24), 10033, 10033},
            {QStringLiteral("CRETAY"), QStringLiteral("FA  220302"), K::Invoice, QDate(2022, 5, 25), 20256, 20256},
        };
        for (const ExpectedItem &e : expected)
            checkItem(b, e);
    }

    // 111111111FEC20221231.TXT: pipe with trailing pipe, fixed-width padded fields, zero-padded amounts, 6 lines with a
    // byte that is not UTF-8 (0xF8), « VE  0623 »-style monthly folio PieceRefs shared by several invoices.
    // Balances: awk -F'|' '$5 ~ /^411/ && $7 ~ /41102430/ {d=$12; c=$13; sub(",",".",d); sub(",",".",c); s+=d-c}
    //   END {printf "%.2f\n", s}' 111111111FEC20221231.TXT   → 2489.13 (and likewise for the others)
    // Open items: the same Python script as above (34 items).
    void corpusJuices()
    {
        const ImportBatch b = FecParser::parse(corpus(QStringLiteral("111111111FEC20221231.TXT")));
        QVERIFY2(b.ok(), qPrintable(errorsOf(b)));
        QCOMPARE(b.rowsRead, 934);
        QCOMPARE(b.customers.size(), 34);
        QCOMPARE(b.items.size(), 34);
        QCOMPARE(b.warnings.size(), 1); // the non-UTF-8 lines, read as Windows-1252, not dropped
        QCOMPARE(b.warnings.first().line, 779);
        const auto sums = openByCustomer(b);
        QCOMPARE(sums.value(QStringLiteral("41102430")), 248913); // JARDIN DES PAPES
        QCOMPARE(sums.value(QStringLiteral("41101050")), 643994); // COLRUYT RETAIL FRA
        QCOMPARE(sums.value(QStringLiteral("41104251")), -5603);  // SAS CHAMP DES GARR: credit opening balance
        QCOMPARE(sums.value(QStringLiteral("41104752")), 25990);
        QCOMPARE(sums.value(QStringLiteral("41102785")), 12251);  // includes a 0,01 OD adjustment
        QCOMPARE(sums.value(QStringLiteral("41101590")), 0);      // E.LECLERC CARPENTR: all lettered
        qint64 total = 0;
        for (qint64 v : sums)
            total += v;
        // awk -F'|' 'NR>1 && $5 ~ /^ *411/ {d=$12; c=$13; sub(",",".",d); sub(",",".",c); s+=d-c}
        //   END {printf "%.2f\n", s}' 111111111FEC20221231.TXT   → 14416.52
        QCOMPARE(total, 1441652);

        using K = Invoice::Kind;
        const QList<ExpectedItem> expected = {
            // Four open invoices of one customer share the folio « VE  0623 »: the entry number tells them apart.
            {QStringLiteral("41102430"), QStringLiteral("VE  0623/00000069"), K::Invoice, QDate(2023, 6, 1), 46707, 46707},
            {QStringLiteral("41102430"), QStringLiteral("VE  0623/00000070"), K::Invoice, QDate(2023, 6, 5), 127671, 127671},
            {QStringLiteral("41102430"), QStringLiteral("VE  0623/00000076"), K::Invoice, QDate(2023, 6, 8), 46609, 46609},
            {QStringLiteral("41102430"), QStringLiteral("VE  0623/00000078"), K::Invoice, QDate(2023, 6, 15), 27926, 27926},
            {QStringLiteral("41101050"), QStringLiteral("VE  0523"), K::Invoice, QDate(2023, 5, 9), 643994, 643994},
            {QStringLiteral("41104250"), QStringLiteral("C1  0523"), K::Payment, QDate(2023, 5, 10), -37194, -37194},
            // Journal AN, PieceRef « sans »: an opening balance numbered by its entry.
            {QStringLiteral("41104251"), QStringLiteral("00000192"), K::OpeningBalance, QDate(2023, 1, 1), -5603, -5603},
            {QStringLiteral("41102785"), QStringLiteral("00000241"), K::Payment, QDate(2023, 5, 10), -1, -1},
        };
        for (const ExpectedItem &e : expected)
            checkItem(b, e);
        QCOMPARE(b.customers.at(b.items.first().customerIndex).name, QStringLiteral("U EXPRESS MONTEUX"));
    }

    // Every fault listed, by line and column, and nothing kept (see make_fixtures.py for what each line holds).
    void broken_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("faults"); // "line:column"
        QTest::newRow("amounts, dates, columns, balance, account")
            << QStringLiteral("broken.txt")
            << QStringList{QStringLiteral("4:Debit"),         QStringLiteral("7:EcritureDate"), QStringLiteral("8:"),
                           QStringLiteral("10:EcritureNum"), QStringLiteral("13:PieceDate"),   QStringLiteral("15:CompteNum")};
        QTest::newRow("Montant and Sens") << QStringLiteral("broken_sens.txt")
                                          << QStringList{QStringLiteral("3:Sens"), QStringLiteral("5:Montant")};
        QTest::newRow("mandatory columns missing")
            << QStringLiteral("missing_columns.txt")
            << QStringList{QStringLiteral("1:EcritureLet"), QStringLiteral("1:Credit")};
    }

    void broken()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, faults);
        const ImportBatch b = FecParser::parse(fixture(file));
        QStringList got;
        for (const ImportIssue &i : b.errors) {
            got << QStringLiteral("%1:%2").arg(i.line).arg(i.field);
            QCOMPARE(i.file, fixture(file));
            QVERIFY(!i.message.isEmpty());
        }
        QCOMPARE(got, faults);
        QVERIFY(b.items.isEmpty());
        QVERIFY(b.customers.isEmpty());
    }

    void brokenMessagesAreFrench()
    {
        const ImportBatch b = FecParser::parse(fixture(QStringLiteral("broken.txt")));
        QCOMPARE(b.errors.size(), 6);
        QCOMPARE(b.errors.at(0).toString(),
                 QStringLiteral("broken.txt, ligne 4, colonne Debit : « 12,3x » n'est pas un montant (caractère « x » inattendu)"));
        QVERIFY(b.errors.at(1).message.contains(QStringLiteral("20250231")));
        QCOMPARE(b.errors.at(2).message, QStringLiteral("17 colonnes au lieu des 18 de l'en-tête"));
        QCOMPARE(b.errors.at(3).message,
                 QStringLiteral("écriture VE 3 déséquilibrée : débit 480,00, crédit 470,00 (écart 10,00)"));
    }

    void notAFec()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Numero;Client;Montant\n1;Dupont;12,00\n");
        f.close();
        const ImportBatch b = FecParser::parse(path);
        QCOMPARE(b.errors.size(), 1);
        QCOMPARE(b.errors.first().line, 1);
        const ImportBatch missing = FecParser::parse(dir.filePath(QStringLiteral("absent.txt")));
        QCOMPARE(missing.errors.size(), 1);
        QVERIFY(missing.errors.first().message.startsWith(QStringLiteral("lecture impossible")));
        QVERIFY(FecParser::looksLikeHeader("JournalCode|JournalLib|EcritureNum"));
        QVERIFY(!FecParser::looksLikeHeader("Numero;Client;Montant"));
    }

    // Line endings, whatever the chunk borders: a 7-byte chunk splits every CR LF and CR CR LF somewhere.
    void lineReader_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QStringList>("lines");
        const QStringList abc = {QStringLiteral("a1"), QStringLiteral("b22"), QStringLiteral("c333")};
        QTest::newRow("LF") << QByteArray("a1\nb22\nc333\n") << abc;
        QTest::newRow("CRLF") << QByteArray("a1\r\nb22\r\nc333\r\n") << abc;
        QTest::newRow("CR") << QByteArray("a1\rb22\rc333\r") << abc;
        QTest::newRow("CR CR LF") << QByteArray("a1\r\r\nb22\r\r\nc333\r\r\n") << abc;
        QTest::newRow("no final break") << QByteArray("a1\nb22\nc333") << abc;
        QTest::newRow("mixed, empty line") << QByteArray("a1\r\n\nb22\rc333\r\r\n")
                                           << QStringList{QStringLiteral("a1"), QString(), QStringLiteral("b22"),
                                                          QStringLiteral("c333")};
    }

    void lineReader()
    {
        QFETCH(QByteArray, data);
        QFETCH(QStringList, lines);
        for (qsizetype chunk : {qsizetype(16), qsizetype(17), qsizetype(1 << 16)}) {
            QBuffer buffer(&data);
            QVERIFY(buffer.open(QIODevice::ReadOnly));
            LineReader reader(buffer, chunk);
            QStringList got;
            QByteArrayView line;
            while (reader.next(line))
                got << QString::fromLatin1(line);
            QCOMPARE(got, lines);
            QCOMPARE(reader.lineNumber(), qint64(lines.size()));
            QCOMPARE(reader.bytesRead(), qint64(data.size()));
        }
    }

    void lineReaderCutsRunawayLines()
    {
        QByteArray data = QByteArray(100, 'x') + "\nok\n";
        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        LineReader reader(buffer, 16, 32);
        QByteArrayView line;
        QVERIFY(reader.next(line));
        QVERIFY(reader.lastLineTooLong());
        QCOMPARE(line.size(), 32);
        QVERIFY(reader.next(line));
        QVERIFY(!reader.lastLineTooLong());
        QCOMPARE(line, QByteArrayView("ok"));
        QCOMPARE(reader.lineNumber(), 2);
        QVERIFY(!reader.next(line));
    }

    void windows1252()
    {
        QCOMPARE(ImportText::fromWindows1252("\x80 \x8C\x96\xE9\xC9"), QStringLiteral("€ Œ–éÉ"));
        ImportText::LineDecoder d;
        QVERIFY(d.isUtf8("plain ascii"));
        QVERIFY(d.isUtf8("Épicerie Dupré"));
        QVERIFY(!d.isUtf8("Epicerie Dupr\xE9"));
        QCOMPARE(ImportText::foldForMatching(u"  Épicerie   DUPRÉ "), QStringLiteral("epicerie dupre"));
    }

    void cancelStopsParsing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.txt"));
        QVERIFY(FecGenerator::write(path, {60000, 3, 2025}).ok());
        int calls = 0;
        const ImportBatch b = FecParser::parse(path, [&](qint64) { return ++calls < 2; });
        QVERIFY(b.cancelled);
        QVERIFY(b.items.isEmpty());
        QCOMPARE(calls, 2);
    }

    // The generator: valid, balanced, lettered, about the size asked, the same bytes for the same seed.
    void generator()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.txt"));
        const QString b = dir.filePath(QStringLiteral("b.txt"));
        const QString c = dir.filePath(QStringLiteral("c.txt"));
        const auto written = FecGenerator::write(a, {20000, 7, 2025});
        QVERIFY2(written.ok(), qPrintable(written.error()));
        QVERIFY(*written > 19000 && *written < 21000);
        QVERIFY(FecGenerator::write(b, {20000, 7, 2025}).ok());
        QVERIFY(FecGenerator::write(c, {20000, 8, 2025}).ok());
        auto digest = [](const QString &path) {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
        };
        QCOMPARE(digest(a), digest(b));
        QVERIFY(digest(a) != digest(c));

        const ImportBatch batch = FecParser::parse(a);
        QVERIFY2(batch.ok(), qPrintable(errorsOf(batch)));
        QCOMPARE(qint64(batch.rowsRead), *written);
        QVERIFY(batch.customers.size() >= 20);
        QSet<Invoice::Kind> kinds;
        int partial = 0;
        for (const ImportedItem &i : batch.items) {
            kinds.insert(i.kind);
            if (i.openCents != i.amountCents)
                ++partial;
        }
        QVERIFY(kinds.contains(Invoice::Kind::Invoice));
        QVERIFY(kinds.contains(Invoice::Kind::CreditNote));
        QVERIFY(batch.items.size() > 100);
        // Balance identity on every customer, against an independent reading of the file.
        const QHash<QString, qint64> sums = receivableSums(a);
        const QHash<QString, qint64> open = openByCustomer(batch);
        QCOMPARE(open.size(), sums.size());
        for (auto it = sums.cbegin(); it != sums.cend(); ++it)
            QCOMPARE(open.value(it.key()), it.value());
    }
};

QTEST_GUILESS_MAIN(TestFecParser)
#include "tst_fecparser.moc"
