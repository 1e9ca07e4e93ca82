#include "CalendarView.h"

#include "ActionCardDelegate.h"
#include "ActionListModel.h"
#include "ActionRepository.h"
#include "CalendarMonthModel.h"
#include "CallListExport.h"
#include "Clock.h"
#include "CollectionText.h"
#include "Database.h"
#include "DisplayFormat.h"
#include "FrenchCalendar.h"
#include "PlannerSettings.h"
#include "ReminderPlanner.h"
#include "SettingsRepository.h"

#include <QButtonGroup>
#include <QCalendarWidget>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextCharFormat>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

const QString Dot = QStringLiteral(" · ");

// Paints a day of the month view: its number, a holiday's name, and the customers to contact.
class MonthDayDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        const bool inMonth = index.data(CalendarMonthModel::InMonthRole).toBool();
        const bool today = index.data(CalendarMonthModel::TodayRole).toBool();
        const QString holiday = index.data(CalendarMonthModel::HolidayRole).toString();
        const QDate day = index.data(CalendarMonthModel::DateRole).toDate();
        const bool weekend = day.dayOfWeek() > 5;
        const bool selected = option.state & QStyle::State_Selected;

        QColor fill = option.palette.color(QPalette::Base);
        if (!inMonth || weekend || !holiday.isEmpty())
            fill = QColor(0xF4, 0xF5, 0xF7);
        if (selected)
            fill = QColor(0xE8, 0xF0, 0xFB);
        painter->fillRect(option.rect, fill);
        painter->setPen(QColor(0xDD, 0xE0, 0xE5));
        painter->drawRect(QRectF(option.rect).adjusted(0, 0, -0.5, -0.5));

        const QRect content = option.rect.adjusted(6, 4, -6, -4);
        const QFontMetrics fm = option.fontMetrics;
        QFont bold = option.font;
        bold.setBold(true);
        const QString number = index.data(Qt::DisplayRole).toString();
        QRect numberRect(content.left(), content.top(), fm.horizontalAdvance(QStringLiteral("00")) + 10, fm.height() + 4);
        if (today) {
            QPainterPath circle;
            circle.addRoundedRect(QRectF(numberRect), numberRect.height() / 2.0, numberRect.height() / 2.0);
            painter->fillPath(circle, option.palette.color(QPalette::Highlight));
            painter->setPen(option.palette.color(QPalette::HighlightedText));
        } else {
            painter->setPen(inMonth ? option.palette.color(QPalette::Text) : CollectionText::mutedColor());
        }
        painter->setFont(bold);
        painter->drawText(numberRect, Qt::AlignCenter, number);

        QFont small = option.font;
        small.setPointSizeF(small.pointSizeF() - 0.5);
        const QFontMetrics smallMetrics(small);
        painter->setFont(small);
        const int count = index.data(CalendarMonthModel::CountRole).toInt();
        painter->setPen(CollectionText::mutedColor());
        if (!holiday.isEmpty())
            painter->drawText(QRect(numberRect.right() + 6, content.top(), content.right() - numberRect.right() - 6,
                                    numberRect.height()),
                              Qt::AlignRight | Qt::AlignVCenter,
                              smallMetrics.elidedText(holiday, Qt::ElideRight, content.right() - numberRect.right() - 6));
        else if (count > 0)
            painter->drawText(QRect(numberRect.right() + 6, content.top(), content.right() - numberRect.right() - 6,
                                    numberRect.height()),
                              Qt::AlignRight | Qt::AlignVCenter, QString::number(count));

        const QStringList entries = index.data(CalendarMonthModel::EntriesRole).toStringList();
        int y = numberRect.bottom() + 3;
        const int lineHeight = smallMetrics.height();
        const int room = std::max(0, (content.bottom() - y) / lineHeight);
        painter->setPen(inMonth ? option.palette.color(QPalette::Text) : CollectionText::mutedColor());
        for (qsizetype i = 0; i < entries.size() && i < room; ++i) {
            QString text = entries.at(i);
            if (i == room - 1 && entries.size() > room)
                text = CalendarView::moreText(int(entries.size()) - room + 1);
            painter->drawText(QRect(content.left(), y, content.width(), lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                              smallMetrics.elidedText(text, Qt::ElideRight, content.width()));
            y += lineHeight;
        }
        painter->restore();
    }
};

} // namespace

