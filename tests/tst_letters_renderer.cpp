// LetterComposer + LetterRenderer on a real SQLite file: what the PDF says (pdftotext), where the address sits
// (pdftotext -bbox), how many invoices flow over pages, that a page renders (pdftoppm), and the batch of the day.

#include "ActionRepository.h"
#include "Clock.h"
#include "CustomerPenalties.h"
#include "FrenchText.h"
#include "InvoiceRepository.h"
#include "LetterBatch.h"
#include "LetterComposer.h"
#include "LetterLayout.h"
#include "LetterLevel.h"
#include "LetterRenderer.h"
#include "PenaltyCalculator.h"

#include "data/letters/LetterFixture.h"

#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace LetterFixture;

class TestLettersRenderer final : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FixedClock> m_clock;

    QString path(const QString &name) const { return m_dir->filePath(name); }

    ComposedLetter compose(const LetterRequest &r)
    {
        auto letter = LetterComposer(*m_db).compose(r);
        if (!letter)
            qWarning("%s", qPrintable(letter.error()));
        [&] { QVERIFY2(letter.ok(), qPrintable(letter.error())); }();
        return letter ? *letter : ComposedLetter{};
    }

    // Renders to a file and returns its path.
    QString render(const QList<ComposedLetter> &letters, const QString &name)
    {
        auto pdf = LetterRenderer::toPdf(letters);
        [&] { QVERIFY2(pdf.ok(), qPrintable(pdf.error())); }();
        const QString file = path(name);
        [&] { QVERIFY(writeFile(file, pdf ? *pdf : QByteArray())); }();
        return file;
    }

