#pragma once
// TimelineModel: a customer's history from the event journal, newest first, one line per happening (the journal
// repeats an event once per invoice: those copies are folded into one line listing the invoices).

#include "Event.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

struct TimelineEntry
{
    QDateTime occurredAt;
    QString kind;
    QString summary;
    QStringList invoiceNumbers;
    QString actor;
};

class TimelineModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Kind, Summary, Invoices, Actor, ColumnCount };
    Q_ENUM(Column)

    explicit TimelineModel(QObject *parent = nullptr);

    // `events` newest first (EventJournal::forCustomer); `invoiceNumbers` names the invoices by id.
    void setEvents(const QList<Event> &events, const QHash<qint64, QString> &invoiceNumbers);
    const TimelineEntry &entry(int row) const { return m_entries.at(row); }
    void retranslate();

    // Folds the per-invoice copies of each event (same time, kind, summary and actor) into one entry.
    static QList<TimelineEntry> group(const QList<Event> &events, const QHash<qint64, QString> &invoiceNumbers);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TimelineEntry> m_entries;
};
