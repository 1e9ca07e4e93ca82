#include "EInvoiceXml.h"

#include "Money.h"
#include "Validators.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringTokenizer>
#include <QXmlStreamReader>

#include <algorithm>

namespace EInvoiceXml {

namespace {

// Deeper than any real invoice; stops a hostile file from exhausting the stack when the tree is destroyed.
constexpr qsizetype kMaxDepth = 200;

bool isAsciiDigit(QChar c) { return c >= u'0' && c <= u'9'; }

bool allAsciiDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (!isAsciiDigit(c))
            return false;
    return true;
}

// QXmlStreamReader speaks English; the messages users actually meet, in French.
QString frenchReaderError(const QString &english)
{
    static const QHash<QString, QString> known = {
        {QStringLiteral("Premature end of document."), QStringLiteral("fin du fichier inattendue (fichier tronqué ?)")},
        {QStringLiteral("Opening and ending tag mismatch."),
         QStringLiteral("la balise fermante ne correspond pas à la balise ouvrante")},
        {QStringLiteral("Extra content at end of document."),
         QStringLiteral("contenu en trop après la fin du document")},
        {QStringLiteral("Invalid XML character."), QStringLiteral("caractère interdit en XML")},
        {QStringLiteral("Encountered incorrectly encoded content."),
         QStringLiteral("contenu mal encodé (le fichier n'est pas dans l'encodage qu'il déclare)")},
        {QStringLiteral("Start tag expected."), QStringLiteral("balise ouvrante attendue (ce n'est pas du XML)")},
        {QStringLiteral("Invalid document."), QStringLiteral("document invalide")},
    };
    const auto it = known.constFind(english);
    return it != known.constEnd() ? *it : QStringLiteral("« %1 »").arg(english);
}

} // namespace

const Node *Node::child(QStringView childName) const
{
    for (const Node &c : children)
        if (c.name == childName)
            return &c;
    return nullptr;
}

QList<const Node *> Node::findAll(QStringView relativePath) const
{
    QList<const Node *> current{this};
    for (QStringView step : QStringTokenizer(relativePath, u'/', Qt::SkipEmptyParts)) {
        QList<const Node *> next;
        for (const Node *n : std::as_const(current))
            for (const Node &c : n->children)
                if (c.name == step)
                    next.append(&c);
        current = std::move(next);
        if (current.isEmpty())
            break;
    }
    return current;
}

const Node *Node::find(QStringView relativePath) const
{
    const QList<const Node *> all = findAll(relativePath);
    return all.isEmpty() ? nullptr : all.first();
}

QString Node::textAt(QStringView relativePath) const
{
    const Node *n = find(relativePath);
    return n ? n->text : QString();
}

QString Node::attribute(QStringView attributeName) const
{
    for (const QXmlStreamAttribute &a : attributes)
        if (a.name() == attributeName && a.namespaceUri().isEmpty())
            return a.value().toString().trimmed();
    return {};
}

std::optional<QByteArray> readFile(const QString &path, ImportBatch &batch)
{
    batch.file = path;
    QFile f(path);
    if (!f.exists()) {
        batch.errors.append(issue(path, 0, QString(), QStringLiteral("fichier introuvable")));
        return std::nullopt;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        batch.errors.append(
            issue(path, 0, QString(), QStringLiteral("impossible de lire le fichier (%1)").arg(f.errorString())));
        return std::nullopt;
    }
    return f.readAll();
}

