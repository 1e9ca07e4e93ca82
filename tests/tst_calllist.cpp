// CallList and XlsxWriter on a real SQLite file: the week's phone calls, written with libxlsxwriter and read back by
// an independent reader (openpyxl, and xlsx2csv): cells, types, number formats, frozen header, autofilter, print
// setup, and cells that look like formulas arriving as text.

#include "ActionRepository.h"
#include "CallGuide.h"
#include "CallList.h"
#include "Clock.h"
#include "CompanyRepository.h"
#include "CustomerRepository.h"
#include "InvoiceRepository.h"
#include "PromiseRepository.h"
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

// Describes the first sheet of a workbook as JSON, as openpyxl reads it: every cell with its value, Python type,
// openpyxl data type and number format, plus the sheet's layout and print settings, and the number of formula
// elements in the sheet's XML.
const char *const DumpScript = R"PY(
import datetime, json, sys, zipfile, openpyxl
path = sys.argv[1]
wb = openpyxl.load_workbook(path)
ws = wb.worksheets[0]
def cell(c):
    v = c.value
    if isinstance(v, datetime.datetime):
        v = v.date().isoformat()
    fill = c.fill.fgColor.rgb if c.fill is not None and c.fill.fill_type == "solid" else None
    return {"v": v, "t": type(c.value).__name__, "dt": c.data_type, "fmt": c.number_format,
            "bold": bool(c.font.b), "wrap": bool(c.alignment.wrap_text), "fill": fill if isinstance(fill, str) else None}
rows = [[cell(c) for c in row] for row in ws.iter_rows()]
formulas = 0
with zipfile.ZipFile(path) as z:
    for name in z.namelist():
        if name.startswith("xl/worksheets/"):
            formulas += z.read(name).count(b"<f>") + z.read(name).count(b"<f ")
ps = ws.page_setup
print(json.dumps({
    "sheets": wb.sheetnames, "title": ws.title, "max_row": ws.max_row, "max_col": ws.max_column,
    "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref,
    "orientation": ps.orientation, "paper": ps.paperSize, "fit_width": ps.fitToWidth, "fit_height": ps.fitToHeight,
    "fit": bool(ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage),
    "title_rows": ws.print_title_rows, "title_cols": ws.print_title_cols,
    "header": ws.oddHeader.left.text, "footer": [ws.oddFooter.left.text, ws.oddFooter.right.text],
    "widths": {k: v.width for k, v in ws.column_dimensions.items()},
    "validations": [{"sqref": str(v.sqref), "formula": v.formula1, "type": v.type} for v in ws.data_validations.dataValidation],
    "doc_title": wb.properties.title, "formulas": formulas, "rows": rows}))
)PY";

QJsonObject readWorkbook(const QString &path)
{
    const CommandResult r = TestSupport::run(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QString::fromUtf8(DumpScript), path});
    if (r.exitCode != 0)
        qWarning("openpyxl: %s", r.err.constData());
    return QJsonDocument::fromJson(r.out).object();
}

QJsonObject at(const QJsonObject &book, int row, int col) // 1-based like Excel
{
    return book.value(QStringLiteral("rows")).toArray().at(row - 1).toArray().at(col - 1).toObject();
}

} // namespace

