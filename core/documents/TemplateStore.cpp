#include "TemplateStore.h"

#include "LetterLevel.h"
#include "SettingsRepository.h"

#include <QFile>

// The templates are compiled into the static core library: pull the resource in explicitly, or the linker drops it.
static void initLetterResources() { Q_INIT_RESOURCE(letters); }

QStringList TemplateStore::keys()
{
    QStringList k;
    for (const QString &level : LetterLevel::all())
        k << LetterLevel::templateKey(level);
    return k;
}

bool TemplateStore::isKnownKey(const QString &key) { return keys().contains(key); }

QString TemplateStore::defaultText(const QString &key)
{
    if (!isKnownKey(key))
        return {};
    static const bool initialized = [] {
        initLetterResources();
        return true;
    }();
    Q_UNUSED(initialized);
    QFile f(QStringLiteral(":/letters/") + key + QStringLiteral(".txt"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

QList<TemplateInfo> TemplateStore::list()
{
    QList<TemplateInfo> out;
    for (const QString &level : LetterLevel::all()) {
        const QString key = LetterLevel::templateKey(level);
        out << TemplateInfo{key, level, LetterLevel::french(level), isCustomized(key)};
    }
    return out;
}

QString TemplateStore::customText(const QString &key)
{
    return SettingsRepository(m_db).value(settingsKey(key));
}

QString TemplateStore::text(const QString &key)
{
    const QString custom = customText(key);
    return custom.isEmpty() ? defaultText(key) : custom;
}

Result<LetterTemplate> TemplateStore::load(const QString &key)
{
    if (!isKnownKey(key))
        return Result<LetterTemplate>::failure(QStringLiteral("modèle de lettre inconnu : %1").arg(key));
    auto t = LetterTemplate::parse(text(key));
    if (!t)
        return Result<LetterTemplate>::failure(QStringLiteral("modèle %1 : %2").arg(key, t.error()));
    return t;
}

Status TemplateStore::save(const QString &key, const QString &text)
{
    if (!isKnownKey(key))
        return Status::failure(QStringLiteral("modèle de lettre inconnu : %1").arg(key));
    const QStringList problems = TemplateExpander::check(text);
    if (!problems.isEmpty())
        return Status::failure(QStringLiteral("modèle %1 : %2").arg(key, problems.join(QStringLiteral(" ; "))));
    return SettingsRepository(m_db).setValue(settingsKey(key), text);
}

Status TemplateStore::reset(const QString &key)
{
    if (!isKnownKey(key))
        return Status::failure(QStringLiteral("modèle de lettre inconnu : %1").arg(key));
    QSqlQuery q = m_db.query(QStringLiteral("DELETE FROM settings WHERE key = ?"));
    q.addBindValue(settingsKey(key));
    return m_db.exec(q);
}
