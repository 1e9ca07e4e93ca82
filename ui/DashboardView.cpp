#include "DashboardView.h"

#include "Clock.h"
#include "DashboardDataModel.h"
#include "DisplayFormat.h"
#include "TableRoles.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

namespace {

// Calm by default (UX.md): blues and greys; red only for what is late and ours to act on.
const QColor NotDueColor(0x6A, 0x8C, 0xAF);
const QColor LateColor(0xB3, 0x26, 0x1E);
const QColor DisputedColor(0xA7, 0xAD, 0xB3);
const QColor LineColor(0x3A, 0x6E, 0xA5);
const QColor PromisedColor(0x3A, 0x6E, 0xA5);
const QColor ExpectedColor(0x9D, 0xBB, 0xD8);
const QColor ProfileColor(0x6A, 0x8C, 0xAF);
const QColor CaptionColor(0x5F, 0x63, 0x68);

// Bars are drawn in euros, or in thousands of euros from 10 000 € so the axis labels stay short ("800 k€"); only
// here does money become a double: the figures and the lists stay in cents.
struct EuroScale
{
    double centsPerUnit = 100.0;
    bool thousands = false;
    double of(qint64 cents) const { return double(cents) / centsPerUnit; }
};

EuroScale scaleFor(qint64 largestCents)
{
    return largestCents >= 1000000 ? EuroScale{100000.0, true} : EuroScale{};
}

// Captions are rich text (the cash caption holds a link), where the HTML parser turns U+202F into a breakable space.
QString richMoney(qint64 cents)
{
    return DisplayFormat::money(cents).replace(QChar(0x202F), QChar(0x00A0)).toHtmlEscaped();
}

QBarSet *newBarSet(const QString &label, const QColor &color, const char *name)
{
    auto *set = new QBarSet(label);
    set->setObjectName(QString::fromLatin1(name));
    set->setColor(color);
    set->setBorderColor(color);
    set->setSelectedColor(color.darker(135));
    return set;
}

} // namespace

