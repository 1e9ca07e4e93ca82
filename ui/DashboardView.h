#pragma once
// DashboardView: the Tableau de bord: three figures (paid on time, promises kept, open disputes) plus the DSO, and
// four charts (aged balance, DSO month by month, cash expected per week, profile mix); a click on a bar shows the
// customers and invoices behind it in the list on the right.

#include "DashboardData.h"

#include <QWidget>

class Database;
class DashboardDataModel;
class QChart;
class QChartView;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

class DashboardView final : public QWidget
{
    Q_OBJECT

public:
    enum class Chart { AgedBalance, Dso, Cash, Profiles };
    Q_ENUM(Chart)

    // `db` must outlive the view. Cheap: the store is read when the view is first shown (or by reload()), so a main
    // window can create it at start-up without slowing the Today view down.
    explicit DashboardView(Database &db, QWidget *parent = nullptr);
    ~DashboardView() override;

    // Reads the store as of Clock::instance().today() and redraws everything (a few seconds for 100 000 invoices in a
    // debug build).
    void reload();
    // The data changed (import, completed action, resolved dispute…): reload now if visible, else when next shown.
    void markStale();
    bool isLoaded() const { return m_loaded; }
    const DashboardFigures &figures() const { return m_figures; }

    // Shows the list behind bar `index` of `chart` (what clicking it does). For Chart::Cash, index
    // DashboardData::CashWeeks lists what is already later than usual (the link under the chart).
    void showList(Chart chart, int index);
    Chart listChart() const { return m_listChart; }
    int listIndex() const { return m_listIndex; }
    QChartView *chartView(Chart chart) const;
    DashboardDataModel *listModel() const { return m_listModel; }

signals:
    // Double-click (or Enter) on a customer in the list: the main window may open its file.
    void customerActivated(qint64 customerId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createFigure(const char *name, QLabel **title, QLabel **value, QLabel **caption);
    QChartView *createChartView(const char *name);
    QWidget *createChartPanel(QChartView *view, QLabel **caption, const char *captionName);
    void rebuild();
    void updateFigures();
    void setChart(QChartView *view, QChart *chart);
    QChart *buildAgedChart();
    QChart *buildDsoChart();
    QChart *buildCashChart();
    QChart *buildProfileChart();
    void highlight(Chart chart, int index);
    QString dsoExplanation(const DashboardDsoMonth &month) const;
    QString bucketLabel(int bucket) const;
    QString monthLabel(QDate day) const;
    QString weekLabel(QDate monday) const;
    QString weekAxisLabel(QDate monday) const;
    QString profileLabel(const std::optional<PayerProfile> &profile) const;
    QString days(double value) const;

    Database &m_db;
    DashboardFigures m_figures;
    QString m_error;
    Chart m_listChart = Chart::AgedBalance;
    int m_listIndex = -1;
    bool m_loaded = false;

    QLabel *m_paidOnTimeValue = nullptr;
    QLabel *m_paidOnTimeCaption = nullptr;
    QLabel *m_promisesValue = nullptr;
    QLabel *m_promisesCaption = nullptr;
    QLabel *m_disputesValue = nullptr;
    QLabel *m_disputesCaption = nullptr;
    QLabel *m_dsoValue = nullptr;
    QLabel *m_dsoCaption = nullptr;
    QLabel *m_paidOnTimeTitle = nullptr;
    QLabel *m_promisesTitle = nullptr;
    QLabel *m_disputesTitle = nullptr;
    QLabel *m_dsoTitle = nullptr;

    QChartView *m_agedView = nullptr;
    QChartView *m_dsoView = nullptr;
    QChartView *m_cashView = nullptr;
    QChartView *m_profileView = nullptr;
    QLabel *m_agedCaption = nullptr;
    QLabel *m_dsoChartCaption = nullptr;
    QLabel *m_cashCaption = nullptr;
    QLabel *m_profileCaption = nullptr;

    QLabel *m_listTitle = nullptr;
    QLabel *m_listExplanation = nullptr;
    QTableView *m_listView = nullptr;
    DashboardDataModel *m_listModel = nullptr;
    QSortFilterProxyModel *m_listProxy = nullptr;
};