class TestCallList final : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FixedClock> m_clock;
    int m_counter = 0;

    qint64 customer(const QString &name, PayerProfile profile, const QString &phone = QStringLiteral("01 23 45 67 89"),
                    const QString &role = QStringLiteral("Comptabilité fournisseurs"))
    {
        Customer c;
        c.code = QStringLiteral("C%1").arg(++m_counter, 3, 10, QLatin1Char('0'));
        c.name = name;
        c.profile = profile;
        Contact ct;
        ct.civility = QStringLiteral("Mme");
        ct.name = QStringLiteral("Durand %1").arg(m_counter);
        ct.role = role;
        ct.phone = phone;
        ct.email = QStringLiteral("compta%1@client.example").arg(m_counter);
        ct.primary = true;
        c.contacts << ct;
        [&] { QVERIFY(CustomerRepository(*m_db).insert(c).ok()); }();
        return c.id;
    }

    qint64 invoice(qint64 customerId, QDate due, qint64 cents, const QString &number = {})
    {
        Invoice i;
        i.customerId = customerId;
        i.number = number.isEmpty() ? QStringLiteral("FA-%1").arg(++m_counter, 4, 10, QLatin1Char('0')) : number;
        i.issueDate = due.addDays(-30);
        i.dueDate = due;
        i.amountCents = cents;
        i.openCents = cents;
        [&] {
            const Status s = InvoiceRepository(*m_db).insert(i);
            QVERIFY2(s.ok(), qPrintable(s.error()));
        }();
        return i.id;
    }

    // Today is Monday 30 November 2026, the first day of week 49 (Monday 30 November – Sunday 6 December).
    void fixture()
    {
        Company company;
        company.name = QStringLiteral("Atelier Martin SARL");
        QVERIFY(CompanyRepository(*m_db).save(company).ok());
        // Preventive call J-10: due Monday 14 December → Friday 4 December. A name and a role that look like formulas.
        const qint64 evil = customer(QStringLiteral("=HYPERLINK(\"http://evil.example\",\"Cliquez\")"), PayerProfile::Negligent,
                                     QStringLiteral("+33 1 23 45 67 89"), QStringLiteral("-Responsable paie"));
        invoice(evil, d("2026-12-14"), 200000, QStringLiteral("FA-EVIL"));
        // Preventive call on Monday 30 November: due 10 December, one large invoice; with an earlier call and a promise.
        const qint64 dupont = customer(QStringLiteral("Boulangerie Dupont"), PayerProfile::Negligent);
        invoice(dupont, d("2026-12-10"), 320000, QStringLiteral("FA-1042"));
        Action earlier;
        earlier.customerId = dupont;
        earlier.plannedDate = d("2026-11-20");
        earlier.scheduledDate = d("2026-11-20");
        earlier.step = QStringLiteral("preventive");
        earlier.channel = QStringLiteral("phone");
        earlier.status = Action::Status::Done;
        earlier.doneAt = QDateTime(d("2026-11-20"), QTime(10, 30));
        earlier.outcome = QStringLiteral("voicemail");
        earlier.comment = QStringLiteral("rappeler après 14 h");
        QVERIFY(ActionRepository(*m_db).insert(earlier).ok());
        // J-10 of Wednesday 9 December is Sunday 29 November: the call stands on Monday, on time, not carried forward.
        const qint64 sunday = customer(QStringLiteral("Fromagerie du Dimanche"), PayerProfile::Negligent);
        invoice(sunday, d("2026-12-09"), 250000, QStringLiteral("FA-2001"));
        // A bad payer already late: level 1 on Monday 23 November was never done, so it is carried to today.
        const qint64 lefevre = customer(QStringLiteral("Garage Lefèvre"), PayerProfile::BadPayer);
        invoice(lefevre, d("2026-11-20"), 1248035, QStringLiteral("FA-0999"));
        // Many small invoices: the preventive reminder goes by e-mail, not in the call list.
        const qint64 mail = customer(QStringLiteral("Café des Arts"), PayerProfile::Negligent);
        for (int i = 0; i < 5; ++i)
            invoice(mail, d("2026-12-11"), 30000);
    }

