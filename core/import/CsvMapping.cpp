#include "CsvMapping.h"

#include "Database.h"
#include "SettingsRepository.h"

#include <QJsonDocument>
#include <QJsonValue>

namespace {

struct FieldInfo
{
    const char16_t *key;
    const char16_t *label;
};

constexpr std::array<FieldInfo, CsvMapping::FieldCount> Fields = {{
    {u"customerCode", u"Code client"},
    {u"customerName", u"Client"},
    {u"siren", u"SIREN"},
    {u"vatNumber", u"N° TVA"},
    {u"number", u"N° de facture"},
    {u"kind", u"Type"},
    {u"issueDate", u"Date de facture"},
    {u"dueDate", u"Échéance"},
    {u"amount", u"Montant TTC"},
    {u"amountExcl", u"Montant HT"},
    {u"openAmount", u"Reste dû"},
    {u"currency", u"Devise"},
}};

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

QString CsvMapping::fieldKey(Field f) { return QString::fromUtf16(Fields[size_t(f)].key); }
QString CsvMapping::fieldLabel(Field f) { return QString::fromUtf16(Fields[size_t(f)].label); }

std::optional<CsvMapping::Field> CsvMapping::fieldFromKey(QStringView key)
{
    for (int i = 0; i < FieldCount; ++i)
        if (key == QStringView(Fields[size_t(i)].key))
            return Field(i);
    return std::nullopt;
}

QStringList CsvMapping::dateFormats()
{
    return {QStringLiteral("dd/MM/yyyy"), QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd.MM.yyyy"),
            QStringLiteral("dd/MM/yy"), QStringLiteral("dd-MM-yyyy")};
}

QJsonObject CsvMapping::toJson() const
{
    QJsonObject cols;
    for (int i = 0; i < FieldCount; ++i)
        if (!columns[size_t(i)].isEmpty())
            cols.insert(fieldKey(Field(i)), columns[size_t(i)]);
    QJsonObject o;
    o.insert(QStringLiteral("columns"), cols);
    if (!delimiter.isEmpty())
        o.insert(QStringLiteral("delimiter"), delimiter);
    if (!encoding.isEmpty())
        o.insert(QStringLiteral("encoding"), encoding);
    if (!decimalSeparator.isEmpty())
        o.insert(QStringLiteral("decimalSeparator"), decimalSeparator);
    if (!dateFormat.isEmpty())
        o.insert(QStringLiteral("dateFormat"), dateFormat);
    if (skipLines >= 0)
        o.insert(QStringLiteral("skipLines"), skipLines);
    return o;
}

std::optional<CsvMapping> CsvMapping::fromJson(const QJsonObject &json, QString *error)
{
    CsvMapping m;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        if (key == u"columns") {
            if (!v.isObject()) {
                setError(error, QStringLiteral("« columns » doit être un objet"));
                return std::nullopt;
            }
            const QJsonObject cols = v.toObject();
            for (auto c = cols.begin(); c != cols.end(); ++c) {
                const auto f = fieldFromKey(c.key());
                if (!f) {
                    setError(error, QStringLiteral("champ de correspondance inconnu : « %1 »").arg(c.key()));
                    return std::nullopt;
                }
                if (c.value().isDouble() && c.value().toInt() >= 1)
                    m.column(*f) = QString::number(c.value().toInt());
                else if (c.value().isString())
                    m.column(*f) = c.value().toString().trimmed();
                else {
                    setError(error, QStringLiteral("colonne de « %1 » : un nom d'en-tête ou un numéro à partir de 1 est attendu")
                                        .arg(c.key()));
                    return std::nullopt;
                }
            }
        } else if (key == u"delimiter") {
            m.delimiter = v.toString();
            if (!m.delimiter.isEmpty() && !QStringList{QStringLiteral(";"), QStringLiteral(","), QStringLiteral("\t"),
                                                       QStringLiteral("|")}.contains(m.delimiter)) {
                setError(error, QStringLiteral("séparateur « %1 » non pris en charge (; , tabulation ou |)").arg(m.delimiter));
                return std::nullopt;
            }
        } else if (key == u"encoding") {
            m.encoding = v.toString().toLower();
            if (m.encoding == u"utf8")
                m.encoding = QStringLiteral("utf-8");
            if (m.encoding == u"cp1252" || m.encoding == u"latin1" || m.encoding == u"iso-8859-15"
                || m.encoding == u"iso-8859-1")
                m.encoding = QStringLiteral("windows-1252");
            if (!m.encoding.isEmpty() && m.encoding != u"utf-8" && m.encoding != u"windows-1252") {
                setError(error, QStringLiteral("encodage « %1 » non pris en charge (utf-8 ou windows-1252)").arg(m.encoding));
                return std::nullopt;
            }
        } else if (key == u"decimalSeparator") {
            m.decimalSeparator = v.toString();
            if (!m.decimalSeparator.isEmpty() && m.decimalSeparator != u"," && m.decimalSeparator != u".") {
                setError(error, QStringLiteral("séparateur décimal « %1 » non pris en charge (, ou .)").arg(m.decimalSeparator));
                return std::nullopt;
            }
        } else if (key == u"dateFormat") {
            m.dateFormat = v.toString();
            if (!m.dateFormat.isEmpty() && !dateFormats().contains(m.dateFormat)) {
                setError(error, QStringLiteral("format de date « %1 » non pris en charge (%2)")
                                    .arg(m.dateFormat, dateFormats().join(QStringLiteral(", "))));
                return std::nullopt;
            }
        } else if (key == u"skipLines") {
            if (!v.isDouble() || v.toInt() < -1) {
                setError(error, QStringLiteral("« skipLines » doit être un entier positif"));
                return std::nullopt;
            }
            m.skipLines = v.toInt();
        } else {
            setError(error, QStringLiteral("clé de correspondance inconnue : « %1 »").arg(key));
            return std::nullopt;
        }
    }
    return m;
}

