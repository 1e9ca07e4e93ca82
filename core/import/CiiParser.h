#pragma once
// CiiParser: a UN/CEFACT Cross Industry Invoice (the XML inside Factur-X and ZUGFeRD PDFs, any profile from MINIMUM
// to EXTENDED, and ZUGFeRD 1.0) read into an ImportBatch: one document, its buyer and the header-level totals.
//
// Batch format "cii" for a bare XML file; FacturXParser relabels it "facturx" when the XML came out of a PDF.
// Amounts are signed by their effect on the receivable (see EInvoiceXml::applyDocumentSign): a 381 credit note with
// positive amounts, or a 380 with negative amounts, gives a CreditNote with negative amounts; the grand total
// (BT-112) is `amountCents`, the tax basis total (BT-109) `amountExclCents`, the amount due (BT-115) `openCents`.
// The due date is the earliest ram:DueDateDateTime; none (MINIMUM profile, terms in free text) leaves it invalid so
// that the importer derives it from the customer's terms. Errors name the file and the element path.

#include "ImportBatch.h"

#include <QByteArray>
#include <QString>

namespace CiiParser {

ImportBatch parse(const QString &filePath);
// `fileLabel` is what errors name (the path of the XML file, or of the PDF it was extracted from).
ImportBatch parseXml(const QByteArray &xml, const QString &fileLabel);

} // namespace CiiParser
