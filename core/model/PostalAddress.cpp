#include "PostalAddress.h"

namespace {
constexpr qsizetype MaxLineLength = 38;

QString clip(QString s)
{
    s = s.simplified();
    if (s.size() > MaxLineLength)
        s.truncate(MaxLineLength);
    return s;
}

// La Poste asks for no punctuation from line 4 on (commas, dots; apostrophes and hyphens stay).
QString withoutPunctuation(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (c == u',' || c == u'.' || c == u';' || c == u':')
            out.append(u' ');
        else
            out.append(c);
    }
    return out.simplified();
}
} // namespace

QStringList PostalAddress::laPosteLines(const QString &recipient) const
{
    QStringList lines;
    lines << clip(recipient);
    if (!line2.trimmed().isEmpty())
        lines << clip(line2);
    if (!line3.trimmed().isEmpty())
        lines << clip(line3);
    if (!line4.trimmed().isEmpty())
        lines << clip(withoutPunctuation(line4).toUpper());
    if (!line5.trimmed().isEmpty())
        lines << clip(withoutPunctuation(line5).toUpper());
    lines << clip(withoutPunctuation(postcode + QLatin1Char(' ') + city).toUpper());
    const QString c = country.trimmed().toUpper();
    if (!c.isEmpty() && c != u"FR")
        lines << clip(c);
    while (lines.size() > 6)
        lines.removeAt(lines.size() == 7 && lines.size() > 2 ? 2 : 1); // drop complements first, keep street and city
    return lines;
}
