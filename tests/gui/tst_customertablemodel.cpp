// CustomerTableModel: one row per customer from a real SQLite file, checked with QAbstractItemModelTester.

#include "CustomerTableModel.h"
#include "GuiTestData.h"
#include "TableFilterProxyModel.h"
#include "TableRoles.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBrush>
#include <QTemporaryDir>
#include <QTest>
#include <limits>

class TestCustomerTableModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void passesModelTester();
    void showsFrenchAmountsAndDates();
    void sortValuesAreRaw();
    void profileExplainsItself();
    void searchKeyHasEveryColumn();
    void emptyDatabase();

private:
    int rowOf(const QString &code) const;

    QTemporaryDir m_dir;
    Database m_db;
    CustomerTableModel m_model;
};

void TestCustomerTableModel::initTestCase()
{
    Translations::install(*qApp, QStringLiteral("en"));
    QVERIFY(m_dir.isValid());
    QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("customers.sqlite"))).ok());
    const Status filled = GuiTestData::fill(m_db);
    QVERIFY2(filled.ok(), qPrintable(filled.error()));
    m_model.reload(m_db, GuiTestData::today());
}

int TestCustomerTableModel::rowOf(const QString &code) const
{
    for (int row = 0; row < m_model.rowCount(); ++row)
        if (m_model.summary(row).code == code)
            return row;
    return -1;
}

void TestCustomerTableModel::passesModelTester()
{
    CustomerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TableFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(CustomerTableModel::OpenBalance, Qt::DescendingOrder);

    model.reload(m_db, GuiTestData::today());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(CustomerTableModel::ColumnCount));
    proxy.setSearchText(QStringLiteral("lefevre"));
    QCOMPARE(proxy.rowCount(), 1);
    model.retranslate();
    model.reload(m_db, GuiTestData::today().addDays(30)); // reload twice: resets are clean
    proxy.setSearchText(QString());
    QCOMPARE(proxy.rowCount(), 4);
}

void TestCustomerTableModel::showsFrenchAmountsAndDates()
{
    const int lefevre = rowOf(QStringLiteral("C002"));
    QVERIFY(lefevre >= 0);
    const auto text = [&](int row, int column) { return m_model.index(row, column).data().toString(); };
    QCOMPARE(text(lefevre, CustomerTableModel::Name), QStringLiteral("Garage Lefèvre"));
    QCOMPARE(text(lefevre, CustomerTableModel::Siren), QStringLiteral("732\u202F829\u202F320"));
    QCOMPARE(text(lefevre, CustomerTableModel::City), QStringLiteral("Villeurbanne"));
    QCOMPARE(text(lefevre, CustomerTableModel::OpenInvoices), QStringLiteral("2")); // the credit note is not counted
    QCOMPARE(text(lefevre, CustomerTableModel::OpenBalance), QStringLiteral("12\u202F760,35\u00A0€"));
    QCOMPARE(text(lefevre, CustomerTableModel::Overdue), QStringLiteral("12\u202F880,35\u00A0€"));
    QCOMPARE(text(lefevre, CustomerTableModel::OldestDue), QStringLiteral("15/10/2025"));
    QCOMPARE(m_model.index(lefevre, CustomerTableModel::OpenBalance).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
    QCOMPARE(m_model.index(lefevre, CustomerTableModel::Name).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignLeft | Qt::AlignVCenter));
    // Late money is red; nothing else is.
    QVERIFY(m_model.index(lefevre, CustomerTableModel::Overdue).data(Qt::ForegroundRole).canConvert<QBrush>());
    QVERIFY(!m_model.index(lefevre, CustomerTableModel::OpenBalance).data(Qt::ForegroundRole).isValid());

    const int moreau = rowOf(QStringLiteral("C004"));
    QCOMPARE(text(moreau, CustomerTableModel::OpenBalance), QStringLiteral("0,00\u00A0€"));
    QCOMPARE(text(moreau, CustomerTableModel::Overdue), QString()); // calm: nothing late, nothing shown
    QCOMPARE(text(moreau, CustomerTableModel::OpenInvoices), QString());
    QCOMPARE(text(moreau, CustomerTableModel::OldestDue), QString());
    QVERIFY(!m_model.index(moreau, CustomerTableModel::Overdue).data(Qt::ForegroundRole).isValid());
}

void TestCustomerTableModel::sortValuesAreRaw()
{
    const int lefevre = rowOf(QStringLiteral("C002"));
    const auto sortValue = [&](int column) { return m_model.index(lefevre, column).data(TableRoles::SortRole); };
    QCOMPARE(sortValue(CustomerTableModel::OpenBalance).toLongLong(), 1276035);
    QCOMPARE(sortValue(CustomerTableModel::Overdue).toLongLong(), 1288035);
    QCOMPARE(sortValue(CustomerTableModel::OpenInvoices).toInt(), 2);
    QCOMPARE(sortValue(CustomerTableModel::OldestDue).toLongLong(), QDate(2025, 10, 15).toJulianDay());
    QCOMPARE(sortValue(CustomerTableModel::Name).toString(), QStringLiteral("garage lefevre"));
    // No open invoice: after every real date.
    QCOMPARE(m_model.index(rowOf(QStringLiteral("C004")), CustomerTableModel::OldestDue).data(TableRoles::SortRole),
             QVariant(std::numeric_limits<qint64>::max()));
    QCOMPARE(m_model.headerData(CustomerTableModel::OpenBalance, Qt::Horizontal, Qt::InitialSortOrderRole).toInt(),
             int(Qt::DescendingOrder));
    QCOMPARE(m_model.headerData(CustomerTableModel::Name, Qt::Horizontal, Qt::InitialSortOrderRole).toInt(),
             int(Qt::AscendingOrder));
}

void TestCustomerTableModel::profileExplainsItself()
{
    const QModelIndex profile = m_model.index(rowOf(QStringLiteral("C002")), CustomerTableModel::Profile);
    QCOMPARE(profile.data().toString(), payerProfileFrench(PayerProfile::BadPayer));
    QCOMPARE(profile.data(Qt::ToolTipRole).toString(),
             QStringLiteral("mauvais payeur : 7 des 9 dernières factures avec plus de 20 jours de retard"));
    QVERIFY(!m_model.headerData(CustomerTableModel::Profile, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
}

void TestCustomerTableModel::searchKeyHasEveryColumn()
{
    const QString key = m_model.index(rowOf(QStringLiteral("C003")), 0).data(TableRoles::SearchKeyRole).toString();
    for (const char *part : {"c003", "mairie de saint-etienne", "732 829 320", "732829320", "administratif",
                             "5 000,00 €", "5000,00", "20/11/2025"})
        QVERIFY2(key.contains(QString::fromUtf8(part)), part);
}

void TestCustomerTableModel::emptyDatabase()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("empty.sqlite"))).ok());
    CustomerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload(db, GuiTestData::today());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.headerData(CustomerTableModel::OpenBalance, Qt::Horizontal).toString(), QStringLiteral("Open balance"));
}

int main(int argc, char *argv[])
{
    TestSupport::prepareEnvironment();
    QApplication app(argc, argv);
    TestCustomerTableModel test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_customertablemodel.moc"
