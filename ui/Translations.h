#pragma once
// Translations: installs the UI language (Encaisse's strings and Qt's own dialogs) at start-up or at run time.

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Translations {

// lang: "fr", "en" or empty for the system locale (French when the system prefers French, else English).
// Installs Encaisse's translation (embedded as :/i18n/encaisse_<lang>.qm) and Qt's own (qtbase_fr from
// QLibraryInfo::TranslationsPath), replacing any installed by an earlier call, and makes the matching QLocale the
// default. An unknown language falls back to the system's with a warning. Returns the language actually used.
QString install(QCoreApplication &app, const QString &lang);

// The languages install() accepts: "fr", "en".
QStringList available();

} // namespace Translations
