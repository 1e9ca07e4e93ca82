#include "LetterArchive.h"

#include "ActionCompleter.h"
#include "ActionRepository.h"
#include "Clock.h"
#include "EventJournal.h"
#include "FrenchText.h"
#include "LetterLevel.h"
#include "LetterRepository.h"
#include "PlannerSettings.h"
#include "Scenario.h"
#include "SettingsRepository.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
// The journal's time for something done on `day`: now when it is today, else midday that day.
QDateTime stamp(const QDate &day)
{
    const QDateTime now = Clock::instance().now();
    return now.date() == day ? now : QDateTime(day, QTime(12, 0));
}
} // namespace

Result<qint64> LetterArchive::storePrinted(const ComposedLetter &composed, const QByteArray &pdf)
{
    return insert(composed, pdf, true);
}

Result<qint64> LetterArchive::insert(const ComposedLetter &composed, const QByteArray &pdf, bool journalPrinted)
{
    if (pdf.isEmpty())
        return Result<qint64>::failure(QStringLiteral("courrier vide : rien à archiver"));
    Letter l;
    l.customerId = composed.customerId;
    l.level = composed.level;
    l.letterDate = composed.date;
    l.channel = composed.channel.isEmpty() ? QStringLiteral("letter") : composed.channel;
    l.lrarNumber = composed.lrarNumber;
    l.pdf = pdf;
    l.invoiceIds = composed.invoiceIds;
    Transaction tx(m_db);
    if (!tx.status())
        return Result<qint64>::failure(tx.status().error());
    if (auto s = LetterRepository(m_db).insert(l); !s)
        return Result<qint64>::failure(s.error());
    if (composed.actionId && journalPrinted) {
        // Which planned action it carries out, so that sending it later completes that action.
        Event e;
        e.occurredAt = Clock::instance().now();
        e.customerId = composed.customerId;
        e.kind = QStringLiteral("letter_printed");
        e.summary = QStringLiteral("Courrier n° %1 imprimé : %2").arg(l.id).arg(LetterLevel::french(composed.level));
        e.details = {{QStringLiteral("letter_id"), l.id}, {QStringLiteral("action_id"), composed.actionId},
                     {QStringLiteral("level"), composed.level}, {QStringLiteral("sha256"), l.sha256}};
        e.actor = QStringLiteral("moi");
        if (auto s = EventJournal(m_db).append(e); !s)
            return Result<qint64>::failure(s.error());
    }
    if (auto s = tx.commit(); !s)
        return Result<qint64>::failure(s.error());
    return l.id;
}

Status LetterArchive::markSent(qint64 letterId, const QDate &sentOn, const QString &lrarNumber)
{
    return markSent(letterId, sentOn, lrarNumber, 0);
}

