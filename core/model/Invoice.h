#pragma once
// Invoice: a receivable item (invoice, credit note, opening balance or unmatched payment) and what is still open on it.

#include <QByteArray>
#include <QDate>
#include <QString>
#include <optional>

struct Invoice
{
    // Payment: money received and not matched to an invoice (an open credit item, e.g. from a FEC).
    enum class Kind { Invoice, CreditNote, OpeningBalance, Payment };
    enum class Status { Open, PartiallyPaid, Paid, Cancelled };

    qint64 id = 0;
    qint64 customerId = 0;
    QString number;
    Kind kind = Kind::Invoice;
    QDate issueDate;
    QDate dueDate;
    QString currency = QStringLiteral("EUR");
    qint64 amountExclCents = 0; // excl. VAT; negative for credit notes
    qint64 amountCents = 0;     // incl. VAT; negative for credit notes
    qint64 openCents = 0;       // still due; negative for an unused credit note
    Status status = Status::Open;
    QString sourceFile;         // file it was imported from ("demo" for demo data)
    QString pdfFileName;        // name of the attached PDF, if any (bytes are in the store)

    bool isOpen() const { return status == Status::Open || status == Status::PartiallyPaid; }
    int daysLate(QDate day) const { return dueDate.isValid() && day > dueDate ? int(dueDate.daysTo(day)) : 0; }

    static QString kindKey(Kind k);
    static std::optional<Kind> kindFromKey(QStringView key);
    static QString statusKey(Status s);
    static std::optional<Status> statusFromKey(QStringView key);
    // Status implied by the amounts: paid when nothing is open, partially paid when some was paid.
    static Status statusFor(qint64 amountCents, qint64 openCents);
};
