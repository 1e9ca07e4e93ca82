#pragma once
// DisplayFormat: how lists show amounts, dates and identifiers (French typography, whatever the UI language).

#include <QDate>
#include <QString>
#include <QStringView>

namespace DisplayFormat {

// "1 234,56 €": U+202F between thousands, U+00A0 before the symbol (Money::toFrench).
QString money(qint64 cents, QStringView currency = u"EUR");
// "1234,56": the amount as people type it in a search box.
QString moneyUngrouped(qint64 cents);
// "30/11/2025", empty for a null date.
QString date(QDate date);
// The day number (QDate::toJulianDay()) to sort on: numeric, so sorting 100 000 rows formats no string; a null
// date sorts after every real one.
qint64 dateSortValue(QDate date);
// "732 829 320" from "732829320"; anything that is not 9 digits is shown as it is.
QString siren(const QString &siren);

} // namespace DisplayFormat
