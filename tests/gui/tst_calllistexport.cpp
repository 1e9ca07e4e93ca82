// exportWeekCalls / CallListExport on the demo database of Wednesday 25/11/2026: the workbook written where the user
// chose ("appels-2026-W48.xlsx" in Documents suggested) holds, read back with openpyxl, exactly CallListBuilder's rows:
// header, one line per call, customer names, euro amounts and real dates. Cancelled: nothing written; a folder that
// does not exist: a message naming the file.

#include "CallList.h"
#include "CallListExport.h"
#include "Clock.h"
#include "GuiDemoData.h"
#include "TestSupport.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>

namespace {

// The first sheet as openpyxl reads it: every cell's value (dates as ISO text), Python type and number format.
const char *const ReadScript = R"PY(
import datetime, json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
def cell(c):
    v = c.value
    if isinstance(v, datetime.datetime):
        v = v.date().isoformat()
    return {"v": v, "t": type(c.value).__name__, "fmt": c.number_format}
print(json.dumps({"title": ws.title, "freeze": ws.freeze_panes,
                  "rows": [[cell(c) for c in row] for row in ws.iter_rows()]}))
)PY";

QJsonObject readWorkbook(const QString &path)
{
    const CommandResult r = TestSupport::run(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QString::fromUtf8(ReadScript), path});
    if (r.exitCode != 0)
        qWarning("openpyxl: %s", r.err.constData());
    return QJsonDocument::fromJson(r.out).object();
}

QJsonObject at(const QJsonObject &book, int row, int col) // 1-based like Excel
{
    return book.value(QStringLiteral("rows")).toArray().at(row - 1).toArray().at(col - 1).toObject();
}

constexpr int HeaderRow = 3, FirstDataRow = 4;
constexpr int DayCol = 1, CustomerCol = 3, CodeCol = 4, AmountCol = 12, OldestDueCol = 13;

} // namespace

