#include "TemplateExpander.h"

#include <QRegularExpression>
#include <QSet>

namespace {

const QString ChoicePrefix = QStringLiteral("{pluriel:");

PlaceholderInfo p(const char16_t *name, const char16_t *description, bool block = false)
{
    return {QString::fromUtf16(name), QString::fromUtf16(description), block};
}

// Replaces every {pluriel:MANY|ONE} by the text that fits `count`; the texts may hold placeholders, not choices.
QString resolveChoices(const QString &text, int count, QStringList *problems)
{
    QString out;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype start = text.indexOf(ChoicePrefix, i);
        if (start < 0) {
            out += QStringView(text).mid(i);
            break;
        }
        out += QStringView(text).mid(i, start - i);
        qsizetype j = start + ChoicePrefix.size();
        int depth = 0;
        qsizetype bar = -1;
        for (; j < text.size(); ++j) {
            const QChar c = text.at(j);
            if (c == u'{') {
                ++depth;
            } else if (c == u'}') {
                if (depth == 0)
                    break;
                --depth;
            } else if (c == u'|' && depth == 0 && bar < 0) {
                bar = j;
            }
        }
        if (j >= text.size() || bar < 0) {
            if (problems)
                problems->append(QStringLiteral("« {pluriel:…|…} » incomplet : il faut deux textes séparés par | et une accolade fermante"));
            out += QStringView(text).mid(start);
            break;
        }
        const qsizetype from = start + ChoicePrefix.size();
        out += count > 1 ? QStringView(text).mid(from, bar - from) : QStringView(text).mid(bar + 1, j - bar - 1);
        i = j + 1;
    }
    return out;
}

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression re(QStringLiteral("\\{([a-z0-9_]+)\\}"));
    return re;
}

QString substitute(const QString &text, const TemplateValues &values, QStringList *problems)
{
    QString out;
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString name = m.captured(1);
        if (const auto v = values.text.constFind(name); v != values.text.constEnd()) {
            out += *v;
        } else if (TemplateExpander::isBlock(name) || values.blocks.contains(name)) {
            if (problems)
                problems->append(QStringLiteral("« {%1} » doit être seul sur sa ligne, séparé du texte par des lignes vides").arg(name));
        } else if (TemplateExpander::isKnown(name)) {
            // Known but without a value for this letter: left blank.
        } else {
            if (problems)
                problems->append(QStringLiteral("champ inconnu : « {%1} »").arg(name));
            out += m.captured(0);
        }
    }
    out += QStringView(text).mid(last);
    return out;
}

// "**bold**" in the template's own text; values are substituted afterwards, so a value can never turn bold.
QList<TextRun> runsOf(const QString &paragraph, const TemplateValues &values, QStringList *problems)
{
    QStringList parts = paragraph.split(QStringLiteral("**"));
    if (parts.size() % 2 == 0) { // an unmatched ** stays as typed
        const QString tail = parts.takeLast();
        parts.last() += QStringLiteral("**") + tail;
    }
    QList<TextRun> runs;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString text = substitute(parts.at(i), values, problems);
        if (!text.isEmpty())
            runs << TextRun{text, i % 2 == 1};
    }
    return runs;
}

QString escapeRuns(const QList<TextRun> &runs)
{
    QString html;
    for (const TextRun &r : runs) {
        QString t = r.text.toHtmlEscaped();
        t.replace(u'\n', QStringLiteral("<br>"));
        html += r.bold ? QStringLiteral("<b>") + t + QStringLiteral("</b>") : t;
    }
    return html;
}

} // namespace

