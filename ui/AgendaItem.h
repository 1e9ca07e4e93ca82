#pragma once
// AgendaItem: one stored action as the agenda shows it: the customer, whom to ask for, the invoices with their due
// dates, the profile and why, and which attempt this is. AgendaItems::load() builds them from the store.

#include "Action.h"
#include "Contact.h"
#include "PayerProfile.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

class Database;

struct AgendaInvoice
{
    qint64 id = 0;
    QString number;
    QDate dueDate;
    qint64 openCents = 0;
};

struct AgendaItem
{
    Action action;
    QString customerCode;
    QString customerName;
    std::optional<PayerProfile> profile; // effective: the override wins
    QString profileExplanation;
    QString overrideReason; // non-empty when the profile was set by hand
    Contact contact;        // the primary contact (or the first one)
    QList<AgendaInvoice> invoices;
    int attempt = 1;        // 2 for the second try after a voicemail...
    QString note;           // e.g. "Promesse du 20/11/2026 non tenue (virement)"
    bool detailed = true;   // false: only `action` is read yet (see TodayData::loadFirstRows)

    bool isDone() const { return action.status == Action::Status::Done; }
    // Late and ours to act on: planned, and carried forward from an earlier day.
    bool isLate() const { return action.status == Action::Status::Planned && action.isOverdue(); }
};

namespace AgendaItems {
// One item per action, in the same order; customers, invoices and promises are read once each.
QList<AgendaItem> load(Database &db, const QList<Action> &actions);
// Items carrying only their action (detailed = false), for lists whose details are read later.
QList<AgendaItem> bare(const QList<Action> &actions);
}
