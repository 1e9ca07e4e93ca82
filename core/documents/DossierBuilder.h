#pragma once
// DossierBuilder: the dossier contentieux for one customer, ready for an injonction de payer: the parties, the claim
// with penalties to the day, the statement of account, every journal entry in date order (reminders, calls,
// promises, disputes, letters, payments), the promises and disputes, the list of archived letters with their
// SHA-256, then each archived letter itself, page for page (PdfPages).

#include "Database.h"
#include "LetterContent.h"
#include "Result.h"

class DossierBuilder final
{
public:
    explicit DossierBuilder(Database &db) : m_db(db) {}

    // Composes the dossier as of `date`; render it with LetterRenderer like a letter.
    Result<ComposedLetter> compose(qint64 customerId, const QDate &date);

    // French label of a journal event kind ("Relance", "Promesse non tenue"...).
    static QString eventKindFrench(const QString &kind);

private:
    Database &m_db;
};
