#include "EmailTemplates.h"

#include "Money.h"
#include "SettingsRepository.h"

#include <QRegularExpression>

namespace {

const QString Signature = QStringLiteral("{signataire}{?fonction}, {fonction}{/fonction}\n{raison_sociale}");
const QString BankDetails = QStringLiteral("{?iban}Règlement par virement : IBAN {iban} – BIC {bic}.{/iban}");

QString settingsKey(const QString &step, const char *part)
{
    return QStringLiteral("email_template.") + step + u'.' + QLatin1StringView(part);
}

QString frDate(const QDate &d) { return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString(); }

QString applyConditions(QString s, const QSet<QString> &conditions)
{
    static const QRegularExpression re(QStringLiteral("\\{\\?(!?)(\\w+)\\}(.*?)\\{/\\2\\}"),
                                       QRegularExpression::DotMatchesEverythingOption);
    for (int guard = 0; guard < 200; ++guard) {
        const QRegularExpressionMatch m = re.match(s);
        if (!m.hasMatch())
            break;
        const bool negated = !m.capturedView(1).isEmpty();
        const bool holds = conditions.contains(m.captured(2)) != negated;
        s.replace(m.capturedStart(0), m.capturedLength(0), holds ? m.captured(3) : QString());
    }
    return s;
}

// Replaces {name} by its value; unknown names stay as typed. In HTML, the template's own text and the values are
// both escaped: nothing a customer record holds can become markup.
QString fill(const QString &text, const QHash<QString, QString> &values, bool html)
{
    static const QRegularExpression token(QStringLiteral("\\{([a-z_]+)\\}"));
    auto plain = [html](QStringView s) { return html ? s.toString().toHtmlEscaped() : s.toString(); };
    QString out;
    qsizetype pos = 0;
    for (auto it = token.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += plain(QStringView(text).mid(pos, m.capturedStart(0) - pos));
        const QString name = m.captured(1);
        out += values.contains(name) ? plain(values.value(name)) : plain(m.capturedView(0));
        pos = m.capturedEnd(0);
    }
    out += plain(QStringView(text).mid(pos));
    return out;
}

// Spaces left by empty placeholders: "Bonjour  ," → "Bonjour,".
QString tidy(QString s)
{
    static const QRegularExpression spaces(QStringLiteral("[ \\t]{2,}"));
    static const QRegularExpression beforeComma(QStringLiteral("[ \\t]+([,.])"));
    s.replace(spaces, QStringLiteral(" "));
    s.replace(beforeComma, QStringLiteral("\\1"));
    QStringList lines = s.split(u'\n');
    for (QString &l : lines)
        l = l.trimmed();
    return lines.join(u'\n');
}

bool isListLine(QStringView line)
{
    return line.startsWith(u"– ") || line.startsWith(u"- ") || line.startsWith(u"• ");
}

const QStringList &tableHeaders()
{
    static const QStringList h = {QStringLiteral("N°"), QStringLiteral("Date"), QStringLiteral("Échéance"),
                                  QStringLiteral("Montant TTC"), QStringLiteral("Reste dû")};
    return h;
}

QList<QStringList> tableRows(const EmailContext &c)
{
    QList<QStringList> rows;
    for (const EmailInvoiceLine &l : c.invoices)
        rows << QStringList{l.number, frDate(l.issueDate), frDate(l.dueDate), Money(l.amountCents).toFrench(),
                            Money(l.openCents).toFrench()};
    return rows;
}

QString textTable(const EmailContext &c)
{
    QList<QStringList> rows = tableRows(c);
    const QStringList total = {QStringLiteral("Total dû"), QString(), QString(), QString(), Money(c.totalOpenCents).toFrench()};
    QList<qsizetype> widths;
    for (const QString &h : tableHeaders())
        widths << h.size();
    for (const QStringList &r : std::as_const(rows) + QList<QStringList>{total})
        for (qsizetype i = 0; i < r.size(); ++i)
            widths[i] = std::max(widths[i], r.at(i).size());
    auto line = [&](const QStringList &cells) -> QString {
        QString s;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i)
                s += QStringLiteral("  ");
            s += i >= 3 ? cells.at(i).rightJustified(widths[i]) : cells.at(i).leftJustified(widths[i]);
        }
        return QStringLiteral("  ") + s;
    };
    QStringList out;
    out << line(tableHeaders());
    for (const QStringList &r : std::as_const(rows))
        out << line(r);
    if (c.invoices.size() > 1)
        out << line(total);
    // Trailing spaces of left-justified cells are of no use in a mail.
    for (QString &l : out)
        while (l.endsWith(u' '))
            l.chop(1);
    return out.join(u'\n');
}

