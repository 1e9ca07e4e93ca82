#!/usr/bin/python3
"""Fills unfinished entries of a Qt .ts file from tab-separated files of French texts.

Usage: fill-translations.py TS_FILE TSV_FILE...

Each TSV line is `Context<TAB>source<TAB>translation`; `\\n` and `\\t` stand for a new line and a tab. For a
plural source (one with %n) the translation holds the singular and the plural separated by ` || `.
Entries are matched on context and source; the ones found are written and marked finished. Lines that match
nothing are listed on stderr (a source text changed since) and make the exit status 1.
"""
import sys
import xml.etree.ElementTree as ET


def unescape(text):
    return text.replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\")


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    ts_path = sys.argv[1]
    wanted = {}
    for tsv in sys.argv[2:]:
        with open(tsv, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                parts = line.split("\t")
                if len(parts) != 3:
                    print(f"{tsv}:{number}: expected 3 tab-separated fields, found {len(parts)}", file=sys.stderr)
                    return 2
                context, source, translation = (unescape(p) for p in parts)
                wanted[(context, source)] = (translation, f"{tsv}:{number}")

    tree = ET.parse(ts_path)
    used = set()
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            key = (name, source)
            if key not in wanted:
                continue
            used.add(key)
            text, _ = wanted[key]
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            if message.get("numerus") == "yes":
                forms = text.split(" || ")
                if len(forms) == 1:
                    forms = forms * 2
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = text
            translation.attrib.pop("type", None)
            filled += 1

    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    # ElementTree writes <?xml version='1.0' encoding='utf-8'?> and no DOCTYPE: put Qt's own header back.
    with open(ts_path, encoding="utf-8") as f:
        body = f.read()
    body = body.split("?>", 1)[1].lstrip("\n")
    with open(ts_path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")

    missing = [wanted[k][1] + f": no message {k[0]} / {k[1]!r}" for k in wanted if k not in used]
    for m in missing:
        print(m, file=sys.stderr)
    print(f"{filled} translation(s) filled in {ts_path}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