DashboardView::DashboardView(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_listModel(new DashboardDataModel(this)), m_listProxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("dashboardView"));
    m_listProxy->setSourceModel(m_listModel);
    m_listProxy->setSortRole(TableRoles::SortRole);

    // The small figures sit above the list, two by two: the charts keep the whole height and enough width for
    // their labels at 1366 pixels.
    auto *figures = new QGridLayout;
    figures->setSpacing(8);
    figures->addWidget(createFigure("paidOnTime", &m_paidOnTimeTitle, &m_paidOnTimeValue, &m_paidOnTimeCaption), 0, 0);
    figures->addWidget(createFigure("promisesKept", &m_promisesTitle, &m_promisesValue, &m_promisesCaption), 0, 1);
    figures->addWidget(createFigure("openDisputes", &m_disputesTitle, &m_disputesValue, &m_disputesCaption), 1, 0);
    figures->addWidget(createFigure("dso", &m_dsoTitle, &m_dsoValue, &m_dsoCaption), 1, 1);

    m_agedView = createChartView("agedBalanceChartView");
    m_dsoView = createChartView("dsoChartView");
    m_cashView = createChartView("cashChartView");
    m_profileView = createChartView("profileChartView");
    auto *charts = new QWidget(this);
    auto *grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(8);
    grid->addWidget(createChartPanel(m_agedView, &m_agedCaption, "agedBalanceCaption"), 0, 0);
    grid->addWidget(createChartPanel(m_dsoView, &m_dsoChartCaption, "dsoCaption"), 0, 1);
    grid->addWidget(createChartPanel(m_cashView, &m_cashCaption, "cashCaption"), 1, 0);
    grid->addWidget(createChartPanel(m_profileView, &m_profileCaption, "profileCaption"), 1, 1);

    connect(m_cashCaption, &QLabel::linkActivated, this,
            [this] { showList(Chart::Cash, DashboardData::CashWeeks); });

    auto *listPanel = new QWidget(this);
    m_listTitle = new QLabel(listPanel);
    m_listTitle->setObjectName(QStringLiteral("listTitleLabel"));
    m_listTitle->setWordWrap(true);
    QFont titleFont = m_listTitle->font();
    titleFont.setBold(true);
    m_listTitle->setFont(titleFont);
    m_listExplanation = new QLabel(listPanel);
    m_listExplanation->setObjectName(QStringLiteral("listExplanationLabel"));
    m_listExplanation->setWordWrap(true);
    QPalette captionPalette = m_listExplanation->palette();
    captionPalette.setColor(QPalette::WindowText, CaptionColor);
    m_listExplanation->setPalette(captionPalette);
    m_listView = new QTableView(listPanel);
    m_listView->setObjectName(QStringLiteral("listTableView"));
    m_listView->setModel(m_listProxy);
    m_listView->setSortingEnabled(true);
    m_listView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_listView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_listView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_listView->setAlternatingRowColors(true);
    m_listView->setShowGrid(false);
    m_listView->setWordWrap(false);
    m_listView->setTabKeyNavigation(false);
    m_listView->verticalHeader()->hide();
    m_listView->verticalHeader()->setDefaultSectionSize(m_listView->fontMetrics().height() + 8);
    QHeaderView *header = m_listView->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setSectionResizeMode(DashboardDataModel::Customer, QHeaderView::Interactive);
    const QFontMetrics metrics = m_listView->fontMetrics();
    header->resizeSection(DashboardDataModel::Customer, metrics.horizontalAdvance(QStringLiteral("Boulangerie Dupont et fils")));
    header->resizeSection(DashboardDataModel::Invoices, metrics.horizontalAdvance(QStringLiteral("FA-2026-00001, +2")));
    header->resizeSection(DashboardDataModel::Date, metrics.horizontalAdvance(QStringLiteral("30/11/2026")) + 24);
    header->resizeSection(DashboardDataModel::Amount, metrics.horizontalAdvance(DisplayFormat::money(12345678)) + 24);
    auto *listLayout = new QVBoxLayout(listPanel);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(figures);
    listLayout->addSpacing(6);
    listLayout->addWidget(m_listTitle);
    listLayout->addWidget(m_listExplanation);
    listLayout->addWidget(m_listView, 1);
    const auto activate = [this](const QModelIndex &index) {
        if (index.isValid())
            emit customerActivated(m_listModel->listRow(m_listProxy->mapToSource(index).row()).customerId);
    };
    connect(m_listView, &QTableView::doubleClicked, this, activate);
    connect(m_listView, &QTableView::activated, this, activate);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("dashboardSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(charts);
    splitter->addWidget(listPanel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({880, 470}); // charts of 440 pixels; the list shows customer, amount, date and invoices

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);

    rebuild(); // empty charts until the first show reads the store
}

DashboardView::~DashboardView() = default;

QWidget *DashboardView::createFigure(const char *name, QLabel **title, QLabel **value, QLabel **caption)
{
    auto *frame = new QFrame(this);
    frame->setObjectName(QString::fromLatin1(name) + QStringLiteral("Figure"));
    frame->setFrameShape(QFrame::StyledPanel);
    *title = new QLabel(frame);
    *value = new QLabel(frame);
    (*value)->setObjectName(QString::fromLatin1(name) + QStringLiteral("Label"));
    QFont big = (*value)->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    (*value)->setFont(big);
    *caption = new QLabel(frame);
    (*caption)->setObjectName(QString::fromLatin1(name) + QStringLiteral("Caption"));
    (*caption)->setWordWrap(true);
    QPalette palette = (*caption)->palette();
    palette.setColor(QPalette::WindowText, CaptionColor);
    (*caption)->setPalette(palette);
    (*title)->setPalette(palette);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(1);
    layout->addWidget(*title);
    layout->addWidget(*value);
    layout->addWidget(*caption);
    return frame;
}