Status LetterArchive::markSent(qint64 letterId, const QDate &sentOn, const QString &lrarNumber, qint64 actionId)
{
    LetterRepository letters(m_db);
    auto found = letters.findById(letterId);
    if (!found)
        return Status::failure(QStringLiteral("courrier %1 introuvable").arg(letterId));
    Letter l = *found;
    if (l.isSent())
        return Status::failure(QStringLiteral("courrier %1 : déjà envoyé le %2, il ne peut plus être modifié")
                                   .arg(letterId).arg(FrenchText::shortDate(l.sentOn)));
    if (!sentOn.isValid())
        return Status::failure(QStringLiteral("courrier %1 : date d'envoi manquante").arg(letterId));
    if (sentOn < l.letterDate)
        return Status::failure(QStringLiteral("courrier %1 : envoyé le %2, avant sa date (%3) ?")
                                   .arg(letterId).arg(FrenchText::shortDate(sentOn), FrenchText::shortDate(l.letterDate)));
    const QString lrar = lrarNumber.trimmed().isEmpty() ? l.lrarNumber : lrarNumber.trimmed();
    const QString channel = lrar.isEmpty() ? l.channel : QStringLiteral("registered_letter");
    const QDateTime when = stamp(sentOn);

    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    if (auto s = letters.markSent(letterId, sentOn, channel, lrar); !s)
        return s;
    Event e;
    e.occurredAt = when;
    e.customerId = l.customerId;
    e.kind = QStringLiteral("letter_sent");
    e.summary = QStringLiteral("Courrier envoyé : %1, par %2%3").arg(LetterLevel::french(l.level), Scenario::channelFrench(channel),
                                                                     lrar.isEmpty() ? QString() : QString(QStringLiteral(" n° ") + lrar));
    e.details = {{QStringLiteral("letter_id"), letterId},
                 {QStringLiteral("level"), l.level},
                 {QStringLiteral("step"), l.level},
                 {QStringLiteral("channel"), channel},
                 {QStringLiteral("lrar_number"), lrar},
                 {QStringLiteral("letter_date"), l.letterDate.toString(Qt::ISODate)},
                 {QStringLiteral("sent_on"), sentOn.toString(Qt::ISODate)},
                 {QStringLiteral("sha256"), l.sha256}};
    e.actor = QStringLiteral("moi");
    if (auto s = EventJournal(m_db).appendPerInvoice(e, l.invoiceIds); !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    l.sentOn = sentOn;
    l.channel = channel;
    l.lrarNumber = lrar;
    if (auto s = completeAction(l, actionId, when); !s)
        return Status::failure(QStringLiteral("courrier %1 archivé, mais l'action du calendrier n'a pas pu être close : %2")
                                   .arg(letterId).arg(s.error()));
    return {};
}

Status LetterArchive::completeAction(const Letter &l, qint64 actionId, const QDateTime &when)
{
    // The action it was composed for; else the one recorded when it was printed; else a planned action of the same
    // customer and step on these invoices.
    if (!actionId) {
        QSqlQuery q = m_db.query(QStringLiteral("SELECT details FROM events WHERE kind = 'letter_printed' AND customer_id = ?"
                                                " ORDER BY id DESC"));
        q.addBindValue(l.customerId);
        if (auto s = m_db.exec(q); !s)
            return s;
        while (q.next() && !actionId) {
            const QJsonObject d = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
            if (d.value(QStringLiteral("letter_id")).toInteger() == l.id)
                actionId = d.value(QStringLiteral("action_id")).toInteger();
        }
    }
    ActionRepository actions(m_db);
    if (!actionId) {
        for (const Action &a : actions.forCustomer(l.customerId)) {
            if (a.status != Action::Status::Planned || a.step != l.level || a.plannedDate > l.sentOn)
                continue;
            for (qint64 id : a.invoiceIds)
                if (l.invoiceIds.contains(id))
                    actionId = a.id;
        }
    }
    if (!actionId)
        return {};
    const auto a = actions.findById(actionId);
    if (!a || a->status != Action::Status::Planned)
        return {};
    ActionOutcome o;
    o.kind = QStringLiteral("other");
    o.comment = QStringLiteral("courrier n° %1 envoyé%2").arg(l.id).arg(l.lrarNumber.isEmpty() ? QString() : QString(QStringLiteral(", LRAR n° ") + l.lrarNumber));
    SettingsRepository settings(m_db);
    return ActionCompleter(m_db, PlannerSettings::load(settings)).complete(actionId, o, when);
}

Result<qint64> LetterArchive::archiveSent(const ComposedLetter &letter, const QByteArray &pdf, const QDate &sentOn)
{
    auto id = insert(letter, pdf, false);
    if (!id)
        return id;
    if (auto s = markSent(*id, sentOn, letter.lrarNumber, letter.actionId); !s)
        return Result<qint64>::failure(s.error());
    return id;
}

Status LetterArchive::setLrarNumber(qint64 letterId, const QString &lrarNumber)
{
    const QString number = lrarNumber.trimmed();
    if (number.isEmpty())
        return Status::failure(QStringLiteral("courrier %1 : numéro de recommandé vide").arg(letterId));
    const auto l = LetterRepository(m_db).findById(letterId);
    if (!l)
        return Status::failure(QStringLiteral("courrier %1 introuvable").arg(letterId));
    if (!l->isSent())
        return markSent(letterId, Clock::instance().today(), number);
    if (!l->lrarNumber.isEmpty())
        return Status::failure(QStringLiteral("courrier %1 : déjà envoyé sous le n° %2, il ne peut plus être modifié")
                                   .arg(letterId).arg(l->lrarNumber));
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    QSqlQuery q = m_db.query(QStringLiteral("UPDATE letters SET lrar_number = ?, channel = 'registered_letter'"
                                            " WHERE id = ? AND sent_on IS NOT NULL AND lrar_number = ''"));
    q.addBindValue(number);
    q.addBindValue(letterId);
    if (auto s = m_db.exec(q); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Status::failure(QStringLiteral("courrier %1 : il ne peut plus être modifié").arg(letterId));
    Event e;
    e.occurredAt = Clock::instance().now();
    e.customerId = l->customerId;
    e.kind = QStringLiteral("letter_lrar");
    e.summary = QStringLiteral("N° de recommandé saisi pour le courrier du %1 (%2) : %3")
                    .arg(FrenchText::shortDate(l->sentOn), LetterLevel::french(l->level), number);
    e.details = {{QStringLiteral("letter_id"), letterId}, {QStringLiteral("lrar_number"), number}};
    e.actor = QStringLiteral("moi");
    if (auto s = EventJournal(m_db).appendPerInvoice(e, l->invoiceIds); !s)
        return s;
    return tx.commit();
}

Status LetterArchive::recordReceipt(qint64 letterId, const QDate &receivedOn)
{
    LetterRepository letters(m_db);
    const auto l = letters.findById(letterId);
    if (!l)
        return Status::failure(QStringLiteral("courrier %1 introuvable").arg(letterId));
    if (!receivedOn.isValid() || (l->sentOn.isValid() && receivedOn < l->sentOn))
        return Status::failure(QStringLiteral("courrier %1 : un accusé de réception ne revient pas avant l'envoi (%2)")
                                   .arg(letterId).arg(FrenchText::shortDate(l->sentOn)));
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    if (auto s = letters.setReceipt(letterId, receivedOn); !s)
        return s;
    Event e;
    e.occurredAt = stamp(receivedOn);
    e.customerId = l->customerId;
    e.kind = QStringLiteral("letter_receipt");
    e.summary = QStringLiteral("Accusé de réception revenu : %1%2, reçu le %3")
                    .arg(LetterLevel::french(l->level),
                         l->lrarNumber.isEmpty() ? QString() : QString(QStringLiteral(" (LRAR n° ") + l->lrarNumber + u')'),
                         FrenchText::shortDate(receivedOn));
    e.details = {{QStringLiteral("letter_id"), letterId}, {QStringLiteral("receipt_on"), receivedOn.toString(Qt::ISODate)},
                 {QStringLiteral("lrar_number"), l->lrarNumber}};
    e.actor = QStringLiteral("moi");
    if (auto s = EventJournal(m_db).appendPerInvoice(e, l->invoiceIds); !s)
        return s;
    return tx.commit();
}

Result<Letter> LetterArchive::reopen(qint64 letterId)
{
    auto l = LetterRepository(m_db).findById(letterId);
    if (!l)
        return Result<Letter>::failure(QStringLiteral("courrier %1 introuvable").arg(letterId));
    if (LetterRepository::sha256Hex(l->pdf) != l->sha256)
        return Result<Letter>::failure(QStringLiteral("courrier %1 : le PDF archivé ne correspond plus à son empreinte SHA-256 %2")
                                           .arg(letterId).arg(l->sha256));
    return *l;
}