Document read(const QByteArray &xml, const ReadOptions &options)
{
    Document doc;
    if (xml.trimmed().isEmpty()) {
        doc.error = QStringLiteral("le fichier est vide");
        return doc;
    }
    QXmlStreamReader reader(xml);
    std::vector<Node *> stack;
    bool haveRoot = false;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QString uri = reader.namespaceUri().toString();
            const QString local = reader.name().toString();
            const auto prefix = options.prefixes.constFind(uri);
            QString canonical;
            QString display;
            if (uri.isEmpty()) {
                canonical = display = local;
            } else if (prefix != options.prefixes.constEnd()) {
                canonical = display = *prefix + u':' + local;
            } else {
                canonical = u'{' + uri + u'}' + local; // never matches a known name
                display = reader.qualifiedName().toString();
            }
            const QString matchName = options.aliases.value(canonical, canonical);
            Node *node = nullptr;
            if (stack.empty()) {
                doc.root.name = matchName;
                doc.root.path = display;
                node = &doc.root;
                haveRoot = true;
            } else {
                if (options.skipped.contains(matchName)) {
                    reader.skipCurrentElement();
                    continue;
                }
                if (qsizetype(stack.size()) >= kMaxDepth) {
                    reader.raiseError(QStringLiteral("éléments imbriqués sur plus de %1 niveaux").arg(kMaxDepth));
                    break;
                }
                Node *parent = stack.back();
                parent->children.emplace_back();
                node = &parent->children.back(); // stable: the parent gets no other child until this one closes
                node->name = matchName;
                node->path = stack.size() == 1 ? display : parent->path + u'/' + display;
            }
            node->attributes = reader.attributes();
            node->line = reader.lineNumber();
            stack.push_back(node);
        } else if (token == QXmlStreamReader::Characters) {
            if (!stack.empty() && !reader.isWhitespace())
                stack.back()->text += reader.text();
        } else if (token == QXmlStreamReader::EndElement) {
            if (!stack.empty()) {
                stack.back()->text = stack.back()->text.trimmed();
                stack.pop_back();
            }
        }
    }
    if (reader.hasError()) {
        doc.errorLine = reader.lineNumber();
        doc.errorColumn = reader.columnNumber();
        const QString detail = reader.error() == QXmlStreamReader::CustomError ? reader.errorString()
                                                                                : frenchReaderError(reader.errorString());
        doc.error = QStringLiteral("XML mal formé (colonne %1) : %2").arg(doc.errorColumn).arg(detail);
        doc.root = Node();
    } else if (!haveRoot) {
        doc.error = QStringLiteral("le fichier ne contient aucun élément XML");
    }
    return doc;
}

QString detectFormat(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView uri = reader.namespaceUri();
        const QStringView name = reader.name();
        if ((uri == Ns::CiiRsm && name == u"CrossIndustryInvoice")
            || (uri == Ns::Zf1Rsm && name == u"CrossIndustryDocument"))
            return QStringLiteral("cii");
        if ((uri == Ns::UblInvoice && name == u"Invoice") || (uri == Ns::UblCreditNote && name == u"CreditNote"))
            return QStringLiteral("ubl");
        return {};
    }
    return {};
}

std::optional<qint64> decimalToCents(QStringView text, QString *error, bool *rounded)
{
    auto fail = [&](const QString &why) -> std::optional<qint64> {
        if (error)
            *error = QStringLiteral("« %1 » n'est pas un montant %2").arg(text.toString(), why);
        return std::nullopt;
    };
    if (rounded)
        *rounded = false;
    QStringView t = text.trimmed();
    bool negative = false;
    if (t.startsWith(u'-') || t.startsWith(u'+')) {
        negative = t.startsWith(u'-');
        t = t.mid(1);
    }
    const qsizetype dot = t.indexOf(u'.');
    const QStringView intPart = dot < 0 ? t : t.left(dot);
    const QStringView fracPart = dot < 0 ? QStringView() : t.mid(dot + 1);
    if (t.isEmpty())
        return fail(QStringLiteral("(vide)"));
    if (t.contains(u','))
        return fail(QStringLiteral("XML valide : le séparateur décimal est le point (1234.56)"));
    if ((!intPart.isEmpty() && !allAsciiDigits(intPart)) || (!fracPart.isEmpty() && !allAsciiDigits(fracPart))
        || (intPart.isEmpty() && fracPart.isEmpty()))
        return fail(QStringLiteral("XML valide (forme attendue : 1234.56)"));
    qsizetype leadingZeros = 0;
    while (leadingZeros < intPart.size() && intPart.at(leadingZeros) == u'0')
        ++leadingZeros;
    if (intPart.size() - leadingZeros > 15)
        return fail(QStringLiteral("raisonnable (trop grand)"));
    qint64 cents = 0;
    for (QChar c : intPart)
        cents = cents * 10 + (c.unicode() - u'0');
    cents *= 100;
    for (qsizetype i = 0; i < 2; ++i)
        cents += (i < fracPart.size() ? fracPart.at(i).unicode() - u'0' : 0) * (i == 0 ? 10 : 1);
    if (fracPart.size() > 2) {
        // Half away from zero on the magnitude, like Money; report when digits were dropped.
        if (fracPart.at(2) >= u'5')
            ++cents;
        if (rounded) {
            for (qsizetype i = 2; i < fracPart.size(); ++i)
                if (fracPart.at(i) != u'0')
                    *rounded = true;
        }
    }
    return negative ? -cents : cents;
}

