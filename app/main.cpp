// Encaisse: the GUI with no command, a headless command otherwise (DESIGN.md "Command line").

#include "Clock.h"
#include "CommandLine.h"
#include "Database.h"
#include "MainWindow.h"
#include "Translations.h"

#include <QApplication>
#include <QGuiApplication>
#include <QMessageBox>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {
void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Encaisse"));
    QCoreApplication::setApplicationName(QStringLiteral("encaisse"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ENCAISSE_VERSION));
}
} // namespace

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    // Hidden GUI option for scripts/screenshots.sh: save a picture of each view and quit.
    QString screenshotDir;
    if (const qsizetype at = args.indexOf(QStringLiteral("--screenshot-dir")); at >= 0 && at + 1 < args.size()) {
        screenshotDir = args.at(at + 1);
        args.remove(at, 2);
    }
    // …and the import dialog's preview of this file.
    QStringList screenshotImport;
    if (const qsizetype at = args.indexOf(QStringLiteral("--screenshot-import")); at >= 0 && at + 1 < args.size()) {
        screenshotImport << args.at(at + 1);
        args.remove(at, 2);
    }
    const ParsedCommandLine cl = CommandLine::parse(args);
    QTextStream out(stdout);
    QTextStream err(stderr);
    setApplicationIdentity();

    if (cl.version) {
        out << "encaisse " << ENCAISSE_VERSION << '\n';
        return 0;
    }
    if (cl.help) {
        out << CommandLine::usage();
        return 0;
    }
    if (!cl.error.isEmpty()) {
        err << "encaisse: " << cl.error << '\n';
        return 2;
    }

    if (!cl.command.isEmpty()) {
        // Headless: PDF rendering still needs a GUI application, but never a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        setApplicationIdentity();
        return CommandLine::run(cl, out, err);
    }

    QApplication app(argc, argv);
    setApplicationIdentity();
    Translations::install(app, cl.value(QStringLiteral("--lang")));
    std::unique_ptr<FixedClock> pinned;
    if (cl.has(QStringLiteral("--today"))) {
        pinned = std::make_unique<FixedClock>(QDate::fromString(cl.value(QStringLiteral("--today")), Qt::ISODate));
        Clock::setInstance(pinned.get());
    }
    Database db;
    const QString path = CommandLine::databasePath(cl);
    if (auto s = db.open(path); !s) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Encaisse"),
                              QCoreApplication::translate("main", "The database could not be opened:\n%1").arg(s.error()));
        return 1;
    }
    MainWindow window(db);
    window.show();
    if (!screenshotDir.isEmpty()) {
        window.resize(1366, 768);
        const QStringList files = window.saveScreenshots(screenshotDir, screenshotImport);
        for (const QString &file : files)
            out << file << '\n';
        Clock::setInstance(nullptr);
        return files.isEmpty() ? 1 : 0;
    }
    const int code = app.exec();
    Clock::setInstance(nullptr);
    return code;
}