CalendarView::CalendarView(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_delegate(new ActionCardDelegate(ActionCardDelegate::Mode::Compact, this))
{
    setObjectName(QStringLiteral("calendarView"));
    m_today = Clock::instance().today();
    m_anchor = m_today;

    m_previousButton = new QToolButton(this);
    m_previousButton->setObjectName(QStringLiteral("previousButton"));
    m_previousButton->setText(QStringLiteral("◀"));
    m_todayButton = new QToolButton(this);
    m_todayButton->setObjectName(QStringLiteral("todayButton"));
    m_nextButton = new QToolButton(this);
    m_nextButton->setObjectName(QStringLiteral("nextButton"));
    m_nextButton->setText(QStringLiteral("▶"));
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("calendarTitleLabel"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() + 3);
    m_titleLabel->setFont(titleFont);
    m_weekButton = new QToolButton(this);
    m_weekButton->setObjectName(QStringLiteral("weekButton"));
    m_weekButton->setCheckable(true);
    m_weekButton->setChecked(true);
    m_monthButton = new QToolButton(this);
    m_monthButton->setObjectName(QStringLiteral("monthButton"));
    m_monthButton->setCheckable(true);
    auto *modeGroup = new QButtonGroup(this);
    modeGroup->setExclusive(true);
    modeGroup->addButton(m_weekButton);
    modeGroup->addButton(m_monthButton);
    m_moveButton = new QPushButton(this);
    m_moveButton->setObjectName(QStringLiteral("moveButton"));
    m_moveButton->setEnabled(false);
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportCallsButton"));
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("calendarMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->hide();

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(createWeekPage());
    m_stack->addWidget(createMonthPage());

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_previousButton);
    bar->addWidget(m_todayButton);
    bar->addWidget(m_nextButton);
    bar->addSpacing(12);
    bar->addWidget(m_titleLabel, 1);
    bar->addWidget(m_moveButton);
    bar->addWidget(m_exportButton);
    bar->addSpacing(12);
    bar->addWidget(m_weekButton);
    bar->addWidget(m_monthButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->addLayout(bar);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_stack, 1);

    connect(m_previousButton, &QToolButton::clicked, this, [this] { step(-1); });
    connect(m_nextButton, &QToolButton::clicked, this, [this] { step(1); });
    connect(m_todayButton, &QToolButton::clicked, this, [this] { showDate(Clock::instance().today()); });
    connect(m_weekButton, &QToolButton::clicked, this, [this] { setMode(Mode::Week); });
    connect(m_monthButton, &QToolButton::clicked, this, [this] { setMode(Mode::Month); });
    connect(m_moveButton, &QPushButton::clicked, this, &CalendarView::moveSelectedAction);
    connect(m_exportButton, &QPushButton::clicked, this, &CalendarView::exportCalls);

    retranslate();
}

CalendarView::~CalendarView() = default;

QString CalendarView::moreText(int count)
{
    return tr("+ %n more", nullptr, count);
}

QWidget *CalendarView::createWeekPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QHBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(8);
    for (int d = 0; d < WorkingDays; ++d) {
        auto *column = new QFrame(page);
        column->setObjectName(QStringLiteral("dayColumn%1").arg(d));
        column->setFrameShape(QFrame::StyledPanel);
        auto *header = new QLabel(column);
        header->setObjectName(QStringLiteral("dayHeader%1").arg(d));
        header->setTextFormat(Qt::RichText);
        header->setContentsMargins(6, 4, 6, 4);
        auto *model = new ActionListModel(this);
        model->setDragEnabled(true);
        auto *list = new QListView(column);
        list->setObjectName(QStringLiteral("dayList%1").arg(d));
        list->setModel(model);
        list->setItemDelegate(m_delegate);
        list->setSelectionMode(QAbstractItemView::SingleSelection);
        list->setEditTriggers(QAbstractItemView::NoEditTriggers);
        list->setUniformItemSizes(true);
        list->setFrameShape(QFrame::NoFrame);
        list->setDragEnabled(true);
        list->setAcceptDrops(true);
        list->setDropIndicatorShown(false);
        list->setDragDropMode(QAbstractItemView::DragDrop);
        list->setDefaultDropAction(Qt::MoveAction);
        list->setMouseTracking(true);
        auto *columnLayout = new QVBoxLayout(column);
        columnLayout->setContentsMargins(2, 2, 2, 2);
        columnLayout->setSpacing(0);
        columnLayout->addWidget(header);
        columnLayout->addWidget(list, 1);
        layout->addWidget(column, 1);
        m_dayHeaders << header;
        m_dayLists << list;
        m_dayModels << model;

        connect(model, &ActionListModel::actionsDropped, this,
                [this](const QList<qint64> &ids, QDate day) { moveActions(ids, day); });
        connect(list->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this, list](const QModelIndex &current) {
                    if (!current.isValid())
                        return;
                    for (QListView *other : std::as_const(m_dayLists))
                        if (other != list)
                            other->selectionModel()->clear();
                    updateMoveButton();
                });
        connect(list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &CalendarView::updateMoveButton);
        connect(list, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
            emit customerFileRequested(index.data(ActionListModel::CustomerIdRole).toLongLong());
        });
    }
    return page;
}