QChartView *DashboardView::createChartView(const char *name)
{
    auto *view = new QChartView(this);
    view->setObjectName(QString::fromLatin1(name));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(260, 180);
    view->setFrameShape(QFrame::NoFrame);
    return view;
}

QWidget *DashboardView::createChartPanel(QChartView *view, QLabel **caption, const char *captionName)
{
    auto *panel = new QWidget(this);
    *caption = new QLabel(panel);
    (*caption)->setObjectName(QString::fromLatin1(captionName));
    (*caption)->setWordWrap(true);
    (*caption)->setTextFormat(Qt::RichText);
    QPalette palette = (*caption)->palette();
    palette.setColor(QPalette::WindowText, CaptionColor);
    (*caption)->setPalette(palette);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(view, 1);
    layout->addWidget(*caption);
    return panel;
}

QChartView *DashboardView::chartView(Chart chart) const
{
    switch (chart) {
    case Chart::AgedBalance: return m_agedView;
    case Chart::Dso: return m_dsoView;
    case Chart::Cash: return m_cashView;
    case Chart::Profiles: return m_profileView;
    }
    return nullptr;
}

void DashboardView::markStale()
{
    m_loaded = false;
    if (isVisible())
        reload();
}

void DashboardView::showEvent(QShowEvent *event)
{
    if (!m_loaded)
        reload();
    QWidget::showEvent(event);
}

void DashboardView::reload()
{
    m_loaded = true;
    auto inputs = DashboardData::load(m_db, Clock::instance().today());
    if (inputs) {
        m_error.clear();
        m_figures = DashboardData::compute(*inputs);
    } else {
        m_error = inputs.error();
        m_figures = DashboardFigures();
        m_figures.today = Clock::instance().today();
    }
    rebuild();
    // Open on the oldest late money: "who owes me most, and since when?"
    int bucket = AgedBalanceLine::Over90;
    while (bucket > 0 && m_figures.aged[bucket].undisputedCents() <= 0)
        --bucket;
    showList(Chart::AgedBalance, bucket);
}

void DashboardView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        rebuild();
        if (m_listIndex >= 0)
            showList(m_listChart, m_listIndex);
    }
    QWidget::changeEvent(event);
}

void DashboardView::rebuild()
{
    updateFigures();
    setChart(m_agedView, buildAgedChart());
    setChart(m_dsoView, buildDsoChart());
    setChart(m_cashView, buildCashChart());
    setChart(m_profileView, buildProfileChart());
}

void DashboardView::setChart(QChartView *view, QChart *chart)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    QFont title = font();
    title.setBold(true);
    chart->setTitleFont(title);
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        axis->setLabelsFont(small);
        axis->setGridLineColor(QColor(0xE3, 0xE6, 0xE8));
    }
    QChart *old = view->chart();
    view->setChart(chart);
    if (old && old != chart)
        delete old; // setChart() gives the previous chart back to us
}