class TestCallListExport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TestSupport::prepareEnvironment();
        QVERIFY(m_settingsDir.isValid() && m_dir.isValid());
        GuiDemoData::isolateSettings(m_settingsDir.path(), QStringLiteral("tst_calllistexport"));
        Clock::setInstance(&m_clock);
    }

    void init()
    {
        m_db = std::make_unique<Database>();
        // One file per test function and data row.
        const QString prefix = QStringLiteral("calls-%1").arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
        const Status opened = GuiDemoData::openFilled(*m_db, m_dir.path(), prefix);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
    }

    void cleanup() { m_db.reset(); }
    void cleanupTestCase() { Clock::setInstance(nullptr); }

    void writesTheWeekAsTheBuilderListsIt_data()
    {
        QTest::addColumn<QString>("week");
        QTest::newRow("this week") << QStringLiteral("2026-W48");
        QTest::newRow("next week") << QStringLiteral("2026-W49");
    }

    void writesTheWeekAsTheBuilderListsIt()
    {
        QFETCH(QString, week);
        const IsoWeek isoWeek = IsoWeek::parse(week);
        QVERIFY(isoWeek.isValid());
        QString askedTitle, askedSuggestion;
        const QString chosen = m_dir.filePath(QStringLiteral("appels %1").arg(week)); // no suffix: it is added
        QWidget parent;
        const QString written = exportWeekCalls(*m_db, isoWeek, &parent, [&](const QString &title, const QString &suggested) {
            askedTitle = title;
            askedSuggestion = suggested;
            return chosen;
        });
        QCOMPARE(written, chosen + QStringLiteral(".xlsx"));
        QVERIFY(QFileInfo::exists(written));
        QVERIFY(askedTitle.contains(QString::number(isoWeek.week)));
        QCOMPARE(QFileInfo(askedSuggestion).fileName(), QStringLiteral("appels-%1.xlsx").arg(week));
        QCOMPARE(QFileInfo(askedSuggestion).absolutePath(),
                 QFileInfo(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).absoluteFilePath());

        // What the builder lists (the calendar is already up to date: the same rows as the export's).
        auto list = CallListBuilder(*m_db).build(isoWeek, m_clock.today());
        QVERIFY2(list.ok(), qPrintable(list.error()));
        QVERIFY2(!list->rows.isEmpty(), "the demo week has calls");

        const QJsonObject book = readWorkbook(written);
        const QJsonArray rows = book.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), FirstDataRow - 1 + list->rows.size());
        QVERIFY(at(book, 1, 1).value(QStringLiteral("v")).toString().contains(QStringLiteral("semaine %1").arg(isoWeek.week)));
        const QStringList &headers = CallListXlsx::headers();
        for (int c = 0; c < headers.size(); ++c)
            QCOMPARE(at(book, HeaderRow, c + 1).value(QStringLiteral("v")).toString(), headers.at(c));
        QCOMPARE(at(book, HeaderRow, CustomerCol).value(QStringLiteral("v")).toString(), QStringLiteral("Client"));

        for (int i = 0; i < list->rows.size(); ++i) {
            const CallListRow &r = list->rows.at(i);
            const int row = FirstDataRow + i;
            QCOMPARE(at(book, row, CustomerCol).value(QStringLiteral("v")).toString(), r.customerName);
            QCOMPARE(at(book, row, CodeCol).value(QStringLiteral("v")).toString(), r.customerCode);
            // Real dates and real numbers, in French formats.
            QCOMPARE(at(book, row, DayCol).value(QStringLiteral("t")).toString(), QStringLiteral("datetime"));
            QCOMPARE(at(book, row, DayCol).value(QStringLiteral("v")).toString(), r.day.toString(Qt::ISODate));
            const QJsonObject amount = at(book, row, AmountCol);
            QVERIFY(amount.value(QStringLiteral("t")).toString() == u"float" || amount.value(QStringLiteral("t")).toString() == u"int");
            QCOMPARE(qRound64(amount.value(QStringLiteral("v")).toDouble() * 100), r.totalDueCents);
            QVERIFY2(amount.value(QStringLiteral("fmt")).toString().contains(QStringLiteral("€")),
                     qPrintable(amount.value(QStringLiteral("fmt")).toString()));
            if (r.oldestDueDate.isValid()) {
                QCOMPARE(at(book, row, OldestDueCol).value(QStringLiteral("t")).toString(), QStringLiteral("datetime"));
                QCOMPARE(at(book, row, OldestDueCol).value(QStringLiteral("v")).toString(), r.oldestDueDate.toString(Qt::ISODate));
            }
        }
    }

    void outcomeCountsTheCalls()
    {
        const IsoWeek week = IsoWeek::containing(m_clock.today());
        const QString path = m_dir.filePath(QStringLiteral("calls.xlsx"));
        const CallListExport::Outcome outcome =
            CallListExport::run(*m_db, week, nullptr, [&](const QString &, const QString &) { return path; });
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QCOMPARE(outcome.path, path);
        const auto list = CallListBuilder(*m_db).build(week, m_clock.today());
        QCOMPARE(outcome.calls, int(list->rows.size()));
        QCOMPARE(outcome.overdue, list->overdueCount());
        QCOMPARE(outcome.totalDueCents, list->totalDueCents());
        QVERIFY(outcome.overdue > 0); // the demo has late calls carried to this week
    }

    void cancelledWritesNothing()
    {
        const auto workbooks = [this] { return QDir(m_dir.path()).entryList({QStringLiteral("*.xlsx")}).size(); };
        const auto before = workbooks();
        QWidget parent;
        int asked = 0;
        const QString written = exportWeekCalls(*m_db, IsoWeek::containing(m_clock.today()), &parent,
                                                [&](const QString &, const QString &) {
                                                    ++asked;
                                                    return QString();
                                                });
        QCOMPARE(asked, 1);
        QVERIFY(written.isEmpty());
        QCOMPARE(workbooks(), before);
        const CallListExport::Outcome outcome = CallListExport::run(*m_db, IsoWeek::containing(m_clock.today()), nullptr,
                                                                    [](const QString &, const QString &) { return QString(); });
        QVERIFY(outcome.cancelled);
        QVERIFY(outcome.error.isEmpty());
        QVERIFY(outcome.path.isEmpty());
        QCOMPARE(workbooks(), before);
    }

    void unwritableFolderNamesTheFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("no-such-folder/appels.xlsx"));
        QWidget parent;
        // The message box exportWeekCalls shows: read it and close it.
        QString shown;
        QTimer closer;
        closer.setInterval(20);
        connect(&closer, &QTimer::timeout, &parent, [&shown, &closer] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                shown = box->text();
                closer.stop();
                box->accept();
            }
        });
        closer.start();
        const QString written = exportWeekCalls(*m_db, IsoWeek::containing(m_clock.today()), &parent,
                                                [&](const QString &, const QString &) { return path; });
        QVERIFY(written.isEmpty());
        QVERIFY2(shown.contains(path), qPrintable(shown));
        QVERIFY(!QFileInfo::exists(path));
    }

private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    FixedClock m_clock{GuiDemoData::today()};
    std::unique_ptr<Database> m_db;
};

QTEST_MAIN(TestCallListExport)
#include "tst_calllistexport.moc"
