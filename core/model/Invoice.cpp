#include "Invoice.h"

QString Invoice::kindKey(Kind k)
{
    switch (k) {
    case Kind::Invoice: return QStringLiteral("invoice");
    case Kind::CreditNote: return QStringLiteral("credit_note");
    case Kind::OpeningBalance: return QStringLiteral("opening_balance");
    case Kind::Payment: return QStringLiteral("payment");
    }
    return {};
}

std::optional<Invoice::Kind> Invoice::kindFromKey(QStringView key)
{
    for (Kind k : {Kind::Invoice, Kind::CreditNote, Kind::OpeningBalance, Kind::Payment})
        if (kindKey(k) == key)
            return k;
    return std::nullopt;
}

QString Invoice::statusKey(Status s)
{
    switch (s) {
    case Status::Open: return QStringLiteral("open");
    case Status::PartiallyPaid: return QStringLiteral("partially_paid");
    case Status::Paid: return QStringLiteral("paid");
    case Status::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<Invoice::Status> Invoice::statusFromKey(QStringView key)
{
    for (Status s : {Status::Open, Status::PartiallyPaid, Status::Paid, Status::Cancelled})
        if (statusKey(s) == key)
            return s;
    return std::nullopt;
}

Invoice::Status Invoice::statusFor(qint64 amountCents, qint64 openCents)
{
    if (openCents == 0)
        return Status::Paid;
    if (openCents != amountCents)
        return Status::PartiallyPaid;
    return Status::Open;
}
