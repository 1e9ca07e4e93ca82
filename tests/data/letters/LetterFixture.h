#pragma once
// LetterFixture: a small business on a real SQLite file for the letter tests (tests/tst_letters*.cpp,
// tests/tst_cli_letters.cpp): the creditor with her letterhead and IBAN, a debtor with accents and an ampersand in
// its name, late invoices (one partly paid, one disputed), one not yet due, and helpers to run the poppler tools.

#include "ActionRepository.h"
#include "CompanyRepository.h"
#include "CustomerRepository.h"
#include "Database.h"
#include "DisputeRepository.h"
#include "InvoiceRepository.h"
#include "TestSupport.h"
#include "Validators.h"

#include <QDate>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace LetterFixture {

inline QDate d(const char *iso) { return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate); }

// The letter date every test uses: Wednesday 25 November 2026.
inline QDate letterDate() { return d("2026-11-25"); }

inline QString sirenFrom(const char *eightDigits)
{
    const QString base = QString::fromLatin1(eightDigits);
    return base + QChar(u'0' + Validators::luhnCheckDigit(base));
}

inline Company company()
{
    Company c;
    c.name = QStringLiteral("Ateliers Cœur de Forge");
    c.legalForm = QStringLiteral("SARL");
    c.capitalCents = 5'000'000;
    c.siren = QStringLiteral("732829320");
    c.rcsCity = QStringLiteral("Lyon");
    c.vatNumber = QStringLiteral("FR44732829320");
    c.address.line4 = QStringLiteral("12 rue de l'Église");
    c.address.postcode = QStringLiteral("69003");
    c.address.city = QStringLiteral("Lyon");
    c.phone = QStringLiteral("04 72 00 00 00");
    c.email = QStringLiteral("compta@coeur-de-forge.fr");
    c.iban = QStringLiteral("FR7630006000011234567890189");
    c.bic = QStringLiteral("AGRIFRPPXXX");
    c.signatoryName = QStringLiteral("Françoise Çelik");
    c.signatoryTitle = QStringLiteral("Gérante");
    return c;
}

inline bool saveCompany(Database &db) { return CompanyRepository(db).save(company()).ok(); }

inline qint64 addCustomer(Database &db, const QString &code, const QString &name, const QString &siren)
{
    Customer c;
    c.code = code;
    c.name = name;
    c.siren = siren;
    c.address.line2 = QStringLiteral("Service comptabilité");
    c.address.line4 = QStringLiteral("8, place de la Mairie");
    c.address.postcode = QStringLiteral("38000");
    c.address.city = QStringLiteral("Grenoble");
    Contact manager;
    manager.civility = QStringLiteral("M.");
    manager.name = QStringLiteral("Jérôme Lefèvre");
    manager.role = QStringLiteral("Gérant");
    manager.primary = true;
    c.contacts << manager;
    c.profile = PayerProfile::Negligent;
    if (!CustomerRepository(db).insert(c).ok())
        return 0;
    return c.id;
}

inline qint64 addInvoice(Database &db, qint64 customerId, const QString &number, QDate due, qint64 cents,
                         qint64 openCents = -1)
{
    Invoice i;
    i.customerId = customerId;
    i.number = number;
    i.issueDate = due.addDays(-30);
    i.dueDate = due;
    i.amountCents = cents;
    i.openCents = openCents < 0 ? cents : openCents;
    i.status = Invoice::statusFor(i.amountCents, i.openCents);
    if (!InvoiceRepository(db).insert(i).ok())
        return 0;
    return i.id;
}

// The usual debtor: three late invoices (one partly paid), one disputed, one due next month.
struct Debtor
{
    qint64 id = 0;
    QList<qint64> late;  // claimed
    qint64 disputed = 0; // left out
    qint64 notDue = 0;   // only in the préventive letter and the statement
};