QString htmlTable(const EmailContext &c)
{
    const QString cell = QStringLiteral("padding:4px 12px 4px 0;border-bottom:1px solid #ddd;");
    QString h = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"0\" style=\"border-collapse:collapse;margin:4px 0 12px 0\">\n<tr>");
    for (qsizetype i = 0; i < tableHeaders().size(); ++i)
        h += QStringLiteral("<th style=\"%1border-bottom:1px solid #888;text-align:%2\">%3</th>")
                 .arg(cell, i >= 3 ? QStringLiteral("right") : QStringLiteral("left"), tableHeaders().at(i).toHtmlEscaped());
    h += QStringLiteral("</tr>\n");
    for (const QStringList &r : tableRows(c)) {
        h += QStringLiteral("<tr>");
        for (qsizetype i = 0; i < r.size(); ++i)
            h += QStringLiteral("<td style=\"%1text-align:%2;white-space:nowrap\">%3</td>")
                     .arg(cell, i >= 3 ? QStringLiteral("right") : QStringLiteral("left"), r.at(i).toHtmlEscaped());
        h += QStringLiteral("</tr>\n");
    }
    if (c.invoices.size() > 1)
        h += QStringLiteral("<tr><td colspan=\"4\" style=\"%1font-weight:bold\">Total dû</td>"
                            "<td style=\"%1font-weight:bold;text-align:right;white-space:nowrap\">%2</td></tr>\n")
                 .arg(cell, Money(c.totalOpenCents).toFrench().toHtmlEscaped());
    h += QStringLiteral("</table>");
    return h;
}

} // namespace

const QStringList &EmailTemplates::steps()
{
    static const QStringList s = {QStringLiteral("preventive"), QStringLiteral("level1"), QStringLiteral("level2"),
                                  QStringLiteral("level3"), QStringLiteral("formal_notice"), QStringLiteral("promise_followup"),
                                  QStringLiteral("instalment_check"), QStringLiteral("summer_campaign")};
    return s;
}

