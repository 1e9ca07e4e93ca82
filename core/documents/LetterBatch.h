#pragma once
// LetterBatch: the letters due on a day (the calendar's letter and registered-letter actions, or every open
// account for statements), composed in one go and written to one PDF or one file per letter, with progress and
// cancel for long runs.

#include "Database.h"
#include "LetterContent.h"
#include "LetterRequest.h"
#include "Result.h"

#include <QList>
#include <functional>

class LetterBatch final
{
public:
    // Called with items done and the total; returning false cancels.
    using Progress = std::function<bool(int done, int total)>;

    explicit LetterBatch(Database &db) : m_db(db) {}

    // What the calendar asks for on `date` (ReminderPlanner::sync seen from the clock's today): planned actions
    // whose channel is a letter or a registered letter, narrowed to `level` (empty: any) and `customerId` (0: any).
    // With a customer and a level, that letter is wanted whatever the calendar says: the planned action is used
    // when there is one, otherwise the level's own choice of invoices. Statements without a customer go to every
    // customer with an open balance.
    Result<QList<LetterRequest>> requests(const QDate &date, const QString &level = {}, qint64 customerId = 0);

    // Composes every request; one that cannot be written (nothing to claim) fails the batch with its reason.
    Result<QList<ComposedLetter>> compose(const QList<LetterRequest> &requests, const Progress &progress = {});

    // One PDF holding every letter (`separate` false), or one file per letter in the folder `path`. Returns the
    // files written. Nothing is left behind when cancelled.
    static Result<QStringList> write(const QList<ComposedLetter> &letters, const QString &path, bool separate,
                                     const Progress &progress = {});

private:
    Database &m_db;
};