void DashboardView::updateFigures()
{
    const DashboardFigures &f = m_figures;
    m_paidOnTimeTitle->setText(tr("Paid on time"));
    m_promisesTitle->setText(tr("Promises kept"));
    m_disputesTitle->setText(tr("Open disputes"));
    m_dsoTitle->setText(tr("DSO"));

    if (f.paidOnTime.isEmpty()) {
        m_paidOnTimeValue->setText(tr("—"));
        m_paidOnTimeCaption->setText(tr("No invoice fell due in the last 12 months"));
    } else {
        m_paidOnTimeValue->setText(tr("%1 %").arg(f.paidOnTime.percent()));
        m_paidOnTimeCaption->setText(
            tr("%1 of %n invoice(s) due in the last 12 months paid by the due date", nullptr, f.paidOnTime.total)
                .arg(f.paidOnTime.count));
    }
    if (f.promisesKept.isEmpty()) {
        m_promisesValue->setText(tr("—"));
        m_promisesCaption->setText(tr("No promise fell due in the last 12 months"));
    } else {
        m_promisesValue->setText(tr("%1 %").arg(f.promisesKept.percent()));
        m_promisesCaption->setText(tr("%1 of %n promise(s) due in the last 12 months kept", nullptr, f.promisesKept.total)
                                       .arg(f.promisesKept.count));
    }
    m_disputesValue->setText(QString::number(f.disputes.open));
    m_disputesCaption->setText(
        f.disputes.open ? tr("average age %1 d · oldest %2 d · %3 on hold")
                              .arg(f.disputes.averageAgeDays)
                              .arg(f.disputes.oldestAgeDays)
                              .arg(DisplayFormat::money(f.disputes.cents))
                        : tr("Nothing disputed"));
    if (f.dso.isEmpty()) {
        m_dsoValue->setText(tr("—"));
        m_dsoCaption->clear();
    } else {
        const DashboardDsoMonth &last = f.dso.last();
        m_dsoValue->setText(tr("%1 days").arg(days(last.days)));
        m_dsoCaption->setText(tr("Days of sales still to be collected on %1 (count-back)").arg(DisplayFormat::date(last.periodEnd)));
    }
    m_paidOnTimeValue->setToolTip(tr("Invoices due in the last 12 months and paid in full by their due date."));
    m_promisesValue->setToolTip(tr("Promises whose date fell in the last 12 months: kept against kept or broken."));
    m_dsoValue->setToolTip(tr("Days sales outstanding, count-back method: the receivables are matched against each "
                              "month's sales, newest first; click a point of the DSO chart for the detail."));
}

QString DashboardView::days(double value) const
{
    return QLocale().toString(value, 'f', 0);
}

QString DashboardView::bucketLabel(int bucket) const
{
    switch (bucket) {
    case AgedBalanceLine::NotDue: return tr("Not due");
    case AgedBalanceLine::Days1To30: return tr("1–30 d");
    case AgedBalanceLine::Days31To60: return tr("31–60 d");
    case AgedBalanceLine::Days61To90: return tr("61–90 d");
    case AgedBalanceLine::Over90: return tr("> 90 d");
    default: return {};
    }
}

QString DashboardView::monthLabel(QDate day) const
{
    // One letter per month ("D J F M…"): twelve of them fit a chart 400 pixels wide; the tooltip, the caption and
    // the list give the full dates.
    return QLocale().toString(day, QStringLiteral("MMM")).left(1).toUpper();
}

QString DashboardView::weekLabel(QDate monday) const
{
    return QLocale().toString(monday, QStringLiteral("d MMM"));
}

QString DashboardView::weekAxisLabel(QDate monday) const
{
    return QLocale().toString(monday, QStringLiteral("d/M"));
}

QString DashboardView::profileLabel(const std::optional<PayerProfile> &profile) const
{
    return profile ? payerProfileFrench(*profile) : tr("not classified");
}

