#include "SettingsDialogScenarioModel.h"

#include "Money.h"
#include "SettingsDialogDelegate.h"

SettingsDialogScenarioModel::SettingsDialogScenarioModel(QObject *parent) : QAbstractTableModel(parent) {}

QString SettingsDialogScenarioModel::minAmountTextFor(qint64 cents)
{
    return cents > 0 ? Money(cents).toFrench(false) : QString();
}

void SettingsDialogScenarioModel::setScenarios(const QHash<PayerProfile, Scenario> &scenarios)
{
    beginResetModel();
    m_scenarios = scenarios;
    m_rows.clear();
    for (auto it = scenarios.cbegin(); it != scenarios.cend(); ++it) {
        QList<Row> rows;
        for (const ScenarioStep &step : it->steps)
            rows << Row{step, minAmountTextFor(step.minAmountCents)};
        m_rows.insert(it.key(), rows);
        m_scenarios[it.key()].steps.clear();
    }
    endResetModel();
}

void SettingsDialogScenarioModel::setProfile(PayerProfile profile)
{
    if (profile == m_profile)
        return;
    beginResetModel();
    m_profile = profile;
    if (!m_scenarios.contains(profile)) {
        Scenario scenario = Scenario::defaultFor(profile);
        QList<Row> rows;
        for (const ScenarioStep &step : scenario.steps)
            rows << Row{step, minAmountTextFor(step.minAmountCents)};
        scenario.steps.clear();
        m_scenarios.insert(profile, scenario);
        m_rows.insert(profile, rows);
    }
    endResetModel();
}

const QList<SettingsDialogScenarioModel::Row> &SettingsDialogScenarioModel::rows(PayerProfile profile) const
{
    static const QList<Row> none;
    const auto it = m_rows.constFind(profile);
    return it == m_rows.constEnd() ? none : *it;
}

const QList<SettingsDialogScenarioModel::Row> &SettingsDialogScenarioModel::current() const
{
    return rows(m_profile);
}

QHash<PayerProfile, Scenario> SettingsDialogScenarioModel::scenarios() const
{
    QHash<PayerProfile, Scenario> all = m_scenarios;
    for (auto it = all.begin(); it != all.end(); ++it) {
        it->steps.clear();
        for (const Row &row : rows(it.key())) {
            ScenarioStep step = row.step;
            step.minAmountCents = row.minAmountText.trimmed().isEmpty() ? 0 : Money::parseCents(row.minAmountText).value_or(0);
            it->steps << step;
        }
    }
    return all;
}

int SettingsDialogScenarioModel::addStep()
{
    QList<Row> &list = current();
    // The next step of the funnel after the last one, a week later; the last step repeats when the funnel is done.
    const QStringList &order = Scenario::stepOrder();
    int rank = -1;
    for (const Row &row : list)
        rank = std::max(rank, Scenario::rank(row.step.step));
    const QString step = order.value(std::min<qsizetype>(rank + 1, order.size() - 1));
    Row row;
    row.step.step = step;
    row.step.offsetDays = list.isEmpty() ? -10 : 7;
    row.step.fromPrevious = !list.isEmpty();
    row.step.channel = list.isEmpty() ? QStringLiteral("auto") : QStringLiteral("email");
    row.step.templateKey = step;
    const int at = int(list.size());
    beginInsertRows({}, at, at);
    list << row;
    endInsertRows();
    return at;
}

void SettingsDialogScenarioModel::removeStep(int row)
{
    QList<Row> &list = current();
    if (row < 0 || row >= list.size())
        return;
    beginRemoveRows({}, row, row);
    list.removeAt(row);
    endRemoveRows();
}

int SettingsDialogScenarioModel::moveStep(int row, int by)
{
    QList<Row> &list = current();
    const int to = row + by;
    if (row < 0 || row >= list.size() || to < 0 || to >= list.size() || by == 0)
        return row;
    // beginMoveRows() wants the destination as "insert before", one further when moving down.
    beginMoveRows({}, row, row, {}, by > 0 ? to + 1 : to);
    list.move(row, to);
    endMoveRows();
    return to;
}

void SettingsDialogScenarioModel::resetToDefault()
{
    beginResetModel();
    const qint64 id = m_scenarios.value(m_profile).id;
    Scenario scenario = Scenario::defaultFor(m_profile);
    scenario.id = id;
    QList<Row> rows;
    for (const ScenarioStep &step : scenario.steps)
        rows << Row{step, minAmountTextFor(step.minAmountCents)};
    scenario.steps.clear();
    m_scenarios.insert(m_profile, scenario);
    m_rows.insert(m_profile, rows);
    endResetModel();
}

QString SettingsDialogScenarioModel::stepText(const QString &step)
{
    if (step == u"preventive")
        return tr("Preventive reminder");
    if (step == u"level1")
        return tr("Reminder 1");
    if (step == u"level2")
        return tr("Reminder 2");
    if (step == u"level3")
        return tr("Reminder 3 (last)");
    if (step == u"formal_notice")
        return tr("Formal notice");
    if (step == u"litigation")
        return tr("Litigation");
    return step;
}

