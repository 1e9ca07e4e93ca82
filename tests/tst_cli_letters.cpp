// The letters, dossier and archive commands, run as the real `encaisse` binary on a real SQLite file.

#include "LetterRepository.h"

#include "data/letters/LetterFixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace LetterFixture;

class TestCliLetters final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    CommandResult encaisse(QStringList args)
    {
        args.prepend(m_db);
        args.prepend(QStringLiteral("--db"));
        args << QStringLiteral("--today") << QStringLiteral("2026-11-25");
        return TestSupport::runEncaisse(args);
    }

    static QString err(const CommandResult &r) { return QString::fromUtf8(r.err); }

    static QByteArray fileBytes(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::prepareEnvironment();
        QVERIFY(m_dir.isValid());
        m_db = path(QStringLiteral("cli.sqlite"));
        Database db;
        QVERIFY(db.open(m_db).ok());
        QVERIFY(saveCompany(db));
        addDebtor(db);
        addDebtor(db, QStringLiteral("C0043"), QStringLiteral("Boulangerie Çà et Là"));
    }

    void formalNoticeForOneCustomer()
    {
        const QString out = path(QStringLiteral("med.pdf"));
        const CommandResult r = encaisse({QStringLiteral("letters"), QStringLiteral("--level"), QStringLiteral("formal-notice"),
                                          QStringLiteral("--customer"), QStringLiteral("C0042"), QStringLiteral("--date"),
                                          QStringLiteral("2026-11-25"), QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QString::fromUtf8(r.out).contains(QStringLiteral("C0042")));
        const QString text = pdfText(out);
        QVERIFY(text.contains(QStringLiteral("MISE EN DEMEURE")));
        QVERIFY(text.contains(QStringLiteral("Débiteur : Société Bœuf & Frères, SIREN")));
        QVERIFY(text.contains(QStringLiteral("article 1344 du Code civil")));
        QVERIFY(text.contains(QStringLiteral("Lettre recommandée avec accusé de réception n°")));
        QVERIFY(!text.contains(QStringLiteral("FA-2026-LITIGE")));
    }

    void usageErrorsAreOneFrenchLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("niveau inconnu") << QStringList{QStringLiteral("letters"), QStringLiteral("--level"), QStringLiteral("level9"),
                                                        QStringLiteral("-o"), QStringLiteral("x.pdf")}
                                         << 2 << QStringLiteral("--level attend preventive, level1");
        QTest::newRow("sans sortie") << QStringList{QStringLiteral("letters"), QStringLiteral("--level"), QStringLiteral("level1")}
                                      << 2 << QStringLiteral("-o FICHIER.pdf est obligatoire");
        QTest::newRow("client inconnu") << QStringList{QStringLiteral("letters"), QStringLiteral("--level"), QStringLiteral("level1"),
                                                        QStringLiteral("--customer"), QStringLiteral("C9999"), QStringLiteral("-o"),
                                                        QStringLiteral("x.pdf")}
                                         << 1 << QStringLiteral("client inconnu : C9999");
        QTest::newRow("rien de prévu") << QStringList{QStringLiteral("letters"), QStringLiteral("--level"), QStringLiteral("formal-notice"),
                                                       QStringLiteral("-o"), QStringLiteral("x.pdf")}
                                        << 1 << QStringLiteral("aucun courrier à imprimer le 25/11/2026 au niveau formal-notice");
        QTest::newRow("lrar pour plusieurs") << QStringList{QStringLiteral("letters"), QStringLiteral("--level"), QStringLiteral("statement"),
                                                             QStringLiteral("--lrar"), QStringLiteral("1A"), QStringLiteral("-o"),
                                                             QStringLiteral("x.pdf")}
                                              << 2 << QStringLiteral("--lrar ne vaut que pour un seul courrier (ici 2)");
        QTest::newRow("date future envoyée") << QStringList{QStringLiteral("letters"), QStringLiteral("--level"), QStringLiteral("level1"),
                                                             QStringLiteral("--customer"), QStringLiteral("C0042"), QStringLiteral("--date"),
                                                             QStringLiteral("2026-12-01"), QStringLiteral("--mark-sent"), QStringLiteral("-o"),
                                                             QStringLiteral("x.pdf")}
                                              << 2 << QStringLiteral("ne peut pas être envoyée le 25/11/2026");
        QTest::newRow("dossier sans client") << QStringList{QStringLiteral("dossier"), QStringLiteral("-o"), QStringLiteral("x.pdf")}
                                              << 2 << QStringLiteral("--customer CODE est obligatoire");
        QTest::newRow("archive inconnue") << QStringList{QStringLiteral("archive"), QStringLiteral("--id"), QStringLiteral("999"),
                                                          QStringLiteral("-o"), QStringLiteral("x.pdf")}
                                           << 1 << QStringLiteral("courrier 999 introuvable");
    }

    void usageErrorsAreOneFrenchLine()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const CommandResult r = encaisse(args);
        QCOMPARE(r.exitCode, code);
        const QString e = err(r).trimmed();
        QVERIFY2(e.contains(message), qPrintable(e));
        QVERIFY2(!e.contains(u'\n'), qPrintable(e));
        QVERIFY(e.startsWith(QStringLiteral("encaisse: ")));
    }

    // Statements for every customer with an open balance, one file each.
    void statementsOneFileEach()
    {
        const QString folder = path(QStringLiteral("releves"));
        const CommandResult r = encaisse({QStringLiteral("letters"), QStringLiteral("--level"), QStringLiteral("statement"),
                                          QStringLiteral("--separate"), QStringLiteral("-o"), folder});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QStringList files = QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
        QCOMPARE(files, QStringList({QStringLiteral("2026-11-25_C0042_releve-de-compte.pdf"),
                                     QStringLiteral("2026-11-25_C0043_releve-de-compte.pdf")}));
        QVERIFY(pdfText(QDir(folder).filePath(files.at(1))).contains(QStringLiteral("Boulangerie Çà et Là")));
        // Or all in one file, one after the other.
        const QString one = path(QStringLiteral("releves.pdf"));
        QCOMPARE(encaisse({QStringLiteral("letters"), QStringLiteral("--level"), QStringLiteral("statement"), QStringLiteral("-o"), one}).exitCode, 0);
        QCOMPARE(pdfText(one).count(QStringLiteral("RELEVÉ DE COMPTE")), 2);
    }

    // --mark-sent archives the exact file; archive lists it, reprints it byte for byte, records the receipt.
    void markSentArchiveReprintReceipt()
    {
        const QString out = path(QStringLiteral("sent.pdf"));
        const CommandResult r = encaisse({QStringLiteral("letters"), QStringLiteral("--level"), QStringLiteral("formal-notice"),
                                          QStringLiteral("--customer"), QStringLiteral("C0043"), QStringLiteral("-o"), out,
                                          QStringLiteral("--mark-sent"), QStringLiteral("--lrar"), QStringLiteral("1A 555 666 7778 8")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(pdfText(out).contains(QStringLiteral("Lettre recommandée avec accusé de réception n° 1A 555 666 7778 8")));
        const QByteArray bytes = fileBytes(out);
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        QVERIFY(QString::fromUtf8(r.out).contains(sha));

        const CommandResult list = encaisse({QStringLiteral("archive"), QStringLiteral("--customer"), QStringLiteral("C0043"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray letters = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(letters.size(), 1);
        const QJsonObject l = letters.first().toObject();
        QCOMPARE(l.value(QStringLiteral("sha256")).toString(), sha);
        QCOMPARE(l.value(QStringLiteral("lrar_number")).toString(), QStringLiteral("1A 555 666 7778 8"));
        QCOMPARE(l.value(QStringLiteral("sent_on")).toString(), QStringLiteral("2026-11-25"));
        QCOMPARE(l.value(QStringLiteral("channel")).toString(), QStringLiteral("registered_letter"));
        const QString id = QString::number(l.value(QStringLiteral("id")).toInteger());

        const QString reprint = path(QStringLiteral("reprint.pdf"));
        QCOMPARE(encaisse({QStringLiteral("archive"), QStringLiteral("--id"), id, QStringLiteral("-o"), reprint}).exitCode, 0);
        QCOMPARE(fileBytes(reprint), bytes);

        const CommandResult receipt = encaisse({QStringLiteral("archive"), QStringLiteral("--id"), id, QStringLiteral("--receipt"), QStringLiteral("2026-11-27")});
        QVERIFY2(receipt.exitCode == 0, receipt.err.constData());
        const QJsonObject after = QJsonDocument::fromJson(encaisse({QStringLiteral("archive"), QStringLiteral("--json")}).out).array().first().toObject();
        QCOMPARE(after.value(QStringLiteral("receipt_on")).toString(), QStringLiteral("2026-11-27"));

        // The dossier reproduces it.
        const QString dossier = path(QStringLiteral("dossier.pdf"));
        // As of the day the receipt came back.
        const CommandResult dr = encaisse({QStringLiteral("dossier"), QStringLiteral("--customer"), QStringLiteral("C0043"),
                                           QStringLiteral("--date"), QStringLiteral("2026-11-27"), QStringLiteral("-o"), dossier});
        QVERIFY2(dr.exitCode == 0, dr.err.constData());
        const QString text = pdfText(dossier);
        QVERIFY(text.contains(QStringLiteral("DOSSIER CONTENTIEUX")));
        QVERIFY(text.contains(QStringLiteral("Pièce 1 – Mise en demeure du 25/11/2026, envoyée le 25/11/2026, LRAR n° 1A 555 666 7778 8")));
        QVERIFY(text.contains(sha));
        QVERIFY(text.contains(QStringLiteral("Accusé de réception revenu")));
    }
};

QTEST_MAIN(TestCliLetters)
#include "tst_cli_letters.moc"
