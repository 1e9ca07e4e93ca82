#include "LetterTemplate.h"

#include <QStringList>

namespace {
// "Titre : X", "Titre: X", "titre :X" → "X"; nullopt when the line is about another field.
std::optional<QString> field(QStringView line, QStringView name)
{
    if (!line.startsWith(name, Qt::CaseInsensitive))
        return std::nullopt;
    QStringView rest = line.mid(name.size()).trimmed();
    if (!rest.startsWith(u':'))
        return std::nullopt;
    return rest.mid(1).trimmed().toString();
}
} // namespace

Result<LetterTemplate> LetterTemplate::parse(const QString &text)
{
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    normalized.replace(u'\r', u'\n');
    const QStringList lines = normalized.split(u'\n');
    LetterTemplate t;
    qsizetype i = 0;
    for (; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line == u"---")
            break;
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (const auto v = field(line, u"Titre")) {
            t.title = *v;
        } else if (const auto v = field(line, u"Objet")) {
            t.subject = *v;
        } else {
            return Result<LetterTemplate>::failure(
                QStringLiteral("modèle, ligne %1 : « %2 » inattendu avant « --- » (Titre : … ou Objet : …)").arg(i + 1).arg(line));
        }
    }
    if (i >= lines.size())
        return Result<LetterTemplate>::failure(QStringLiteral("modèle : la ligne « --- » qui sépare l'en-tête du corps manque"));
    t.body = lines.mid(i + 1).join(u'\n').trimmed();
    if (t.body.isEmpty())
        return Result<LetterTemplate>::failure(QStringLiteral("modèle : le corps de la lettre est vide"));
    return t;
}

QString LetterTemplate::toText() const
{
    return QStringLiteral("Titre : ") + title + QStringLiteral("\nObjet : ") + subject + QStringLiteral("\n---\n") + body
        + u'\n';
}
