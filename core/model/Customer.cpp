#include "Customer.h"

QDate Customer::dueDateFor(QDate issued) const
{
    if (!issued.isValid())
        return {};
    QDate due = issued.addDays(paymentTermsDays);
    if (endOfMonth)
        due = QDate(due.year(), due.month(), due.daysInMonth());
    return due;
}
