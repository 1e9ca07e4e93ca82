// LetterArchive and DossierBuilder on a real SQLite file: a letter marked sent is kept byte for byte and locked,
// journaled on each invoice, completes its planned action, gets its receipt date; the dossier contentieux lists
// the journal in date order and reproduces the archived letters.

#include "ActionRepository.h"
#include "Clock.h"
#include "DossierBuilder.h"
#include "EventJournal.h"
#include "FrenchText.h"
#include "LetterArchive.h"
#include "LetterBatch.h"
#include "LetterComposer.h"
#include "LetterLevel.h"
#include "LetterRenderer.h"
#include "LetterRepository.h"
#include "PromiseRepository.h"

#include "data/letters/LetterFixture.h"

#include <QCryptographicHash>
#include <QImage>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace LetterFixture;

class TestLettersArchive final : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FixedClock> m_clock;

    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::pair<ComposedLetter, QByteArray> formalNotice(qint64 customerId, const QString &lrar = {}, qint64 actionId = 0)
    {
        auto letter = LetterComposer(*m_db).compose({customerId, LetterLevel::FormalNotice, letterDate(), actionId, {}, {}, lrar, {}, {}});
        [&] { QVERIFY2(letter.ok(), qPrintable(letter.error())); }();
        auto pdf = LetterRenderer::toPdf({*letter});
        [&] { QVERIFY(pdf.ok()); }();
        return {*letter, *pdf};
    }

    void addEvent(qint64 customerId, qint64 invoiceId, const QDateTime &at, const QString &kind, const QString &summary,
                  const QJsonObject &details = {})
    {
        Event e;
        e.details = details;
        e.customerId = customerId;
        e.invoiceId = invoiceId;
        e.occurredAt = at;
        e.kind = kind;
        e.summary = summary;
        e.actor = QStringLiteral("test");
        QVERIFY(EventJournal(*m_db).append(e).ok());
    }