std::optional<QDate> parseCiiDate(QStringView text, QStringView format, QString *error)
{
    const QStringView t = text.trimmed();
    if (!format.isEmpty() && format != u"102") {
        if (error)
            *error = QStringLiteral("format de date « %1 » non pris en charge (102, AAAAMMJJ, attendu)")
                         .arg(format.toString());
        return std::nullopt;
    }
    if (t.size() == 8 && allAsciiDigits(t)) {
        const QDate d(t.left(4).toInt(), t.mid(4, 2).toInt(), t.mid(6, 2).toInt());
        if (d.isValid())
            return d;
    }
    if (error)
        *error = QStringLiteral("« %1 » n'est pas une date valide (format 102 : AAAAMMJJ)").arg(t.toString());
    return std::nullopt;
}

std::optional<QDate> parseIsoDate(QStringView text, QString *error)
{
    static const QRegularExpression re(QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})(?:Z|[+-]\d{2}:\d{2})?$)"));
    const QStringView t = text.trimmed();
    const QRegularExpressionMatch m = re.match(t);
    if (m.hasMatch()) {
        const QDate d(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
        if (d.isValid())
            return d;
    }
    if (error)
        *error = QStringLiteral("« %1 » n'est pas une date valide (AAAA-MM-JJ attendu)").arg(t.toString());
    return std::nullopt;
}

QString sirenFromIdentifier(QStringView identifier, QStringView scheme)
{
    const QString digits = Validators::normalizeDigits(identifier);
    const QString s = scheme.trimmed().toString().toUpper();
    if (s == u"0225") {
        // Directory address: the SIREN, optionally followed by "_" and a routing suffix.
        static const QRegularExpression re(QStringLiteral(R"(^(\d{9})(?:_.*)?$)"));
        const QRegularExpressionMatch m = re.match(identifier.trimmed().toString());
        return m.hasMatch() ? m.captured(1) : QString();
    }
    if (!allAsciiDigits(digits))
        return {};
    if (s == u"0002" || s == u"SIREN" || s == u"0009" || s == u"SIRET") {
        // Real files put SIRETs under 0002 (the FNFE samples do): the SIREN is their first 9 digits either way.
        if (digits.size() == 9 || digits.size() == 14)
            return digits.left(9);
        return {};
    }
    if (s.isEmpty()) {
        if (digits.size() == 9 && Validators::siren(digits).ok())
            return digits;
        if (digits.size() == 14 && Validators::siret(digits).ok())
            return digits.left(9);
    }
    return {};
}

QString normalizeVat(QStringView vat)
{
    QString out;
    out.reserve(vat.size());
    for (QChar c : vat) {
        if (c.isSpace() || c == u'.' || c == u'-' || c == QChar(0x00A0) || c == QChar(0x202F))
            continue;
        out.append(c.toUpper());
    }
    return out;
}

QString normalizeEmail(QStringView text)
{
    QString s = text.trimmed().toString();
    if (s.startsWith(QStringLiteral("mailto:"), Qt::CaseInsensitive))
        s = s.mid(7).trimmed();
    static const QRegularExpression re(QStringLiteral(R"(^[^\s@]+@[^\s@]+$)"));
    return re.match(s).hasMatch() ? s : QString();
}

