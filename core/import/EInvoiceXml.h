#pragma once
// EInvoiceXml: what the CII (Factur-X/ZUGFeRD) and UBL parsers share: a small namespace-aware element tree read with
// QXmlStreamReader, exact decimal and date parsing, buyer identifiers, address lines and the credit-note sign rule.

#include "ImportBatch.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QXmlStreamAttributes>
#include <optional>
#include <vector>

namespace EInvoiceXml {

// Namespace URIs of the vocabularies read here.
namespace Ns {
inline constexpr QStringView CiiRsm = u"urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";
inline constexpr QStringView CiiRam = u"urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";
inline constexpr QStringView CiiUdt = u"urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100";
inline constexpr QStringView CiiQdt = u"urn:un:unece:uncefact:data:standard:QualifiedDataType:100";
// ZUGFeRD 1.0 (2014): same business terms, older element names and namespace versions.
inline constexpr QStringView Zf1Rsm = u"urn:ferd:CrossIndustryDocument:invoice:1p0";
inline constexpr QStringView Zf1Ram = u"urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:12";
inline constexpr QStringView Zf1Udt = u"urn:un:unece:uncefact:data:standard:UnqualifiedDataType:15";
inline constexpr QStringView Zf1Qdt = u"urn:un:unece:uncefact:data:standard:QualifiedDataType:12";
inline constexpr QStringView UblInvoice = u"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
inline constexpr QStringView UblCreditNote = u"urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";
inline constexpr QStringView UblCac = u"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
inline constexpr QStringView UblCbc = u"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
inline constexpr QStringView UblExt = u"urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2";
} // namespace Ns

// One element. Names are matched by namespace URI + local name: each known URI is given a canonical prefix, so
// `ram:ID` means {ReusableAggregateBusinessInformationEntity}ID whatever prefix the file itself used.
struct Node
{
    QString name; // canonical name used for matching ("ram:ID"; older vocabularies aliased to the current one)
    QString path; // where it stands below the root, as written (canonical prefixes, original local names)
    QString text; // character data directly inside, trimmed
    QXmlStreamAttributes attributes;
    qint64 line = 0;
    std::vector<Node> children;

    const Node *child(QStringView childName) const;
    // Every node at `relativePath` ("a/b/c", canonical names) below this one, in document order.
    QList<const Node *> findAll(QStringView relativePath) const;
    const Node *find(QStringView relativePath) const; // the first of findAll(), or nullptr
    QString textAt(QStringView relativePath) const;   // text of find(), or an empty string
    QString attribute(QStringView attributeName) const;
};

struct ReadOptions
{
    QHash<QString, QString> prefixes; // namespace URI → canonical prefix
    QHash<QString, QString> aliases;  // canonical name → name it is matched as (ZUGFeRD 1.0 → CII D16B)
    QSet<QString> skipped;            // canonical names whose whole subtree is not kept (invoice lines, signatures)
};

struct Document
{
    Node root;
    QString error; // French, empty when the XML is well formed
    qint64 errorLine = 0;
    qint64 errorColumn = 0;
    bool ok() const { return error.isEmpty(); }
};

// The whole file; nullopt and an error in `batch` (its `file` set to `path`) when it cannot be read.
std::optional<QByteArray> readFile(const QString &path, ImportBatch &batch);

// Reads a whole XML document (UTF-8/UTF-16, with or without BOM, comments ignored). DTDs are not expanded.
Document read(const QByteArray &xml, const ReadOptions &options);

// "cii", "ubl" or an empty string, from the root element alone: lets an importer route a bare .xml file.
QString detectFormat(const QByteArray &xml);

// xs:decimal ("-1234.5", "+0.00", "529.87") → cents, rounded half away from zero beyond two decimals (`rounded`
// tells). Decimal commas, thousands separators and exponents are refused: an XML amount has one spelling only.
std::optional<qint64> decimalToCents(QStringView text, QString *error, bool *rounded = nullptr);
// UN/CEFACT DateTimeString: format 102 (AAAAMMJJ) or no format attribute.
std::optional<QDate> parseCiiDate(QStringView text, QStringView format, QString *error);
// xs:date ("2019-03-05", optionally followed by a time zone "Z" / "+01:00").
std::optional<QDate> parseIsoDate(QStringView text, QString *error);

// SIREN (9 digits) from a legal identifier and its ISO 6523 scheme: 0002 (SIREN; a SIRET written under 0002 gives
// its first 9 digits), 0009 (SIRET), 0225 (French e-invoicing directory address "SIREN[_suffix]") or no scheme with
// 9 or 14 digits passing the Luhn check. Empty when the identifier is not French or not usable.
QString sirenFromIdentifier(QStringView identifier, QStringView scheme);
// "FR 05 987 654 321" → "FR05987654321".
QString normalizeVat(QStringView vat);
// An e-mail address without "mailto:", or empty when the text is not one.
QString normalizeEmail(QStringView text);

// La Poste lines from the free address lines of an e-invoice: the street is the first line holding a number that is
// not a post-office box (else the first line); lines before it go to line 3 (building), lines after it to line 5
// (lieu-dit, BP). `attention` (contact or department) goes to line 2.
PostalAddress makeAddress(const QStringList &lines, const QString &postcode, const QString &city,
                          const QString &country, const QString &attention);

// UNTDID 1001 document types that credit the buyer (381 credit note, 396 factored credit note, 261, 262, 296,
// 308, 420, 458, 532, 81, 83).
bool isCreditNoteType(QStringView typeCode);
// UNTDID 1001 types that are not receivables at all (325 pro forma invoice): refused with a clear message.
bool isNonReceivableType(QStringView typeCode);

// Signs the amounts of `item` by their effect on the receivable. A credit document states what is credited, so its
// amounts change sign: 381 with +233.47 → −233.47. A credit document with negative amounts credits a negative sum,
// that is, it adds to what the buyer owes: 381 with −50.00 → +50.00, an invoice (a warning says so). An invoice
// document keeps its sign: 380 with −233.47 stays −233.47. The kind follows the signed grand total (the amount due
// when the total is zero): negative → CreditNote, otherwise Invoice.
void applyDocumentSign(ImportedItem &item, bool creditDocument, const QString &typeLabel, ImportBatch &batch);

// The amount held by `node`; when it is not an amount, nullopt and an error naming the element in `batch`
// (a warning when it had to be rounded to the cent).
std::optional<qint64> amountAt(const Node &node, ImportBatch &batch);
// The earliest of the due dates read (invalid when there is none); a warning when they differ.
QDate earliestDueDate(const QList<QDate> &dueDates, ImportBatch &batch);
// Warnings for a buyer SIREN or French VAT number whose check digits are wrong (kept as the file says).
void checkBuyerIdentifiers(const ImportedCustomer &buyer, ImportBatch &batch);

ImportIssue issue(const QString &file, qint64 line, const QString &field, const QString &message);
// The reader's fault, in French, with its line and column.
ImportIssue xmlError(const QString &file, const Document &document);

} // namespace EInvoiceXml
