// Letters on paper, headless: letters (print the day's letters or one customer's, archive them as sent),
// dossier (the dossier contentieux of one customer) and archive (list, reprint, receipt of archived letters).

#include "CliSupport.h"
#include "Clock.h"
#include "CustomerRepository.h"
#include "DossierBuilder.h"
#include "FrenchText.h"
#include "LetterArchive.h"
#include "LetterBatch.h"
#include "LetterLevel.h"
#include "LetterRenderer.h"
#include "LetterRepository.h"
#include "Money.h"
#include "Scenario.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace {

const QString OutputShort = QStringLiteral("-o");
const QString OutputLong = QStringLiteral("--output");

QString outputOption(const ParsedCommandLine &cl)
{
    return cl.has(OutputShort) ? cl.value(OutputShort) : cl.value(OutputLong);
}

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return Status::failure(QStringLiteral("%1 : écriture impossible (%2)").arg(path, f.errorString()));
    return {};
}

std::optional<Customer> customerOption(Database &db, const ParsedCommandLine &cl, QTextStream &err)
{
    const QString code = cl.value(QStringLiteral("--customer"));
    auto c = CustomerRepository(db).findByCode(code);
    if (!c)
        CliSupport::fail(err, QStringLiteral("client inconnu : %1").arg(code));
    return c;
}

int lettersCommand(Database &db, const ParsedCommandLine &cl, QTextStream &out, QTextStream &err)
{
    QString level;
    if (cl.has(QStringLiteral("--level"))) {
        level = LetterLevel::fromCommandLine(cl.value(QStringLiteral("--level")));
        if (level.isEmpty()) {
            QStringList names;
            for (const QString &l : LetterLevel::all())
                names << LetterLevel::toCommandLine(l);
            return CliSupport::fail(err, QStringLiteral("--level attend %1, pas « %2 »")
                                             .arg(names.join(QStringLiteral(", ")), cl.value(QStringLiteral("--level"))), 2);
        }
    }
    const QString output = outputOption(cl);
    if (output.isEmpty())
        return CliSupport::fail(err, QStringLiteral("-o FICHIER.pdf est obligatoire (un dossier avec --separate)"), 2);
    const bool separate = cl.has(QStringLiteral("--separate"));
    const bool markSent = cl.has(QStringLiteral("--mark-sent"));
    const QString lrar = cl.value(QStringLiteral("--lrar")).trimmed();
    if (cl.has(QStringLiteral("--lrar")) && lrar.isEmpty())
        return CliSupport::fail(err, QStringLiteral("--lrar attend le numéro de la lettre recommandée"), 2);
    const auto date = CliSupport::dateOption(cl, QStringLiteral("--date"), Clock::instance().today(), err);
    if (!date)
        return 2;
    qint64 customerId = 0;
    if (cl.has(QStringLiteral("--customer"))) {
        const auto c = customerOption(db, cl, err);
        if (!c)
            return 1;
        customerId = c->id;
    }
    if (level.isEmpty() && customerId)
        return CliSupport::fail(err, QStringLiteral("--customer demande aussi --level (quelle lettre écrire ?)"), 2);
    const QDate today = Clock::instance().today();
    if (markSent && *date > today)
        return CliSupport::fail(err, QStringLiteral("une lettre datée du %1 ne peut pas être envoyée le %2 : retirez --mark-sent")
                                         .arg(FrenchText::shortDate(*date), FrenchText::shortDate(today)), 2);

    LetterBatch batch(db);
    auto requests = batch.requests(*date, level, customerId);
    if (!requests)
        return CliSupport::fail(err, requests.error());
    if (requests->isEmpty())
        return CliSupport::fail(err, QStringLiteral("aucun courrier à imprimer le %1%2")
                                         .arg(FrenchText::shortDate(*date),
                                              level.isEmpty() ? QString() : QString(QStringLiteral(" au niveau ") + LetterLevel::toCommandLine(level))));
    if (!lrar.isEmpty()) {
        if (requests->size() != 1)
            return CliSupport::fail(err, QStringLiteral("--lrar ne vaut que pour un seul courrier (ici %1) : précisez --customer").arg(requests->size()), 2);
        requests.value()[0].lrarNumber = lrar;
    }
    auto letters = batch.compose(*requests);
    if (!letters)
        return CliSupport::fail(err, letters.error());

    QStringList files;
    if (!markSent) {
        auto written = LetterBatch::write(*letters, output, separate);
        if (!written)
            return CliSupport::fail(err, written.error());
        files = *written;
    } else {
        // The archive keeps each letter as its own PDF: exactly the bytes of the file written for it (one letter,
        // or --separate); in a one-file batch each letter's archived PDF has the same pages as its part of the batch.
        QList<QByteArray> pdfs;
        for (const ComposedLetter &l : std::as_const(*letters)) {
            auto pdf = LetterRenderer::toPdf({l});
            if (!pdf)
                return CliSupport::fail(err, pdf.error());
            pdfs << *pdf;
        }
        if (separate) {
            if (!QDir().mkpath(output))
                return CliSupport::fail(err, QStringLiteral("%1 : dossier impossible à créer").arg(output));
            for (qsizetype i = 0; i < letters->size(); ++i) {
                QString file = QDir(output).filePath(letters->at(i).suggestedFileName());
                for (int n = 2; files.contains(file); ++n)
                    file = QDir(output).filePath(QFileInfo(letters->at(i).suggestedFileName()).completeBaseName() + QStringLiteral("_%1.pdf").arg(n));
                if (auto s = writeFile(file, pdfs.at(i)); !s)
                    return CliSupport::fail(err, s.error());
                files << file;
            }
        } else if (letters->size() == 1) {
            if (auto s = writeFile(output, pdfs.first()); !s)
                return CliSupport::fail(err, s.error());
            files << output;
        } else {
            auto written = LetterBatch::write(*letters, output, false);
            if (!written)
                return CliSupport::fail(err, written.error());
            files = *written;
        }
        LetterArchive archive(db);
        QStringList ids;
        for (qsizetype i = 0; i < letters->size(); ++i) {
            auto id = archive.archiveSent(letters->at(i), pdfs.at(i), today);
            if (!id)
                return CliSupport::fail(err, id.error());
            ids << QString::number(*id);
        }
        for (qsizetype i = 0; i < letters->size(); ++i) {
            const ComposedLetter &l = letters->at(i);
            out << QStringLiteral("%1  %2  %3  %4  courrier n° %5  SHA-256 %6\n")
                       .arg(l.customerCode, l.customerName, LetterLevel::french(l.level), Money(l.totalCents).toFrench(), ids.at(i),
                            LetterRepository::sha256Hex(pdfs.at(i)));
        }
        out << QStringLiteral("%1 courrier(s) écrit(s) dans %2, archivé(s) comme envoyé(s) le %3\n")
                   .arg(letters->size()).arg(files.join(QStringLiteral(", ")), FrenchText::shortDate(today));
        return 0;
    }
    for (const ComposedLetter &l : std::as_const(*letters))
        out << QStringLiteral("%1  %2  %3  %4\n").arg(l.customerCode, l.customerName, LetterLevel::french(l.level), Money(l.totalCents).toFrench());
    out << QStringLiteral("%1 courrier(s) écrit(s) dans %2\n")
               .arg(letters->size()).arg(separate ? QString(output + QStringLiteral(" (%1 fichiers)").arg(files.size())) : output);
    return 0;
}