private Q_SLOTS:
    void initTestCase() { TestSupport::prepareEnvironment(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("c.sqlite"))).ok());
        m_clock = std::make_unique<FixedClock>(d("2026-11-30"));
        Clock::setInstance(m_clock.get());
    }

    void cleanup()
    {
        Clock::setInstance(nullptr);
        m_db.reset();
        m_dir.reset();
    }

    void isoWeeks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("monday");
        QTest::newRow("2026-W49") << "2026-W49" << d("2026-11-30");
        QTest::newRow("lower case, no dash") << "2026w49" << d("2026-11-30");
        QTest::newRow("week 1 starts in December") << "2026-W01" << d("2025-12-29");
        QTest::newRow("2026 has 53 weeks") << "2026-W53" << d("2026-12-28");
        QTest::newRow("2025 has 52") << "2025-W53" << QDate();
        QTest::newRow("week 0") << "2026-W00" << QDate();
        QTest::newRow("garbage") << "semaine 49" << QDate();
    }

    void isoWeeks()
    {
        QFETCH(QString, text);
        QFETCH(QDate, monday);
        const IsoWeek w = IsoWeek::parse(text);
        QCOMPARE(w.monday(), monday);
        if (monday.isValid()) {
            QCOMPARE(IsoWeek::containing(monday.addDays(6)).toString(), w.toString());
            QCOMPARE(IsoWeek::parse(w.toString()).monday(), monday);
        }
    }

    void safeCells()
    {
        QVERIFY(XlsxWriter::isFormulaLike(u"=1+1"));
        QVERIFY(XlsxWriter::isFormulaLike(u"+33 1 23"));
        QVERIFY(XlsxWriter::isFormulaLike(u"-5"));
        QVERIFY(XlsxWriter::isFormulaLike(u"@SUM(A1)"));
        QVERIFY(!XlsxWriter::isFormulaLike(u"Boulangerie"));
        QCOMPARE(XlsxWriter::cleanText(u"a\u0001b\u001Fc\td\ne"), QStringLiteral("abc\td\ne"));
        QCOMPARE(XlsxWriter::cleanText(QString(40000, u'x')).size(), 32767);

        // Every kind of risky text goes in as a string and comes back as the same string.
        const QString path = m_dir->filePath(QStringLiteral("safe.xlsx"));
        const QStringList texts = {QStringLiteral("=1+1"), QStringLiteral("=HYPERLINK(\"http://evil.example\",\"x\")"),
                                   QStringLiteral("+33 6 12 34 56 78"), QStringLiteral("-5"), QStringLiteral("@SUM(A1:A2)"),
                                   QStringLiteral("\t=cmd|' /C calc'!A0"), QStringLiteral("Crème brûlée 🍮 « ok »")};
        XlsxWriter::Options options;
        XlsxWriter book(path, options);
        auto sheet = book.addSheet(QStringLiteral("Feuille: [1]"));
        XlsxStyle euro;
        euro.numberFormat = XlsxWriter::euroFormat();
        const auto fEuro = book.addFormat(euro);
        for (int i = 0; i < texts.size(); ++i)
            sheet.text(i, 0, texts.at(i));
        sheet.money(0, 1, 123456, fEuro);
        sheet.money(1, 1, -7470, fEuro);
        sheet.money(2, 1, 1, fEuro);
        QVERIFY2(book.close().ok(), "close");
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
        const QJsonObject wb = readWorkbook(path);
        QCOMPARE(wb.value(QStringLiteral("title")).toString(), QStringLiteral("Feuille 1")); // []: removed
        QCOMPARE(wb.value(QStringLiteral("formulas")).toInt(), 0);
        for (int i = 0; i < texts.size(); ++i) {
            const QJsonObject c = at(wb, i + 1, 1);
            QCOMPARE(c.value(QStringLiteral("dt")).toString(), QStringLiteral("s"));
            QCOMPARE(c.value(QStringLiteral("v")).toString(), texts.at(i));
        }
        QCOMPARE(at(wb, 1, 2).value(QStringLiteral("v")).toDouble(), 1234.56);
        QCOMPARE(at(wb, 2, 2).value(QStringLiteral("v")).toDouble(), -74.70);
        QCOMPARE(at(wb, 3, 2).value(QStringLiteral("v")).toDouble(), 0.01);
        QCOMPARE(at(wb, 1, 2).value(QStringLiteral("fmt")).toString(), XlsxWriter::euroFormat());
    }

    void unwritableTargetFailsInFrench()
    {
        XlsxWriter::Options options;
        XlsxWriter book(QStringLiteral("/nonexistent-dir/x.xlsx"), options);
        book.addSheet(QStringLiteral("x")).text(0, 0, u"x");
        const Status s = book.close();
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(QStringLiteral("/nonexistent-dir/x.xlsx")) && s.error().contains(QStringLiteral("créé")),
                 qPrintable(s.error()));
    }

    void buildsTheWeeksPhoneCalls()
    {
        fixture();
        auto list = CallListBuilder(*m_db).build(IsoWeek::parse(u"2026-W49"), d("2026-11-30"));
        QVERIFY2(list.ok(), qPrintable(list.error()));
        QCOMPARE(list->companyName, QStringLiteral("Atelier Martin SARL"));

        // Exactly the planned phone actions the calendar holds for the week.
        int stored = 0;
        for (const Action &a : ActionRepository(*m_db).between(d("2026-11-30"), d("2026-12-06")))
            stored += a.channel == u"phone" && a.status == Action::Status::Planned ? 1 : 0;
        QCOMPARE(list->rows.size(), stored);
        for (const CallListRow &r : list->rows)
            QVERIFY(r.customerName != u"Café des Arts"); // e-mail customer

        // Overdue calls first, then by day.
        QVERIFY(!list->rows.isEmpty());
        QVERIFY(list->rows.first().overdue);
        QCOMPARE(list->rows.first().customerName, QStringLiteral("Garage Lefèvre"));
        QCOMPARE(list->rows.first().day, d("2026-11-30"));
        QVERIFY(list->rows.first().scheduledDate < d("2026-11-30"));
        QCOMPARE(list->rows.first().totalDueCents, qint64(1248035));
        QVERIFY(list->rows.first().daysFromDue > 0);
        bool seenOnTime = false;
        QDate previous;
        for (const CallListRow &r : list->rows) {
            if (!r.overdue) {
                QVERIFY(!seenOnTime || r.day >= previous);
                seenOnTime = true;
                previous = r.day;
            } else {
                QVERIFY2(!seenOnTime, "an overdue call after an on-time one");
            }
        }

        const CallListRow *dupont = nullptr, *evil = nullptr;
        for (const CallListRow &r : list->rows) {
            if (r.customerName == u"Boulangerie Dupont")
                dupont = &r;
            if (r.customerName.startsWith(u"=HYPERLINK"))
                evil = &r;
        }
        QVERIFY(dupont && evil);
        QCOMPARE(dupont->day, d("2026-11-30"));
        QVERIFY(!dupont->overdue);
        QCOMPARE(dupont->invoiceNumbers, QStringList{QStringLiteral("FA-1042")});
        QCOMPARE(dupont->totalDueCents, qint64(320000));
        QCOMPARE(dupont->oldestDueDate, d("2026-12-10"));
        QCOMPARE(dupont->daysFromDue, -10);
        QCOMPARE(dupont->contactName, QStringLiteral("Mme Durand 2"));
        QCOMPARE(dupont->profile, QStringLiteral("négligent"));
        QCOMPARE(dupont->step, QStringLiteral("Relance préventive"));
        QCOMPARE(dupont->lastAction, QStringLiteral("Relance préventive par téléphone le 20/11/2026"));
        QCOMPARE(dupont->lastOutcome, QStringLiteral("messagerie — rappeler après 14 h"));
        QCOMPARE(dupont->questions, CallGuide::questions(QStringLiteral("preventive")));
        QCOMPARE(evil->day, d("2026-12-04"));
        QCOMPARE(evil->phone, QStringLiteral("+33 1 23 45 67 89"));
        for (const CallListRow &r : list->rows)
            if (r.customerName == u"Fromagerie du Dimanche") {
                QCOMPARE(r.day, d("2026-11-30"));
                QVERIFY(!r.overdue);
                QVERIFY(!r.scheduledDate.isValid());
            }

        // Not called on Monday: on Tuesday the call is carried forward and listed as late.
        m_clock->setToday(d("2026-12-01"));
        auto tuesday = CallListBuilder(*m_db).build(IsoWeek::parse(u"2026-W49"), d("2026-12-01"));
        QVERIFY2(tuesday.ok(), qPrintable(tuesday.error()));
        bool carried = false;
        for (const CallListRow &r : tuesday->rows)
            if (r.customerName == u"Boulangerie Dupont") {
                carried = true;
                QCOMPARE(r.day, d("2026-12-01"));
                QVERIFY(r.overdue);
                QCOMPARE(r.scheduledDate, d("2026-11-30"));
                QCOMPARE(r.daysFromDue, -9);
            }
        QVERIFY(carried);
    }

    void showsTheCurrentPromise()
    {
        fixture();
        // Boulangerie Dupont promised a transfer for another, older invoice: the call about FA-1042 shows it.
        qint64 dupont = 0;
        for (const Customer &cu : CustomerRepository(*m_db).all())
            if (cu.name == u"Boulangerie Dupont")
                dupont = cu.id;
        const qint64 older = invoice(dupont, d("2026-11-27"), 50000, QStringLiteral("FA-1001"));
        Promise p;
        p.customerId = dupont;
        p.madeOn = d("2026-11-26");
        p.promisedDate = d("2026-12-08");
        p.amountCents = 50000;
        p.means = QStringLiteral("transfer");
        p.invoiceIds = {older};
        QVERIFY(PromiseRepository(*m_db).insert(p).ok());
        auto list = CallListBuilder(*m_db).build(IsoWeek::parse(u"2026-W49"), d("2026-11-30"));
        QVERIFY2(list.ok(), qPrintable(list.error()));
        bool found = false;
        for (const CallListRow &r : list->rows)
            if (r.customerName == u"Boulangerie Dupont") {
                found = true;
                QCOMPARE(r.currentPromise, QStringLiteral("virement le 08/12/2026 (500,00\u00a0€)"));
            }
        QVERIFY(found);
    }

    void writesAWorkbookAPersonLikes()
    {
        fixture();
        auto list = CallListBuilder(*m_db).build(IsoWeek::parse(u"2026-W49"), d("2026-11-30"));
        QVERIFY2(list.ok(), qPrintable(list.error()));
        const QString path = m_dir->filePath(QStringLiteral("appels.xlsx"));
        const Status written = CallListXlsx::write(*list, path);
        QVERIFY2(written.ok(), qPrintable(written.error()));

        const QJsonObject wb = readWorkbook(path);
        QVERIFY(!wb.isEmpty());
        const int rows = int(list->rows.size());
        QCOMPARE(wb.value(QStringLiteral("title")).toString(), QStringLiteral("Semaine 49"));
        QCOMPARE(wb.value(QStringLiteral("max_row")).toInt(), 3 + rows);
        QCOMPARE(wb.value(QStringLiteral("max_col")).toInt(), 22);
        // Title row: the week and the company.
        const QString title = at(wb, 1, 1).value(QStringLiteral("v")).toString();
        QVERIFY2(title.contains(QStringLiteral("semaine 49")) && title.contains(QStringLiteral("lundi 30 novembre"))
                     && title.contains(QStringLiteral("Atelier Martin SARL")),
                 qPrintable(title));
        QVERIFY(at(wb, 1, 1).value(QStringLiteral("bold")).toBool());
        QCOMPARE(wb.value(QStringLiteral("doc_title")).toString(), title);
        // Bold French header on row 3, frozen, with the autofilter over the whole table.
        for (int c = 1; c <= 22; ++c) {
            QCOMPARE(at(wb, 3, c).value(QStringLiteral("v")).toString(), CallListXlsx::headers().at(c - 1));
            QVERIFY(at(wb, 3, c).value(QStringLiteral("bold")).toBool());
        }
        QCOMPARE(at(wb, 3, 18).value(QStringLiteral("v")).toString(), QStringLiteral("Questions à poser"));
        QCOMPARE(wb.value(QStringLiteral("freeze")).toString(), QStringLiteral("D4"));
        QCOMPARE(wb.value(QStringLiteral("filter")).toString(), QStringLiteral("A3:V%1").arg(3 + rows));
        // Print: landscape A4, fitted to two pages wide, header row and first columns repeated on every page.
        QCOMPARE(wb.value(QStringLiteral("orientation")).toString(), QStringLiteral("landscape"));
        QCOMPARE(wb.value(QStringLiteral("paper")).toInt(), 9);
        QVERIFY(wb.value(QStringLiteral("fit")).toBool());
        QCOMPARE(wb.value(QStringLiteral("fit_width")).toInt(), 2);
        QCOMPARE(wb.value(QStringLiteral("fit_height")).toInt(), 0);
        QCOMPARE(wb.value(QStringLiteral("title_rows")).toString(), QStringLiteral("$3:$3"));
        QCOMPARE(wb.value(QStringLiteral("title_cols")).toString(), QStringLiteral("$A:$C"));
        QVERIFY(wb.value(QStringLiteral("header")).toString().contains(QStringLiteral("Atelier Martin SARL")));
        QCOMPARE(wb.value(QStringLiteral("footer")).toArray().at(1).toString(), QStringLiteral("Page &P / &N"));
        // Sensible widths.
        const QJsonObject widths = wb.value(QStringLiteral("widths")).toObject();
        QVERIFY(widths.value(QStringLiteral("R")).toDouble() >= 50); // questions
        QVERIFY(widths.value(QStringLiteral("C")).toDouble() >= 20); // customer
        // Drop-down lists on the columns to fill in.
        const QJsonArray validations = wb.value(QStringLiteral("validations")).toArray();
        QCOMPARE(validations.size(), 2);
        QCOMPARE(validations.at(0).toObject().value(QStringLiteral("sqref")).toString(), QStringLiteral("S4:S%1").arg(3 + rows));
        QVERIFY(validations.at(0).toObject().value(QStringLiteral("formula")).toString().contains(QStringLiteral("promesse obtenue")));
        QVERIFY(validations.at(1).toObject().value(QStringLiteral("formula")).toString().contains(QStringLiteral("virement")));

        // Each data row matches its call; real numbers and dates, with euro and date formats.
        for (int i = 0; i < rows; ++i) {
            const CallListRow &r = list->rows.at(i);
            const int row = 4 + i;
            const QJsonObject day = at(wb, row, 1);
            QCOMPARE(day.value(QStringLiteral("t")).toString(), QStringLiteral("datetime"));
            QCOMPARE(day.value(QStringLiteral("v")).toString(), r.day.toString(Qt::ISODate));
            QCOMPARE(day.value(QStringLiteral("fmt")).toString(), QStringLiteral("dd/mm/yyyy"));
            if (r.overdue)
                QCOMPARE(at(wb, row, 2).value(QStringLiteral("v")).toString(), r.scheduledDate.toString(Qt::ISODate));
            else
                QVERIFY(at(wb, row, 2).value(QStringLiteral("v")).isNull());
            QCOMPARE(at(wb, row, 3).value(QStringLiteral("v")).toString(), r.customerName);
            QCOMPARE(at(wb, row, 3).value(QStringLiteral("dt")).toString(), QStringLiteral("s"));
            QCOMPARE(at(wb, row, 4).value(QStringLiteral("v")).toString(), r.customerCode);
            QCOMPARE(at(wb, row, 5).value(QStringLiteral("v")).toString(), r.contactName);
            QCOMPARE(at(wb, row, 6).value(QStringLiteral("v")).toString(), r.contactRole);
            QCOMPARE(at(wb, row, 7).value(QStringLiteral("v")).toString(), r.phone);
            QCOMPARE(at(wb, row, 8).value(QStringLiteral("v")).toString(), r.email);
            QCOMPARE(at(wb, row, 9).value(QStringLiteral("v")).toString(), r.profile);
            QCOMPARE(at(wb, row, 10).value(QStringLiteral("v")).toString(), r.step);
            QCOMPARE(at(wb, row, 11).value(QStringLiteral("v")).toString(), r.invoiceNumbers.join(QStringLiteral(", ")));
            const QJsonObject amount = at(wb, row, 12);
            QVERIFY(amount.value(QStringLiteral("v")).isDouble()); // openpyxl: int for whole euros, float otherwise
            QCOMPARE(amount.value(QStringLiteral("dt")).toString(), QStringLiteral("n"));
            QCOMPARE(qRound64(amount.value(QStringLiteral("v")).toDouble() * 100), r.totalDueCents);
            QCOMPARE(amount.value(QStringLiteral("fmt")).toString(), XlsxWriter::euroFormat());
            QCOMPARE(at(wb, row, 13).value(QStringLiteral("t")).toString(), QStringLiteral("datetime"));
            QCOMPARE(at(wb, row, 13).value(QStringLiteral("v")).toString(), r.oldestDueDate.toString(Qt::ISODate));
            const QJsonObject days = at(wb, row, 14);
            QCOMPARE(days.value(QStringLiteral("t")).toString(), QStringLiteral("int"));
            QCOMPARE(days.value(QStringLiteral("v")).toInt(), r.daysFromDue);
            QCOMPARE(days.value(QStringLiteral("fmt")).toString(), XlsxWriter::signedDaysFormat());
            const QJsonObject questions = at(wb, row, 18);
            QVERIFY(questions.value(QStringLiteral("wrap")).toBool());
            QCOMPARE(questions.value(QStringLiteral("v")).toString().count(u'•'), r.questions.size());
            QVERIFY(questions.value(QStringLiteral("v")).toString().contains(r.questions.first()));
            // Empty, tinted columns to fill in.
            for (int c = 19; c <= 22; ++c) {
                QVERIFY(at(wb, row, c).value(QStringLiteral("v")).isNull());
                QVERIFY(!at(wb, row, c).value(QStringLiteral("fill")).toString().isEmpty());
            }
            QCOMPARE(at(wb, row, 20).value(QStringLiteral("fmt")).toString(), QStringLiteral("dd/mm/yyyy"));
        }
        // The customer called "=HYPERLINK(…)" and the "+33…" phone arrive as text; the sheet holds no formula at all.
        QCOMPARE(wb.value(QStringLiteral("formulas")).toInt(), 0);
        bool sawEvil = false;
        for (int i = 0; i < rows; ++i) {
            const QJsonObject name = at(wb, 4 + i, 3);
            if (name.value(QStringLiteral("v")).toString() == u"=HYPERLINK(\"http://evil.example\",\"Cliquez\")") {
                sawEvil = true;
                QCOMPARE(name.value(QStringLiteral("t")).toString(), QStringLiteral("str"));
                QCOMPARE(at(wb, 4 + i, 6).value(QStringLiteral("v")).toString(), QStringLiteral("-Responsable paie"));
                QCOMPARE(at(wb, 4 + i, 7).value(QStringLiteral("dt")).toString(), QStringLiteral("s"));
            }
        }
        QVERIFY(sawEvil);

        // A second, independent reader.
        const CommandResult csv = TestSupport::run(QStringLiteral("xlsx2csv"), {path});
        QCOMPARE(csv.exitCode, 0);
        const QString text = QString::fromUtf8(csv.out);
        QVERIFY(text.contains(QStringLiteral("Jour,Reporté du,Client,Code,Contact")));
        QVERIFY(text.contains(QStringLiteral("\"=HYPERLINK(\"\"http://evil.example\"\",\"\"Cliquez\"\")\"")));
        QVERIFY(text.contains(QStringLiteral("Boulangerie Dupont,C0")));
        QVERIFY(text.contains(QStringLiteral("30/11/2026")));
    }

    void emptyWeekStillWritesAHeader()
    {
        Company company;
        company.name = QStringLiteral("Atelier Martin SARL");
        QVERIFY(CompanyRepository(*m_db).save(company).ok());
        auto list = CallListBuilder(*m_db).build(IsoWeek::parse(u"2026-W49"), d("2026-11-30"));
        QVERIFY(list.ok());
        QCOMPARE(list->rows.size(), 0);
        const QString path = m_dir->filePath(QStringLiteral("vide.xlsx"));
        QVERIFY(CallListXlsx::write(*list, path).ok());
        const QJsonObject wb = readWorkbook(path);
        QCOMPARE(at(wb, 3, 1).value(QStringLiteral("v")).toString(), QStringLiteral("Jour"));
        QVERIFY(at(wb, 2, 1).value(QStringLiteral("v")).toString().startsWith(QStringLiteral("0 appel")));
    }
};

QTEST_GUILESS_MAIN(TestCallList)
#include "tst_calllist.moc"
