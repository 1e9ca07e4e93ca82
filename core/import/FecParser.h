#pragma once
// FecParser: reads a Fichier des Écritures Comptables (LPF art. A47 A-1) into an ImportBatch: one customer per 411
// account (sub-ledger CompAuxNum, else CompteNum) and its open items. Streams the file; lists every fault by line and
// column; a file with any fault yields no items.
//
// Open-item rule (the balance identity: for each customer, the sum of its items' open amounts equals the sum of
// Debit − Credit over all its 411 lines):
//  - an unlettered 411 line is open for its whole amount;
//  - a lettered group (CompteNum + CompAuxNum + EcritureLet) that nets to zero is closed: none of its lines is open;
//  - a lettered group that does not net to zero (partial lettering) keeps its net open, allocated first in, first out:
//    the smaller side is applied to the larger side's lines oldest first (PieceDate, else EcritureDate, then line
//    order); the lines it does not cover stay open, the last one covered partly. The smaller side's lines are closed.
// Lines are then gathered into items: the lines of one customer, in one entry (JournalCode + EcritureNum), with the
// same PieceRef and the same direction (debit or credit; opening-balance lines apart) form one item; its amount is the
// sum of its lines and its open amount the sum of their open parts. Items with nothing open are left out.
//  - opening-balance lines (journal AN, ANO, RAN… or labelled « à nouveau ») → Invoice::Kind::OpeningBalance;
//  - debit items → Invoice; credit items → CreditNote in a sales journal (VE…, « ventes »), unless labelled like a
//    settlement (« règlement », « virement »…), else Payment. Credit items carry negative amounts.
// Item number: PieceRef (trimmed), or EcritureNum when PieceRef is empty or a placeholder (« 0000000 », « sans »).
// When several open items of one customer and kind would share a number (monthly folio references like « VE  0623 »),
// each gets the entry number appended (« VE  0623/00000069 »), then the journal, then the line, until all differ.
// Issue date: the earliest PieceDate (else EcritureDate) of the item's lines. Due dates are left invalid: the FEC has
// none, the importer derives them from the customer's terms.

#include "ImportBatch.h"

#include <QByteArrayView>
#include <functional>

class FecParser final
{
public:
    // Called about every megabyte with the bytes read so far; returning false cancels (ImportBatch::cancelled).
    using Progress = std::function<bool(qint64 bytesRead)>;

    static ImportBatch parse(const QString &path, const Progress &progress = {});

    // True when `firstLine` (a file's first bytes up to its first line break) is a FEC header: it names JournalCode
    // and EcritureNum or CompteNum.
    static bool looksLikeHeader(QByteArrayView firstLine);

    // Faults listed for one file at most; beyond, one more line says how many were left out.
    static constexpr int MaxListedErrors = 10000;
};