int dossierCommand(Database &db, const ParsedCommandLine &cl, QTextStream &out, QTextStream &err)
{
    if (!cl.has(QStringLiteral("--customer")))
        return CliSupport::fail(err, QStringLiteral("--customer CODE est obligatoire"), 2);
    const QString output = outputOption(cl);
    if (output.isEmpty())
        return CliSupport::fail(err, QStringLiteral("-o FICHIER.pdf est obligatoire"), 2);
    const auto date = CliSupport::dateOption(cl, QStringLiteral("--date"), Clock::instance().today(), err);
    if (!date)
        return 2;
    const auto customer = customerOption(db, cl, err);
    if (!customer)
        return 1;
    auto dossier = DossierBuilder(db).compose(customer->id, *date);
    if (!dossier)
        return CliSupport::fail(err, dossier.error());
    auto pages = LetterRenderer::writePdf({*dossier}, output);
    if (!pages)
        return CliSupport::fail(err, pages.error());
    out << QStringLiteral("Dossier contentieux de %1 (%2) : %3 pages, %4 courrier(s) annexé(s), écrit dans %5\n")
               .arg(customer->name, customer->code)
               .arg(*pages)
               .arg(dossier->appended.size())
               .arg(output);
    return 0;
}

int archiveCommand(Database &db, const ParsedCommandLine &cl, QTextStream &out, QTextStream &err)
{
    LetterArchive archive(db);
    if (cl.has(QStringLiteral("--id"))) {
        bool ok = false;
        const qint64 id = cl.value(QStringLiteral("--id")).toLongLong(&ok);
        if (!ok)
            return CliSupport::fail(err, QStringLiteral("--id attend un numéro de courrier, pas « %1 »").arg(cl.value(QStringLiteral("--id"))), 2);
        if (cl.has(QStringLiteral("--receipt"))) {
            const auto on = CliSupport::dateOption(cl, QStringLiteral("--receipt"), QDate(), err);
            if (!on)
                return 2;
            if (auto s = archive.recordReceipt(id, *on); !s)
                return CliSupport::fail(err, s.error());
            out << QStringLiteral("Courrier %1 : accusé de réception du %2 enregistré\n").arg(id).arg(FrenchText::shortDate(*on));
            return 0;
        }
        if (cl.has(QStringLiteral("--lrar"))) {
            if (auto s = archive.setLrarNumber(id, cl.value(QStringLiteral("--lrar"))); !s)
                return CliSupport::fail(err, s.error());
            out << QStringLiteral("Courrier %1 : recommandé n° %2 enregistré\n").arg(id).arg(cl.value(QStringLiteral("--lrar")).trimmed());
            return 0;
        }
        const QString output = outputOption(cl);
        if (output.isEmpty())
            return CliSupport::fail(err, QStringLiteral("archive --id N attend -o FICHIER.pdf (réimpression), --lrar N° ou --receipt DATE"), 2);
        auto letter = archive.reopen(id);
        if (!letter)
            return CliSupport::fail(err, letter.error());
        if (auto s = writeFile(output, letter->pdf); !s)
            return CliSupport::fail(err, s.error());
        out << QStringLiteral("Courrier %1 réimprimé à l'identique dans %2 (SHA-256 %3)\n").arg(id).arg(output, letter->sha256);
        return 0;
    }
    QList<Customer> customers;
    if (cl.has(QStringLiteral("--customer"))) {
        const auto c = customerOption(db, cl, err);
        if (!c)
            return 1;
        customers << *c;
    } else {
        customers = CustomerRepository(db).all();
    }
    QList<std::pair<Customer, Letter>> rows;
    for (const Customer &c : std::as_const(customers))
        for (const Letter &l : LetterRepository(db).forCustomer(c.id))
            rows << std::make_pair(c, l);
    if (cl.has(QStringLiteral("--json"))) {
        QJsonArray array;
        for (const auto &[c, l] : std::as_const(rows)) {
            array.append(QJsonObject{{QStringLiteral("id"), l.id},
                                     {QStringLiteral("customer"), c.code},
                                     {QStringLiteral("level"), l.level},
                                     {QStringLiteral("letter_date"), l.letterDate.toString(Qt::ISODate)},
                                     {QStringLiteral("sent_on"), l.sentOn.isValid() ? QJsonValue(l.sentOn.toString(Qt::ISODate)) : QJsonValue()},
                                     {QStringLiteral("channel"), l.channel},
                                     {QStringLiteral("lrar_number"), l.lrarNumber},
                                     {QStringLiteral("receipt_on"), l.receiptOn.isValid() ? QJsonValue(l.receiptOn.toString(Qt::ISODate)) : QJsonValue()},
                                     {QStringLiteral("sha256"), l.sha256}});
        }
        CliSupport::printJson(out, QJsonDocument(array));
        return 0;
    }
    QList<QStringList> table;
    for (const auto &[c, l] : std::as_const(rows))
        table << QStringList{QString::number(l.id), c.code, LetterLevel::french(l.level), FrenchText::shortDate(l.letterDate),
                             l.isSent() ? FrenchText::shortDate(l.sentOn) : QStringLiteral("non envoyé"),
                             Scenario::channelFrench(l.channel), l.lrarNumber, FrenchText::shortDate(l.receiptOn), l.sha256.left(16)};
    CliSupport::printTable(out, {QStringLiteral("N°"), QStringLiteral("Client"), QStringLiteral("Courrier"), QStringLiteral("Date"),
                                 QStringLiteral("Envoyé"), QStringLiteral("Mode"), QStringLiteral("LRAR"), QStringLiteral("AR reçu"),
                                 QStringLiteral("SHA-256")},
                           table);
    out << QStringLiteral("%1 courrier(s) archivé(s)\n").arg(rows.size());
    return 0;
}

} // namespace

