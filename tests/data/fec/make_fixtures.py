#!/usr/bin/env python3
"""Writes the FEC fixtures of tst_fecparser / tst_importer: one small set of entries rendered in every variant real
exports show (separator, padding, encoding, line endings, column sets, header spellings), plus broken files.

Run from this folder: python3 make_fixtures.py. The files are committed; this script documents how they were made.

The entries (fiscal year 2025) and what they leave open, by hand:
  CDUPRE « Épicerie Dupré »: opening 150.00 (AN, unlettered) + FA-001 1200.00 (lettered AA with the 1200.00 transfer)
      + FA-003 480.00 (unlettered) − payment 80.00 (BQ 4, PieceRef 0000000, unlettered)
      balance 150 + 1200 + 480 − 1200 − 80 = 550.00; items RAN 150.00 (opening), FA-003 480.00, « 4 » −80.00 (payment)
  CMARTI « Garage Martin – Œuvres »: FA-002 600.00 lettered AA with a 250.00 transfer (partial lettering) + credit
      note AV-001 −120.00 (sales journal, unlettered)
      balance 600 − 250 − 120 = 230.00; items FA-002 600.00 open 350.00, AV-001 −120.00 (credit note)
  CBOIS « Menuiserie Bois & Fils »: FA-004 300.00 (1 March) and FA-005 200.00 (10 March) lettered AA with a 350.00
      cheque: first in, first out FA-004 is settled, FA-005 keeps 150.00; FA-006 250.00 on two 411 lines (100 + 150)
      balance 300 + 200 + 250 − 350 = 400.00; items FA-005 200.00 open 150.00, FA-006 250.00
  One supplier entry (OD, account 401) that the import ignores. 35 data lines.
"""

import os

HEADER18 = ["JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum", "CompteLib", "CompAuxNum",
            "CompAuxLib", "PieceRef", "PieceDate", "EcritureLib", "Debit", "Credit", "EcritureLet", "DateLet",
            "ValidDate", "Montantdevise", "Idevise"]

DUPRE = ("CDUPRE", "Épicerie Dupré")
MARTI = ("CMARTI", "Garage Martin – Œuvres")
BOIS = ("CBOIS", "Menuiserie Bois & Fils")

