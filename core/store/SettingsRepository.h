#pragma once
// SettingsRepository: the business settings kept with the data (payment terms default, thresholds, rate table...).

#include "Database.h"
#include "Result.h"

#include <QJsonValue>

class SettingsRepository final
{
public:
    explicit SettingsRepository(Database &db) : m_db(db) {}

    QString value(const QString &key, const QString &fallback = {});
    int intValue(const QString &key, int fallback);
    Status setValue(const QString &key, const QString &value);

    // Known keys.
    static QString defaultPaymentTermsDays() { return QStringLiteral("payment_terms_days"); }

private:
    Database &m_db;
};