const QStringList &SettingsDialogScenarioModel::channels()
{
    // The channels the store accepts (scenario_steps.channel).
    static const QStringList list = {QStringLiteral("auto"), QStringLiteral("phone"), QStringLiteral("email"),
                                     QStringLiteral("letter"), QStringLiteral("registered_letter")};
    return list;
}

QString SettingsDialogScenarioModel::channelText(const QString &channel)
{
    if (channel == u"auto")
        return tr("Phone or e-mail, by account");
    if (channel == u"phone")
        return tr("Phone");
    if (channel == u"email")
        return tr("E-mail");
    if (channel == u"letter")
        return tr("Letter");
    if (channel == u"registered_letter")
        return tr("Registered letter");
    return channel;
}

int SettingsDialogScenarioModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(current().size());
}

int SettingsDialogScenarioModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SettingsDialogScenarioModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = current().at(index.row());
    const ScenarioStep &step = row.step;
    switch (static_cast<Column>(index.column())) {
    case Step:
        if (role == Qt::DisplayRole)
            return stepText(step.step);
        if (role == Qt::ToolTipRole && step.step == u"level3")
            return tr("Last reminder before formal notice");
        if (role == Qt::EditRole)
            return step.step;
        if (role == SettingsDialogDelegate::ChoiceKeysRole)
            return Scenario::stepOrder();
        if (role == SettingsDialogDelegate::ChoiceLabelsRole) {
            QStringList labels;
            for (const QString &key : Scenario::stepOrder())
                labels << stepText(key);
            return labels;
        }
        return {};
    case Offset:
        if (role == Qt::DisplayRole)
            return step.fromPrevious ? tr("+%n day(s)", nullptr, step.offsetDays)
                                     : step.offsetDays < 0 ? tr("%n day(s) before", nullptr, -step.offsetDays)
                                                           : tr("%n day(s) after", nullptr, step.offsetDays);
        if (role == Qt::EditRole)
            return step.offsetDays;
        if (role == SettingsDialogDelegate::MinimumRole)
            return step.fromPrevious ? 1 : MinOffsetDays;
        if (role == SettingsDialogDelegate::MaximumRole)
            return MaxOffsetDays;
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole)
            return step.fromPrevious ? tr("Days after the previous step was done")
                                     : tr("Days from the due date (negative: before it)");
        return {};
    case FromPrevious:
        if (role == Qt::CheckStateRole)
            return step.fromPrevious ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return tr("Counted from the previous step rather than from the due date");
        return {};
    case Channel:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return channelText(step.channel);
        if (role == Qt::EditRole)
            return step.channel;
        if (role == SettingsDialogDelegate::ChoiceKeysRole)
            return channels();
        if (role == SettingsDialogDelegate::ChoiceLabelsRole) {
            QStringList labels;
            for (const QString &key : channels())
                labels << channelText(key);
            return labels;
        }
        return {};
    case Template:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return step.templateKey;
        if (role == Qt::ToolTipRole)
            return tr("The message or letter template the step uses");
        return {};
    case MinAmount:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return row.minAmountText;
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole)
            return tr("The step only applies from this open amount (empty: always)");
        return {};
    case ColumnCount: break;
    }
    return {};
}

bool SettingsDialogScenarioModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return false;
    Row &row = current()[index.row()];
    ScenarioStep &step = row.step;
    QModelIndex last = index;
    switch (static_cast<Column>(index.column())) {
    case Step: {
        if (role != Qt::EditRole || !Scenario::stepOrder().contains(value.toString()))
            return false;
        // The template follows the step when it was the step's own.
        if (step.templateKey == step.step)
            step.templateKey = value.toString();
        step.step = value.toString();
        last = index.siblingAtColumn(Template);
        break;
    }
    case Offset:
        if (role != Qt::EditRole)
            return false;
        step.offsetDays = std::clamp(value.toInt(), step.fromPrevious ? 1 : MinOffsetDays, MaxOffsetDays);
        break;
    case FromPrevious:
        if (role != Qt::CheckStateRole)
            return false;
        step.fromPrevious = value.toInt() == Qt::Checked;
        if (step.fromPrevious && step.offsetDays < 1)
            step.offsetDays = 7;
        last = index.siblingAtColumn(FromPrevious);
        emit dataChanged(index.siblingAtColumn(Offset), index.siblingAtColumn(Offset));
        break;
    case Channel:
        if (role != Qt::EditRole || !channels().contains(value.toString()))
            return false;
        step.channel = value.toString();
        break;
    case Template:
        if (role != Qt::EditRole)
            return false;
        step.templateKey = value.toString().trimmed();
        break;
    case MinAmount:
        if (role != Qt::EditRole)
            return false;
        row.minAmountText = value.toString().trimmed();
        break;
    case ColumnCount: return false;
    }
    emit dataChanged(index, last);
    return true;
}

Qt::ItemFlags SettingsDialogScenarioModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    if (index.column() == FromPrevious)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant SettingsDialogScenarioModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Step: return tr("Step");
    case Offset: return tr("When");
    case FromPrevious: return tr("After previous");
    case Channel: return tr("Channel");
    case Template: return tr("Template");
    case MinAmount: return tr("Minimum amount");
    case ColumnCount: break;
    }
    return {};
}
