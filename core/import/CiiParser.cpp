#include "CiiParser.h"

#include "EInvoiceXml.h"

#include <QRegularExpression>

namespace CiiParser {

namespace {

using EInvoiceXml::issue;
using EInvoiceXml::Node;

// Paths below the root, in canonical names (ZUGFeRD 1.0 names are aliased to these when read).
constexpr QStringView kHeader = u"rsm:ExchangedDocument";
constexpr QStringView kAgreement = u"rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement";
constexpr QStringView kSettlement = u"rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement";
constexpr QStringView kSummation = u"ram:SpecifiedTradeSettlementHeaderMonetarySummation";

const EInvoiceXml::ReadOptions &readOptions()
{
    namespace Ns = EInvoiceXml::Ns;
    static const EInvoiceXml::ReadOptions options = [] {
        EInvoiceXml::ReadOptions o;
        const QString rsm = QStringLiteral("rsm"), ram = QStringLiteral("ram"), udt = QStringLiteral("udt"),
                      qdt = QStringLiteral("qdt");
        o.prefixes = {{Ns::CiiRsm.toString(), rsm}, {Ns::CiiRam.toString(), ram}, {Ns::CiiUdt.toString(), udt},
                      {Ns::CiiQdt.toString(), qdt}, {Ns::Zf1Rsm.toString(), rsm}, {Ns::Zf1Ram.toString(), ram},
                      {Ns::Zf1Udt.toString(), udt}, {Ns::Zf1Qdt.toString(), qdt}};
        o.aliases = {
            {QStringLiteral("rsm:CrossIndustryDocument"), QStringLiteral("rsm:CrossIndustryInvoice")},
            {QStringLiteral("rsm:SpecifiedExchangedDocumentContext"), QStringLiteral("rsm:ExchangedDocumentContext")},
            {QStringLiteral("rsm:HeaderExchangedDocument"), QStringLiteral("rsm:ExchangedDocument")},
            {QStringLiteral("rsm:SpecifiedSupplyChainTradeTransaction"),
             QStringLiteral("rsm:SupplyChainTradeTransaction")},
            {QStringLiteral("ram:ApplicableSupplyChainTradeAgreement"),
             QStringLiteral("ram:ApplicableHeaderTradeAgreement")},
            {QStringLiteral("ram:ApplicableSupplyChainTradeSettlement"),
             QStringLiteral("ram:ApplicableHeaderTradeSettlement")},
            {QStringLiteral("ram:SpecifiedTradeSettlementMonetarySummation"),
             QStringLiteral("ram:SpecifiedTradeSettlementHeaderMonetarySummation")},
        };
        // Lines carry their own amounts (ram:LineTotalAmount...): only header totals count, so lines are not kept.
        o.skipped = {QStringLiteral("ram:IncludedSupplyChainTradeLineItem")};
        return o;
    }();
    return options;
}

QString notAnInvoiceMessage(const Node &root, const QByteArray &xml)
{
    if (EInvoiceXml::detectFormat(xml) == u"ubl")
        return QStringLiteral("c'est une facture UBL, pas une facture CII (Factur-X) : importez-la au format UBL");
    QString what = root.path;
    if (root.name.startsWith(u'{')) // unknown namespace: say which one
        what += QStringLiteral(" », espace de noms « ") + root.name.mid(1, root.name.indexOf(u'}') - 1);
    else if (root.name == u"CrossIndustryInvoice")
        what += QStringLiteral(" », sans l'espace de noms CII « ") + EInvoiceXml::Ns::CiiRsm.toString();
    return QStringLiteral("ce fichier XML n'est pas une facture électronique CII (Factur-X/ZUGFeRD) : "
                          "son élément racine est « %1 »")
        .arg(what);
}

// Among same-named totals (BT-110 and BT-111 share ram:TaxTotalAmount), the one in the invoice currency.
const Node *amountNode(const Node *summation, QStringView name, const QString &currency)
{
    if (!summation)
        return nullptr;
    const Node *first = nullptr;
    for (const Node &c : summation->children) {
        if (c.name != name)
            continue;
        const QString cur = c.attribute(u"currencyID");
        if (cur.isEmpty() || cur.compare(currency, Qt::CaseInsensitive) == 0)
            return &c;
        if (!first)
            first = &c;
    }
    return first;
}

QString expected(QStringView parent, QStringView name) { return parent.toString() + u'/' + name.toString(); }

void readBuyer(const Node &buyer, ImportedCustomer &customer)
{
    customer.name = buyer.textAt(u"ram:Name").simplified();
    // BT-47 legal registration (SIREN, or a SIRET written under 0002/0009), then global identifiers.
    for (const Node *id : buyer.findAll(u"ram:SpecifiedLegalOrganization/ram:ID") + buyer.findAll(u"ram:GlobalID")) {
        customer.siren = EInvoiceXml::sirenFromIdentifier(id->text, id->attribute(u"schemeID"));
        if (!customer.siren.isEmpty())
            break;
    }
    for (const Node *id : buyer.findAll(u"ram:SpecifiedTaxRegistration/ram:ID")) {
        if (id->attribute(u"schemeID").compare(u"VA", Qt::CaseInsensitive) == 0 && !id->text.isEmpty()) {
            customer.vatNumber = EInvoiceXml::normalizeVat(id->text);
            break;
        }
    }
    // The contact's address (BT-58) is who reminders go to; the party's electronic address (BT-49, scheme EM) is
    // often a shared inbox or a routing address, so it only comes second.
    for (const Node *uri : buyer.findAll(u"ram:DefinedTradeContact/ram:EmailURIUniversalCommunication/ram:URIID")) {
        customer.email = EInvoiceXml::normalizeEmail(uri->text);
        if (!customer.email.isEmpty())
            break;
    }
    if (customer.email.isEmpty()) {
        for (const Node *uri : buyer.findAll(u"ram:URIUniversalCommunication/ram:URIID")) {
            const QString scheme = uri->attribute(u"schemeID");
            if (scheme.isEmpty() || scheme.compare(u"EM", Qt::CaseInsensitive) == 0)
                customer.email = EInvoiceXml::normalizeEmail(uri->text);
            if (!customer.email.isEmpty())
                break;
        }
    }
    QString attention;
    if (const Node *contact = buyer.child(u"ram:DefinedTradeContact")) {
        attention = contact->textAt(u"ram:DepartmentName");
        if (attention.isEmpty())
            attention = contact->textAt(u"ram:PersonName");
    }
    const Node *address = buyer.child(u"ram:PostalTradeAddress");
    if (address) {
        customer.address = EInvoiceXml::makeAddress(
            {address->textAt(u"ram:LineOne"), address->textAt(u"ram:LineTwo"), address->textAt(u"ram:LineThree")},
            address->textAt(u"ram:PostcodeCode"), address->textAt(u"ram:CityName"), address->textAt(u"ram:CountryID"),
            attention);
    } else {
        customer.address.line2 = attention.simplified();
    }
}

} // namespace

ImportBatch parse(const QString &filePath)
{
    ImportBatch batch;
    batch.format = QStringLiteral("cii");
    const std::optional<QByteArray> xml = EInvoiceXml::readFile(filePath, batch);
    return xml ? parseXml(*xml, filePath) : batch;
}

ImportBatch parseXml(const QByteArray &xml, const QString &fileLabel)
{
    ImportBatch batch;
    batch.file = fileLabel;
    batch.format = QStringLiteral("cii");
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
    if (root.name != u"rsm:CrossIndustryInvoice") {
        error(0, QString(), notAnInvoiceMessage(root, xml));
        return batch;
    }
    const Node *header = root.child(kHeader);
    if (!header) {
        error(0, kHeader.toString(),
              QStringLiteral("ce document CII n'est pas une facture : il n'a pas d'en-tête de document"));
        return batch;
    }

    ImportedItem item;
    item.customerIndex = 0;
    item.number = header->textAt(u"ram:ID");
    if (item.number.isEmpty())
        error(header->line, expected(header->path, u"ram:ID"),
              QStringLiteral("numéro de facture absent : ce document n'est pas une facture exploitable"));

    const Node *typeNode = header->child(u"ram:TypeCode");
    const QString typeCode = typeNode ? typeNode->text : QString();
    if (typeCode.isEmpty())
        batch.warnings.append(issue(fileLabel, header->line, expected(header->path, u"ram:TypeCode"),
                                    QStringLiteral("type de document absent : traité comme une facture (380)")));
    else if (EInvoiceXml::isNonReceivableType(typeCode))
        error(typeNode->line, typeNode->path,
              QStringLiteral("document de type %1 (facture pro forma) : ce n'est pas une créance, il n'est pas "
                             "importé")
                  .arg(typeCode));

    if (const Node *issued = header->find(u"ram:IssueDateTime/udt:DateTimeString")) {
        QString why;
        if (const auto d = EInvoiceXml::parseCiiDate(issued->text, issued->attribute(u"format"), &why))
            item.issueDate = *d;
        else
            error(issued->line, issued->path, QStringLiteral("date d'émission illisible : ") + why);
    } else {
        error(header->line, expected(header->path, u"ram:IssueDateTime/udt:DateTimeString"),
              QStringLiteral("date d'émission absente"));
    }

    const Node *settlement = root.find(kSettlement);
    const QString settlementPath = settlement ? settlement->path : kSettlement.toString();
    const Node *summation = settlement ? settlement->child(kSummation) : nullptr;
    const QString summationPath = summation ? summation->path : expected(settlementPath, kSummation);

    // Currency (BT-5); a file without one is read in the grand total's currencyID, else euros.
    const Node *currencyNode = settlement ? settlement->child(u"ram:InvoiceCurrencyCode") : nullptr;
    QString currency = currencyNode ? currencyNode->text.toUpper() : QString();
    if (currency.isEmpty()) {
        const Node *grand = amountNode(summation, u"ram:GrandTotalAmount", QString());
        currency = grand ? grand->attribute(u"currencyID").toUpper() : QString();
        if (currency.isEmpty())
            currency = QStringLiteral("EUR");
        batch.warnings.append(issue(fileLabel, 0, expected(settlementPath, u"ram:InvoiceCurrencyCode"),
                                    QStringLiteral("devise absente : %1 retenu").arg(currency)));
    }
    static const QRegularExpression iso4217(QStringLiteral("^[A-Z]{3}$"));
    if (!iso4217.match(currency).hasMatch())
        error(currencyNode ? currencyNode->line : 0,
              currencyNode ? currencyNode->path : expected(settlementPath, u"ram:InvoiceCurrencyCode"),
              QStringLiteral("« %1 » n'est pas un code de devise ISO 4217").arg(currency));
    item.currency = currency;

    // Header totals only (lines were not even kept).
    const Node *grandNode = amountNode(summation, u"ram:GrandTotalAmount", currency);
    std::optional<qint64> grand;
    if (!grandNode)
        error(0, expected(summationPath, u"ram:GrandTotalAmount"), QStringLiteral("montant total TTC absent"));
    else
        grand = EInvoiceXml::amountAt(*grandNode, batch);
    if (grand) {
        item.amountCents = *grand;
        if (const Node *basis = amountNode(summation, u"ram:TaxBasisTotalAmount", currency)) {
            item.amountExclCents = EInvoiceXml::amountAt(*basis, batch).value_or(0);
        } else if (const Node *tax = amountNode(summation, u"ram:TaxTotalAmount", currency)) {
            item.amountExclCents = *grand - EInvoiceXml::amountAt(*tax, batch).value_or(0);
        } else {
            item.amountExclCents = *grand;
            batch.warnings.append(issue(fileLabel, 0, expected(summationPath, u"ram:TaxBasisTotalAmount"),
                                        QStringLiteral("montant hors TVA absent : le montant TTC est repris")));
        }
        if (const Node *due = amountNode(summation, u"ram:DuePayableAmount", currency)) {
            item.openCents = EInvoiceXml::amountAt(*due, batch).value_or(0);
        } else {
            // ZUGFeRD 1.0 BASIC may omit BT-115: what is due is the total less what was prepaid.
            const Node *prepaid = amountNode(summation, u"ram:TotalPrepaidAmount", currency);
            item.openCents = *grand - (prepaid ? EInvoiceXml::amountAt(*prepaid, batch).value_or(0) : 0);
        }
    }

    // Due date (BT-9): several payment terms (EXTENDED instalments) → the earliest.
    QList<QDate> dueDates;
    if (settlement) {
        for (const Node *d : settlement->findAll(u"ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/udt:DateTimeString")) {
            QString why;
            if (const auto date = EInvoiceXml::parseCiiDate(d->text, d->attribute(u"format"), &why))
                dueDates.append(*date);
            else
                error(d->line, d->path, QStringLiteral("date d'échéance illisible : ") + why);
        }
    }
    item.dueDate = EInvoiceXml::earliestDueDate(dueDates, batch);
    if (dueDates.isEmpty() && settlement) {
        const QString terms = settlement->textAt(u"ram:SpecifiedTradePaymentTerms/ram:Description").simplified();
        if (!terms.isEmpty())
            batch.warnings.append(issue(fileLabel, 0, QString(),
                                        QStringLiteral("pas de date d'échéance lisible par machine, seulement des "
                                                       "conditions en texte libre (« %1 ») : l'échéance sera calculée "
                                                       "d'après les conditions de paiement du client")
                                            .arg(terms)));
    }

    ImportedCustomer customer;
    const Node *agreement = root.find(kAgreement);
    const Node *buyer = agreement ? agreement->child(u"ram:BuyerTradeParty") : nullptr;
    if (!buyer) {
        error(0, expected(agreement ? agreement->path : kAgreement.toString(), u"ram:BuyerTradeParty"),
              QStringLiteral("acheteur (client) absent"));
    } else {
        readBuyer(*buyer, customer);
        if (customer.name.isEmpty())
            error(buyer->line, expected(buyer->path, u"ram:Name"), QStringLiteral("nom de l'acheteur absent"));
    }

    if (!batch.ok())
        return batch;
    EInvoiceXml::checkBuyerIdentifiers(customer, batch);
    EInvoiceXml::applyDocumentSign(item, EInvoiceXml::isCreditNoteType(typeCode),
                                   QStringLiteral("type %1").arg(typeCode), batch);
    batch.customers.append(customer);
    batch.items.append(item);
    return batch;
}

} // namespace CiiParser