QWidget *CalendarView::createMonthPage()
{
    m_monthModel = new CalendarMonthModel(this);
    m_monthTable = new QTableView(this);
    m_monthTable->setObjectName(QStringLiteral("monthTable"));
    m_monthTable->setModel(m_monthModel);
    m_monthTable->setItemDelegate(new MonthDayDelegate(m_monthTable));
    m_monthTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_monthTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_monthTable->setShowGrid(false);
    m_monthTable->verticalHeader()->hide();
    m_monthTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_monthTable->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_monthTable->horizontalHeader()->setHighlightSections(false);
    m_monthTable->setWordWrap(false);
    // A day opens its week, where actions can be moved.
    connect(m_monthTable, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        m_anchor = index.data(CalendarMonthModel::DateRole).toDate();
        setMode(Mode::Week);
    });
    return m_monthTable;
}

void CalendarView::retranslate()
{
    m_previousButton->setToolTip(tr("Previous"));
    m_nextButton->setToolTip(tr("Next"));
    m_todayButton->setText(tr("Today"));
    m_weekButton->setText(tr("Week"));
    m_monthButton->setText(tr("Month"));
    m_moveButton->setText(tr("Move to…"));
    m_moveButton->setToolTip(tr("Move the selected action to another working day (or drag it to another day)"));
    m_exportButton->setText(tr("Export calls (Excel)…"));
    m_exportButton->setToolTip(tr("Writes the calls of the week shown to an Excel workbook, with the questions to ask and "
                                  "columns to fill in"));
    for (ActionListModel *model : std::as_const(m_dayModels))
        model->retranslate();
    m_monthModel->retranslate();
    updateTitle();
    updateDayHeaders();
}

QDate CalendarView::weekStart() const
{
    return m_anchor.addDays(1 - m_anchor.dayOfWeek());
}

void CalendarView::setMode(Mode mode)
{
    m_mode = mode;
    m_weekButton->setChecked(mode == Mode::Week);
    m_monthButton->setChecked(mode == Mode::Month);
    m_stack->setCurrentIndex(mode == Mode::Week ? 0 : 1);
    // Hidden (restored from the settings at start-up): read when shown.
    if (isVisible())
        reload();
}