inline Debtor addDebtor(Database &db, const QString &code = QStringLiteral("C0042"),
                        const QString &name = QStringLiteral("Société Bœuf & Frères"))
{
    Debtor x;
    x.id = addCustomer(db, code, name, sirenFrom("51961781"));
    x.late << addInvoice(db, x.id, QStringLiteral("FA-2026-0815"), d("2026-08-31"), 1'500'000);
    x.late << addInvoice(db, x.id, QStringLiteral("FA-2026-0930"), d("2026-09-30"), 123'456, 100'000);
    x.late << addInvoice(db, x.id, QStringLiteral("FA-2026-1015"), d("2026-10-15"), 98'000);
    x.disputed = addInvoice(db, x.id, QStringLiteral("FA-2026-LITIGE"), d("2026-10-01"), 50'000);
    Dispute dispute;
    dispute.customerId = x.id;
    dispute.invoiceId = x.disputed;
    dispute.category = QStringLiteral("quality");
    dispute.openedOn = d("2026-10-10");
    DisputeRepository(db).insert(dispute).ok();
    x.notDue = addInvoice(db, x.id, QStringLiteral("FA-2026-1205"), d("2026-12-05"), 240'000);
    return x;
}

// --- PDF inspection with the poppler tools --------------------------------------------------------------------

// Text of a PDF (pdftotext -layout, so that a table row stays on one line), with no-break spaces made plain and,
// unless `keepLayout`, every run of white space collapsed to one space so that sentences wrapped over lines can be
// searched whole. Pages are separated by form feeds in the layout text.
inline QString pdfText(const QString &pdfPath, bool keepLayout = false, int firstPage = 0, int lastPage = 0)
{
    QStringList args{QStringLiteral("-layout")};
    if (firstPage > 0)
        args << QStringLiteral("-f") << QString::number(firstPage);
    if (lastPage > 0)
        args << QStringLiteral("-l") << QString::number(lastPage);
    args << pdfPath << QStringLiteral("-");
    const CommandResult r = TestSupport::run(QStringLiteral("pdftotext"), args);
    QString text = QString::fromUtf8(r.out);
    text.replace(QChar(0x00A0), u' ');
    text.replace(QChar(0x202F), u' ');
    if (!keepLayout) {
        // A word hyphenated at the end of a line ("dix-" / "neuf") is one word again.
        static const QRegularExpression hyphenBreak(QStringLiteral("-\\n\\s*"));
        text.replace(hyphenBreak, QStringLiteral("-"));
        static const QRegularExpression spaces(QStringLiteral("\\s+"));
        text.replace(spaces, QStringLiteral(" "));
    }
    return text;
}

// The same normalisation for what a test expects.
inline QString plain(QString s)
{
    s.replace(QChar(0x00A0), u' ');
    s.replace(QChar(0x202F), u' ');
    return s;
}

inline int pdfPages(const QString &pdfPath)
{
    const CommandResult r = TestSupport::run(QStringLiteral("pdfinfo"), {pdfPath});
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    const auto m = pages.match(QString::fromUtf8(r.out));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// One word of `pdftotext -bbox`, in millimetres from the page's top-left corner.
struct PdfWord
{
    int page = 0; // 1-based
    QString text;
    QRectF mm;
};

inline QList<PdfWord> pdfWords(const QString &pdfPath)
{
    const CommandResult r = TestSupport::run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdfPath, QStringLiteral("-")});
    const QString html = QString::fromUtf8(r.out);
    static const QRegularExpression pageRe(QStringLiteral("<page |<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
    QList<PdfWord> words;
    int page = 0;
    auto it = pageRe.globalMatch(html);
    constexpr double mmPerPoint = 25.4 / 72.0;
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.captured(0).startsWith(u"<page")) {
            ++page;
            continue;
        }
        QString text = m.captured(5);
        text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
        text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
        text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
        text.replace(QStringLiteral("&apos;"), QStringLiteral("'"));
        words << PdfWord{page, text,
                         QRectF(QPointF(m.captured(1).toDouble() * mmPerPoint, m.captured(2).toDouble() * mmPerPoint),
                                QPointF(m.captured(3).toDouble() * mmPerPoint, m.captured(4).toDouble() * mmPerPoint))};
    }
    return words;
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace LetterFixture
