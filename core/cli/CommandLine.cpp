#include "CommandLine.h"

#include "Clock.h"
#include "Database.h"

#include <QDir>
#include <QStandardPaths>

namespace {

// Options every command accepts.
const QStringList GlobalValueOptions = {QStringLiteral("--db"), QStringLiteral("--lang"), QStringLiteral("--today")};

const CommandSpec *findCommand(const QString &name)
{
    for (const CommandSpec &c : CommandLine::commands())
        if (c.name == name)
            return &c;
    return nullptr;
}

} // namespace

const QList<CommandSpec> &CommandLine::commands()
{
    static const QList<CommandSpec> all = [] {
        QList<CommandSpec> list;
        list << Commands::demo();
        list << Commands::foundation();
        list << Commands::import();
        list << Commands::collection();
        list << Commands::exports();
        list << Commands::letters();
        return list;
    }();
    return all;
}

ParsedCommandLine CommandLine::parse(const QStringList &args)
{
    // Global options (--db, --lang, --today) may stand anywhere; a command's own options follow the command.
    ParsedCommandLine cl;
    const CommandSpec *spec = nullptr;
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString arg = args.at(i);
        QString value;
        bool hasInline = false;
        if (arg.startsWith(u"--") && arg.contains(u'=')) {
            const qsizetype eq = arg.indexOf(u'=');
            value = arg.mid(eq + 1);
            arg = arg.left(eq);
            hasInline = true;
        }
        if (arg == u"--version" || arg == u"-v") {
            cl.version = true;
            continue;
        }
        if (arg == u"--help" || arg == u"-h") {
            cl.help = true;
            continue;
        }
        if (arg.startsWith(u'-') && arg.size() > 1) {
            const bool takesValue = GlobalValueOptions.contains(arg) || (spec && spec->valueOptions.contains(arg));
            const bool isFlag = spec && spec->flagOptions.contains(arg);
            if (!takesValue && !isFlag) {
                cl.error = cl.command.isEmpty() ? QStringLiteral("option inconnue : %1").arg(arg)
                                                : QStringLiteral("option inconnue pour « %1 » : %2").arg(cl.command, arg);
                return cl;
            }
            if (isFlag) {
                if (hasInline) {
                    cl.error = QStringLiteral("l'option %1 ne prend pas de valeur").arg(arg);
                    return cl;
                }
                cl.options.insert(arg, QStringLiteral("1"));
                continue;
            }
            if (!hasInline) {
                if (i + 1 >= args.size() || (args.at(i + 1).startsWith(u"--") && args.at(i + 1).size() > 2)) {
                    cl.error = QStringLiteral("l'option %1 attend une valeur").arg(arg);
                    return cl;
                }
                value = args.at(++i);
            }
            cl.options.insert(arg, value);
            continue;
        }
        if (cl.command.isEmpty()) {
            spec = findCommand(arg);
            if (!spec) {
                cl.error = QStringLiteral("commande inconnue : %1 (voir encaisse --help)").arg(arg);
                return cl;
            }
            cl.command = arg;
            continue;
        }
        if (!spec->takesPositional) {
            cl.error = QStringLiteral("argument inattendu pour « %1 » : %2").arg(cl.command, arg);
            return cl;
        }
        cl.positional << arg;
    }
    if (cl.has(QStringLiteral("--lang"))) {
        const QString lang = cl.value(QStringLiteral("--lang"));
        if (lang != u"fr" && lang != u"en")
            cl.error = QStringLiteral("--lang attend fr ou en, pas « %1 »").arg(lang);
    }
    if (cl.has(QStringLiteral("--today")) && !QDate::fromString(cl.value(QStringLiteral("--today")), Qt::ISODate).isValid())
        cl.error = QStringLiteral("--today attend une date AAAA-MM-JJ, pas « %1 »").arg(cl.value(QStringLiteral("--today")));
    return cl;
}

QString CommandLine::databasePath(const ParsedCommandLine &cl)
{
    if (cl.has(QStringLiteral("--db")))
        return cl.value(QStringLiteral("--db"));
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share/encaisse");
    return dir + QStringLiteral("/encaisse.sqlite");
}

QString CommandLine::usage()
{
    QString s = QStringLiteral("Usage : encaisse [--db FICHIER] [--lang fr|en] [--today AAAA-MM-JJ] [COMMANDE] [options]\n"
                               "Sans commande, ouvre l'application.\n\nCommandes :\n");
    for (const CommandSpec &c : commands())
        s += QStringLiteral("  %1\n").arg(c.synopsis);
    s += QStringLiteral("\n  encaisse --version\n");
    return s;
}

int CommandLine::run(const ParsedCommandLine &cl, QTextStream &out, QTextStream &err)
{
    if (!cl.error.isEmpty()) {
        err << "encaisse: " << cl.error << '\n';
        return 2;
    }
    const CommandSpec *spec = findCommand(cl.command);
    if (!spec) {
        err << "encaisse: " << QStringLiteral("aucune commande") << '\n';
        return 2;
    }
    // A pinned day for reproducible runs and tests.
    std::unique_ptr<FixedClock> pinned;
    if (cl.has(QStringLiteral("--today"))) {
        pinned = std::make_unique<FixedClock>(QDate::fromString(cl.value(QStringLiteral("--today")), Qt::ISODate));
        Clock::setInstance(pinned.get());
    }
    Database db;
    const QString path = databasePath(cl);
    int code = 1;
    if (auto s = db.open(path); !s) {
        err << "encaisse: " << s.error() << '\n';
    } else {
        code = spec->run(db, cl, out, err);
    }
    out.flush();
    err.flush();
    db.close();
    Clock::setInstance(nullptr);
    return code;
}