void CalendarView::showDate(QDate day)
{
    m_anchor = day;
    reload();
}

void CalendarView::step(int direction)
{
    m_anchor = m_mode == Mode::Week ? m_anchor.addDays(7 * direction) : m_anchor.addMonths(direction);
    reload();
}

void CalendarView::reload()
{
    m_today = Clock::instance().today();
    SettingsRepository settings(m_db);
    const PlannerSettings plannerSettings = PlannerSettings::load(settings);
    ReminderPlanner planner(m_db, plannerSettings);
    const QDate from = m_mode == Mode::Week ? weekStart() : CalendarMonthModel::gridStart(m_anchor);
    const QDate to = m_mode == Mode::Week ? weekStart().addDays(WorkingDays - 1)
                                          : from.addDays(7 * CalendarMonthModel::weekCount(m_anchor) - 1);
    m_holidays.clear();
    for (QDate d = from; d <= to; d = d.addDays(1))
        if (const QString name = planner.calendar().holidayName(d); !name.isEmpty())
            m_holidays.insert(d, name);

    QList<AgendaItem> items;
    if (auto actions = planner.sync(m_today, from, to); actions) {
        QList<Action> shown;
        for (const Action &a : std::as_const(*actions))
            if (a.status != Action::Status::Cancelled)
                shown << a;
        items = AgendaItems::load(m_db, shown);
    } else {
        showMessage(tr("The calendar could not be brought up to date: %1").arg(actions.error()), true);
    }

    if (m_mode == Mode::Week) {
        for (int d = 0; d < WorkingDays; ++d) {
            const QDate day = from.addDays(d);
            QList<AgendaItem> dayItems;
            for (const AgendaItem &item : std::as_const(items))
                if (item.action.plannedDate == day)
                    dayItems << item;
            // Still to do first, late ones on top, then who owes most.
            std::stable_sort(dayItems.begin(), dayItems.end(), [](const AgendaItem &a, const AgendaItem &b) {
                if (a.isDone() != b.isDone())
                    return !a.isDone();
                if (a.isLate() != b.isLate())
                    return a.isLate();
                return a.action.amountCents > b.action.amountCents;
            });
            m_dayModels.at(d)->setItems(dayItems);
            // No drop on a holiday or a day already past.
            const bool open = day >= m_today && !m_holidays.contains(day);
            m_dayModels.at(d)->setDropDay(open ? day : QDate());
            m_dayLists.at(d)->setEnabled(!m_holidays.contains(day) || !dayItems.isEmpty());
        }
    } else {
        m_monthModel->setMonth(m_anchor, m_today, items, m_holidays);
        const QModelIndex current = m_monthModel->indexOf(m_anchor);
        if (current.isValid())
            m_monthTable->setCurrentIndex(current);
    }
    updateTitle();
    updateDayHeaders();
    updateMoveButton();
}

void CalendarView::updateTitle()
{
    const QLocale locale;
    if (m_mode == Mode::Week) {
        const QDate monday = weekStart();
        const QDate friday = monday.addDays(WorkingDays - 1);
        //: The week shown: "Week 48 — Mon 23 Nov to Fri 27 Nov 2026"
        m_titleLabel->setText(tr("Week %1 — %2 to %3")
                                  .arg(monday.weekNumber())
                                  .arg(CollectionText::shortDay(monday),
                                       locale.toString(friday, QStringLiteral("ddd d MMM yyyy"))));
    } else {
        QString month = locale.toString(m_anchor, QStringLiteral("MMMM yyyy"));
        if (!month.isEmpty())
            month[0] = month.at(0).toUpper();
        m_titleLabel->setText(month);
    }
}

