#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <QtDebug>

namespace Translations {

namespace {

const QString TranslatorName = QStringLiteral("encaisseInstalledTranslator");

QString systemLanguage()
{
    for (const QString &language : QLocale::system().uiLanguages()) {
        if (language.startsWith(u"fr"))
            return QStringLiteral("fr");
        if (language.startsWith(u"en"))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

// Translators are children of the application, named so that the next call finds and replaces them.
QTranslator *newTranslator(QCoreApplication &app)
{
    auto *translator = new QTranslator(&app);
    translator->setObjectName(TranslatorName);
    return translator;
}

} // namespace

QStringList available()
{
    return {QStringLiteral("fr"), QStringLiteral("en")};
}

QString install(QCoreApplication &app, const QString &lang)
{
    const QString requested = lang.trimmed().toLower();
    QString chosen = requested;
    if (!available().contains(chosen)) {
        if (!requested.isEmpty())
            qWarning().noquote() << QStringLiteral("Unknown language \"%1\": using the system's.").arg(lang);
        chosen = systemLanguage();
    }

    // Replace what an earlier call installed (a language switch, or tests trying both languages).
    const QList<QTranslator *> previous = app.findChildren<QTranslator *>(TranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : previous) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }

    const QLocale locale = requested == chosen ? (chosen == u"fr" ? QLocale(QLocale::French, QLocale::France)
                                                                  : QLocale(QLocale::English, QLocale::UnitedKingdom))
                                               : QLocale::system();
    QLocale::setDefault(locale);

    // English is the source language: its file only holds the plural forms ("1 customer", "2 customers").
    QTranslator *ours = newTranslator(app);
    if (ours->load(QStringLiteral(":/i18n/encaisse_") + chosen + QStringLiteral(".qm"))) {
        QCoreApplication::installTranslator(ours);
    } else {
        qWarning().noquote() << QStringLiteral("Encaisse's %1 translation is missing.").arg(chosen);
        delete ours;
    }

    if (chosen != u"en") {
        QTranslator *qt = newTranslator(app);
        if (qt->load(QLocale(chosen), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt; // Qt's dialogs stay in English; not worth a warning on systems without qttranslations
    }
    return chosen;
}

} // namespace Translations
