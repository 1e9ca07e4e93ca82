#include "CallGuide.h"

#include "Scenario.h"

namespace CallGuide {

QStringList questions(const QString &step)
{
    if (step == SpecialSteps::SummerCampaign)
        return {QStringLiteral("Les factures échues en août seront-elles réglées à l'échéance malgré les congés ?"),
                QStringLiteral("Par quel moyen : virement, chèque, LCR ?"),
                QStringLiteral("Votre entreprise ferme-t-elle en août ? Si oui, pouvons-nous convenir d'une LCR ou d'un billet à ordre payable à l'échéance ?"),
                QStringLiteral("Proposer un escompte pour paiement anticipé avant les congés."),
                QStringLiteral("Nos coordonnées bancaires (RIB) sont-elles les bonnes ?")};
    if (step == SpecialSteps::PromiseFollowUp)
        return {QStringLiteral("Le règlement promis n'est pas arrivé : a-t-il bien été émis ? À quelle date, par quel moyen ?"),
                QStringLiteral("Y a-t-il un problème qui bloque le paiement (litige, validation, trésorerie) ?"),
                QStringLiteral("Obtenir une nouvelle date ferme, confirmée par écrit."),
                QStringLiteral("Si la trésorerie manque : proposer un échéancier avec un premier versement immédiat.")};
    if (step == SpecialSteps::InstalmentCheck)
        return {QStringLiteral("L'échéance du plan de règlement a-t-elle été payée à la date convenue ?"),
                QStringLiteral("Sinon : rappeler que tout défaut rend la totalité exigible, obtenir une date ferme.")};
    if (step == u"preventive")
        return {QStringLiteral("Avez-vous bien reçu la marchandise (ou la prestation) et la facture ?"),
                QStringLiteral("La facture est-elle validée par vos services ?"),
                QStringLiteral("Sommes-nous d'accord sur la date d'échéance ?"),
                QStringLiteral("Pouvez-vous confirmer le paiement à l'échéance, et par quel moyen (virement, chèque, LCR, billet à ordre) ?"),
                QStringLiteral("Nos coordonnées bancaires (RIB) sont-elles les bonnes ?"),
                QStringLiteral("Qui valide, et qui paie, chez vous ?")};
    if (step == u"level1" || step == u"level2")
        return {QStringLiteral("La facture a-t-elle bien été reçue et validée ?"),
                QStringLiteral("Y a-t-il un désaccord (prix, quantité, qualité, livraison) ?"),
                QStringLiteral("À quelle date le règlement partira-t-il, et par quel moyen ?"),
                QStringLiteral("Nos coordonnées bancaires (RIB) sont-elles les bonnes ?")};
    return {QStringLiteral("Rappeler les relances déjà faites et les pénalités de retard (L441-10) et l'indemnité de 40 € par facture."),
            QStringLiteral("Obtenir une date ferme de règlement et le moyen, confirmés par écrit."),
            QStringLiteral("Si le client ne peut pas payer : échéancier avec un premier versement immédiat."),
            QStringLiteral("Annoncer la suite : mise en demeure puis injonction de payer.")};
}

const QStringList &outcomes()
{
    static const QStringList list = {QStringLiteral("promise"), QStringLiteral("voicemail"), QStringLiteral("unreachable"),
                                     QStringLiteral("invoice_not_received"), QStringLiteral("awaiting_approval"),
                                     QStringLiteral("dispute"), QStringLiteral("in_payment"), QStringLiteral("payment_sent"),
                                     QStringLiteral("other")};
    return list;
}

QString outcomeFrench(const QString &o)
{
    if (o == u"promise")
        return QStringLiteral("promesse obtenue");
    if (o == u"voicemail")
        return QStringLiteral("messagerie");
    if (o == u"unreachable")
        return QStringLiteral("injoignable");
    if (o == u"invoice_not_received")
        return QStringLiteral("facture non reçue");
    if (o == u"awaiting_approval")
        return QStringLiteral("en attente de validation");
    if (o == u"dispute")
        return QStringLiteral("litige");
    if (o == u"in_payment")
        return QStringLiteral("paiement en cours");
    if (o == u"payment_sent")
        return QStringLiteral("déjà payé");
    if (o == u"other")
        return QStringLiteral("autre");
    return o;
}

const QStringList &inconclusiveOutcomes()
{
    static const QStringList list = {QStringLiteral("voicemail"), QStringLiteral("unreachable")};
    return list;
}

bool isConclusive(const QString &outcome) { return !inconclusiveOutcomes().contains(outcome); }

const QStringList &disputeCategories()
{
    static const QStringList list = {QStringLiteral("price"), QStringLiteral("quantity"), QStringLiteral("quality"),
                                     QStringLiteral("not_delivered"), QStringLiteral("invoice_not_received"),
                                     QStringLiteral("duplicate"), QStringLiteral("other")};
    return list;
}

QString disputeCategoryFrench(const QString &c)
{
    if (c == u"price")
        return QStringLiteral("prix");
    if (c == u"quantity")
        return QStringLiteral("quantité");
    if (c == u"quality")
        return QStringLiteral("qualité");
    if (c == u"not_delivered")
        return QStringLiteral("non livré");
    if (c == u"invoice_not_received")
        return QStringLiteral("facture non reçue");
    if (c == u"duplicate")
        return QStringLiteral("doublon");
    if (c == u"other")
        return QStringLiteral("autre");
    return c;
}

const QStringList &paymentMeans()
{
    static const QStringList list = {QStringLiteral("transfer"), QStringLiteral("cheque"), QStringLiteral("lcr"),
                                     QStringLiteral("promissory_note"), QStringLiteral("direct_debit"), QStringLiteral("card")};
    return list;
}

QString paymentMeansFrench(const QString &m)
{
    if (m == u"transfer")
        return QStringLiteral("virement");
    if (m == u"cheque")
        return QStringLiteral("chèque");
    if (m == u"lcr")
        return QStringLiteral("LCR");
    if (m == u"promissory_note")
        return QStringLiteral("billet à ordre");
    if (m == u"direct_debit")
        return QStringLiteral("prélèvement");
    if (m == u"card")
        return QStringLiteral("carte");
    return m;
}

} // namespace CallGuide
