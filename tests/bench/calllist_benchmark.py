"""The competitor in tests/bench/calllist_benchmark.sh: writes the call list that `encaisse export-calls` writes
(same rows, same title, formats, widths, frozen header, autofilter, drop-downs and print setup) with openpyxl, in its
faster write-only mode. Prints the seconds spent writing (after Python and openpyxl are loaded and the rows read).

    /usr/bin/python3 calllist_benchmark.py ROWS.json OUT.xlsx
"""

import datetime
import json
import sys
import time

import openpyxl
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HEADERS = ["Jour", "Reporté du", "Client", "Code", "Contact", "Fonction", "Téléphone", "E-mail", "Profil payeur",
           "Étape", "Factures", "Montant dû", "Plus ancienne échéance", "Jours / échéance", "Dernière action",
           "Résultat obtenu", "Promesse en cours", "Questions à poser", "Résultat", "Date promise", "Moyen", "Notes"]
WIDTHS = [11, 11, 26, 9, 20, 18, 16, 26, 14, 18, 16, 14, 12, 10, 26, 22, 22, 60, 20, 12, 12, 32]
EURO = '#,##0.00\\ "€";\\-#,##0.00\\ "€"'
DATE = "dd/mm/yyyy"
DAYS = "+0;\\-0;0"


def day(iso):
    return datetime.datetime.strptime(iso, "%Y-%m-%d") if iso else None


def main():
    data = json.load(open(sys.argv[1], encoding="utf-8"))
    start = time.perf_counter()
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Semaine " + data["week"].split("-W")[1].lstrip("0"))
    ws.freeze_panes = "D4"  # write-only mode: before the first row
    for i, w in enumerate(WIDTHS):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = w
    top = Alignment(vertical="top")
    wrap = Alignment(vertical="top", wrap_text=True)
    thin = Side(style="thin")
    fill_in = PatternFill("solid", fgColor="FFF8E1")
    late = Font(bold=True, color="C00000")

    def c(value, fmt=None, align=top, font=None, fill=None, border=None):
        cell = WriteOnlyCell(ws, value)
        cell.alignment = align
        if fmt:
            cell.number_format = fmt
        if font:
            cell.font = font
        if fill:
            cell.fill = fill
        if border:
            cell.border = border
        return cell

    calls = data["calls"]
    title = c("Appels de la semaine %s — %s" % (data["week"], data["company"]), font=Font(bold=True, size=14, color="1F3864"))
    ws.append([title])
    ws.append([c("%d appels · liste établie le %s" % (len(calls), data["today"]), font=Font(italic=True, color="595959"))])
    ws.append([c(h, align=wrap, font=Font(bold=True), fill=PatternFill("solid", fgColor="DCE6F1"), border=Border(bottom=thin))
               for h in HEADERS])
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for r in calls:
        amount = int(r["total_due"].replace(".", "")) / 100
        ws.append([
            c(day(r["day"]), DATE, font=late if r["overdue"] else None), c(day(r["scheduled_date"]), DATE),
            c(r["customer_name"], align=wrap), c(r["customer"]), c(r["contact"], align=wrap), c(r["role"], align=wrap),
            c(r["phone"]), c(r["email"]), c(r["profile"]), c(r["step"], align=wrap), c(", ".join(r["invoices"]), align=wrap),
            c(amount, EURO), c(day(r["oldest_due_date"]), DATE), c(r["days_from_due"], DAYS),
            c(r["last_action"], align=wrap), c(r["last_outcome"], align=wrap), c(r["promise"], align=wrap),
            c("\n".join("• " + q for q in r["questions"]), align=wrap),
            c(None, align=wrap, fill=fill_in, border=box), c(None, DATE, align=wrap, fill=fill_in, border=box),
            c(None, align=wrap, fill=fill_in, border=box), c(None, align=wrap, fill=fill_in, border=box)])
    last = 3 + len(calls)
    ws.auto_filter.ref = "A3:V%d" % last
    outcomes = DataValidation(type="list", formula1='"promesse obtenue,messagerie,injoignable,facture non reçue,'
                              'en attente de validation,litige,paiement en cours,déjà payé,autre"', errorStyle="information")
    outcomes.add("S4:S%d" % last)
    means = DataValidation(type="list", formula1='"virement,chèque,LCR,billet à ordre,prélèvement,carte"', errorStyle="information")
    means.add("U4:U%d" % last)
    ws.data_validations.append(outcomes)
    ws.data_validations.append(means)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9
    ws.page_setup.fitToWidth = 2
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "3:3"
    ws.print_title_cols = "A:C"
    wb.save(sys.argv[2])
    print("%.3f" % (time.perf_counter() - start))


main()
