// Translations: French and English are installed at run time, Qt's own dialogs follow, and the French file is complete.

#include "TestSupport.h"
#include "Translations.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void french();
    void english();
    void systemLocale();
    void unknownLanguageFallsBack();
    void tsFilesAreComplete_data();
    void tsFilesAreComplete();
};

void TestTranslations::french()
{
    QCOMPARE(Translations::install(*qApp, QStringLiteral("fr")), QStringLiteral("fr"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "Customers"), QStringLiteral("Clients"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "Search…"), QStringLiteral("Rechercher…"));
    QCOMPARE(QCoreApplication::translate("CustomerTableModel", "Open balance"), QStringLiteral("Reste dû"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "%n customer(s)", nullptr, 1), QStringLiteral("1 client"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "%n customer(s)", nullptr, 0), QStringLiteral("0 client"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "%n customer(s)", nullptr, 12), QStringLiteral("12 clients"));
    // Qt's own strings (standard buttons) come from qtbase_fr.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Annuler"));
    QCOMPARE(QLocale().language(), QLocale::French);
}

void TestTranslations::english()
{
    QCOMPARE(Translations::install(*qApp, QStringLiteral("fr")), QStringLiteral("fr"));
    QCOMPARE(Translations::install(*qApp, QStringLiteral("EN")), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "Customers"), QStringLiteral("Customers"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "%n customer(s)", nullptr, 1), QStringLiteral("1 customer"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "%n customer(s)", nullptr, 2), QStringLiteral("2 customers"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    QCOMPARE(QLocale().language(), QLocale::English);
}

void TestTranslations::systemLocale()
{
    // The tests run under LC_ALL=C.UTF-8 (English); a French system gets French.
    const QString expected = QLocale::system().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
    QCOMPARE(Translations::install(*qApp, QString()), expected);
    QCOMPARE(QLocale(), QLocale::system());
}

void TestTranslations::unknownLanguageFallsBack()
{
    QTest::ignoreMessage(QtWarningMsg, "Unknown language \"xx\": using the system's.");
    const QString used = Translations::install(*qApp, QStringLiteral("xx"));
    QVERIFY(Translations::available().contains(used));
}

void TestTranslations::tsFilesAreComplete_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("pluralForms");
    QTest::newRow("fr") << QStringLiteral("encaisse_fr.ts") << 2;
    QTest::newRow("en") << QStringLiteral("encaisse_en.ts") << 2;
}

void TestTranslations::tsFilesAreComplete()
{
    QFETCH(QString, file);
    QFETCH(int, pluralForms);
    // The sources' translations/ folder, from the test data folder that TestConfig.h knows.
    QFile ts(QDir::cleanPath(QStringLiteral(ENCAISSE_TEST_DATA_DIR "/../../translations/") + file));
    QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
    QXmlStreamReader xml(&ts);
    QString context;
    QString source;
    int messages = 0;
    int forms = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.isStartElement() && xml.name() == u"message")
            ++messages;
        else if (xml.isStartElement() && xml.name() == u"source")
            source = xml.readElementText();
        else if (xml.isStartElement() && xml.name() == u"translation") {
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            QVERIFY2(type.isEmpty(), qPrintable(QStringLiteral("%1 %2: %3 (%4)").arg(file, context, source, type)));
            forms = 0;
        } else if (xml.isStartElement() && xml.name() == u"numerusform") {
            ++forms;
            QVERIFY2(!xml.readElementText().isEmpty(), qPrintable(QStringLiteral("%1 %2: %3").arg(file, context, source)));
        } else if (xml.isEndElement() && xml.name() == u"translation" && forms > 0) {
            QCOMPARE(forms, pluralForms);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 0);
}

int main(int argc, char *argv[])
{
    TestSupport::prepareEnvironment();
    QApplication app(argc, argv);
    TestTranslations test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translations.moc"
