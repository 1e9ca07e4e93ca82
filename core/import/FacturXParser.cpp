#include "FacturXParser.h"

#include "CiiParser.h"
#include "EInvoiceXml.h"

#include <QFileInfo>

#include <poppler-qt6.h>

namespace FacturXParser {

namespace {

// Attachment names of the invoice XML, by preference: Factur-X, ZUGFeRD 2.x / 1.0, XRechnung in a PDF.
int namePreference(const QString &name)
{
    static const QStringList names = {QStringLiteral("factur-x.xml"), QStringLiteral("zugferd-invoice.xml"),
                                      QStringLiteral("xrechnung.xml")};
    // ZUGFeRD-invoice.xml is zugferd-invoice.xml once case is ignored.
    return int(names.indexOf(name.trimmed().toLower()));
}

} // namespace

ImportBatch parse(const QString &pdfPath)
{
    ImportBatch batch;
    batch.format = QStringLiteral("facturx");
    const std::optional<QByteArray> pdf = EInvoiceXml::readFile(pdfPath, batch);
    return pdf ? parseData(*pdf, pdfPath) : batch;
}

ImportBatch parseData(const QByteArray &pdf, const QString &fileLabel)
{
    ImportBatch batch;
    batch.file = fileLabel;
    batch.format = QStringLiteral("facturx");
    batch.rowsRead = 1;
    auto fail = [&](const QString &message) {
        batch.errors.append(EInvoiceXml::issue(fileLabel, 0, QString(), message));
        return batch;
    };
    if (!pdf.left(1024).contains("%PDF-"))
        return fail(QStringLiteral("ce fichier n'est pas un PDF (il ne commence pas par « %PDF- »)"));
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(pdf);
    if (!document)
        return fail(QStringLiteral("PDF illisible (fichier abîmé ou incomplet)"));
    if (document->isLocked())
        return fail(QStringLiteral("PDF protégé par un mot de passe : impossible d'en lire la facture électronique"));

    // The named attachment, else any XML attachment that is a CII invoice (some generators use other names).
    Poppler::EmbeddedFile *chosen = nullptr;
    int chosenPreference = 0;
    QStringList attachmentNames;
    const QList<Poppler::EmbeddedFile *> files = document->embeddedFiles();
    for (Poppler::EmbeddedFile *f : files) {
        if (!f || !f->isValid())
            continue;
        attachmentNames.append(f->name());
        const int preference = namePreference(f->name());
        if (preference >= 0 && (!chosen || preference < chosenPreference)) {
            chosen = f;
            chosenPreference = preference;
        }
    }
    if (!chosen) {
        for (Poppler::EmbeddedFile *f : files) {
            if (f && f->isValid() && f->name().endsWith(QStringLiteral(".xml"), Qt::CaseInsensitive)
                && EInvoiceXml::detectFormat(f->data()) == u"cii") {
                chosen = f;
                batch.warnings.append(EInvoiceXml::issue(
                    fileLabel, 0, QString(),
                    QStringLiteral("la facture électronique jointe s'appelle « %1 » au lieu de « factur-x.xml »")
                        .arg(f->name())));
                break;
            }
        }
    }
    if (!chosen) {
        const QString found = attachmentNames.isEmpty()
                                  ? QStringLiteral("aucun fichier factur-x.xml joint")
                                  : QStringLiteral("fichiers joints : %1, aucun n'est un factur-x.xml")
                                        .arg(attachmentNames.join(QStringLiteral(", ")));
        return fail(QStringLiteral("ce PDF ne contient pas de facture électronique Factur-X (%1)").arg(found));
    }

    const QString attachment = chosen->name();
    ImportBatch cii = CiiParser::parseXml(chosen->data(), fileLabel);
    // Faults found inside the attachment: the PDF is what the user chose, the XML is where to look.
    for (QList<ImportIssue> *list : {&cii.errors, &cii.warnings})
        for (ImportIssue &i : *list)
            i.message += QStringLiteral(" (dans le fichier %1 joint au PDF)").arg(attachment);
    cii.format = QStringLiteral("facturx");
    cii.rowsRead = 1;
    cii.warnings = batch.warnings + cii.warnings;
    const QString pdfName = QFileInfo(fileLabel).fileName();
    for (ImportedItem &item : cii.items) {
        item.pdf = pdf;
        item.pdfFileName = pdfName;
    }
    return cii;
}

} // namespace FacturXParser