# (journal, journal label, entry number, date, account, account label, customer or None, piece, piece date, label,
#  debit cents, credit cents, letter, date lettered)
def entries():
    e = []
    def add(j, jl, n, d, acc, accl, cust, piece, label, debit, credit, let="", datelet=""):
        e.append(dict(j=j, jl=jl, n=n, d=d, acc=acc, accl=accl, cust=cust, piece=piece, pd=d, label=label,
                      debit=debit, credit=credit, let=let, datelet=datelet))
    add("AN", "A nouveaux", "1", "20250101", "411000", "Clients", DUPRE, "RAN", "A nouveau", 15000, 0)
    add("AN", "A nouveaux", "1", "20250101", "890000", "Bilan d'ouverture", None, "RAN", "A nouveau", 0, 15000)
    add("VE", "Ventes", "1", "20250115", "411000", "Clients", DUPRE, "FA-001", "Facture FA-001", 120000, 0, "AA", "20250301")
    add("VE", "Ventes", "1", "20250115", "706000", "Prestations de services", None, "FA-001", "Facture FA-001", 0, 100000)
    add("VE", "Ventes", "1", "20250115", "445710", "TVA collectée", None, "FA-001", "Facture FA-001", 0, 20000)
    add("VE", "Ventes", "2", "20250120", "411000", "Clients", MARTI, "FA-002", "Facture FA-002", 60000, 0, "AA", "20250305")
    add("VE", "Ventes", "2", "20250120", "706000", "Prestations de services", None, "FA-002", "Facture FA-002", 0, 50000)
    add("VE", "Ventes", "2", "20250120", "445710", "TVA collectée", None, "FA-002", "Facture FA-002", 0, 10000)
    add("VE", "Ventes", "3", "20250210", "411000", "Clients", DUPRE, "FA-003", "Facture FA-003", 48000, 0)
    add("VE", "Ventes", "3", "20250210", "706000", "Prestations de services", None, "FA-003", "Facture FA-003", 0, 40000)
    add("VE", "Ventes", "3", "20250210", "445710", "TVA collectée", None, "FA-003", "Facture FA-003", 0, 8000)
    add("VE", "Ventes", "4", "20250215", "411000", "Clients", MARTI, "AV-001", "Avoir AV-001", 0, 12000)
    add("VE", "Ventes", "4", "20250215", "706000", "Prestations de services", None, "AV-001", "Avoir AV-001", 10000, 0)
    add("VE", "Ventes", "4", "20250215", "445710", "TVA collectée", None, "AV-001", "Avoir AV-001", 2000, 0)
    add("VE", "Ventes", "5", "20250301", "411000", "Clients", BOIS, "FA-004", "Facture FA-004", 30000, 0, "AA", "20250320")
    add("VE", "Ventes", "5", "20250301", "706000", "Prestations de services", None, "FA-004", "Facture FA-004", 0, 25000)
    add("VE", "Ventes", "5", "20250301", "445710", "TVA collectée", None, "FA-004", "Facture FA-004", 0, 5000)
    add("VE", "Ventes", "6", "20250310", "411000", "Clients", BOIS, "FA-005", "Facture FA-005", 20000, 0, "AA", "20250320")
    add("VE", "Ventes", "6", "20250310", "706000", "Prestations de services", None, "FA-005", "Facture FA-005", 0, 16667)
    add("VE", "Ventes", "6", "20250310", "445710", "TVA collectée", None, "FA-005", "Facture FA-005", 0, 3333)
    add("VE", "Ventes", "7", "20250315", "411000", "Clients", BOIS, "FA-006", "Facture FA-006 échéance 1", 10000, 0)
    add("VE", "Ventes", "7", "20250315", "411000", "Clients", BOIS, "FA-006", "Facture FA-006 échéance 2", 15000, 0)
    add("VE", "Ventes", "7", "20250315", "706000", "Prestations de services", None, "FA-006", "Facture FA-006", 0, 20833)
    add("VE", "Ventes", "7", "20250315", "445710", "TVA collectée", None, "FA-006", "Facture FA-006", 0, 4167)
    add("BQ", "Banque", "1", "20250301", "512000", "Banque", None, "VIR-0301", "Règlement FA-001", 120000, 0)
    add("BQ", "Banque", "1", "20250301", "411000", "Clients", DUPRE, "VIR-0301", "Règlement FA-001", 0, 120000, "AA", "20250301")
    add("BQ", "Banque", "2", "20250305", "512000", "Banque", None, "VIR-0305", "Virement Garage Martin", 25000, 0)
    add("BQ", "Banque", "2", "20250305", "411000", "Clients", MARTI, "VIR-0305", "Virement Garage Martin", 0, 25000, "AA", "20250305")
    add("BQ", "Banque", "3", "20250320", "512000", "Banque", None, "CHQ 123456", "Remise chèque Bois", 35000, 0)
    add("BQ", "Banque", "3", "20250320", "411000", "Clients", BOIS, "CHQ 123456", "Remise chèque Bois", 0, 35000, "AA", "20250320")
    add("BQ", "Banque", "4", "20250325", "512000", "Banque", None, "0000000", "Acompte 80 €", 8000, 0)
    add("BQ", "Banque", "4", "20250325", "411000", "Clients", DUPRE, "0000000", "Acompte 80 €", 0, 8000)
    add("OD", "Opérations diverses", "1", "20250331", "606300", "Fournitures", None, "F-778", "Papier", 5000, 0)
    add("OD", "Opérations diverses", "1", "20250331", "445660", "TVA déductible", None, "F-778", "Papier", 1000, 0)
    add("OD", "Opérations diverses", "1", "20250331", "401000", "Fournisseurs", ("F001", "Fournisseur Papier"), "F-778", "Papier", 0, 6000)
    return e


