#pragma once
// ActionCompleter: records the outcome of an action, creates the promise or dispute it implies, journals it per
// invoice, and can undo the last completion.

#include "Database.h"
#include "PlannerSettings.h"
#include "Result.h"

#include <QDate>
#include <QList>
#include <QString>

struct ActionOutcome
{
    QString kind;             // one of CallGuide::outcomes()
    QDate promiseDate;        // promise: required
    QString means;            // promise: required (CallGuide::paymentMeans())
    QString disputeCategory;  // dispute: required (CallGuide::disputeCategories())
    QList<qint64> disputedInvoiceIds; // dispute: empty = every invoice of the action
    QString comment;
};

class ActionCompleter final
{
public:
    explicit ActionCompleter(Database &db, PlannerSettings settings = {}) : m_db(db), m_settings(settings) {}

    // Completes a planned action on `when`; refuses an unknown or already completed action and a bad outcome.
    Status complete(qint64 actionId, const ActionOutcome &outcome, const QDateTime &when);
    // Puts the most recently completed action back to planned and withdraws the promise/disputes it created.
    // Returns the id of the action undone.
    Result<qint64> undoLast(const QDateTime &when);

    // Checks an outcome before anything is written (for forms and the command line).
    static Status validate(const ActionOutcome &outcome, const QDate &today);

private:
    Database &m_db;
    PlannerSettings m_settings;
};
