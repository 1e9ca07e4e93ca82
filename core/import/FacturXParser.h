#pragma once
// FacturXParser: a Factur-X / ZUGFeRD PDF (PDF/A-3 with an embedded CII invoice) read into an ImportBatch of format
// "facturx". The embedded factur-x.xml (or zugferd-invoice.xml, ZUGFeRD-invoice.xml, xrechnung.xml; any case) is
// read by CiiParser, and the PDF bytes and file name go into each item so that the importer keeps the PDF with the
// invoice (to attach to reminders). Errors name the PDF; those found in the XML say so.

#include "ImportBatch.h"

#include <QByteArray>
#include <QString>

namespace FacturXParser {

ImportBatch parse(const QString &pdfPath);
// The same from bytes already in memory (drag and drop); `fileLabel` names the PDF in errors and pdfFileName.
ImportBatch parseData(const QByteArray &pdf, const QString &fileLabel);

} // namespace FacturXParser
