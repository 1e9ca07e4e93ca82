// Headless import commands: `import FILE...` (FEC, Factur-X, UBL, CSV into the store) and `gen-fec` (a large synthetic
// FEC for benchmarks).

#include "CliSupport.h"
#include "FecGenerator.h"
#include "Importer.h"

#include <QElapsedTimer>
#include <QJsonDocument>

namespace {

int importCommand(Database &db, const ParsedCommandLine &cl, QTextStream &out, QTextStream &err)
{
    ImportOptions options;
    if (cl.has(QStringLiteral("--format")))
        options.format = cl.value(QStringLiteral("--format"));
    if (cl.has(QStringLiteral("--mode")))
        options.mode = cl.value(QStringLiteral("--mode"));
    options.csvMapping = cl.value(QStringLiteral("--mapping"));
    if (!Importer::formats().contains(options.format))
        return CliSupport::fail(err, QStringLiteral("--format attend auto, fec, facturx, ubl ou csv, pas « %1 »").arg(options.format), 2);
    if (!Importer::modes().contains(options.mode))
        return CliSupport::fail(err, QStringLiteral("--mode attend stock ou delta, pas « %1 »").arg(options.mode), 2);
    if (cl.positional.isEmpty())
        return CliSupport::fail(err, QStringLiteral("import : indiquez au moins un fichier"), 2);

    const ImportReport report = Importer(db).run(cl.positional, options);
    if (cl.has(QStringLiteral("--json")))
        CliSupport::printJson(out, QJsonDocument(report.toJson()));
    else
        out << report.toText();
    return report.hasRejections() || !report.committed ? 1 : 0;
}

int genFecCommand(Database &, const ParsedCommandLine &cl, QTextStream &out, QTextStream &err)
{
    const QString path = cl.has(QStringLiteral("-o")) ? cl.value(QStringLiteral("-o")) : cl.value(QStringLiteral("--output"));
    if (path.isEmpty())
        return CliSupport::fail(err, QStringLiteral("gen-fec : indiquez le fichier à écrire avec -o FICHIER"), 2);
    const auto lines = CliSupport::intOption(cl, QStringLiteral("--lines"), 1000, 10, 200000000, err);
    if (!lines)
        return 2;
    FecGeneratorOptions options;
    options.lines = *lines;
    if (cl.has(QStringLiteral("--seed"))) {
        bool ok = false;
        options.seed = cl.value(QStringLiteral("--seed")).toULongLong(&ok);
        if (!ok)
            return CliSupport::fail(err, QStringLiteral("--seed attend un entier positif, pas « %1 »").arg(cl.value(QStringLiteral("--seed"))), 2);
    }
    QElapsedTimer timer;
    timer.start();
    const auto written = FecGenerator::write(path, options);
    if (!written)
        return CliSupport::fail(err, written.error());
    out << QStringLiteral("%1 : %2 lignes d'écritures écrites en %3 s\n")
               .arg(path)
               .arg(*written)
               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1);
    return 0;
}

} // namespace

QList<CommandSpec> Commands::import()
{
    return {
        {QStringLiteral("import"),
         QStringLiteral("import FICHIER... [--format auto|fec|facturx|ubl|csv] [--mode stock|delta] [--mapping NOM] [--json]"
                        "   importe FEC, Factur-X, UBL, CSV"),
         {QStringLiteral("--format"), QStringLiteral("--mode"), QStringLiteral("--mapping")},
         {QStringLiteral("--json")}, true, importCommand},
        {QStringLiteral("gen-fec"),
         QStringLiteral("gen-fec --lines N -o FICHIER [--seed S]   écrit un FEC synthétique (banc d'essai)"),
         {QStringLiteral("--lines"), QStringLiteral("-o"), QStringLiteral("--output"), QStringLiteral("--seed")},
         {}, false, genFecCommand},
    };
}
