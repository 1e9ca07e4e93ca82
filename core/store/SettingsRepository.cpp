#include "SettingsRepository.h"

QString SettingsRepository::value(const QString &key, const QString &fallback)
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (!m_db.exec(q) || !q.next())
        return fallback;
    return q.value(0).toString();
}

int SettingsRepository::intValue(const QString &key, int fallback)
{
    bool ok = false;
    const int v = value(key).toInt(&ok);
    return ok ? v : fallback;
}

Status SettingsRepository::setValue(const QString &key, const QString &value)
{
    QSqlQuery q = m_db.query(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                                            " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return m_db.exec(q);
}