PostalAddress makeAddress(const QStringList &lines, const QString &postcode, const QString &city,
                          const QString &country, const QString &attention)
{
    static const QRegularExpression postBox(
        QStringLiteral(R"(^(?:B\.?\s*P\.?|C\.?\s*S\.?|TSA|bo[iî]te postale|case postale|cedex)(?:[\s\d]|$))"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QStringList clean;
    for (const QString &l : lines)
        if (const QString s = l.simplified(); !s.isEmpty())
            clean.append(s);
    auto hasDigit = [](const QString &s) { return std::any_of(s.begin(), s.end(), [](QChar c) { return c.isDigit(); }); };
    qsizetype street = -1;
    for (qsizetype i = 0; i < clean.size() && street < 0; ++i)
        if (!postBox.match(clean.at(i)).hasMatch() && hasDigit(clean.at(i)))
            street = i;
    for (qsizetype i = 0; i < clean.size() && street < 0; ++i)
        if (!postBox.match(clean.at(i)).hasMatch())
            street = i;

    PostalAddress a;
    a.line2 = attention.simplified();
    QStringList before;
    QStringList after;
    for (qsizetype i = 0; i < clean.size(); ++i) {
        if (i == street)
            a.line4 = clean.at(i);
        else if (street >= 0 && i < street && !postBox.match(clean.at(i)).hasMatch())
            before.append(clean.at(i));
        else
            after.append(clean.at(i));
    }
    a.line3 = before.join(QStringLiteral(", "));
    a.line5 = after.join(QStringLiteral(", "));
    a.postcode = postcode.simplified();
    a.city = city.simplified();
    if (const QString c = country.trimmed().toUpper(); !c.isEmpty())
        a.country = c;
    return a;
}

bool isCreditNoteType(QStringView typeCode)
{
    static const QSet<QString> credit = {QStringLiteral("381"), QStringLiteral("396"), QStringLiteral("261"),
                                         QStringLiteral("262"), QStringLiteral("296"), QStringLiteral("308"),
                                         QStringLiteral("420"), QStringLiteral("458"), QStringLiteral("532"),
                                         QStringLiteral("81"),  QStringLiteral("83")};
    return credit.contains(typeCode.trimmed().toString());
}

bool isNonReceivableType(QStringView typeCode) { return typeCode.trimmed() == u"325"; }

void applyDocumentSign(ImportedItem &item, bool creditDocument, const QString &typeLabel, ImportBatch &batch)
{
    if (creditDocument) {
        item.amountCents = -item.amountCents;
        item.amountExclCents = -item.amountExclCents;
        item.openCents = -item.openCents;
        if (item.amountCents > 0)
            batch.warnings.append(issue(batch.file, 0, QString(),
                                        QStringLiteral("l'avoir %1 (%2) a des montants négatifs : créditer une somme "
                                                       "négative augmente ce que doit le client, il est donc importé "
                                                       "comme une facture de %3")
                                            .arg(item.number, typeLabel, centsToFrench(item.amountCents))));
    }
    const qint64 effect = item.amountCents != 0 ? item.amountCents : item.openCents;
    item.kind = effect < 0 ? Invoice::Kind::CreditNote : Invoice::Kind::Invoice;
}

std::optional<qint64> amountAt(const Node &node, ImportBatch &batch)
{
    QString error;
    bool rounded = false;
    const std::optional<qint64> cents = decimalToCents(node.text, &error, &rounded);
    if (!cents)
        batch.errors.append(issue(batch.file, node.line, node.path, error));
    else if (rounded)
        batch.warnings.append(issue(batch.file, node.line, node.path,
                                    QStringLiteral("« %1 » arrondi au centime : %2").arg(node.text, centsToFrench(*cents))));
    return cents;
}

QDate earliestDueDate(const QList<QDate> &dueDates, ImportBatch &batch)
{
    QDate earliest;
    QStringList distinct;
    for (const QDate &d : dueDates) {
        if (!earliest.isValid() || d < earliest)
            earliest = d;
        if (const QString s = d.toString(u"dd/MM/yyyy"); !distinct.contains(s))
            distinct.append(s);
    }
    if (distinct.size() > 1)
        batch.warnings.append(issue(batch.file, 0, QString(),
                                    QStringLiteral("plusieurs échéances (%1) : la plus proche, le %2, est retenue")
                                        .arg(distinct.join(QStringLiteral(", ")), earliest.toString(u"dd/MM/yyyy"))));
    return earliest;
}

void checkBuyerIdentifiers(const ImportedCustomer &buyer, ImportBatch &batch)
{
    bool sirenWarned = false;
    if (!buyer.siren.isEmpty()) {
        if (const Status s = Validators::siren(buyer.siren); !s.ok()) {
            batch.warnings.append(issue(batch.file, 0, QString(),
                                        QStringLiteral("SIREN de l'acheteur conservé tel quel malgré l'erreur : %1")
                                            .arg(s.error())));
            sirenWarned = true;
        }
    }
    // A French VAT number embeds the SIREN: the same fault is not reported twice.
    if (buyer.vatNumber.startsWith(u"FR") && !(sirenWarned && buyer.vatNumber.endsWith(buyer.siren)))
        if (const Status s = Validators::frenchVat(buyer.vatNumber); !s.ok())
            batch.warnings.append(issue(batch.file, 0, QString(),
                                        QStringLiteral("numéro de TVA de l'acheteur conservé tel quel malgré l'erreur : %1")
                                            .arg(s.error())));
}

ImportIssue issue(const QString &file, qint64 line, const QString &field, const QString &message)
{
    ImportIssue i;
    i.file = file;
    i.line = int(line);
    i.field = field;
    i.message = message;
    return i;
}

ImportIssue xmlError(const QString &file, const Document &document)
{
    return issue(file, document.errorLine, QString(), document.error);
}

} // namespace EInvoiceXml
