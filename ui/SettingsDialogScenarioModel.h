#pragma once
// SettingsDialogScenarioModel: the editable steps of the scenarios, one profile at a time (the Paramètres dialog's
// scenario editor). Minimum amounts are kept as typed until the dialog validates them.

#include "Scenario.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class SettingsDialogScenarioModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Step, Offset, FromPrevious, Channel, Template, MinAmount, ColumnCount };
    Q_ENUM(Column)

    struct Row
    {
        ScenarioStep step;
        QString minAmountText; // as typed: "1 500,00"; empty means no minimum
    };

    static constexpr int MinOffsetDays = -60;
    static constexpr int MaxOffsetDays = 365;

    explicit SettingsDialogScenarioModel(QObject *parent = nullptr);

    void setScenarios(const QHash<PayerProfile, Scenario> &scenarios);
    void setProfile(PayerProfile profile);
    PayerProfile profile() const { return m_profile; }

    // The current profile's scenario name and whether it is active.
    QString name() const { return m_scenarios.value(m_profile).name; }
    void setName(const QString &name) { m_scenarios[m_profile].name = name; }
    bool isActive() const { return m_scenarios.value(m_profile).active; }
    void setActive(bool active) { m_scenarios[m_profile].active = active; }

    const QList<Row> &rows(PayerProfile profile) const;
    // The scenarios with the steps as edited; minimum amounts that do not parse are left at 0 (the dialog refuses
    // them before it gets here).
    QHash<PayerProfile, Scenario> scenarios() const;

    // Editing the current profile's steps.
    int addStep();                 // after the last one, the next step in escalation order; returns its row
    void removeStep(int row);
    int moveStep(int row, int by); // returns the new row
    void resetToDefault();         // Scenario::defaultFor(profile), keeping the stored id

    static QString stepText(const QString &step);
    static QString channelText(const QString &channel);
    static const QStringList &channels();
    static QString minAmountTextFor(qint64 cents);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> &current() { return m_rows[m_profile]; }
    const QList<Row> &current() const;

    QHash<PayerProfile, Scenario> m_scenarios; // id, name, active (steps live in m_rows)
    QHash<PayerProfile, QList<Row>> m_rows;
    PayerProfile m_profile = PayerProfile::Negligent;
};
