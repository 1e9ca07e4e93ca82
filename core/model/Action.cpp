#include "Action.h"

QString Action::statusKey(Status s)
{
    switch (s) {
    case Status::Planned: return QStringLiteral("planned");
    case Status::Done: return QStringLiteral("done");
    case Status::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

Action::Status Action::statusFromKey(QStringView key)
{
    if (key == u"done")
        return Status::Done;
    if (key == u"cancelled")
        return Status::Cancelled;
    return Status::Planned;
}