void CalendarView::updateDayHeaders()
{
    const QDate monday = weekStart();
    for (int d = 0; d < m_dayHeaders.size(); ++d) {
        const QDate day = monday.addDays(d);
        const ActionListModel *model = m_dayModels.at(d);
        qint64 cents = 0;
        int todo = 0;
        for (const AgendaItem &item : model->items()) {
            if (!item.isDone()) {
                cents += item.action.amountCents;
                ++todo;
            }
        }
        QString sub;
        if (m_holidays.contains(day))
            sub = tr("Public holiday: %1").arg(m_holidays.value(day));
        else if (model->rowCount() == 0)
            sub = tr("Nothing planned");
        else
            sub = tr("%n to do", nullptr, todo) + (todo ? Dot + CollectionText::euros(cents) : QString())
                  + (model->rowCount() > todo ? Dot + tr("%n done", nullptr, model->rowCount() - todo) : QString());
        const bool isToday = day == m_today;
        QString title = CollectionText::shortDay(day).toHtmlEscaped();
        if (isToday)
            title = QStringLiteral("<span style=\"color:%1\">%2 — %3</span>")
                        .arg(palette().color(QPalette::Highlight).name(), title, tr("today").toHtmlEscaped());
        m_dayHeaders.at(d)->setText(QStringLiteral("<b>") + title + QStringLiteral("</b><br><span style=\"color:#6B6F76\">")
                                    + sub.toHtmlEscaped() + QStringLiteral("</span>"));
    }
}

qint64 CalendarView::selectedActionId() const
{
    if (m_mode != Mode::Week)
        return 0;
    for (QListView *list : m_dayLists) {
        const QModelIndexList selected = list->selectionModel()->selectedIndexes();
        if (!selected.isEmpty())
            return selected.first().data(ActionListModel::ActionIdRole).toLongLong();
    }
    return 0;
}

void CalendarView::updateMoveButton()
{
    bool movable = false;
    if (m_mode == Mode::Week) {
        for (QListView *list : std::as_const(m_dayLists)) {
            const QModelIndexList selected = list->selectionModel()->selectedIndexes();
            if (!selected.isEmpty())
                movable = !selected.first().data(ActionListModel::DoneRole).toBool();
        }
    }
    m_moveButton->setEnabled(movable);
    m_moveButton->setVisible(m_mode == Mode::Week);
}

QString CalendarView::message() const
{
    return m_messageLabel->isVisible() ? m_messageLabel->text() : QString();
}

void CalendarView::showMessage(const QString &text, bool error)
{
    m_messageLabel->setText(text);
    m_messageLabel->setStyleSheet(error ? QStringLiteral("QLabel { background: #FBE9EB; color: #8A0019; padding: 6px; "
                                                         "border-radius: 4px; }")
                                        : QStringLiteral("QLabel { background: #EAF3EA; color: #24502A; padding: 6px; "
                                                         "border-radius: 4px; }"));
    m_messageLabel->setVisible(!text.isEmpty());
}

bool CalendarView::moveActions(const QList<qint64> &actionIds, QDate day)
{
    SettingsRepository settings(m_db);
    const FrenchCalendar calendar(PlannerSettings::load(settings).alsaceMoselle);
    const QDate today = Clock::instance().today();
    if (!day.isValid() || actionIds.isEmpty())
        return false;
    if (!calendar.isWorkingDay(day)) {
        const QString holiday = calendar.holidayName(day);
        showMessage(holiday.isEmpty()
                        ? tr("%1 is a weekend day: no reminder goes out then. The action stays where it was.")
                              .arg(CollectionText::longDay(day))
                        : tr("%1 is a public holiday (%2): no reminder goes out then. The action stays where it was.")
                              .arg(CollectionText::longDay(day), holiday),
                    true);
        return false;
    }
    if (day < today) {
        showMessage(tr("%1 is already past: choose today or a later working day.").arg(CollectionText::longDay(day)),
                    true);
        return false;
    }
    ActionRepository actions(m_db);
    Transaction transaction(m_db);
    int moved = 0;
    for (qint64 id : actionIds) {
        std::optional<Action> action = actions.findById(id);
        if (!action || action->status != Action::Status::Planned || action->plannedDate == day)
            continue;
        // Pinned: the planner leaves a hand-moved action on its day (ReminderPlanner::sync).
        action->pinned = true;
        action->plannedDate = day;
        if (const Status s = actions.update(*action); !s) {
            showMessage(tr("The action could not be moved: %1").arg(s.error()), true);
            return false;
        }
        ++moved;
    }
    if (const Status s = transaction.commit(); !s) {
        showMessage(tr("The action could not be moved: %1").arg(s.error()), true);
        return false;
    }
    if (moved == 0)
        return false;
    reload();
    showMessage(tr("Moved to %1. The calendar will leave it there.").arg(CollectionText::longDayInText(day)), false);
    emit actionsChanged();
    return true;
}

