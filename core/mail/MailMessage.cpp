#include "MailMessage.h"

bool MailAddress::isValid() const
{
    const qsizetype at = address.indexOf(u'@');
    if (at <= 0 || at != address.lastIndexOf(u'@') || at == address.size() - 1 || address.size() > 254)
        return false;
    for (QChar c : address)
        if (c.isSpace() || c == u'<' || c == u'>' || c == u'"' || c == u',' || c == u';' || c.unicode() < 0x20
            || c.unicode() == 0x7F)
            return false;
    return true;
}
