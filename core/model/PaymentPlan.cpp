#include "PaymentPlan.h"

QString PaymentPlan::statusKey(Status s)
{
    switch (s) {
    case Status::Active: return QStringLiteral("active");
    case Status::Completed: return QStringLiteral("completed");
    case Status::Defaulted: return QStringLiteral("defaulted");
    case Status::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

PaymentPlan::Status PaymentPlan::statusFromKey(QStringView key)
{
    if (key == u"completed")
        return Status::Completed;
    if (key == u"defaulted")
        return Status::Defaulted;
    if (key == u"cancelled")
        return Status::Cancelled;
    return Status::Active;
}