QDate CalendarView::askDate(QDate current)
{
    if (m_askDate)
        return m_askDate(current);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Move to…"));
    auto *calendar = new QCalendarWidget(&dialog);
    calendar->setObjectName(QStringLiteral("moveCalendar"));
    calendar->setMinimumDate(Clock::instance().today());
    calendar->setSelectedDate(current);
    calendar->setGridVisible(true);
    calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    // Public holidays look like the weekend: nothing can go there.
    SettingsRepository settings(m_db);
    const FrenchCalendar french(PlannerSettings::load(settings).alsaceMoselle);
    QTextCharFormat off;
    off.setForeground(CollectionText::mutedColor());
    for (int year = current.year(); year <= current.year() + 1; ++year)
        for (const QDate &holiday : french.publicHolidays(year))
            calendar->setDateTextFormat(holiday, off);
    auto *hint = new QLabel(tr("Working days only: weekends and public holidays are refused."), &dialog);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(calendar, &QCalendarWidget::activated, &dialog, &QDialog::accept);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(calendar);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    return dialog.exec() == QDialog::Accepted ? calendar->selectedDate() : QDate();
}

bool CalendarView::moveSelectedAction()
{
    const qint64 id = selectedActionId();
    if (!id)
        return false;
    const std::optional<Action> action = ActionRepository(m_db).findById(id);
    if (!action)
        return false;
    const QDate day = askDate(action->plannedDate);
    if (!day.isValid())
        return false;
    return moveActions({id}, day);
}

IsoWeek CalendarView::exportWeek() const
{
    QDate day = m_anchor;
    if (m_mode == Mode::Month) {
        const QModelIndex current = m_monthTable->currentIndex();
        if (current.isValid() && current.data(CalendarMonthModel::DateRole).toDate().isValid())
            day = current.data(CalendarMonthModel::DateRole).toDate();
    }
    return IsoWeek::containing(day);
}

QString CalendarView::exportCalls()
{
    const IsoWeek week = exportWeek();
    const CallListExport::Outcome outcome = CallListExport::run(m_db, week, this, m_askFileName);
    if (outcome.cancelled)
        return {};
    if (!outcome.error.isEmpty()) {
        showMessage(outcome.error, true);
        return {};
    }
    // Listing the calls brought the week's calendar up to date: show it as the workbook has it.
    reload();
    const QString where = QDir::toNativeSeparators(outcome.path);
    if (outcome.calls == 0)
        showMessage(tr("No call is planned in week %1: the workbook saved to %2 only has its headers.").arg(week.week).arg(where),
                    false);
    else if (outcome.overdue > 0)
        showMessage(tr("%n call(s) of week %1 saved to %2 (%3 carried over from earlier days).", nullptr, outcome.calls)
                        .arg(week.week)
                        .arg(where)
                        .arg(outcome.overdue),
                    false);
    else
        showMessage(tr("%n call(s) of week %1 saved to %2.", nullptr, outcome.calls).arg(week.week).arg(where), false);
    return outcome.path;
}

void CalendarView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