QChart *DashboardView::buildAgedChart()
{
    auto *chart = new QChart;
    chart->setTitle(tr("Aged balance"));
    auto *series = new QStackedBarSeries;
    series->setObjectName(QStringLiteral("agedBalanceSeries"));
    series->setBarWidth(0.6);
    QBarSet *notDue = newBarSet(tr("Not due"), NotDueColor, "agedNotDueSet");
    QBarSet *late = newBarSet(tr("Late"), LateColor, "agedLateSet");
    QBarSet *disputed = newBarSet(tr("Disputed"), DisputedColor, "agedDisputedSet");
    QStringList categories;
    qint64 low = 0;
    qint64 high = 0;
    for (int b = 0; b < AgedBalanceLine::BucketCount; ++b) {
        const DashboardAgedBucket &bucket = m_figures.aged[b];
        low = std::min(low, bucket.undisputedCents());
        high = std::max(high, std::max<qint64>(bucket.undisputedCents(), 0) + bucket.disputedCents);
    }
    const EuroScale scale = scaleFor(std::max(high, -low));
    for (int b = 0; b < AgedBalanceLine::BucketCount; ++b) {
        const DashboardAgedBucket &bucket = m_figures.aged[b];
        notDue->append(b == AgedBalanceLine::NotDue ? scale.of(bucket.undisputedCents()) : 0.0);
        late->append(b == AgedBalanceLine::NotDue ? 0.0 : scale.of(bucket.undisputedCents()));
        disputed->append(scale.of(bucket.disputedCents));
        categories << bucketLabel(b);
    }
    series->append({notDue, late, disputed});
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    auto *y = new QValueAxis;
    y->setLabelFormat(scale.thousands ? tr("%.0f k€") : tr("%.0f €"));
    y->setRange(scale.of(low), std::max(scale.of(high), 1.0));
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);

    connect(series, &QStackedBarSeries::clicked, this, [this](int index) { showList(Chart::AgedBalance, index); });
    connect(series, &QStackedBarSeries::hovered, this, [this](bool status, int index, QBarSet *set) {
        if (!status || index < 0 || index >= AgedBalanceLine::BucketCount) {
            QToolTip::hideText();
            return;
        }
        const DashboardAgedBucket &bucket = m_figures.aged[index];
        const qint64 cents = set->objectName() == u"agedDisputedSet" ? bucket.disputedCents : bucket.undisputedCents();
        QToolTip::showText(QCursor::pos(), tr("%1 · %2: %3\nClick for the customers behind it.")
                                               .arg(bucketLabel(index), set->label(), DisplayFormat::money(cents)));
    });

    qint64 total = 0;
    qint64 lateTotal = 0;
    qint64 disputedLate = 0;
    for (int b = 0; b < AgedBalanceLine::BucketCount; ++b) {
        total += m_figures.aged[b].cents;
        if (b != AgedBalanceLine::NotDue) {
            lateTotal += m_figures.aged[b].cents;
            disputedLate += m_figures.aged[b].disputedCents;
        }
    }
    m_agedCaption->setText(m_error.isEmpty()
                               ? tr("Open balance %1 · late %2, of which %3 disputed")
                                     .arg(richMoney(total), richMoney(lateTotal), richMoney(disputedLate))
                               : tr("The figures could not be read: %1").arg(m_error.toHtmlEscaped()));
    if (m_figures.aged[AgedBalanceLine::NotDue].cents == 0 && total == 0 && m_error.isEmpty())
        m_agedCaption->setText(tr("Nothing is owed to you today."));
    return chart;
}

QChart *DashboardView::buildDsoChart()
{
    auto *chart = new QChart;
    chart->setTitle(tr("DSO month by month (days)"));
    auto *series = new QLineSeries;
    series->setObjectName(QStringLiteral("dsoSeries"));
    QPen pen(LineColor);
    pen.setWidthF(2.0);
    series->setPen(pen);
    series->setPointsVisible(true);
    series->setMarkerSize(8);
    series->setSelectedColor(LineColor.darker(150));
    QStringList categories;
    double high = 0;
    for (int i = 0; i < m_figures.dso.size(); ++i) {
        const DashboardDsoMonth &m = m_figures.dso.at(i);
        series->append(i, m.days);
        // A category axis keeps one category per distinct label: tell the two "J"s and "A"s apart invisibly.
        QString label = monthLabel(m.periodEnd);
        while (categories.contains(label))
            label += QChar(0x200B);
        categories << label;
        high = std::max(high, m.days);
    }
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    auto *y = new QValueAxis;
    y->setLabelFormat(tr("%.0f d"));
    y->setRange(0, std::max(high * 1.1, 10.0));
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide();

    connect(series, &QLineSeries::clicked, this, [this](const QPointF &point) {
        const int index = std::clamp(int(std::lround(point.x())), 0, int(m_figures.dso.size()) - 1);
        showList(Chart::Dso, index);
    });
    connect(series, &QLineSeries::hovered, this, [this](const QPointF &point, bool state) {
        const int index = int(std::lround(point.x()));
        if (!state || index < 0 || index >= m_figures.dso.size()) {
            QToolTip::hideText();
            return;
        }
        const DashboardDsoMonth &m = m_figures.dso.at(index);
        QToolTip::showText(QCursor::pos(), tr("%1: %2 days, receivables %3\nClick for the detail.")
                                               .arg(DisplayFormat::date(m.periodEnd), days(m.days),
                                                    DisplayFormat::money(m.receivablesCents)));
    });
    m_dsoChartCaption->setText(
        m_figures.dso.isEmpty()
            ? QString()
            : tr("From %1 to %2. Count-back: the receivables at each month end matched against the sales of the months before.")
                  .arg(QLocale().toString(m_figures.dso.first().periodEnd, QStringLiteral("MMMM yyyy")),
                       QLocale().toString(m_figures.dso.last().periodEnd, QStringLiteral("MMMM yyyy"))));
    return chart;
}