private Q_SLOTS:
    void initTestCase() { TestSupport::prepareEnvironment(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(path(QStringLiteral("archive.sqlite"))).ok());
        QVERIFY(saveCompany(*m_db));
        m_clock = std::make_unique<FixedClock>(letterDate());
        Clock::setInstance(m_clock.get());
    }

    void cleanup()
    {
        Clock::setInstance(nullptr);
        m_db.reset();
        m_dir.reset();
    }

    // Sent: the exact bytes with their SHA-256, the LRAR number, locked; reopened byte for byte.
    void sentLetterIsKeptByteForByte()
    {
        const Debtor x = addDebtor(*m_db);
        const auto [letter, pdf] = formalNotice(x.id, QStringLiteral("1A 987 654 3210 9"));
        LetterArchive archive(*m_db);
        auto id = archive.archiveSent(letter, pdf, letterDate());
        QVERIFY2(id.ok(), qPrintable(id.error()));

        auto reopened = archive.reopen(*id);
        QVERIFY(reopened.ok());
        QCOMPARE(reopened->pdf, pdf);
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
        QCOMPARE(reopened->sha256, sha);
        QCOMPARE(reopened->sentOn, letterDate());
        QCOMPARE(reopened->channel, QStringLiteral("registered_letter"));
        QCOMPARE(reopened->lrarNumber, QStringLiteral("1A 987 654 3210 9"));
        QCOMPARE(reopened->level, LetterLevel::FormalNotice);
        QCOMPARE(reopened->invoiceIds.size(), 3);
        QVERIFY(!reopened->invoiceIds.contains(x.disputed));
        // Reprinted identically: the file written from the archive hashes the same and reads the same.
        QVERIFY(writeFile(path(QStringLiteral("reprint.pdf")), reopened->pdf));
        QVERIFY(pdfText(path(QStringLiteral("reprint.pdf"))).contains(QStringLiteral("n° 1A 987 654 3210 9")));

        // A sent letter cannot be changed: not marked again, not given another LRAR number.
        const Status again = archive.markSent(*id, letterDate().addDays(1), QStringLiteral("OTHER"));
        QVERIFY(!again.ok());
        QVERIFY(again.error().contains(QStringLiteral("ne peut plus être modifié")));
        QVERIFY(!LetterRepository(*m_db).markSent(*id, letterDate(), QStringLiteral("letter"), {}).ok());
        QCOMPARE(archive.reopen(*id)->lrarNumber, QStringLiteral("1A 987 654 3210 9"));

        // Journaled once per invoice claimed, with the proof's details.
        for (qint64 invoiceId : reopened->invoiceIds) {
            int sent = 0;
            for (const Event &e : EventJournal(*m_db).forInvoice(invoiceId))
                if (e.kind == u"letter_sent") {
                    ++sent;
                    QCOMPARE(e.details.value(QStringLiteral("letter_id")).toInteger(), *id);
                    QCOMPARE(e.details.value(QStringLiteral("sha256")).toString(), sha);
                    QCOMPARE(e.details.value(QStringLiteral("lrar_number")).toString(), QStringLiteral("1A 987 654 3210 9"));
                    QVERIFY(e.summary.contains(QStringLiteral("Mise en demeure")));
                }
            QCOMPARE(sent, 1);
        }

        // The receipt comes back later; not before the letter left.
        QVERIFY(!archive.recordReceipt(*id, letterDate().addDays(-1)).ok());
        QVERIFY(archive.recordReceipt(*id, letterDate().addDays(2)).ok());
        QCOMPARE(archive.reopen(*id)->receiptOn, letterDate().addDays(2));
        QCOMPARE(archive.reopen(*id)->pdf, pdf);

        // Bytes altered behind the application's back are caught by their hash.
        QSqlQuery q = m_db->query(QStringLiteral("UPDATE letters SET pdf = ? WHERE id = ?"));
        q.addBindValue(QByteArray(pdf + QByteArray("%%tampered\n")));
        q.addBindValue(*id);
        QVERIFY(m_db->exec(q).ok());
        auto tampered = archive.reopen(*id);
        QVERIFY(!tampered.ok());
        QVERIFY(tampered.error().contains(QStringLiteral("SHA-256")));
    }

    // Printed first, LRAR number typed later: then locked. Sending completes the planned action it carried out.
    void printedThenSentCompletesTheAction()
    {
        const Debtor x = addDebtor(*m_db);
        Action a;
        a.customerId = x.id;
        a.plannedDate = letterDate();
        a.scheduledDate = letterDate();
        a.step = LetterLevel::FormalNotice;
        a.channel = QStringLiteral("registered_letter");
        a.invoiceIds = x.late;
        QVERIFY(ActionRepository(*m_db).insert(a).ok());
        const auto [letter, pdf] = formalNotice(x.id, {}, a.id);
        LetterArchive archive(*m_db);
        auto id = archive.storePrinted(letter, pdf);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        QVERIFY(!LetterRepository(*m_db).findById(*id)->isSent());
        QVERIFY(!archive.recordReceipt(*id, letterDate()).ok()); // not sent yet
        QCOMPARE(ActionRepository(*m_db).findById(a.id)->status, Action::Status::Planned);

        const Status sent = archive.markSent(*id, letterDate(), QStringLiteral("1A 000 111 2223 3"));
        QVERIFY2(sent.ok(), qPrintable(sent.error()));
        const Letter l = *archive.reopen(*id);
        QCOMPARE(l.lrarNumber, QStringLiteral("1A 000 111 2223 3"));
        QCOMPARE(l.pdf, pdf); // the printed bytes, unchanged
        const Action done = *ActionRepository(*m_db).findById(a.id);
        QCOMPARE(done.status, Action::Status::Done);
        QVERIFY(done.comment.contains(QStringLiteral("1A 000 111 2223 3")));
        QVERIFY(!archive.markSent(*id, letterDate(), {}).ok());
    }

    // Sent in a batch without its number: the LRAR number is typed later, once; the PDF never changes.
    void lrarNumberTypedLaterOnce()
    {
        const Debtor x = addDebtor(*m_db);
        const auto [letter, pdf] = formalNotice(x.id);
        LetterArchive archive(*m_db);
        auto id = archive.archiveSent(letter, pdf, letterDate());
        QVERIFY(id.ok());
        QCOMPARE(archive.reopen(*id)->lrarNumber, QString());
        QVERIFY(archive.setLrarNumber(*id, QStringLiteral(" 1A 222 ")).ok());
        QCOMPARE(archive.reopen(*id)->lrarNumber, QStringLiteral("1A 222"));
        QCOMPARE(archive.reopen(*id)->pdf, pdf);
        const Status again = archive.setLrarNumber(*id, QStringLiteral("1A 999"));
        QVERIFY(!again.ok());
        QVERIFY(again.error().contains(QStringLiteral("ne peut plus être modifié")));
        QCOMPARE(archive.reopen(*id)->lrarNumber, QStringLiteral("1A 222"));
        bool journaled = false;
        for (const Event &e : EventJournal(*m_db).forCustomer(x.id))
            journaled |= e.kind == u"letter_lrar" && e.summary.contains(QStringLiteral("1A 222"));
        QVERIFY(journaled);
    }

    // The dossier: parties, claim, statement, the journal in date order, promises, disputes, the archived letters.
    void dossierTellsTheStoryInOrder()
    {
        const Debtor x = addDebtor(*m_db);
        const qint64 inv = x.late.first();
        // Journal entries written out of order: the dossier sorts them by date.
        addEvent(x.id, inv, QDateTime(d("2026-10-20"), QTime(9, 30)), QStringLiteral("promise_broken"), QStringLiteral("Promesse non tenue : rien reçu au 19/10/2026"));
        addEvent(x.id, inv, QDateTime(d("2026-09-03"), QTime(10, 0)), QStringLiteral("reminder_sent"), QStringLiteral("Relance 1 par e-mail – FA-2026-0815"),
                 {{QStringLiteral("step"), QStringLiteral("level1")}, {QStringLiteral("channel"), QStringLiteral("email")}});
        addEvent(x.id, inv, QDateTime(d("2026-09-15"), QTime(14, 5)), QStringLiteral("call_outcome"), QStringLiteral("Appel : promesse de paiement — virement annoncé"),
                 {{QStringLiteral("step"), QStringLiteral("level2")}, {QStringLiteral("outcome"), QStringLiteral("promise")}});
        addEvent(x.id, inv, QDateTime(d("2026-09-15"), QTime(14, 6)), QStringLiteral("promise_made"), QStringLiteral("Promesse de paiement pour le 19/10/2026 par virement"));
        addEvent(x.id, x.disputed, QDateTime(d("2026-10-10"), QTime(11, 0)), QStringLiteral("dispute_opened"), QStringLiteral("Litige ouvert (qualité) — FA-2026-LITIGE : pièce défectueuse"));
        Promise p;
        p.customerId = x.id;
        p.madeOn = d("2026-09-15");
        p.promisedDate = d("2026-10-19");
        p.amountCents = 1'500'000;
        p.means = QStringLiteral("transfer");
        p.status = Promise::Status::Broken;
        p.invoiceIds = {inv};
        QVERIFY(PromiseRepository(*m_db).insert(p).ok());
        // A level-3 letter sent on 10 November, then the mise en demeure today.
        m_clock->setToday(d("2026-11-10"));
        auto level3 = LetterComposer(*m_db).compose({x.id, LetterLevel::Level3, d("2026-11-10"), 0, {}, {}, QStringLiteral("1A 333"), {}, {}});
        QVERIFY(level3.ok());
        auto level3Pdf = LetterRenderer::toPdf({*level3});
        QVERIFY(LetterArchive(*m_db).archiveSent(*level3, *level3Pdf, d("2026-11-10")).ok());
        m_clock->setToday(letterDate());
        const auto [med, medPdf] = formalNotice(x.id, QStringLiteral("1A 444"));
        auto medId = LetterArchive(*m_db).archiveSent(med, medPdf, letterDate());
        QVERIFY(medId.ok());
        QVERIFY(LetterArchive(*m_db).recordReceipt(*medId, letterDate()).ok());
        // The mise en demeure recalls the earlier reminders from the journal (calls, e-mails, letters).
        QVERIFY(writeFile(path(QStringLiteral("med.pdf")), medPdf));
        QVERIFY(writeFile(path(QStringLiteral("level3.pdf")), *level3Pdf));
        const QString medText = pdfText(path(QStringLiteral("med.pdf")));
        QVERIFY2(medText.contains(QStringLiteral("Malgré nos relances des 3 septembre, 15 septembre et 10 novembre 2026")), qPrintable(medText.mid(medText.indexOf(QStringLiteral("Malgré")), 120)));

        auto dossier = DossierBuilder(*m_db).compose(x.id, letterDate());
        QVERIFY2(dossier.ok(), qPrintable(dossier.error()));
        QCOMPARE(dossier->appended.size(), 2);
        auto pages = LetterRenderer::writePdf({*dossier}, path(QStringLiteral("dossier.pdf")));
        QVERIFY(pages.ok());
        QCOMPARE(pdfPages(path(QStringLiteral("dossier.pdf"))), *pages);
        const QString text = pdfText(path(QStringLiteral("dossier.pdf")));

        for (const char *s : {"DOSSIER CONTENTIEUX", "Créancier :", "Débiteur : Société Bœuf & Frères", "SIREN 732 829 320",
                              "2. La créance au 25 novembre 2026", "3. Relevé de compte", "4. Chronologie", "5. Promesses de paiement",
                              "6. Litiges", "7. Courriers envoyés", "non tenue", "Factures en litige, non réclamées : FA-2026-LITIGE"})
            QVERIFY2(text.contains(QString::fromUtf8(s)), s);
        // The journal in date order.
        const QStringList order = {QStringLiteral("Relance 1 par e-mail – FA-2026-0815"), QStringLiteral("Appel : promesse de paiement"),
                                   QStringLiteral("Promesse de paiement pour le 19/10/2026"), QStringLiteral("Litige ouvert (qualité)"),
                                   QStringLiteral("Promesse non tenue : rien reçu"), QStringLiteral("Courrier envoyé : Dernière relance"),
                                   QStringLiteral("Courrier envoyé : Mise en demeure"), QStringLiteral("Accusé de réception revenu")};
        qsizetype last = -1;
        for (const QString &s : order) {
            const qsizetype at = text.indexOf(s);
            QVERIFY2(at > last, qPrintable(QStringLiteral("hors d'ordre ou absent : ") + s));
            last = at;
        }
        // One line per event even when journaled on three invoices.
        QCOMPARE(text.count(QStringLiteral("Courrier envoyé : Mise en demeure")), 1);
        // The archived letters follow, page for page, with their hash, still searchable.
        const Letter archived = *LetterArchive(*m_db).reopen(*medId);
        QVERIFY(text.contains(archived.sha256));
        QVERIFY(text.contains(QStringLiteral("Pièce 2 – Mise en demeure du 25/11/2026, envoyée le 25/11/2026, LRAR n° 1A 444")));
        QVERIFY(text.contains(QStringLiteral("La présente lettre vaut mise en demeure au sens de l'article 1344 du Code civil")));
        QVERIFY(text.contains(QStringLiteral("DERNIÈRE RELANCE AVANT MISE EN DEMEURE")));
        const int ownPages = *pages - pdfPages(path(QStringLiteral("level3.pdf"))) - pdfPages(path(QStringLiteral("med.pdf")));
        QVERIFY(ownPages >= 2);
        // Appended pages render (vector redraw): the last page is not blank.
        const CommandResult r = TestSupport::run(QStringLiteral("pdftoppm"),
                                                 {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-f"),
                                                  QString::number(*pages), QStringLiteral("-l"), QString::number(*pages),
                                                  QStringLiteral("-singlefile"), path(QStringLiteral("dossier.pdf")), path(QStringLiteral("last"))});
        QCOMPARE(r.exitCode, 0);
        const QImage lastPage(path(QStringLiteral("last.png")));
        int dark = 0;
        for (int y = 0; y < lastPage.height(); ++y)
            for (int x0 = 0; x0 < lastPage.width(); ++x0)
                dark += qGray(lastPage.pixel(x0, y)) < 128;
        QVERIFY2(dark > 500, qPrintable(QString::number(dark)));
    }
};

QTEST_MAIN(TestLettersArchive)
#include "tst_letters_archive.moc"
