#pragma once
// GuiDemoData: the demo business (DemoGenerator, classified by PayerProfiler) in a real SQLite file, as of a fixed
// day, for the widget tests that walk the daily journeys; and private settings so tests never touch the user's.

#include "Database.h"
#include "DemoGenerator.h"
#include "PayerProfiler.h"

#include <QCoreApplication>
#include <QDate>
#include <QSettings>
#include <QString>
#include <QTest>

namespace GuiDemoData {

// A Wednesday.
inline QDate today()
{
    return QDate(2026, 11, 25);
}

// Writes the demo business and classifies every customer; returns the first error.
inline Status fill(Database &db, int customers = 60, quint64 seed = 1)
{
    DemoOptions options;
    options.seed = seed;
    options.today = today();
    options.customers = customers;
    if (const Status s = DemoGenerator(db).generate(options); !s)
        return s;
    if (const auto classified = PayerProfiler(db).run(today()); !classified)
        return Status::failure(classified.error());
    return {};
}

// Opens a fresh file named after the running test function in `folder` and fills it with the demo business.
inline Status openFilled(Database &db, const QString &folder, const QString &prefix)
{
    const QString path = folder + QStringLiteral("/%1-%2.sqlite").arg(prefix, QString::fromLatin1(QTest::currentTestFunction()));
    if (const Status s = db.open(path); !s)
        return s;
    return fill(db);
}

// Settings under `folder`, in the test's own organisation: the user's own settings are never read or written.
inline void isolateSettings(const QString &folder, const QString &application)
{
    QCoreApplication::setOrganizationName(QStringLiteral("EncaisseTests"));
    QCoreApplication::setApplicationName(application);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder);
    QSettings().clear();
}

} // namespace GuiDemoData
