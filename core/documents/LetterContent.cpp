#include "LetterContent.h"

#include "LetterLevel.h"

QString ComposedLetter::lrarLine() const
{
    return QStringLiteral("Lettre recommandée avec accusé de réception n° ")
        + (lrarNumber.isEmpty() ? QStringLiteral("………………………………………") : lrarNumber);
}

QString ComposedLetter::suggestedFileName() const
{
    QString code;
    for (QChar ch : customerCode)
        code.append(ch.isLetterOrNumber() || ch == u'-' || ch == u'_' ? ch : QChar(u'_'));
    return date.toString(Qt::ISODate) + u'_' + code + u'_' + LetterLevel::slug(level) + QStringLiteral(".pdf");
}
