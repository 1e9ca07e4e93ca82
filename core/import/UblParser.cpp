#include "UblParser.h"

#include "EInvoiceXml.h"

#include <QRegularExpression>

namespace UblParser {

namespace {

using EInvoiceXml::issue;
using EInvoiceXml::Node;

const EInvoiceXml::ReadOptions &readOptions()
{
    namespace Ns = EInvoiceXml::Ns;
    static const EInvoiceXml::ReadOptions options = [] {
        EInvoiceXml::ReadOptions o;
        o.prefixes = {{Ns::UblInvoice.toString(), QStringLiteral("ubl")},
                      {Ns::UblCreditNote.toString(), QStringLiteral("ubl")},
                      {Ns::UblCac.toString(), QStringLiteral("cac")},
                      {Ns::UblCbc.toString(), QStringLiteral("cbc")},
                      {Ns::UblExt.toString(), QStringLiteral("ext")}};
        // Lines and signatures are not needed: only document-level totals count.
        o.skipped = {QStringLiteral("cac:InvoiceLine"), QStringLiteral("cac:CreditNoteLine"),
                     QStringLiteral("ext:UBLExtensions")};
        return o;
    }();
    return options;
}

QString expected(QStringView parent, QStringView name)
{
    return parent.isEmpty() ? name.toString() : parent.toString() + u'/' + name.toString();
}

QString notAnInvoiceMessage(const Node &root, const QByteArray &xml)
{
    if (EInvoiceXml::detectFormat(xml) == u"cii")
        return QStringLiteral("c'est une facture CII (Factur-X/ZUGFeRD), pas une facture UBL : importez-la au format "
                              "Factur-X");
    QString what = root.path;
    if (root.name.startsWith(u'{'))
        what += QStringLiteral(" », espace de noms « ") + root.name.mid(1, root.name.indexOf(u'}') - 1);
    return QStringLiteral("ce fichier XML n'est pas une facture UBL (Invoice ou CreditNote) : son élément racine est "
                          "« %1 »")
        .arg(what);
}

QString sirenOf(const Node &party)
{
    // BT-47 legal registration first, then party identifiers (BT-46) and the electronic address (BT-49).
    const QList<const Node *> candidates = party.findAll(u"cac:PartyLegalEntity/cbc:CompanyID")
                                           + party.findAll(u"cac:PartyIdentification/cbc:ID")
                                           + party.findAll(u"cbc:EndpointID");
    for (const Node *id : candidates) {
        const QString scheme = id->attribute(u"schemeID");
        // Without a scheme only the legal registration is trusted to be a SIREN/SIRET (by its digits and key).
        if (scheme.isEmpty() && id->name != u"cbc:CompanyID")
            continue;
        if (const QString siren = EInvoiceXml::sirenFromIdentifier(id->text, scheme); !siren.isEmpty())
            return siren;
    }
    return {};
}

void readBuyer(const Node &party, ImportedCustomer &customer)
{
    customer.name = party.textAt(u"cac:PartyLegalEntity/cbc:RegistrationName").simplified();
    if (customer.name.isEmpty())
        customer.name = party.textAt(u"cac:PartyName/cbc:Name").simplified();
    customer.siren = sirenOf(party);
    for (const Node *scheme : party.findAll(u"cac:PartyTaxScheme")) {
        const QString taxScheme = scheme->textAt(u"cac:TaxScheme/cbc:ID");
        const QString id = scheme->textAt(u"cbc:CompanyID");
        if (!id.isEmpty() && (taxScheme.isEmpty() || taxScheme.compare(u"VAT", Qt::CaseInsensitive) == 0)) {
            customer.vatNumber = EInvoiceXml::normalizeVat(id);
            break;
        }
    }
    // The contact's address (BT-58) first; the electronic address (BT-49) when it is an e-mail (scheme EM).
    customer.email = EInvoiceXml::normalizeEmail(party.textAt(u"cac:Contact/cbc:ElectronicMail"));
    if (customer.email.isEmpty())
        if (const Node *endpoint = party.child(u"cbc:EndpointID");
            endpoint && endpoint->attribute(u"schemeID").compare(u"EM", Qt::CaseInsensitive) == 0)
            customer.email = EInvoiceXml::normalizeEmail(endpoint->text);

    const QString attention = party.textAt(u"cac:Contact/cbc:Name");
    if (const Node *a = party.child(u"cac:PostalAddress")) {
        QString street = a->textAt(u"cbc:StreetName");
        if (const QString number = a->textAt(u"cbc:BuildingNumber"); !number.isEmpty() && !street.startsWith(number))
            street = number + u' ' + street;
        QStringList lines{street, a->textAt(u"cbc:AdditionalStreetName")};
        for (const Node *l : a->findAll(u"cac:AddressLine/cbc:Line"))
            lines.append(l->text);
        customer.address = EInvoiceXml::makeAddress(lines, a->textAt(u"cbc:PostalZone"), a->textAt(u"cbc:CityName"),
                                                    a->textAt(u"cac:Country/cbc:IdentificationCode"), attention);
    } else {
        customer.address.line2 = attention.simplified();
    }
}

// The invoice's own PDF rendition among the attachments: the PDF named after the invoice number, else the only PDF.
void readPdf(const Node &root, ImportedItem &item, ImportBatch &batch)
{
    QList<const Node *> pdfs;
    for (const Node *o : root.findAll(u"cac:AdditionalDocumentReference/cac:Attachment/cbc:EmbeddedDocumentBinaryObject"))
        if (o->attribute(u"mimeCode").compare(u"application/pdf", Qt::CaseInsensitive) == 0)
            pdfs.append(o);
    const Node *chosen = pdfs.size() == 1 ? pdfs.first() : nullptr;
    for (const Node *o : std::as_const(pdfs))
        if (!chosen && !item.number.isEmpty() && o->attribute(u"filename").contains(item.number, Qt::CaseInsensitive))
            chosen = o;
    if (!chosen)
        return;
    QByteArray base64 = chosen->text.toLatin1();
    base64.replace(' ', QByteArray()).replace('\n', QByteArray()).replace('\r', QByteArray()).replace('\t', QByteArray());
    const auto decoded = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith("%PDF")) {
        batch.warnings.append(issue(batch.file, chosen->line, chosen->path,
                                    QStringLiteral("le PDF joint à la facture est illisible : il n'est pas conservé")));
        return;
    }
    item.pdf = decoded.decoded;
    item.pdfFileName = chosen->attribute(u"filename");
    if (item.pdfFileName.isEmpty())
        item.pdfFileName = item.number + QStringLiteral(".pdf");
}

} // namespace

