#pragma once
// UblParser: an OASIS UBL 2.1 Invoice or CreditNote (EN 16931, Peppol BIS 3, CIUS-FR) read into an ImportBatch of
// format "ubl": one document, its buyer (cac:AccountingCustomerParty) and the cac:LegalMonetaryTotal amounts.
//
// `amountCents` is cbc:TaxInclusiveAmount (BT-112), `amountExclCents` cbc:TaxExclusiveAmount (BT-109), `openCents`
// cbc:PayableAmount (BT-115), signed by their effect on the receivable: a CreditNote document (or an Invoice typed
// 381) with positive amounts gives a CreditNote with negative ones (see EInvoiceXml::applyDocumentSign). The due date
// is the earliest of cbc:DueDate, cac:PaymentMeans/cbc:PaymentDueDate and cac:PaymentTerms/cbc:PaymentDueDate;
// none leaves it invalid. A PDF rendition embedded in cac:AdditionalDocumentReference is kept as the item's PDF.

#include "ImportBatch.h"

#include <QByteArray>
#include <QString>

namespace UblParser {

ImportBatch parse(const QString &filePath);
// `fileLabel` is what errors name.
ImportBatch parseXml(const QByteArray &xml, const QString &fileLabel);

} // namespace UblParser
