#pragma once
// CommandLine: parses `encaisse [global options] COMMAND [options]` and runs the headless commands.

#include <QHash>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <functional>

class Database;

// The parsed command line: global options, the command and its own options.
struct ParsedCommandLine
{
    QString command;                 // empty: start the GUI
    QHash<QString, QString> options; // "--db" → path; flags map to "1"
    QStringList positional;          // non-option arguments after the command (import FILE...)
    bool version = false;
    bool help = false;
    QString error;                   // non-empty on a usage error

    bool has(const QString &option) const { return options.contains(option); }
    QString value(const QString &option) const { return options.value(option); }
};

// One headless command: its name, the options it accepts and the function that runs it on an open database.
struct CommandSpec
{
    QString name;
    QString synopsis;        // one line for --help
    QStringList valueOptions; // options taking a value ("--customer")
    QStringList flagOptions;  // options without a value ("--json")
    bool takesPositional = false;
    std::function<int(Database &, const ParsedCommandLine &, QTextStream &out, QTextStream &err)> run;
};

class CommandLine final
{
public:
    // Parses the arguments (without argv[0]). Options may stand before or after the command.
    static ParsedCommandLine parse(const QStringList &args);
    // Opens the database and runs a headless command; returns the exit code (0 ok, 1 failure, 2 usage error).
    static int run(const ParsedCommandLine &cl, QTextStream &out, QTextStream &err);
    // The database path: --db, else encaisse.sqlite in the user's data directory.
    static QString databasePath(const ParsedCommandLine &cl);
    static QString usage();
    static const QList<CommandSpec> &commands();
};

// Command implementations, one file per group (core/cli/*Commands.cpp).
namespace Commands {
QList<CommandSpec> demo();       // demo
QList<CommandSpec> foundation(); // customers, invoices
QList<CommandSpec> import();     // import, gen-fec
QList<CommandSpec> collection(); // agenda, done, undo, penalties, classify
QList<CommandSpec> exports(); // export-calls, aged-balance, send-emails
QList<CommandSpec> letters(); // letters, dossier
}