ImportBatch parse(const QString &filePath)
{
    ImportBatch batch;
    batch.format = QStringLiteral("ubl");
    const std::optional<QByteArray> xml = EInvoiceXml::readFile(filePath, batch);
    return xml ? parseXml(*xml, filePath) : batch;
}

ImportBatch parseXml(const QByteArray &xml, const QString &fileLabel)
{
    ImportBatch batch;
    batch.file = fileLabel;
    batch.format = QStringLiteral("ubl");
    batch.rowsRead = 1;
    auto error = [&](qint64 line, const QString &field, const QString &message) {
        batch.errors.append(issue(fileLabel, line, field, message));
    };

    const EInvoiceXml::Document doc = EInvoiceXml::read(xml, readOptions());
    if (!doc.ok()) {
        batch.errors.append(EInvoiceXml::xmlError(fileLabel, doc));
        return batch;
    }
    const Node &root = doc.root;
    const bool creditNoteDocument = root.name == u"ubl:CreditNote";
    if (root.name != u"ubl:Invoice" && !creditNoteDocument) {
        error(0, QString(), notAnInvoiceMessage(root, xml));
        return batch;
    }

    ImportedItem item;
    item.customerIndex = 0;
    item.number = root.textAt(u"cbc:ID");
    if (item.number.isEmpty())
        error(0, QStringLiteral("cbc:ID"),
              QStringLiteral("numéro de facture absent : ce document n'est pas une facture exploitable"));

    const Node *typeNode = root.child(creditNoteDocument ? u"cbc:CreditNoteTypeCode" : u"cbc:InvoiceTypeCode");
    const QString typeCode = typeNode ? typeNode->text : QString();
    if (typeNode && EInvoiceXml::isNonReceivableType(typeCode))
        error(typeNode->line, typeNode->path,
              QStringLiteral("document de type %1 (facture pro forma) : ce n'est pas une créance, il n'est pas "
                             "importé")
                  .arg(typeCode));

    if (const Node *issued = root.child(u"cbc:IssueDate")) {
        QString why;
        if (const auto d = EInvoiceXml::parseIsoDate(issued->text, &why))
            item.issueDate = *d;
        else
            error(issued->line, issued->path, QStringLiteral("date d'émission illisible : ") + why);
    } else {
        error(0, QStringLiteral("cbc:IssueDate"), QStringLiteral("date d'émission absente"));
    }

    QList<QDate> dueDates;
    for (const Node *d : root.findAll(u"cbc:DueDate") + root.findAll(u"cac:PaymentMeans/cbc:PaymentDueDate")
                             + root.findAll(u"cac:PaymentTerms/cbc:PaymentDueDate")) {
        QString why;
        if (const auto date = EInvoiceXml::parseIsoDate(d->text, &why))
            dueDates.append(*date);
        else
            error(d->line, d->path, QStringLiteral("date d'échéance illisible : ") + why);
    }
    item.dueDate = EInvoiceXml::earliestDueDate(dueDates, batch);
    if (dueDates.isEmpty()) {
        const QString terms = root.textAt(u"cac:PaymentTerms/cbc:Note").simplified();
        if (!terms.isEmpty())
            batch.warnings.append(issue(fileLabel, 0, QString(),
                                        QStringLiteral("pas de date d'échéance lisible par machine, seulement des "
                                                       "conditions en texte libre (« %1 ») : l'échéance sera calculée "
                                                       "d'après les conditions de paiement du client")
                                            .arg(terms)));
    }

    const Node *currencyNode = root.child(u"cbc:DocumentCurrencyCode");
    const Node *totals = root.child(u"cac:LegalMonetaryTotal");
    const QString totalsPath = totals ? totals->path : QStringLiteral("cac:LegalMonetaryTotal");
    const Node *grandNode = totals ? totals->child(u"cbc:TaxInclusiveAmount") : nullptr;
    QString currency = currencyNode ? currencyNode->text.toUpper() : QString();
    if (currency.isEmpty()) {
        currency = grandNode ? grandNode->attribute(u"currencyID").toUpper() : QString();
        if (currency.isEmpty())
            currency = QStringLiteral("EUR");
        batch.warnings.append(issue(fileLabel, 0, QStringLiteral("cbc:DocumentCurrencyCode"),
                                    QStringLiteral("devise absente : %1 retenu").arg(currency)));
    }
    static const QRegularExpression iso4217(QStringLiteral("^[A-Z]{3}$"));
    if (!iso4217.match(currency).hasMatch())
        error(currencyNode ? currencyNode->line : 0, QStringLiteral("cbc:DocumentCurrencyCode"),
              QStringLiteral("« %1 » n'est pas un code de devise ISO 4217").arg(currency));
    item.currency = currency;

    std::optional<qint64> grand;
    if (!grandNode)
        error(0, expected(totalsPath, u"cbc:TaxInclusiveAmount"), QStringLiteral("montant total TTC absent"));
    else
        grand = EInvoiceXml::amountAt(*grandNode, batch);
    if (grand) {
        item.amountCents = *grand;
        if (const Node *excl = totals->child(u"cbc:TaxExclusiveAmount")) {
            item.amountExclCents = EInvoiceXml::amountAt(*excl, batch).value_or(0);
        } else {
            item.amountExclCents = *grand;
            batch.warnings.append(issue(fileLabel, 0, expected(totalsPath, u"cbc:TaxExclusiveAmount"),
                                        QStringLiteral("montant hors TVA absent : le montant TTC est repris")));
        }
        if (const Node *payable = totals->child(u"cbc:PayableAmount")) {
            item.openCents = EInvoiceXml::amountAt(*payable, batch).value_or(0);
        } else {
            const Node *prepaid = totals->child(u"cbc:PrepaidAmount");
            item.openCents = *grand - (prepaid ? EInvoiceXml::amountAt(*prepaid, batch).value_or(0) : 0);
        }
    }

    ImportedCustomer customer;
    const Node *party = root.find(u"cac:AccountingCustomerParty/cac:Party");
    if (!party) {
        error(0, QStringLiteral("cac:AccountingCustomerParty/cac:Party"), QStringLiteral("acheteur (client) absent"));
    } else {
        readBuyer(*party, customer);
        if (customer.name.isEmpty())
            error(party->line, expected(party->path, u"cac:PartyLegalEntity/cbc:RegistrationName"),
                  QStringLiteral("nom de l'acheteur absent"));
    }

    if (!batch.ok())
        return batch;
    readPdf(root, item, batch);
    EInvoiceXml::checkBuyerIdentifiers(customer, batch);
    const bool creditDocument = creditNoteDocument || EInvoiceXml::isCreditNoteType(typeCode);
    EInvoiceXml::applyDocumentSign(item, creditDocument,
                                   creditNoteDocument ? QStringLiteral("CreditNote UBL")
                                                      : QStringLiteral("type %1").arg(typeCode),
                                   batch);
    batch.customers.append(customer);
    batch.items.append(item);
    return batch;
}

} // namespace UblParser
