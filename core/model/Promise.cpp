#include "Promise.h"

QString Promise::statusKey(Status s)
{
    switch (s) {
    case Status::Open: return QStringLiteral("open");
    case Status::Kept: return QStringLiteral("kept");
    case Status::Broken: return QStringLiteral("broken");
    case Status::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

Promise::Status Promise::statusFromKey(QStringView key)
{
    if (key == u"kept")
        return Status::Kept;
    if (key == u"broken")
        return Status::Broken;
    if (key == u"cancelled")
        return Status::Cancelled;
    return Status::Open;
}