private Q_SLOTS:
    void initTestCase() { TestSupport::prepareEnvironment(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(path(QStringLiteral("letters.sqlite"))).ok());
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

    // The mise en demeure carries everything DOMAIN.md §5 lists, with CustomerPenalties' own figures.
    void formalNoticeSaysEverything()
    {
        const Debtor x = addDebtor(*m_db);
        LetterRequest r{x.id, LetterLevel::FormalNotice, letterDate(), 0, {}, {}, QStringLiteral("1A 123 456 7890 1"), {}, {}};
        const ComposedLetter letter = compose(r);
        const QString file = render({letter}, QStringLiteral("med.pdf"));
        const QString text = pdfText(file);

        auto has = [&](const QString &s) {
            QVERIFY2(text.contains(plain(s)), qPrintable(QStringLiteral("absent : ") + s + QStringLiteral("\n") + text));
        };
        has(QStringLiteral("MISE EN DEMEURE"));
        // Both parties with their SIREN, the creditor's letterhead.
        has(QStringLiteral("Ateliers Cœur de Forge"));
        has(QStringLiteral("SARL au capital de 50 000 € – SIREN 732 829 320 – RCS Lyon"));
        has(QStringLiteral("Créancier : Ateliers Cœur de Forge, SARL, SIREN ") + FrenchText::formatSiren(QStringLiteral("732829320")));
        has(QStringLiteral("Débiteur : Société Bœuf & Frères, SIREN ") + FrenchText::formatSiren(sirenFrom("51961781")));
        // The LRAR line with its number.
        has(QStringLiteral("Lettre recommandée avec accusé de réception n° 1A 123 456 7890 1"));
        // The invoices, their penalties and the totals, as CustomerPenalties computes them.
        auto claim = CustomerPenalties::claim(*m_db, x.id, letterDate());
        QVERIFY(claim.ok());
        qint64 open = 0, penalties = 0, indemnities = 0;
        for (const CustomerClaimLine &l : claim->lines) {
            if (l.penalty.excluded) {
                QVERIFY2(!text.contains(l.number), "a disputed invoice is left out");
                continue;
            }
            has(l.number);
            has(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                    .arg(FrenchText::shortDate(l.issueDate), FrenchText::shortDate(l.dueDate), FrenchText::euros(l.amountCents),
                         FrenchText::euros(l.openCents), QString::number(l.penalty.daysLate),
                         PenaltyCalculator::percentToFrench(l.penalty.rateBp), FrenchText::euros(l.penalty.penaltyCents),
                         FrenchText::euros(l.penalty.indemnityCents)));
            open += l.openCents;
            penalties += l.penalty.penaltyCents;
            indemnities += l.penalty.indemnityCents;
        }
        QCOMPARE(open, claim->totalOpenCents);
        QCOMPARE(indemnities, qint64(3 * 4000));
        has(QStringLiteral("Totaux ") + FrenchText::euros(open));
        has(FrenchText::euros(penalties) + u' ' + FrenchText::euros(indemnities));
        has(QStringLiteral("Total dû au 25/11/2026 (reste dû + pénalités + indemnités) ") + FrenchText::euros(claim->totalDueCents()));
        has(QStringLiteral("au taux de 12,15 % (taux de refinancement de la Banque centrale européenne majoré de 10 points), soit ")
            + FrenchText::euros(penalties) + QStringLiteral(" arrêtées au 25 novembre 2026"));
        has(QStringLiteral("indemnité forfaitaire pour frais de recouvrement de 40 € par facture (article D441-5 du Code de commerce), soit ")
            + FrenchText::euros(indemnities));
        has(QStringLiteral("la somme totale de ") + FrenchText::euros(claim->totalDueCents())
            + QStringLiteral(" dans un délai de huit jours à compter de la réception de la présente"));
        // The law, the consequence, how to pay.
        has(QStringLiteral("La présente lettre vaut mise en demeure au sens de l'article 1344 du Code civil et fait courir les "
                           "intérêts moratoires (article 1344-1 du Code civil)."));
        has(QStringLiteral("notamment par voie d'injonction de payer"));
        has(QStringLiteral("IBAN FR76 3000 6000 0112 3456 7890 189 – BIC AGRIFRPPXXX – référence C0042"));
        has(QStringLiteral("Lyon, le 25 novembre 2026"));
        has(QStringLiteral("Françoise Çelik"));
        // Accents intact: é, è, à, ç, œ.
        for (const char *word : {"Échéance", "Société", "Jérôme Lefèvre", "à compter", "Françoise", "Bœuf", "Cœur", "Pénalités"})
            has(QString::fromUtf8(word));
        QCOMPARE(letter.totalCents, claim->totalDueCents());
        QCOMPARE(letter.channel, QStringLiteral("registered_letter"));

        // Fonts embedded.
        const CommandResult fonts = TestSupport::run(QStringLiteral("pdffonts"), {file});
        const QStringList rows = QString::fromUtf8(fonts.out).split(u'\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY(!rows.isEmpty());
        for (const QString &row : rows)
            QVERIFY2(row.contains(QStringLiteral(" yes ")), qPrintable(QStringLiteral("police non incorporée : ") + row));
    }

    // The recipient block sits inside the DL window: x 110–200 mm, y 45–75 mm, La Poste lines.
    void addressInWindow()
    {
        const Debtor x = addDebtor(*m_db);
        const ComposedLetter letter = compose({x.id, LetterLevel::Level1, letterDate(), 0, {}, {}, {}, {}, {}});
        QCOMPARE(letter.recipientLines,
                 QStringList({QStringLiteral("Société Bœuf & Frères"), QStringLiteral("Service comptabilité"),
                              QStringLiteral("8 PLACE DE LA MAIRIE"), QStringLiteral("38000 GRENOBLE")}));
        const QString file = render({letter}, QStringLiteral("window.pdf"));
        const QList<PdfWord> words = pdfWords(file);
        const QRectF window(QPointF(LetterLayout::WindowLeftMm, LetterLayout::WindowTopMm),
                            QPointF(LetterLayout::WindowRightMm, LetterLayout::WindowBottomMm));
        QStringList inside;
        for (const PdfWord &w : words)
            if (w.page == 1 && window.intersects(w.mm)) {
                QVERIFY2(window.contains(w.mm), qPrintable(QStringLiteral("« %1 » dépasse de la fenêtre : %2,%3–%4,%5 mm")
                                                              .arg(w.text).arg(w.mm.left()).arg(w.mm.top()).arg(w.mm.right()).arg(w.mm.bottom())));
                inside << w.text;
            }
        QCOMPARE(inside.join(u' '), letter.recipientLines.join(u' '));
        // Nothing of the letter but the address shows through the window; the letterhead stays left of it.
        for (const PdfWord &w : words)
            if (w.page == 1 && w.text == u"Cœur")
                QVERIFY(w.mm.right() < LetterLayout::WindowLeftMm);
    }

    // Sixty invoices flow over several pages, the table header repeated, "Page n / N" on each.
    void manyInvoicesFlowOverPages()
    {
        const qint64 c = addCustomer(*m_db, QStringLiteral("C0060"), QStringLiteral("Grossiste Élan"), sirenFrom("41234567"));
        QStringList numbers;
        for (int i = 1; i <= 60; ++i) {
            numbers << QStringLiteral("FA-2026-%1").arg(i, 4, 10, QLatin1Char('0'));
            QVERIFY(addInvoice(*m_db, c, numbers.last(), d("2026-06-01").addDays(i * 2), 10'000 + i * 1'111));
        }
        const ComposedLetter letter = compose({c, LetterLevel::FormalNotice, letterDate(), 0, {}, {}, {}, {}, {}});
        const QString file = render({letter}, QStringLiteral("sixty.pdf"));
        const int pages = pdfPages(file);
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
        const QString layout = pdfText(file, true);
        const QStringList perPage = layout.split(u'\f', Qt::SkipEmptyParts);
        QCOMPARE(perPage.size(), pages);
        int pagesWithRows = 0;
        for (int p = 0; p < pages; ++p) {
            const QString &page = perPage.at(p);
            QVERIFY2(page.contains(QStringLiteral("Page %1 / %2").arg(p + 1).arg(pages)), qPrintable(QString::number(p + 1)));
            if (page.contains(QStringLiteral("FA-2026-"))) {
                ++pagesWithRows;
                QVERIFY2(page.contains(QStringLiteral("Pénalités")) && page.contains(QStringLiteral("Indemnité")),
                         qPrintable(QStringLiteral("en-tête du tableau absent page %1").arg(p + 1)));
            }
            if (p > 0)
                QVERIFY(page.contains(QStringLiteral("(suite)")));
        }
        QVERIFY(pagesWithRows >= 2);
        const QString text = pdfText(file);
        for (const QString &n : std::as_const(numbers))
            QCOMPARE(text.count(n + u' '), 1);
        // No line printed twice across a page break.
        QCOMPARE(text.count(QStringLiteral("La présente lettre vaut mise en demeure")), 1);
        QCOMPARE(text.count(QStringLiteral("d'injonction de payer")), 1);
    }

    // A page renders to a real image (pdftoppm) that is not blank.
    void pageRendersToPng()
    {
        const Debtor x = addDebtor(*m_db);
        const QString file = render({compose({x.id, LetterLevel::FormalNotice, letterDate(), 0, {}, {}, {}, {}, {}})},
                                    QStringLiteral("png.pdf"));
        const CommandResult r = TestSupport::run(QStringLiteral("pdftoppm"),
                                                 {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-f"),
                                                  QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), file, path(QStringLiteral("page"))});
        QCOMPARE(r.exitCode, 0);
        QImage image(path(QStringLiteral("page-1.png")));
        QVERIFY(!image.isNull());
        QVERIFY(qAbs(image.width() - 413) <= 1); // 210 mm at 50 dpi
        int dark = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x0 = 0; x0 < image.width(); ++x0)
                if (qGray(image.pixel(x0, y)) < 128)
                    ++dark;
        QVERIFY2(dark > 2000, qPrintable(QString::number(dark)));
        // The preview the GUI will show paints the same page.
        const QImage preview = LetterRenderer::preview(compose({x.id, LetterLevel::FormalNotice, letterDate(), 0, {}, {}, {}, {}, {}}), 0, 50);
        QCOMPARE(preview.size(), QSize(413, 584));
    }

    // Every level composes from its default template and reads as it should.
    void everyLevel_data()
    {
        QTest::addColumn<QString>("level");
        QTest::addColumn<QStringList>("phrases");
        QTest::newRow("préventive") << LetterLevel::Preventive
                                    << QStringList{QStringLiteral("La facture suivante arrive prochainement à échéance"),
                                                   QStringLiteral("FA-2026-1205"), QStringLiteral("Monsieur,")};
        QTest::newRow("relance 1") << LetterLevel::Level1
                                   << QStringList{QStringLiteral("Sauf erreur ou omission de notre part, les factures suivantes, échues, restent impayées"),
                                                  QStringLiteral("ne pas tenir compte de ce courrier")};
        QTest::newRow("relance 2") << LetterLevel::Level2
                                   << QStringList{QStringLiteral("Deuxième relance"), QStringLiteral("sous huit jours"),
                                                  QStringLiteral("P. J. : relevé de compte"), QStringLiteral("Relevé de compte au 25 novembre 2026"),
                                                  QStringLiteral("FA-2026-1205"), QStringLiteral("Solde en notre faveur")};
        QTest::newRow("relance 3") << LetterLevel::Level3
                                   << QStringList{QStringLiteral("DERNIÈRE RELANCE AVANT MISE EN DEMEURE"),
                                                  QStringLiteral("au taux de 12,15 % (article L441-10 du Code de commerce)"),
                                                  QStringLiteral("40 € par facture"), QStringLiteral("À l'attention de M. Jérôme Lefèvre"),
                                                  QStringLiteral("Lettre recommandée avec accusé de réception n°")};
        QTest::newRow("relevé") << LetterLevel::Statement
                                << QStringList{QStringLiteral("RELEVÉ DE COMPTE"), QStringLiteral("FA-2026-LITIGE"), QStringLiteral("FA-2026-1205"),
                                               QStringLiteral("Solde en notre faveur")};
        QTest::newRow("reconnaissance de dette")
            << LetterLevel::Acknowledgement
            << QStringList{QStringLiteral("RECONNAISSANCE DE DETTE ET ENGAGEMENT DE PAIEMENT"),
                           QStringLiteral("la somme de 19 380,00 € (dix-neuf mille trois cent quatre-vingts euros)"),
                           QStringLiteral("« Bon pour reconnaissance de dette de dix-neuf mille trois cent quatre-vingts euros »")};
    }

    void everyLevel()
    {
        QFETCH(QString, level);
        QFETCH(QStringList, phrases);
        const Debtor x = addDebtor(*m_db);
        const ComposedLetter letter = compose({x.id, level, letterDate(), 0, {}, {}, {}, {}, {}});
        const QString text = pdfText(render({letter}, level + QStringLiteral(".pdf")));
        for (const QString &p : std::as_const(phrases))
            QVERIFY2(text.contains(plain(p)), qPrintable(QStringLiteral("absent : ") + p + QStringLiteral("\n") + text.left(3000)));
        // Disputed invoices stay out of every claim; the statement (and the one attached to the second reminder)
        // lists every open item.
        if (level != LetterLevel::Statement && level != LetterLevel::Level2)
            QVERIFY2(!text.contains(QStringLiteral("FA-2026-LITIGE")), "disputed invoices stay out");
    }

    // Values are text, never markup; an unknown customer, a company not set up, nothing to claim: one-line reasons.
    void valuesAreEscapedAndFailuresExplained()
    {
        const qint64 c = addCustomer(*m_db, QStringLiteral("C0099"), QStringLiteral("<b>Dupont</b> & Fils"), sirenFrom("31234567"));
        QVERIFY(addInvoice(*m_db, c, QStringLiteral("FA-<i>1</i>"), d("2026-10-01"), 10'000));
        const QString text = pdfText(render({compose({c, LetterLevel::Level1, letterDate(), 0, {}, {}, {}, {}, {}})},
                                            QStringLiteral("escaped.pdf")));
        QVERIFY(text.contains(QStringLiteral("<b>Dupont</b> & Fils")));
        QVERIFY(text.contains(QStringLiteral("FA-<i>1</i>")));

        const qint64 paid = addCustomer(*m_db, QStringLiteral("C0100"), QStringLiteral("Bon Payeur"), sirenFrom("21234567"));
        auto none = LetterComposer(*m_db).compose({paid, LetterLevel::FormalNotice, letterDate(), 0, {}, {}, {}, {}, {}});
        QVERIFY(!none.ok());
        QVERIFY(none.error().contains(QStringLiteral("aucune facture échue")));
        QVERIFY(!none.error().contains(u'\n'));
        auto unknown = LetterComposer(*m_db).compose({c, QStringLiteral("level9"), letterDate(), 0, {}, {}, {}, {}, {}});
        QVERIFY(!unknown.ok());
    }

    // The day's batch: the calendar's registered-letter action becomes a mise en demeure; progress and cancel.
    void batchOfTheDay()
    {
        const Debtor x = addDebtor(*m_db);
        // Earlier steps done on the late invoices: the negligent scenario now asks for the mise en demeure (J+35).
        ActionRepository actions(*m_db);
        const QList<std::pair<QString, QDate>> done = {{QStringLiteral("level1"), d("2026-10-19")},
                                                       {QStringLiteral("level2"), d("2026-10-28")},
                                                       {QStringLiteral("level3"), d("2026-11-10")}};
        for (const auto &[step, day] : done) {
            Action a;
            a.customerId = x.id;
            a.plannedDate = day;
            a.scheduledDate = day;
            a.step = step;
            a.channel = step == u"level3" ? QStringLiteral("letter") : QStringLiteral("email");
            a.status = Action::Status::Done;
            a.doneAt = QDateTime(day, QTime(10, 0));
            a.outcome = QStringLiteral("other");
            a.invoiceIds = {x.late.at(0), x.late.at(1), x.late.at(2)};
            QVERIFY(actions.insert(a).ok());
        }
        LetterBatch batch(*m_db);
        auto requests = batch.requests(letterDate(), QString());
        QVERIFY2(requests.ok(), qPrintable(requests.error()));
        QCOMPARE(requests->size(), 1);
        QCOMPARE(requests->first().level, LetterLevel::FormalNotice);
        QCOMPARE(requests->first().channel, QStringLiteral("registered_letter"));
        QVERIFY(requests->first().actionId > 0);
        QCOMPARE(batch.requests(letterDate(), LetterLevel::Level2)->size(), 0);

        // By hand: this customer at level 2, whatever the calendar says.
        auto byHand = batch.requests(letterDate(), LetterLevel::Level2, x.id);
        QCOMPARE(byHand->size(), 1);
        QCOMPARE(byHand->first().actionId, qint64(0));

        auto letters = batch.compose(*requests);
        QVERIFY2(letters.ok(), qPrintable(letters.error()));
        QCOMPARE(letters->first().invoiceIds.size(), 3);

        // Progress reaches the total; a cancel leaves no file behind.
        QList<int> seen;
        const QList<ComposedLetter> three = {letters->first(), letters->first(), letters->first()};
        auto written = LetterBatch::write(three, path(QStringLiteral("batch.pdf")), false, [&](int done, int total) {
            seen << done;
            return total == 3;
        });
        QVERIFY(written.ok());
        QCOMPARE(seen, QList<int>({1, 2, 3}));
        QCOMPARE(pdfText(path(QStringLiteral("batch.pdf"))).count(QStringLiteral("MISE EN DEMEURE Madame")), 3);
        auto cancelled = LetterBatch::write(three, path(QStringLiteral("cancelled.pdf")), false, [](int done, int) { return done < 2; });
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error(), QStringLiteral("annulé"));
        QVERIFY(!QFile::exists(path(QStringLiteral("cancelled.pdf"))));
        // One file per letter.
        auto separate = LetterBatch::write(three, path(QStringLiteral("separate")), true);
        QVERIFY(separate.ok());
        QCOMPARE(separate->size(), 3);
        QVERIFY(separate->first().endsWith(QStringLiteral("2026-11-25_C0042_mise-en-demeure.pdf")));
        for (const QString &f : *separate)
            QCOMPARE(pdfPages(f), pdfPages(path(QStringLiteral("batch.pdf"))) / 3);
    }
};

QTEST_MAIN(TestLettersRenderer)
#include "tst_letters_renderer.moc"