QChart *DashboardView::buildCashChart()
{
    const DashboardCashForecast &cash = m_figures.cash;
    auto *chart = new QChart;
    chart->setTitle(tr("Cash expected per week (from Monday)"));
    auto *series = new QStackedBarSeries;
    series->setObjectName(QStringLiteral("cashSeries"));
    series->setBarWidth(0.6);
    QBarSet *promised = newBarSet(tr("Promised"), PromisedColor, "cashPromisedSet");
    QBarSet *expected = newBarSet(tr("Due date + usual delay"), ExpectedColor, "cashExpectedSet");
    QStringList categories;
    qint64 high = 0;
    for (const DashboardCashWeek &week : cash.weeks)
        high = std::max(high, week.cents);
    const EuroScale scale = scaleFor(high);
    for (const DashboardCashWeek &week : cash.weeks) {
        promised->append(scale.of(week.promisedCents));
        expected->append(scale.of(week.expectedByDueDateCents()));
        categories << weekAxisLabel(week.monday);
    }
    series->append({promised, expected});
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    auto *y = new QValueAxis;
    y->setLabelFormat(scale.thousands ? tr("%.0f k€") : tr("%.0f €"));
    y->setRange(0, std::max(scale.of(high), 1.0));
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);

    connect(series, &QStackedBarSeries::clicked, this, [this](int index) { showList(Chart::Cash, index); });
    connect(series, &QStackedBarSeries::hovered, this, [this](bool status, int index) {
        if (!status || index < 0 || index >= m_figures.cash.weeks.size()) {
            QToolTip::hideText();
            return;
        }
        const DashboardCashWeek &week = m_figures.cash.weeks.at(index);
        QToolTip::showText(QCursor::pos(), tr("Week of %1: %2, of which %3 promised\nClick for the customers.")
                                               .arg(weekLabel(week.monday), DisplayFormat::money(week.cents),
                                                    DisplayFormat::money(week.promisedCents)));
    });

    QStringList apart;
    if (cash.overdueCents > 0)
        apart << tr("<a href=\"overdue\">%1 already later than usual</a>").arg(richMoney(cash.overdueCents));
    if (cash.disputedCents > 0)
        apart << tr("%1 disputed").arg(richMoney(cash.disputedCents));
    if (cash.laterCents > 0)
        apart << tr("%1 after these 8 weeks").arg(richMoney(cash.laterCents));
    m_cashCaption->setText(apart.isEmpty() ? tr("From due dates, open promises and each customer's usual delay.")
                                           : tr("Not in the bars: %1.").arg(apart.join(QStringLiteral(" · "))));
    return chart;
}

