#include "LetterLevel.h"

namespace LetterLevel {

const QStringList &all()
{
    static const QStringList list = {Preventive, Level1, Level2, Level3, FormalNotice, Statement, Acknowledgement};
    return list;
}

bool isValid(const QString &level) { return all().contains(level); }

bool isScenarioStep(const QString &level) { return isValid(level) && level != Statement && level != Acknowledgement; }

QString fromCommandLine(const QString &text)
{
    QString key = text.trimmed().toLower();
    key.replace(u'-', u'_');
    return isValid(key) ? key : QString();
}

QString toCommandLine(const QString &level)
{
    QString s = level;
    s.replace(u'_', u'-');
    return s;
}

QString french(const QString &level)
{
    if (level == Preventive)
        return QStringLiteral("Relance préventive");
    if (level == Level1)
        return QStringLiteral("Relance 1");
    if (level == Level2)
        return QStringLiteral("Relance 2");
    if (level == Level3)
        return QStringLiteral("Dernière relance avant mise en demeure");
    if (level == FormalNotice)
        return QStringLiteral("Mise en demeure");
    if (level == Statement)
        return QStringLiteral("Relevé de compte");
    if (level == Acknowledgement)
        return QStringLiteral("Reconnaissance de dette");
    return level;
}

QString slug(const QString &level)
{
    if (level == Preventive)
        return QStringLiteral("relance-preventive");
    if (level == Level1)
        return QStringLiteral("relance-1");
    if (level == Level2)
        return QStringLiteral("relance-2");
    if (level == Level3)
        return QStringLiteral("derniere-relance");
    if (level == FormalNotice)
        return QStringLiteral("mise-en-demeure");
    if (level == Statement)
        return QStringLiteral("releve-de-compte");
    if (level == Acknowledgement)
        return QStringLiteral("reconnaissance-de-dette");
    return level;
}

QString templateKey(const QString &level) { return QStringLiteral("letter_") + level; }

QString defaultChannel(const QString &level)
{
    return level == Level3 || level == FormalNotice ? QStringLiteral("registered_letter") : QStringLiteral("letter");
}

} // namespace LetterLevel