QString CsvMapping::toJsonText() const
{
    return QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
}

std::optional<CsvMapping> CsvMapping::fromJsonText(const QString &text, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &pe);
    if (!doc.isObject()) {
        setError(error, QStringLiteral("correspondance CSV illisible : %1").arg(pe.errorString()));
        return std::nullopt;
    }
    return fromJson(doc.object(), error);
}

QStringList CsvMappingStore::names()
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT key FROM settings WHERE key LIKE 'csv\\_mapping.%' ESCAPE '\\'"
                                            " ORDER BY key"));
    QStringList out;
    if (!m_db.exec(q))
        return out;
    const qsizetype prefix = keyFor({}).size();
    while (q.next())
        out << q.value(0).toString().mid(prefix);
    return out;
}

std::optional<CsvMapping> CsvMappingStore::load(const QString &name, QString *error)
{
    const QString text = SettingsRepository(m_db).value(keyFor(name));
    if (text.isEmpty()) {
        const QStringList known = names();
        setError(error, QStringLiteral("modèle de correspondance CSV « %1 » inconnu (%2)")
                            .arg(name, known.isEmpty() ? QStringLiteral("aucun modèle enregistré")
                                                       : QStringLiteral("modèles : ") + known.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    QString why;
    auto m = CsvMapping::fromJsonText(text, &why);
    if (!m)
        setError(error, QStringLiteral("modèle de correspondance CSV « %1 » : %2").arg(name, why));
    return m;
}

bool CsvMappingStore::save(const QString &name, const CsvMapping &mapping, QString *error)
{
    const QString trimmedName = name.trimmed();
    if (trimmedName.isEmpty() || trimmedName.startsWith(u'{')) {
        setError(error, QStringLiteral("nom de modèle de correspondance CSV invalide : « %1 »").arg(name));
        return false;
    }
    const Status s = SettingsRepository(m_db).setValue(keyFor(trimmedName), mapping.toJsonText());
    if (!s)
        setError(error, s.error());
    return s.ok();
}

bool CsvMappingStore::remove(const QString &name, QString *error)
{
    if (!names().contains(name)) {
        setError(error, QStringLiteral("modèle de correspondance CSV « %1 » inconnu").arg(name));
        return false;
    }
    QSqlQuery q = m_db.query(QStringLiteral("DELETE FROM settings WHERE key = ?"));
    q.addBindValue(keyFor(name));
    const Status s = m_db.exec(q);
    if (!s)
        setError(error, s.error());
    return s.ok();
}

std::optional<QString> CsvMappingStore::resolve(const QString &nameOrJson, QString *error)
{
    const QString t = nameOrJson.trimmed();
    if (t.isEmpty() || t.startsWith(u'{'))
        return t;
    const auto m = load(t, error);
    if (!m)
        return std::nullopt;
    return m->toJsonText();
}