QList<CommandSpec> Commands::letters()
{
    return {
        {QStringLiteral("letters"),
         QStringLiteral("letters [--level preventive|level1|level2|level3|formal-notice|statement|acknowledgement] [--customer CODE] "
                        "[--date D] -o SORTIE.pdf [--separate] [--mark-sent [--lrar N°]]   courriers du jour ou d'un client"),
         {QStringLiteral("--level"), QStringLiteral("--customer"), QStringLiteral("--date"), OutputShort, OutputLong, QStringLiteral("--lrar")},
         {QStringLiteral("--separate"), QStringLiteral("--mark-sent")},
         false,
         lettersCommand},
        {QStringLiteral("dossier"),
         QStringLiteral("dossier --customer CODE [--date D] -o SORTIE.pdf   dossier contentieux (relevé, historique, courriers archivés)"),
         {QStringLiteral("--customer"), QStringLiteral("--date"), OutputShort, OutputLong},
         {},
         false,
         dossierCommand},
        {QStringLiteral("archive"),
         QStringLiteral("archive [--customer CODE] [--json] | archive --id N -o SORTIE.pdf | archive --id N --lrar N° | "
                        "archive --id N --receipt D   courriers archivés (réimpression, recommandé, accusé de réception)"),
         {QStringLiteral("--customer"), QStringLiteral("--id"), QStringLiteral("--receipt"), QStringLiteral("--lrar"), OutputShort, OutputLong},
         {QStringLiteral("--json")},
         false,
         archiveCommand},
    };
}
