#include "ImportReport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

namespace {

QString count(qint64 n) { return QLocale(QLocale::French, QLocale::France).toString(n); }

// "3 créés, 1 mis à jour, 0 inchangé", with French agreement (feminine for « factures »).
QString tally(int created, int updated, int unchanged, bool feminine)
{
    auto word = [](int n, QStringView singular, QStringView plural) -> QString {
        return count(n) + u' ' + (n > 1 ? plural : singular);
    };
    if (feminine)
        return word(created, u"créée", u"créées") + QStringLiteral(", ") + word(updated, u"mise à jour", u"mises à jour")
               + QStringLiteral(", ") + word(unchanged, u"inchangée", u"inchangées");
    return word(created, u"créé", u"créés") + QStringLiteral(", ") + word(updated, u"mis à jour", u"mis à jour")
           + QStringLiteral(", ") + word(unchanged, u"inchangé", u"inchangés");
}

} // namespace

void ImportReport::add(const ImportReport &o)
{
    rowsRead += o.rowsRead;
    customersCreated += o.customersCreated;
    customersUpdated += o.customersUpdated;
    customersUnchanged += o.customersUnchanged;
    invoicesCreated += o.invoicesCreated;
    invoicesUpdated += o.invoicesUpdated;
    invoicesUnchanged += o.invoicesUnchanged;
    markedPaid += o.markedPaid;
    markedPaidNumbers += o.markedPaidNumbers;
    rejected += o.rejected;
    warnings += o.warnings;
}

QJsonObject ImportReport::issueJson(const ImportIssue &issue)
{
    QJsonObject o;
    o.insert(QStringLiteral("file"), issue.file);
    o.insert(QStringLiteral("line"), issue.line);
    o.insert(QStringLiteral("field"), issue.field);
    o.insert(QStringLiteral("message"), issue.message);
    return o;
}

QJsonObject ImportReport::toJson() const
{
    QJsonObject o;
    QJsonArray fileArray;
    for (const ImportFileSummary &f : files) {
        QJsonObject fo;
        fo.insert(QStringLiteral("file"), f.file);
        fo.insert(QStringLiteral("format"), f.format);
        fo.insert(QStringLiteral("rows_read"), f.rowsRead);
        fo.insert(QStringLiteral("sha256"), f.sha256);
        fileArray.append(fo);
    }
    o.insert(QStringLiteral("files"), fileArray);
    o.insert(QStringLiteral("format"), format);
    o.insert(QStringLiteral("mode"), mode);
    o.insert(QStringLiteral("rows_read"), rowsRead);
    o.insert(QStringLiteral("customers_created"), customersCreated);
    o.insert(QStringLiteral("customers_updated"), customersUpdated);
    o.insert(QStringLiteral("customers_unchanged"), customersUnchanged);
    o.insert(QStringLiteral("invoices_created"), invoicesCreated);
    o.insert(QStringLiteral("invoices_updated"), invoicesUpdated);
    o.insert(QStringLiteral("invoices_unchanged"), invoicesUnchanged);
    o.insert(QStringLiteral("marked_paid"), markedPaid);
    o.insert(QStringLiteral("marked_paid_numbers"), QJsonArray::fromStringList(markedPaidNumbers));
    QJsonArray rej;
    for (const ImportIssue &i : rejected)
        rej.append(issueJson(i));
    o.insert(QStringLiteral("rejected"), rej);
    QJsonArray warn;
    for (const ImportIssue &i : warnings)
        warn.append(issueJson(i));
    o.insert(QStringLiteral("warnings"), warn);
    o.insert(QStringLiteral("committed"), committed);
    o.insert(QStringLiteral("cancelled"), cancelled);
    return o;
}

QString ImportReport::toText() const
{
    QString s;
    QStringList names;
    for (const ImportFileSummary &f : files)
        names << QFileInfo(f.file).fileName();
    s += QStringLiteral("Import %1 (mode %2) : %3\n")
             .arg(format.isEmpty() ? QStringLiteral("—") : format.toUpper(), mode, names.join(QStringLiteral(", ")));
    s += QStringLiteral("Lignes lues : %1\n").arg(count(rowsRead));
    if (committed) { // otherwise all zero: nothing was applied
        s += QStringLiteral("Clients : %1\n").arg(tally(customersCreated, customersUpdated, customersUnchanged, false));
        s += QStringLiteral("Factures et avoirs : %1\n")
                 .arg(tally(invoicesCreated, invoicesUpdated, invoicesUnchanged, true));
    }
    if (committed && mode == u"stock") {
        s += QStringLiteral("Soldées car absentes du fichier : %1").arg(count(markedPaid));
        if (!markedPaidNumbers.isEmpty())
            s += QStringLiteral(" (%1)").arg(markedPaidNumbers.join(QStringLiteral(", ")));
        s += u'\n';
    }
    if (!rejected.isEmpty()) {
        s += QStringLiteral("Refusé, %1 erreur(s) :\n").arg(count(rejected.size()));
        for (const ImportIssue &i : rejected)
            s += QStringLiteral("  ") + i.toString() + u'\n';
    }
    if (!warnings.isEmpty()) {
        s += QStringLiteral("Avertissements :\n");
        for (const ImportIssue &i : warnings)
            s += QStringLiteral("  ") + i.toString() + u'\n';
    }
    if (cancelled)
        s += QStringLiteral("Import annulé : rien n'a été enregistré.\n");
    else if (committed)
        s += QStringLiteral("Import enregistré.\n");
    else
        s += QStringLiteral("Rien n'a été enregistré.\n");
    return s;
}