EmailTemplate EmailTemplates::defaultFor(const QString &step)
{
    EmailTemplate t;
    t.step = step;
    if (step == u"preventive") {
        t.subject = QStringLiteral("{?une}Facture {numero} – échéance du {date_echeance}{/une}"
                                   "{?plusieurs}Factures {numeros} – échéances à venir{/plusieurs}");
        t.body = QStringLiteral(
            "Bonjour {civilite} {nom_contact},\n\n"
            "{?une}Merci pour votre confiance. La facture n° {numero} du {date_facture}, d'un montant de {montant_ttc} TTC, "
            "arrive à échéance le {date_echeance}.{/une}"
            "{?plusieurs}Merci pour votre confiance. Les factures suivantes arrivent à échéance :{/plusieurs}\n\n"
            "{?plusieurs}{tableau_factures}{/plusieurs}\n\n"
            "Pour que {?une}son{/une}{?plusieurs}leur{/plusieurs} règlement se passe sans difficulté, pourriez-vous nous confirmer :\n"
            "– que vous avez bien reçu {?une}la facture{/une}{?plusieurs}les factures{/plusieurs} et la marchandise (ou la prestation) ;\n"
            "– que {?une}la facture a été validée{/une}{?plusieurs}les factures ont été validées{/plusieurs} par vos services ;\n"
            "– la date et le mode de règlement prévus (virement, chèque, LCR…) ?\n\n"
            "{?iban}Nos coordonnées bancaires : IBAN {iban} – BIC {bic}.\n{/iban}"
            "Si un point bloque le règlement, dites-le-nous dès maintenant : nous le réglerons avant l'échéance.\n\n"
            "Bien cordialement,\n")
                 + Signature;
    } else if (step == u"level2") {
        t.subject = QStringLiteral("Deuxième relance – {?une}facture impayée{/une}{?plusieurs}factures impayées{/plusieurs}");
        t.body = QStringLiteral(
            "Madame, Monsieur,\n\n"
            "{?relance}Malgré notre relance du {date_relance_precedente}, {/relance}{?!relance}Malgré nos précédents rappels, {/relance}"
            "{?une}la facture suivante reste impayée :{/une}{?plusieurs}les factures suivantes restent impayées :{/plusieurs}\n\n"
            "{tableau_factures}\n\n"
            "soit un total de {total_du} TTC.\n\n"
            "Nous vous demandons de bien vouloir régler cette somme sous huit jours. "
            "{?releve}Vous trouverez ci-joint un relevé de votre compte. {/releve}"
            "Si un désaccord explique ce retard, merci de nous en faire part sans attendre.\n\n")
                 + BankDetails
                 + QStringLiteral("\n\nVeuillez agréer, Madame, Monsieur, nos salutations distinguées.\n\n") + Signature;
    } else if (step == u"level3") {
        t.subject = QStringLiteral("Dernière relance avant mise en demeure");
        t.body = QStringLiteral(
            "Madame, Monsieur,\n\n"
            "{?relance}Nous vous avons relancé {dates_relances} au sujet {?une}de la facture suivante, qui reste impayée :{/une}"
            "{?plusieurs}des factures suivantes, qui restent impayées :{/plusieurs}{/relance}"
            "{?!relance}Malgré nos relances, {?une}la facture suivante reste impayée :{/une}"
            "{?plusieurs}les factures suivantes restent impayées :{/plusieurs}{/relance}\n\n"
            "{tableau_factures}\n\n"
            "Nous vous rappelons que tout retard de paiement entraîne de plein droit des pénalités de retard au taux de "
            "{taux} % (article L441-10 du Code de commerce) et une indemnité forfaitaire pour frais de recouvrement de "
            "40 € par facture (article D441-5 du même code).\n\n"
            "Sans règlement de {total_du} sous huit jours, nous vous adresserons une mise en demeure.\n\n")
                 + BankDetails
                 + QStringLiteral("\n\nVeuillez agréer, Madame, Monsieur, nos salutations distinguées.\n\n") + Signature;
    } else if (step == u"formal_notice") {
        t.subject = QStringLiteral("Mise en demeure de payer");
        t.body = QStringLiteral(
            "Madame, Monsieur,\n\n"
            "Malgré nos relances{?relance} {dates_relances}{/relance}, restées sans effet, votre société reste redevable "
            "envers la nôtre des sommes suivantes :\n\n"
            "{tableau_factures}\n\n"
            "soit {total_du} TTC, majorés des pénalités de retard au taux de {taux} % (article L441-10 du Code de commerce) "
            "et de l'indemnité forfaitaire pour frais de recouvrement de 40 € par facture (article D441-5 du Code de commerce).\n\n"
            "Nous vous mettons en demeure de nous régler ces sommes dans un délai de huit jours. La présente vaut mise en "
            "demeure au sens de l'article 1344 du Code civil et fait courir les intérêts moratoires (article 1344-1 du "
            "Code civil) ; elle vous est également adressée par lettre recommandée avec accusé de réception.\n\n"
            "À défaut de règlement dans ce délai, nous saisirons la juridiction compétente, notamment par voie "
            "d'injonction de payer, sans autre avis.\n\n")
                 + BankDetails
                 + QStringLiteral("\n\nNous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\n")
                 + Signature;
    } else if (step == u"promise_followup") {
        t.subject = QStringLiteral("{?promesse}Votre règlement annoncé pour le {date_promise}{/promesse}"
                                   "{?!promesse}Votre règlement annoncé{/promesse}");
        t.body = QStringLiteral(
            "Bonjour {civilite} {nom_contact},\n\n"
            "Vous nous aviez annoncé un règlement{?moyen} par {moyen}{/moyen}{?promesse} pour le {date_promise}{/promesse}"
            "{?une} de la facture n° {numero} ({reste_du}){/une}{?plusieurs} des factures ci-dessous{/plusieurs}. "
            "Sauf erreur de notre part, nous ne l'avons pas encore reçu.\n\n"
            "{?plusieurs}{tableau_factures}{/plusieurs}\n\n"
            "Pourriez-vous nous indiquer où en est ce règlement, et à quelle date nous pouvons l'attendre ? Si un point "
            "le bloque, dites-le-nous : nous chercherons une solution ensemble.\n\n")
                 + BankDetails + QStringLiteral("\n\nBien cordialement,\n") + Signature;
    } else if (step == u"instalment_check") {
        t.subject = QStringLiteral("Votre plan de règlement");
        t.body = QStringLiteral(
            "Bonjour {civilite} {nom_contact},\n\n"
            "Conformément au plan de règlement convenu, une échéance arrive à son terme. Nous vous remercions de veiller à "
            "son paiement à la date prévue : à défaut de paiement d'une seule échéance à sa date, la totalité des sommes "
            "restant dues deviendrait immédiatement exigible.\n\n"
            "Reste dû à ce jour : {total_du}.\n\n")
                 + BankDetails + QStringLiteral("\n\nBien cordialement,\n") + Signature;
    } else if (step == u"summer_campaign") {
        t.subject = QStringLiteral("Vos factures à échéance en août");
        t.body = QStringLiteral(
            "Bonjour {civilite} {nom_contact},\n\n"
            "{?une}La facture n° {numero} ({montant_ttc} TTC) arrive à échéance le {date_echeance}, en pleine période de congés.{/une}"
            "{?plusieurs}Les factures suivantes arrivent à échéance en août, en pleine période de congés :{/plusieurs}\n\n"
            "{?plusieurs}{tableau_factures}{/plusieurs}\n\n"
            "Pour éviter tout retard, pourriez-vous nous confirmer :\n"
            "– que le règlement partira bien à l'échéance, et par quel moyen ;\n"
            "– si votre entreprise ferme en août, qu'une LCR ou un billet à ordre payable à l'échéance peut être mis en place ?\n\n")
                 + BankDetails + QStringLiteral("\n\nBien cordialement,\n") + Signature;
    } else { // level1 and any other step sent by e-mail
        t.subject = QStringLiteral("{?une}Facture n° {numero} – échéance dépassée{/une}"
                                   "{?plusieurs}Factures {numeros} – échéances dépassées{/plusieurs}");
        t.body = QStringLiteral(
            "Madame, Monsieur,\n\n"
            "{?une}Sauf erreur ou omission de notre part, la facture n° {numero} du {date_facture}, d'un montant de "
            "{montant_ttc} TTC, échue le {date_echeance}, reste impayée à ce jour.{/une}"
            "{?plusieurs}Sauf erreur ou omission de notre part, les factures ci-dessous restent impayées à ce jour.{/plusieurs}"
            " Il s'agit sans doute d'un simple oubli.\n\n"
            "{?plusieurs}{tableau_factures}{/plusieurs}\n\n"
            "Nous vous remercions de bien vouloir procéder à {?une}son{/une}{?plusieurs}leur{/plusieurs} règlement dans "
            "les meilleurs délais.{?pdf} Vous en trouverez {?une}une copie ci-jointe{/une}{?plusieurs}les copies ci-jointes{/plusieurs}.{/pdf}\n\n")
                 + BankDetails
                 + QStringLiteral("\n\nSi votre règlement nous est parvenu entre-temps, nous vous prions de ne pas tenir compte "
                                  "de ce message.\n\nAvec nos remerciements, veuillez agréer, Madame, Monsieur, nos "
                                  "salutations distinguées.\n\n")
                 + Signature;
    }
    return t;
}

