// Benchmark (not a test): 1,000 mises en demeure composed from a real SQLite file and rendered into one PDF.
// Prints the time per letter for composing (store, penalties, template) and for rendering (layout + PDF).
// Built and run by tests/bench/letters_benchmark.sh.

#include "Clock.h"
#include "CompanyRepository.h"
#include "CustomerRepository.h"
#include "Database.h"
#include "InvoiceRepository.h"
#include "LetterBatch.h"
#include "LetterComposer.h"
#include "LetterLevel.h"
#include "LetterRenderer.h"
#include "Validators.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const int letters = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;
    const int invoicesPerLetter = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 4;
    const QString output = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QString();

    const QDate today(2026, 11, 25);
    FixedClock clock(today);
    Clock::setInstance(&clock);
    QTemporaryDir dir;
    Database db;
    if (auto s = db.open(dir.filePath(QStringLiteral("bench.sqlite"))); !s) {
        out << s.error() << '\n';
        return 1;
    }

    // The business and `letters` customers with `invoicesPerLetter` late invoices each.
    QElapsedTimer timer;
    timer.start();
    {
        Transaction tx(db);
        Company co;
        co.name = QStringLiteral("Ateliers Cœur de Forge");
        co.legalForm = QStringLiteral("SARL");
        co.capitalCents = 5'000'000;
        co.siren = QStringLiteral("732829320");
        co.rcsCity = QStringLiteral("Lyon");
        co.vatNumber = QStringLiteral("FR44732829320");
        co.address.line4 = QStringLiteral("12 rue de l'Église");
        co.address.postcode = QStringLiteral("69003");
        co.address.city = QStringLiteral("Lyon");
        co.phone = QStringLiteral("04 72 00 00 00");
        co.email = QStringLiteral("compta@coeur-de-forge.fr");
        co.iban = QStringLiteral("FR7630006000011234567890189");
        co.bic = QStringLiteral("AGRIFRPPXXX");
        co.signatoryName = QStringLiteral("Françoise Çelik");
        co.signatoryTitle = QStringLiteral("Gérante");
        if (!CompanyRepository(db).save(co))
            return 1;
        for (int i = 0; i < letters; ++i) {
            Customer c;
            c.code = QStringLiteral("C%1").arg(i + 1, 5, 10, QLatin1Char('0'));
            c.name = QStringLiteral("Société Bœuf & Frères n° %1").arg(i + 1);
            const QString base = QStringLiteral("5%1").arg(i + 1, 7, 10, QLatin1Char('0'));
            c.siren = base + QChar(u'0' + Validators::luhnCheckDigit(base));
            c.address.line2 = QStringLiteral("Service comptabilité");
            c.address.line4 = QStringLiteral("%1 avenue de la République").arg(i % 200 + 1);
            c.address.postcode = QStringLiteral("38000");
            c.address.city = QStringLiteral("Grenoble");
            if (!CustomerRepository(db).insert(c))
                return 1;
            for (int k = 0; k < invoicesPerLetter; ++k) {
                Invoice inv;
                inv.customerId = c.id;
                inv.number = QStringLiteral("FA-%1-%2").arg(i + 1).arg(k + 1);
                inv.dueDate = today.addDays(-20 - 17 * k - i % 30);
                inv.issueDate = inv.dueDate.addDays(-30);
                inv.amountCents = 50'000 + 12'345 * k + 101 * i;
                inv.openCents = inv.amountCents;
                if (!InvoiceRepository(db).insert(inv))
                    return 1;
            }
        }
        if (!tx.commit())
            return 1;
    }
    const qint64 setupMs = timer.restart();

    QList<LetterRequest> requests;
    for (const Customer &c : CustomerRepository(db).all())
        requests << LetterRequest{c.id, LetterLevel::FormalNotice, today, 0, {}, {}, {}, {}, {}};
    auto composed = LetterBatch(db).compose(requests);
    if (!composed) {
        out << composed.error() << '\n';
        return 1;
    }
    const qint64 composeMs = timer.restart();

    const QString pdf = output.isEmpty() ? dir.filePath(QStringLiteral("bench.pdf")) : output;
    auto pages = LetterRenderer::writePdf(*composed, pdf);
    if (!pages) {
        out << pages.error() << '\n';
        return 1;
    }
    const qint64 renderMs = timer.elapsed();
    const double n = composed->size();
    out << QStringLiteral("%1 mises en demeure (%2 factures chacune) : %3 pages, %4 Mo\n")
               .arg(composed->size()).arg(invoicesPerLetter).arg(*pages).arg(QFileInfo(pdf).size() / 1048576.0, 0, 'f', 1);
    out << QStringLiteral("préparation de la base : %1 ms\n").arg(setupMs);
    out << QStringLiteral("composition : %1 ms, soit %2 ms par lettre\n").arg(composeMs).arg(composeMs / n, 0, 'f', 2);
    out << QStringLiteral("rendu PDF   : %1 ms, soit %2 ms par lettre\n").arg(renderMs).arg(renderMs / n, 0, 'f', 2);
    out << QStringLiteral("total       : %1 ms par lettre\n").arg((composeMs + renderMs) / n, 0, 'f', 2);
    Clock::setInstance(nullptr);
    return 0;
}