QChart *DashboardView::buildProfileChart()
{
    auto *chart = new QChart;
    chart->setTitle(tr("Customers by payer profile"));
    auto *series = new QHorizontalBarSeries;
    series->setObjectName(QStringLiteral("profileSeries"));
    series->setBarWidth(0.65);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    series->setLabelsPrecision(6);
    QBarSet *set = newBarSet(tr("Customers"), ProfileColor, "profileSet");
    set->setLabelColor(Qt::white);
    QStringList categories;
    int high = 0;
    // Bottom to top in a horizontal chart: reverse so the first profile reads first.
    for (qsizetype i = m_figures.profiles.size() - 1; i >= 0; --i) {
        const DashboardProfileBar &bar = m_figures.profiles.at(i);
        set->append(bar.customers);
        categories << profileLabel(bar.profile);
        high = std::max(high, bar.customers);
    }
    series->append(set);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    auto *x = new QValueAxis;
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setRange(0, std::max(high, 4));
    x->applyNiceNumbers();
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    chart->legend()->hide();

    const int count = int(m_figures.profiles.size());
    connect(series, &QHorizontalBarSeries::clicked, this,
            [this, count](int index) { showList(Chart::Profiles, count - 1 - index); });
    connect(series, &QHorizontalBarSeries::hovered, this, [this, count](bool status, int index) {
        const int i = count - 1 - index;
        if (!status || i < 0 || i >= m_figures.profiles.size()) {
            QToolTip::hideText();
            return;
        }
        const DashboardProfileBar &bar = m_figures.profiles.at(i);
        QToolTip::showText(QCursor::pos(), tr("%1: %n customer(s), %2 open\nClick for the list.", nullptr, bar.customers)
                                               .arg(profileLabel(bar.profile), DisplayFormat::money(bar.openCents)));
    });
    int customers = 0;
    for (const DashboardProfileBar &bar : m_figures.profiles)
        customers += bar.customers;
    m_profileCaption->setText(tr("%n customer(s); each profile picks its reminder scenario.", nullptr, customers));
    return chart;
}

void DashboardView::highlight(Chart chart, int index)
{
    const auto barSeries = [](QChartView *view) -> QAbstractBarSeries * {
        if (!view->chart() || view->chart()->series().isEmpty())
            return nullptr;
        return qobject_cast<QAbstractBarSeries *>(view->chart()->series().constFirst());
    };
    for (QChartView *view : {m_agedView, m_cashView, m_profileView})
        if (QAbstractBarSeries *series = barSeries(view)) {
            const QList<QBarSet *> sets = series->barSets();
            for (QBarSet *set : sets)
                set->deselectAllBars();
        }
    if (m_dsoView->chart() && !m_dsoView->chart()->series().isEmpty())
        if (auto *line = qobject_cast<QLineSeries *>(m_dsoView->chart()->series().constFirst())) {
            line->deselectAllPoints();
            if (chart == Chart::Dso && index >= 0 && index < line->count())
                line->selectPoint(index);
        }
    QAbstractBarSeries *series = chart == Chart::Dso ? nullptr : barSeries(chartView(chart));
    if (!series)
        return;
    const int bar = chart == Chart::Profiles ? int(m_figures.profiles.size()) - 1 - index : index;
    const QList<QBarSet *> sets = series->barSets();
    for (QBarSet *set : sets)
        if (bar >= 0 && bar < set->count())
            set->selectBar(bar);
}

QString DashboardView::dsoExplanation(const DashboardDsoMonth &month) const
{
    const QLocale locale;
    QStringList steps;
    constexpr int Shown = 4;
    for (int i = 0; i < month.steps.size() && i < Shown; ++i) {
        const DashboardDsoStep &s = month.steps.at(i);
        const QString name = locale.toString(s.monthStart, QStringLiteral("MMMM yyyy"));
        const QString d = locale.toString(s.countedDays, 'f', s.countedDays == double(int(s.countedDays)) ? 0 : 1);
        if (s.countedCents < s.salesCents)
            steps << tr("%1: %2 of %3 of sales → %4 d").arg(name, DisplayFormat::money(s.countedCents),
                                                           DisplayFormat::money(s.salesCents), d);
        else
            steps << tr("%1: %2 of sales → %3 d").arg(name, DisplayFormat::money(s.salesCents), d);
    }
    if (month.steps.size() > Shown)
        steps << tr("%n more month(s)", nullptr, int(month.steps.size() - Shown));
    QString text = tr("Receivables on %1: %2.").arg(DisplayFormat::date(month.periodEnd),
                                                      DisplayFormat::money(month.receivablesCents));
    if (!steps.isEmpty())
        text += u' ' + tr("Counted back: %1.").arg(steps.join(QStringLiteral("; ")));
    text += u' ' + tr("DSO = %1 days.").arg(locale.toString(month.days, 'f', 1));
    if (month.historyExhausted)
        text += u' ' + tr("The sales on record run out first: the true figure is higher.");
    return text;
}