EmailTemplate EmailTemplates::load(SettingsRepository &settings, const QString &step)
{
    EmailTemplate t = defaultFor(step);
    const QString subject = settings.value(settingsKey(step, "subject"));
    const QString body = settings.value(settingsKey(step, "body"));
    if (!subject.trimmed().isEmpty())
        t.subject = subject;
    if (!body.trimmed().isEmpty())
        t.body = body;
    return t;
}

Status EmailTemplates::save(SettingsRepository &settings, const EmailTemplate &t)
{
    if (t.step.isEmpty())
        return Status::failure(QStringLiteral("modèle d'e-mail sans étape"));
    // Never NULL in the settings table: an empty text means "the default".
    if (auto s = settings.setValue(settingsKey(t.step, "subject"), t.subject.isNull() ? QStringLiteral("") : t.subject); !s)
        return s;
    return settings.setValue(settingsKey(t.step, "body"), t.body.isNull() ? QStringLiteral("") : t.body);
}

Status EmailTemplates::resetToDefault(SettingsRepository &settings, const QString &step)
{
    // An empty value means "the default".
    if (auto s = settings.setValue(settingsKey(step, "subject"), QStringLiteral("")); !s)
        return s;
    return settings.setValue(settingsKey(step, "body"), QStringLiteral(""));
}

