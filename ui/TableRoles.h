#pragma once
// TableRoles: the item data roles the table models share with TableFilterProxyModel.

#include <Qt>

namespace TableRoles {
enum Role : int {
    // Raw value to sort on: cents, dates as day numbers (QDate::toJulianDay()), day counts, folded text with
    // natural number order; never the displayed text, which would put "9 000,00 €" after "10 000,00 €".
    SortRole = Qt::UserRole,
    // The row's folded text (all columns), computed once per reload so filtering never folds text (column 0 only).
    SearchKeyRole,
    // bool: the row is still open (invoices with something left to collect; column 0 only).
    OpenRole,
};
}