void DashboardView::showList(Chart chart, int index)
{
    m_listChart = chart;
    m_listIndex = index;
    QList<DashboardListRow> rows;
    QString title;
    QString explanation;
    QString dateHeader = tr("Due date");
    switch (chart) {
    case Chart::AgedBalance: {
        if (index < 0 || index >= AgedBalanceLine::BucketCount)
            return;
        const DashboardAgedBucket &bucket = m_figures.aged[index];
        rows = bucket.rows;
        title = tr("Aged balance · %1: %2 (%n customer(s))", nullptr, int(rows.size()))
                    .arg(bucketLabel(index), DisplayFormat::money(bucket.cents));
        explanation = index == AgedBalanceLine::NotDue
                          ? tr("Open invoices not due yet; unused credit notes of the last 30 days count here too.")
                          : tr("Open invoices this many days past their due date; credit notes count from their own "
                               "date. Disputed invoices are included and shown in grey in the chart.");
        break;
    }
    case Chart::Dso: {
        if (index < 0 || index >= m_figures.dso.size())
            return;
        const DashboardDsoMonth &month = m_figures.dso.at(index);
        rows = month.rows;
        title = tr("DSO on %1: %2 days (%n customer(s) owing)", nullptr, int(rows.size()))
                    .arg(DisplayFormat::date(month.periodEnd), days(month.days));
        explanation = dsoExplanation(month);
        break;
    }
    case Chart::Cash: {
        const DashboardCashForecast &cash = m_figures.cash;
        dateHeader = tr("Expected on");
        if (index == DashboardData::CashWeeks || index == cash.weeks.size()) {
            rows = cash.overdueRows;
            title = tr("Already later than usual: %1 (%n customer(s))", nullptr, int(rows.size()))
                        .arg(DisplayFormat::money(cash.overdueCents));
            explanation = tr("These invoices are past the date each customer usually pays by: no date can be "
                             "forecast. They are for reminders, not for the cash plan.");
            break;
        }
        if (index < 0 || index >= cash.weeks.size())
            return;
        const DashboardCashWeek &week = cash.weeks.at(index);
        rows = week.rows;
        title = tr("Week of %1: %2 expected, %3 promised (%n customer(s))", nullptr, int(rows.size()))
                    .arg(weekLabel(week.monday), DisplayFormat::money(week.cents), DisplayFormat::money(week.promisedCents));
        explanation = tr("Each open invoice is expected on the date of an open promise covering it, otherwise at its "
                         "due date plus the customer's usual delay (its own weighted lateness, or its profile's). "
                         "Credit notes are deducted; disputed invoices are left out.");
        break;
    }
    case Chart::Profiles: {
        if (index < 0 || index >= m_figures.profiles.size())
            return;
        const DashboardProfileBar &bar = m_figures.profiles.at(index);
        rows = bar.rows;
        title = tr("%1: %n customer(s), %2 open", nullptr, bar.customers)
                    .arg(profileLabel(bar.profile), DisplayFormat::money(bar.openCents));
        explanation = tr("Each customer's profile is computed from its own payment history; the column on the right "
                         "says why.");
        break;
    }
    }
    m_listTitle->setText(title);
    m_listExplanation->setText(explanation);
    m_listModel->setRows(rows, dateHeader);
    m_listView->sortByColumn(-1, Qt::AscendingOrder); // the order the figures give: largest or earliest first
    m_listProxy->sort(-1);
    highlight(chart, index);
}