const QList<std::pair<QString, QString>> &EmailTemplates::placeholders()
{
    static const QList<std::pair<QString, QString>> list = {
        {QStringLiteral("client"), QStringLiteral("raison sociale du client")},
        {QStringLiteral("code_client"), QStringLiteral("code du client")},
        {QStringLiteral("civilite"), QStringLiteral("« Madame » ou « Monsieur » pour le contact, si connue")},
        {QStringLiteral("nom_contact"), QStringLiteral("nom du contact")},
        {QStringLiteral("numero"), QStringLiteral("numéro de la facture (la plus ancienne s'il y en a plusieurs)")},
        {QStringLiteral("numeros"), QStringLiteral("tous les numéros : « FA-1, FA-2 et FA-3 »")},
        {QStringLiteral("date_facture"), QStringLiteral("date de cette facture")},
        {QStringLiteral("montant_ttc"), QStringLiteral("son montant TTC")},
        {QStringLiteral("reste_du"), QStringLiteral("ce qu'il en reste dû")},
        {QStringLiteral("date_echeance"), QStringLiteral("la plus proche échéance")},
        {QStringLiteral("jours_retard"), QStringLiteral("jours de retard de la plus ancienne")},
        {QStringLiteral("tableau_factures"), QStringLiteral("tableau : numéro, date, échéance, montant TTC, reste dû")},
        {QStringLiteral("nombre_factures"), QStringLiteral("nombre de factures")},
        {QStringLiteral("total_du"), QStringLiteral("total restant dû")},
        {QStringLiteral("date_relance_precedente"), QStringLiteral("date de la dernière relance faite")},
        {QStringLiteral("dates_relances"), QStringLiteral("« le 12/11/2026 » ou « les 12/11/2026 et 19/11/2026 »")},
        {QStringLiteral("taux"), QStringLiteral("taux des pénalités de retard (« 12,15 »)")},
        {QStringLiteral("date_promise"), QStringLiteral("date de la dernière promesse non tenue")},
        {QStringLiteral("moyen"), QStringLiteral("moyen de paiement promis")},
        {QStringLiteral("iban"), QStringLiteral("IBAN de l'entreprise")},
        {QStringLiteral("bic"), QStringLiteral("BIC de l'entreprise")},
        {QStringLiteral("raison_sociale"), QStringLiteral("nom de l'entreprise")},
        {QStringLiteral("signataire"), QStringLiteral("nom du signataire")},
        {QStringLiteral("fonction"), QStringLiteral("fonction du signataire")},
        {QStringLiteral("telephone"), QStringLiteral("téléphone de l'entreprise")},
        {QStringLiteral("date"), QStringLiteral("date du jour")},
    };
    return list;
}

RenderedEmail EmailTemplates::render(const EmailTemplate &t, const EmailContext &c)
{
    RenderedEmail r;
    QString subject = tidy(fill(applyConditions(t.subject, c.conditions), c.values, false));
    subject.replace(u'\n', u' ');
    r.subject = subject.trimmed();

    QString body = applyConditions(t.body, c.conditions);
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    static const QRegularExpression blank(QStringLiteral("\\n[ \\t]*\\n"));
    const QStringList blocks = body.split(blank);

    QStringList text;
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n<title>%1</title>\n</head>\n"
                                  "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.45;color:#222\">\n")
                       .arg(r.subject.toHtmlEscaped());
    for (const QString &rawBlock : blocks) {
        const QString block = rawBlock.trimmed();
        if (block.isEmpty())
            continue;
        if (block == u"{tableau_factures}") {
            text << textTable(c);
            html += htmlTable(c) + u'\n';
            continue;
        }
        QStringList textLines;
        QString paragraph; // HTML of the lines before a list
        QString list;
        auto flushParagraph = [&] {
            if (!paragraph.isEmpty())
                html += QStringLiteral("<p style=\"margin:0 0 12px 0\">") + paragraph + QStringLiteral("</p>\n");
            paragraph.clear();
        };
        auto flushList = [&] {
            if (!list.isEmpty())
                html += QStringLiteral("<ul style=\"margin:0 0 12px 0\">\n") + list + QStringLiteral("</ul>\n");
            list.clear();
        };
        for (const QString &rawLine : block.split(u'\n')) {
            const QString line = rawLine.trimmed();
            if (line.isEmpty())
                continue;
            const QString lineText = tidy(fill(line, c.values, false));
            if (lineText.isEmpty())
                continue;
            textLines << lineText;
            if (isListLine(line)) {
                flushParagraph();
                list += QStringLiteral("<li>") + tidy(fill(line.mid(2), c.values, true)) + QStringLiteral("</li>\n");
            } else {
                flushList();
                if (!paragraph.isEmpty())
                    paragraph += QStringLiteral("<br>\n");
                paragraph += tidy(fill(line, c.values, true));
            }
        }
        flushParagraph();
        flushList();
        if (!textLines.isEmpty())
            text << textLines.join(u'\n');
    }
    html += QStringLiteral("</body>\n</html>\n");
    r.text = text.join(QStringLiteral("\n\n")) + u'\n';
    r.html = html;
    return r;
}
