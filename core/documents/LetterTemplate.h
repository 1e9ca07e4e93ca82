#pragma once
// LetterTemplate: the editable text of one kind of letter: a heading, a subject and a body with {placeholders}.
//
// Text form (files in resources/letters, and the "template.<key>" settings):
//     # comment lines (header only)
//     Titre : MISE EN DEMEURE
//     Objet : Mise en demeure de payer la somme de {total_general}
//     ---
//     Body. A blank line separates paragraphs; a single line break stays a line break.
//     {tableau_factures}          a block placeholder stands alone on its line
//     {pluriel:les factures suivantes restent|la facture suivante reste} chooses by the number of invoices
//     **bold text**

#include "Result.h"

#include <QString>

struct LetterTemplate
{
    QString title;
    QString subject;
    QString body;

    static Result<LetterTemplate> parse(const QString &text);
    QString toText() const;
};