def money(cents, pad=0):
    s = "%d,%02d" % (abs(cents) // 100, abs(cents) % 100)
    if pad:
        s = s.rjust(pad, "0")
    return ("-" if cents < 0 else "") + s


def render(e, variant):
    """Returns the list of cell values of one line for a variant."""
    aux, auxlib = e["cust"] if e["cust"] else ("", "")
    acc, accl = e["acc"], e["accl"]
    if variant.get("no_subledger") and e["acc"] == "411000":
        acc, accl, aux, auxlib = "411" + aux[1:], auxlib, "", ""
    j = e["j"].lower() if variant.get("lower_journal") else e["j"]
    base = [j, e["jl"], e["n"], e["d"], acc, accl, aux, auxlib, e["piece"], e["pd"], e["label"]]
    tail = [e["let"], e["datelet"], e["d"], "", ""]
    pad = variant.get("amount_pad", 0)
    if variant.get("sens"):
        amount = e["debit"] or e["credit"]
        if variant["sens"] == "dc":
            sens = "D" if e["debit"] else "C"
        else:
            sens = "+1" if e["debit"] else "-1"
        cells = base + [money(amount, pad), sens] + tail
    else:
        debit, credit = e["debit"], e["credit"]
        # Signed amounts: the credit note's 411 line as a negative debit.
        if variant.get("signed") and e["piece"] == "AV-001" and e["acc"] == "411000":
            debit, credit = -credit, 0
        cells = base + [money(debit, pad), money(credit, pad)] + tail
    if variant.get("cols", 18) >= 21:
        bank = e["j"] == "BQ"
        cells += [e["d"] if bank else "", "VIR" if bank else "", ""]
    if variant.get("cols", 18) >= 22:
        cells += [aux]
    return cells


def header(variant):
    h = list(HEADER18)
    if variant.get("sens"):
        h[11:13] = ["Montant", "Sens"]
    if variant.get("cols", 18) >= 21:
        h += ["DateRglt", "ModeRglt", "NatOp"]
    if variant.get("cols", 18) >= 22:
        h += ["IdClient"]
    if variant.get("header_case"):
        h = [x.lower() for x in h]
        h[h.index("montantdevise")] = "MontantDevise"
        h[0] = "JOURNALCODE"
    return h


def write(name, variant, rows=None, raw_header=None):
    sep = variant.get("sep", "\t")
    widths = None
    lines = [raw_header if raw_header is not None else header(variant)] + (rows if rows is not None else [render(e, variant) for e in entries()])
    if variant.get("padded"):
        widths = [max(len(r[i]) if i < len(r) else 0 for r in lines) for i in range(len(lines[0]))]
    out = []
    for cells in lines:
        if widths:
            cells = [c.ljust(widths[i]) if i < len(widths) else c for i, c in enumerate(cells)]
        text = sep.join(cells) + (sep if variant.get("trailing") else "")
        out.append(text)
    eol = variant.get("eol", "\n")
    data = eol.join(out) + eol
    encoded = data.encode(variant.get("encoding", "utf-8"))
    if variant.get("bom"):
        encoded = b"\xef\xbb\xbf" + encoded
    with open(name, "wb") as f:
        f.write(encoded)


VARIANTS = {
    "tab_lf.txt": {},
    "pipe_trailing_padded.txt": dict(sep="|", trailing=True, padded=True, amount_pad=13, signed=True),
    "bom_crlf.txt": dict(bom=True, eol="\r\n"),
    "cp1252_cr.txt": dict(encoding="cp1252", eol="\r"),
    "crcrlf.txt": dict(eol="\r\r\n"),
    "montant_sens_dc.txt": dict(sens="dc"),
    "montant_sens_pm1.txt": dict(sens="pm1", sep="|"),
    "cols21.txt": dict(cols=21),
    "cols22_bom_crlf.txt": dict(cols=22, bom=True, eol="\r\n"),
    "lowercase_journal_header_case.txt": dict(lower_journal=True, header_case=True),
    "no_subledger.txt": dict(no_subledger=True),
}


def broken():
    """Faults, by physical line (the header is line 1):
       4  Debit « 12,3x » is not an amount (entry VE 1 is then not checked for balance)
       7  EcritureDate 20250231 does not exist
       8  17 cells instead of 18 (entry VE 2 is then not checked for balance)
       10 entry VE 3 unbalanced: debit 480,00, credit 470,00 (reported on its first line, column EcritureNum)
       13 PieceDate 2025-13-01 does not exist
       15 CompteNum empty"""
    rows = [render(e, {}) for e in entries()[:2]]  # lines 2-3: AN
    ve1 = [render(e, {}) for e in entries()[2:5]]  # lines 4-6
    ve1[0][11] = "12,3x"
    ve2 = [render(e, {}) for e in entries()[5:8]]  # lines 7-9
    ve2[0][3] = "20250231"
    ve2[1] = ve2[1][:17]
    ve3 = [render(e, {}) for e in entries()[8:11]]  # lines 10-12
    ve3[2][12] = "70,00"
    bq1 = [render(e, {}) for e in entries()[24:26]]  # lines 13-14
    bq1[0][9] = "2025-13-01"
    od1 = [render(e, {}) for e in entries()[32:35]]  # lines 15-17
    od1[0][4] = ""
    write("broken.txt", {}, rows + ve1 + ve2 + ve3 + bq1 + od1)

    # Montant/Sens with a bad direction (line 3) and a bad amount (line 5: « 1,2,3 »).
    rows = [render(e, dict(sens="dc")) for e in entries()[:5]]
    rows[1][12] = "X"
    rows[3][11] = "1,2,3"
    write("broken_sens.txt", dict(sens="dc"), rows)

    # A header without EcritureLet nor Credit.
    h = [c for c in HEADER18 if c not in ("EcritureLet", "Credit")]
    write("missing_columns.txt", {}, [], raw_header=h)


if __name__ == "__main__":
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    for name, variant in VARIANTS.items():
        write(name, variant)
    broken()