namespace TemplateExpander {

const QList<PlaceholderInfo> &placeholders()
{
    static const QList<PlaceholderInfo> list = {
        p(u"raison_sociale", u"Nom de votre société"),
        p(u"forme_juridique", u"Forme juridique de votre société (SARL, SAS…)"),
        p(u"capital", u"Capital social de votre société"),
        p(u"siren", u"SIREN de votre société"),
        p(u"rcs", u"Ville d'immatriculation au RCS"),
        p(u"adresse_societe", u"Adresse de votre société, sur une ligne"),
        p(u"telephone", u"Téléphone de votre société"),
        p(u"email", u"E-mail de votre société"),
        p(u"iban", u"IBAN de votre société"),
        p(u"bic", u"BIC de votre société"),
        p(u"signataire", u"Nom du signataire"),
        p(u"fonction", u"Fonction du signataire"),
        p(u"clause_penalites", u"Clause de pénalités de vos conditions générales de vente"),
        p(u"ville", u"Ville d'où la lettre est écrite"),
        p(u"date_lettre", u"Date de la lettre (25 novembre 2026)"),
        p(u"client", u"Nom du client"),
        p(u"code_client", u"Code du client"),
        p(u"siren_client", u"SIREN du client"),
        p(u"adresse_client", u"Adresse du client, sur une ligne"),
        p(u"civilite", u"Civilité du contact principal (Mme, M.)"),
        p(u"nom_contact", u"Nom du contact principal"),
        p(u"civilite_appel", u"Formule d'appel : Madame, Monsieur, ou Madame, Monsieur"),
        p(u"numero", u"Numéro de la (première) facture"),
        p(u"date_facture", u"Date de la (première) facture"),
        p(u"date_echeance", u"Échéance de la (première) facture"),
        p(u"montant_ttc", u"Montant TTC de la (première) facture"),
        p(u"nombre_factures", u"Nombre de factures de la lettre"),
        p(u"liste_factures", u"Numéros des factures (FA-1, FA-2 et FA-3)"),
        p(u"total_du", u"Total restant dû sur les factures de la lettre"),
        p(u"total_penalites", u"Total des pénalités de retard à la date de la lettre"),
        p(u"total_indemnites", u"Total des indemnités forfaitaires (40 € par facture)"),
        p(u"total_general", u"Total réclamé : restant dû + pénalités + indemnités"),
        p(u"taux", u"Taux des pénalités de retard (12,15 %)"),
        p(u"base_taux", u"Origine du taux (taux BCE majoré de 10 points, ou taux contractuel)"),
        p(u"indemnite", u"Indemnité forfaitaire par facture (40,00 €)"),
        p(u"dates_relances", u"Dates des relances précédentes (12 octobre et 3 novembre 2026)"),
        p(u"date_relance_precedente", u"Date de la dernière relance"),
        p(u"mention_relances", u"« nos relances des 12 octobre et 3 novembre 2026 », « notre relance du … » ou « nos précédentes relances »"),
        p(u"delai", u"Délai de règlement (huit jours), réglable dans les paramètres"),
        p(u"reference", u"Référence à rappeler avec le règlement"),
        p(u"numero_lrar", u"Numéro de la lettre recommandée"),
        p(u"solde", u"Solde du compte (relevé)"),
        p(u"solde_echu", u"Part échue du solde (relevé)"),
        p(u"montant_chiffres", u"Montant reconnu, en chiffres"),
        p(u"montant_lettres", u"Montant reconnu, en lettres"),
        p(u"modalite_reglement", u"Date et mode de règlement promis, ou pointillés à compléter"),
        p(u"nom_signataire_client", u"Nom du signataire chez le client (pointillés à compléter)"),
        p(u"fonction_client", u"Fonction du signataire chez le client (pointillés à compléter)"),
        p(u"mention_copie", u"Phrase sur la copie de facture jointe (ou envoyée sur demande)"),
        p(u"tableau_factures", u"Tableau : N°, date, échéance, montant TTC, reste dû, jours de retard", true),
        p(u"tableau_factures_avec_penalites",
          u"Tableau de mise en demeure : … jours de retard, taux, pénalités, indemnité, avec les totaux", true),
        p(u"tableau_echeances", u"Tableau des factures à échoir : N°, date, montant TTC, échéance", true),
        p(u"releve_compte", u"Relevé de compte : toutes les pièces ouvertes", true),
        p(u"signature", u"Bloc de signature (nom et fonction du signataire)", true),
    };
    return list;
}

bool isKnown(const QString &name)
{
    static const QSet<QString> names = [] {
        QSet<QString> s;
        for (const PlaceholderInfo &i : placeholders())
            s.insert(i.name);
        return s;
    }();
    return names.contains(name);
}

bool isBlock(const QString &name)
{
    static const QSet<QString> names = [] {
        QSet<QString> s;
        for (const PlaceholderInfo &i : placeholders())
            if (i.block)
                s.insert(i.name);
        return s;
    }();
    return names.contains(name);
}

QString expandLine(const QString &text, const TemplateValues &values, QStringList *problems)
{
    return substitute(resolveChoices(text, values.count, problems), values, problems);
}

ExpandedTemplate expand(const LetterTemplate &tpl, const TemplateValues &values)
{
    ExpandedTemplate e;
    e.title = expandLine(tpl.title, values, &e.problems);
    e.subject = expandLine(tpl.subject, values, &e.problems);
    static const QRegularExpression blankLines(QStringLiteral("\\n[ \\t]*\\n\\s*"));
    static const QRegularExpression alone(QStringLiteral("^\\{([a-z0-9_]+)\\}$"));
    const QString body = resolveChoices(tpl.body, values.count, &e.problems);
    for (const QString &raw : body.split(blankLines, Qt::SkipEmptyParts)) {
        const QString paragraph = raw.trimmed();
        if (paragraph.isEmpty())
            continue;
        if (const auto m = alone.match(paragraph); m.hasMatch() && (isBlock(m.captured(1)) || values.blocks.contains(m.captured(1)))) {
            if (const auto b = values.blocks.constFind(m.captured(1)); b != values.blocks.constEnd())
                e.blocks << *b;
            continue; // a block without content for this letter is left out
        }
        LetterBlock block;
        block.kind = LetterBlock::Kind::Paragraph;
        block.runs = runsOf(paragraph, values, &e.problems);
        if (!block.runs.isEmpty())
            e.blocks << block;
    }
    e.problems.removeDuplicates();
    return e;
}

QStringList check(const QString &templateText)
{
    const auto tpl = LetterTemplate::parse(templateText);
    if (!tpl)
        return {tpl.error()};
    TemplateValues values;
    for (const PlaceholderInfo &i : placeholders()) {
        if (i.block)
            values.blocks.insert(i.name, LetterBlock{});
        else
            values.text.insert(i.name, QStringLiteral("x"));
    }
    QStringList problems;
    for (int count : {1, 2}) {
        values.count = count;
        problems << expand(*tpl, values).problems;
    }
    problems.removeDuplicates();
    return problems;
}

QString toHtml(const QList<LetterBlock> &blocks, const QList<LetterTable> &tables)
{
    QString html;
    for (const LetterBlock &b : blocks) {
        switch (b.kind) {
        case LetterBlock::Kind::Paragraph:
            html += QStringLiteral("<p>") + escapeRuns(b.runs) + QStringLiteral("</p>\n");
            break;
        case LetterBlock::Kind::Heading:
            html += QStringLiteral("<h3>") + escapeRuns(b.runs) + QStringLiteral("</h3>\n");
            break;
        case LetterBlock::Kind::Signature:
            html += QStringLiteral("<p style=\"margin-left: 50%\">") + escapeRuns(b.runs) + QStringLiteral("</p>\n");
            break;
        case LetterBlock::Kind::PageBreak:
            html += QStringLiteral("<hr>\n");
            break;
        case LetterBlock::Kind::Table: {
            if (b.table < 0 || b.table >= tables.size())
                break;
            const LetterTable &t = tables.at(b.table);
            html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr>");
            for (const auto &c : t.columns)
                html += QStringLiteral("<th>") + c.header.toHtmlEscaped() + QStringLiteral("</th>");
            html += QStringLiteral("</tr></thead>\n");
            auto cell = [&](qsizetype col, const QString &text, bool bold, int span = 1) -> QString {
                const bool right = col < t.columns.size() && t.columns.at(col).alignRight;
                QString s = QStringLiteral("<td");
                if (span > 1)
                    s += QStringLiteral(" colspan=\"%1\"").arg(span);
                if (right)
                    s += QStringLiteral(" align=\"right\"");
                s += u'>';
                s += bold ? QStringLiteral("<b>") + text.toHtmlEscaped() + QStringLiteral("</b>") : text.toHtmlEscaped();
                return s + QStringLiteral("</td>");
            };
            for (const QStringList &row : t.rows) {
                html += QStringLiteral("<tr>");
                for (qsizetype c = 0; c < row.size(); ++c)
                    html += cell(c, row.at(c), false);
                html += QStringLiteral("</tr>\n");
            }
            for (const LetterTable::Total &total : t.totals) {
                html += QStringLiteral("<tr>") + cell(0, total.label, true, total.span);
                for (qsizetype c = 0; c < total.values.size(); ++c)
                    html += cell(total.span + c, total.values.at(c), true);
                html += QStringLiteral("</tr>\n");
            }
            html += QStringLiteral("</table>\n");
            break;
        }
        }
    }
    return html;
}

} // namespace TemplateExpander
