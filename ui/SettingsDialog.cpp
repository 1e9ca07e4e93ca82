#include "SettingsDialog.h"

#include "Clock.h"
#include "Database.h"
#include "Money.h"
#include "SettingsDialogDelegate.h"
#include "SettingsDialogEcbRateModel.h"
#include "SettingsDialogScenarioModel.h"
#include "SmtpPassword.h"
#include "TemplateEditorPage.h"
#include "Validators.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QSet>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {

const char FieldLabelProperty[] = "fieldLabel";
const QColor ErrorColor(0xB0, 0x00, 0x20);
const QColor CaptionColor(0x5F, 0x63, 0x68);

QLabel *note(QWidget *parent, const QString &text)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, CaptionColor);
    label->setPalette(palette);
    return label;
}

// "10,00" from 1000 basis points (or cents): what people type back.
QString hundredthsText(qint64 value)
{
    return centsToFrench(value).remove(QChar(0x202F));
}

} // namespace

SettingsDialog::SettingsDialog(Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_storePassword = [](const QString &account, const QString &password) {
        return SmtpPassword::store(account, password);
    };
    m_askOpenFileName = [this](const QString &title, const QString &filter) {
        return QFileDialog::getOpenFileName(this, title, QString(), filter);
    };

    m_pageList = new QListWidget(this);
    m_pageList->setObjectName(QStringLiteral("pageList"));
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pageStack"));
    const QList<std::pair<QString, QWidget *>> pages = {
        {tr("Company"), createCompanyPage()},
        {tr("Terms and penalties"), createTermsPage()},
        {tr("Reminder calendar"), createCalendarPage()},
        {tr("Payer profiles"), createProfilesPage()},
        {tr("Scenarios"), createScenariosPage()},
        {tr("ECB rates"), createEcbRatesPage()},
        {tr("E-mail account"), createMailPage()},
        {tr("Letter templates"), createTemplatesPage()},
    };
    for (const auto &[title, page] : pages) {
        m_pageList->addItem(title);
        m_pages->addWidget(page);
    }
    m_pageList->setSpacing(3);
    m_pageList->setFixedWidth(m_pageList->sizeHintForColumn(0) + 24);
    connect(m_pageList, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_pageList, &QListWidget::currentRowChanged, this, [this](int row) {
        // The templates page shows a text and a page side by side: take the room the screen offers (1366 × 768 too).
        if (Page(row) != Page::Templates || !isVisible() || !screen())
            return;
        const QRect available = screen()->availableGeometry();
        const QSize wanted(std::min(1280, available.width() - 40), std::min(720, available.height() - 60));
        if (width() < wanted.width() || height() < wanted.height())
            resize(std::max(width(), wanted.width()), std::max(height(), wanted.height()));
    });

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, ErrorColor);
    m_errorLabel->setPalette(errorPalette);
    m_errorLabel->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *body = new QHBoxLayout;
    body->addWidget(m_pageList);
    body->addWidget(m_pages, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);

    auto loaded = SettingsDialogValues::load(m_db);
    if (loaded) {
        m_loaded = std::move(loaded).value();
    } else {
        m_error = tr("The settings could not be read: %1").arg(loaded.error());
        m_errorLabel->setText(m_error);
        m_errorLabel->show();
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    }
    load(m_loaded);
    m_pageList->setCurrentRow(0);
    // Amounts and rates are short: a narrow field reads as one.
    for (QLineEdit *edit : {m_capital, m_penaltyMargin, m_legalInterest, m_indemnity, m_phoneMinAmount})
        edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("000 000 000,00")) + 24);
    resize(1060, 640);
}

SettingsDialog::~SettingsDialog() = default;

QWidget *SettingsDialog::scrollable(QWidget *content)
{
    auto *area = new QScrollArea(this);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(content);
    return area;
}

QLineEdit *SettingsDialog::addLine(QFormLayout *form, const char *name, const QString &label, const QString &toolTip)
{
    auto *edit = new QLineEdit(form->parentWidget());
    edit->setObjectName(QString::fromLatin1(name));
    edit->setProperty(FieldLabelProperty, label);
    edit->setToolTip(toolTip);
    form->addRow(label, edit);
    return edit;
}

QSpinBox *SettingsDialog::addSpin(QFormLayout *form, const char *name, const QString &label, int minimum, int maximum,
                                  const QString &toolTip)
{
    auto *spin = new QSpinBox(form->parentWidget());
    spin->setObjectName(QString::fromLatin1(name));
    spin->setProperty(FieldLabelProperty, label);
    spin->setRange(minimum, maximum);
    spin->setToolTip(toolTip);
    spin->setMaximumWidth(spin->fontMetrics().horizontalAdvance(QStringLiteral("000000")) + 48);
    form->addRow(label, spin);
    return spin;
}

QString SettingsDialog::fieldLabel(const QWidget *widget)
{
    return widget ? widget->property(FieldLabelProperty).toString() : QString();
}

QWidget *SettingsDialog::createCompanyPage()
{
    auto *content = new QWidget(this);
    auto *form = new QFormLayout(content);
    form->addRow(note(content, tr("Your company as it appears on letters, e-mails and formal notices.")));
    m_companyName = addLine(form, "companyNameEdit", tr("Company name"));
    // The logo heads every letter (LetterLayout draws it top left).
    auto *logoRow = new QWidget(content);
    auto *logoLayout = new QHBoxLayout(logoRow);
    logoLayout->setContentsMargins(0, 0, 0, 0);
    m_logoPreview = new QLabel(logoRow);
    m_logoPreview->setObjectName(QStringLiteral("logoPreviewLabel"));
    m_logoPreview->setFrameShape(QFrame::StyledPanel);
    m_logoPreview->setAlignment(Qt::AlignCenter);
    m_logoPreview->setFixedSize(180, 64);
    m_chooseLogo = new QPushButton(tr("Choose &logo…"), logoRow);
    m_chooseLogo->setObjectName(QStringLiteral("chooseLogoButton"));
    m_chooseLogo->setToolTip(tr("A PNG or JPEG image, printed at the top left of your letters"));
    m_removeLogo = new QPushButton(tr("Remove"), logoRow);
    m_removeLogo->setObjectName(QStringLiteral("removeLogoButton"));
    logoLayout->addWidget(m_logoPreview);
    logoLayout->addWidget(m_chooseLogo);
    logoLayout->addWidget(m_removeLogo);
    logoLayout->addStretch(1);
    form->addRow(tr("Logo"), logoRow);
    connect(m_chooseLogo, &QPushButton::clicked, this, &SettingsDialog::chooseLogo);
    connect(m_removeLogo, &QPushButton::clicked, this, [this] {
        m_logoPng.clear();
        showLogo();
    });
    m_legalForm = addLine(form, "legalFormEdit", tr("Legal form"), tr("SARL, SAS, EURL…"));
    m_capital = addLine(form, "capitalEdit", tr("Share capital (€)"));
    m_siren = addLine(form, "sirenEdit", tr("SIREN"), tr("9 digits, e.g. 732 829 320"));
    m_rcsCity = addLine(form, "rcsCityEdit", tr("RCS registry"), tr("The city of the trade register: RCS Lyon"));
    m_vat = addLine(form, "vatEdit", tr("VAT number"), tr("FR + 2-digit key + SIREN, e.g. FR44732829320"));
    m_addressLine4 = addLine(form, "addressStreetEdit", tr("Street"), tr("Number and street: 12 rue des Lilas"));
    m_addressLine3 = addLine(form, "addressBuildingEdit", tr("Building, floor"));
    m_addressLine2 = addLine(form, "addressDepartmentEdit", tr("Department"), tr("Service comptabilité…"));
    m_addressLine5 = addLine(form, "addressPoBoxEdit", tr("PO box, locality"));
    m_postcode = addLine(form, "postcodeEdit", tr("Postcode"));
    m_city = addLine(form, "cityEdit", tr("City"));
    m_phone = addLine(form, "phoneEdit", tr("Phone"));
    m_email = addLine(form, "emailEdit", tr("E-mail"));
    m_website = addLine(form, "websiteEdit", tr("Website"));
    m_iban = addLine(form, "ibanEdit", tr("IBAN"), tr("Printed on reminders and formal notices: how to pay you"));
    m_bic = addLine(form, "bicEdit", tr("BIC"));
    m_signatoryName = addLine(form, "signatoryNameEdit", tr("Signatory"));
    m_signatoryTitle = addLine(form, "signatoryTitleEdit", tr("Signatory's title"), tr("Gérante, Président…"));
    m_latePaymentClause = new QPlainTextEdit(content);
    m_latePaymentClause->setObjectName(QStringLiteral("latePaymentClauseEdit"));
    m_latePaymentClause->setProperty(FieldLabelProperty, tr("Late-payment clause"));
    m_latePaymentClause->setTabChangesFocus(true);
    m_latePaymentClause->setFixedHeight(m_latePaymentClause->fontMetrics().height() * 4 + 12);
    form->addRow(tr("Late-payment clause"), m_latePaymentClause);
    return scrollable(content);
}

QWidget *SettingsDialog::createTermsPage()
{
    auto *content = new QWidget(this);
    auto *form = new QFormLayout(content);
    m_paymentTerms = addSpin(form, "paymentTermsSpin", tr("Default payment terms (days)"), 0, 60,
                             tr("For customers without terms of their own. The law allows at most 60 days from the "
                                "invoice date (Code de commerce L441-10)."));
    form->addRow(note(content, tr("Late-payment penalties run from the day after the due date: ECB rate of the "
                                  "half-year plus the margin below, unless a customer's contract sets its own rate "
                                  "(never below 3 × the legal interest rate).")));
    m_penaltyMargin = addLine(form, "penaltyMarginEdit", tr("Margin over the ECB rate (points)"),
                              tr("10,00 by default (L441-10 II)"));
    m_legalInterest = addLine(form, "legalInterestEdit", tr("Legal interest rate (%)"),
                              tr("The rate for professional creditors, updated each half-year; it sets the floor of "
                                 "contractual rates"));
    m_indemnity = addLine(form, "indemnityEdit", tr("Fixed recovery indemnity (€)"),
                          tr("Per invoice paid late: 40,00 € (D441-5)"));
    return scrollable(content);
}

QWidget *SettingsDialog::createCalendarPage()
{
    auto *content = new QWidget(this);
    auto *form = new QFormLayout(content);
    form->addRow(note(content, tr("Preventive reminders go by phone to accounts with few, large invoices and by "
                                  "e-mail to the others.")));
    m_phoneMaxInvoices = addSpin(form, "phoneMaxInvoicesSpin", tr("Call when at most this many open invoices"), 1, 100);
    m_phoneMinAmount = addLine(form, "phoneMinAmountEdit", tr("…and at least this amount (€)"));
    m_summerCampaign = new QCheckBox(tr("Call in July about invoices due in August"), content);
    m_summerCampaign->setObjectName(QStringLiteral("summerCampaignCheckBox"));
    form->addRow(tr("Summer campaign"), m_summerCampaign);
    auto *summer = new QWidget(content);
    auto *summerLayout = new QHBoxLayout(summer);
    summerLayout->setContentsMargins(0, 0, 0, 0);
    m_summerDay = new QSpinBox(summer);
    m_summerDay->setObjectName(QStringLiteral("summerDaySpin"));
    m_summerDay->setRange(1, 31);
    m_summerMonth = new QSpinBox(summer);
    m_summerMonth->setObjectName(QStringLiteral("summerMonthSpin"));
    m_summerMonth->setRange(1, 12);
    m_summerDay->setProperty(FieldLabelProperty, tr("Summer campaign start"));
    m_summerMonth->setProperty(FieldLabelProperty, tr("Summer campaign start"));
    summerLayout->addWidget(m_summerDay);
    summerLayout->addWidget(new QLabel(tr("/"), summer));
    summerLayout->addWidget(m_summerMonth);
    summerLayout->addStretch(1);
    form->addRow(tr("Summer campaign start (day / month)"), summer);
    connect(m_summerCampaign, &QCheckBox::toggled, summer, &QWidget::setEnabled);
    m_maxNoAnswer = addSpin(form, "maxNoAnswerSpin", tr("Calls tried again when nobody answers"), 1, 10,
                            tr("Voicemail or unreachable: tried again the next working day, this many times"));
    m_minGap = addSpin(form, "minGapSpin", tr("Days between two steps on an invoice, at least"), 0, 30);
    m_paymentInProgress = addSpin(form, "paymentInProgressSpin", tr("Days reminders wait after “payment sent”"), 1, 30);
    m_alsaceMoselle = new QCheckBox(tr("Good Friday and 26 December are holidays (Alsace-Moselle)"), content);
    m_alsaceMoselle->setObjectName(QStringLiteral("alsaceMoselleCheckBox"));
    form->addRow(tr("Public holidays"), m_alsaceMoselle);
    return scrollable(content);
}

QWidget *SettingsDialog::createProfilesPage()
{
    auto *content = new QWidget(this);
    auto *form = new QFormLayout(content);
    form->addRow(note(content, tr("Each customer's profile is computed from its own history with these thresholds; "
                                  "run the classification again after changing them.")));
    const QHash<QString, std::pair<QString, QString>> labels = {
        {QStringLiteral("window_months"), {tr("History looked at (months)"), tr("Invoices issued in the last N months")}},
        {QStringLiteral("late_days"), {tr("Late from (days after the due date)"), tr("Paid more than N days late counts as late")}},
        {QStringLiteral("late_share_pct"), {tr("négligent: share of invoices paid late (%)"), {}}},
        {QStringLiteral("bad_payer_weighted_days"), {tr("mauvais payeur: weighted lateness from (days)"), tr("Average lateness weighted by amount")}},
        {QStringLiteral("broken_promises_bad_payer"), {tr("mauvais payeur: or broken promises from"), {}}},
        {QStringLiteral("dispute_share_pct"), {tr("litige: share of invoices disputed (%)"), {}}},
        {QStringLiteral("min_disputes"), {tr("litige: and at least this many disputes"), {}}},
        {QStringLiteral("approval_share_pct"), {tr("administratif: share of “awaiting approval” answers (%)"), {}}},
        {QStringLiteral("automatic_on_time_pct"), {tr("automatique: share paid on time (%)"), tr("LCR or direct debit customers")}},
        {QStringLiteral("insolvent_overdue_days"), {tr("insolvable: open invoices late by (days)"), {}}},
        {QStringLiteral("insolvent_min_overdue"), {tr("insolvable: at least this many of them"), {}}},
        {QStringLiteral("steady_lateness_days"), {tr("insolvable: used to pay within (days)"), tr("Weighted lateness in the older half of the history")}},
        {QStringLiteral("collapse_lateness_days"), {tr("insolvable: then pays after (days)"), tr("Weighted lateness in the recent half, open invoices counted as late so far")}},
    };
    for (const SettingsDialogValues::Threshold &t : SettingsDialogValues::thresholdFields()) {
        const auto label = labels.value(QLatin1String(t.key));
        const QByteArray name = QByteArray("threshold_") + t.key;
        m_thresholds << addSpin(form, name.constData(), label.first, t.minimum, t.maximum, label.second);
    }
    return scrollable(content);
}

QWidget *SettingsDialog::createScenariosPage()
{
    auto *page = new QWidget(this);
    m_scenarioModel = new SettingsDialogScenarioModel(this);
    m_scenarioProfile = new QComboBox(page);
    m_scenarioProfile->setObjectName(QStringLiteral("scenarioProfileCombo"));
    for (PayerProfile p : AllPayerProfiles)
        m_scenarioProfile->addItem(payerProfileFrench(p), int(p));
    m_scenarioName = new QLineEdit(page);
    m_scenarioName->setObjectName(QStringLiteral("scenarioNameEdit"));
    m_scenarioName->setProperty(FieldLabelProperty, tr("Scenario name"));
    m_scenarioActive = new QCheckBox(tr("Active"), page);
    m_scenarioActive->setObjectName(QStringLiteral("scenarioActiveCheckBox"));
    m_scenarioActive->setToolTip(tr("An inactive scenario plans no reminder for the customers of this profile"));

    m_scenarioView = new QTableView(page);
    m_scenarioView->setObjectName(QStringLiteral("scenarioStepTableView"));
    m_scenarioView->setModel(m_scenarioModel);
    m_scenarioView->setItemDelegate(new SettingsDialogDelegate(m_scenarioView));
    m_scenarioView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_scenarioView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_scenarioView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                    | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_scenarioView->verticalHeader()->setDefaultSectionSize(m_scenarioView->fontMetrics().height() + 12);
    QHeaderView *header = m_scenarioView->horizontalHeader();
    header->setStretchLastSection(true);
    const QFontMetrics metrics = m_scenarioView->fontMetrics();
    header->resizeSection(SettingsDialogScenarioModel::Step,
                          metrics.horizontalAdvance(QStringLiteral("Relance préventive")) + 32);
    header->resizeSection(SettingsDialogScenarioModel::Offset, metrics.horizontalAdvance(QStringLiteral("15 jours avant")) + 24);
    header->resizeSection(SettingsDialogScenarioModel::FromPrevious, metrics.horizontalAdvance(QStringLiteral("Après la précédente")) + 16);
    header->resizeSection(SettingsDialogScenarioModel::Channel,
                          metrics.horizontalAdvance(QStringLiteral("Lettre recommandée AR")) + 32);
    header->resizeSection(SettingsDialogScenarioModel::Template, metrics.horizontalAdvance(QStringLiteral("formal_notice")) + 24);

    m_addStep = new QPushButton(tr("&Add a step"), page);
    m_addStep->setObjectName(QStringLiteral("addStepButton"));
    m_removeStep = new QPushButton(tr("&Remove"), page);
    m_removeStep->setObjectName(QStringLiteral("removeStepButton"));
    m_moveStepUp = new QPushButton(tr("&Up"), page);
    m_moveStepUp->setObjectName(QStringLiteral("moveStepUpButton"));
    m_moveStepDown = new QPushButton(tr("&Down"), page);
    m_moveStepDown->setObjectName(QStringLiteral("moveStepDownButton"));
    m_resetScenario = new QPushButton(tr("Back to the &default scenario"), page);
    m_resetScenario->setObjectName(QStringLiteral("resetScenarioButton"));

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Profile"), page));
    top->addWidget(m_scenarioProfile);
    top->addSpacing(12);
    top->addWidget(new QLabel(tr("Name"), page));
    top->addWidget(m_scenarioName, 1);
    top->addWidget(m_scenarioActive);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addStep);
    buttons->addWidget(m_removeStep);
    buttons->addWidget(m_moveStepUp);
    buttons->addWidget(m_moveStepDown);
    buttons->addStretch(1);
    buttons->addWidget(m_resetScenario);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(note(page, tr("Each step is timed from the due date (negative: before it) or from the previous "
                                    "step, and escalates: préventive, relances 1 to 3, mise en demeure, contentieux. "
                                    "Double-click a cell to change it.")));
    layout->addWidget(m_scenarioView, 1);
    layout->addLayout(buttons);

    connect(m_scenarioProfile, &QComboBox::currentIndexChanged, this, [this] {
        m_scenarioModel->setProfile(PayerProfile(m_scenarioProfile->currentData().toInt()));
        updateScenarioEditor();
    });
    connect(m_scenarioName, &QLineEdit::textEdited, this, [this](const QString &text) { m_scenarioModel->setName(text); });
    connect(m_scenarioActive, &QCheckBox::toggled, this, [this](bool on) { m_scenarioModel->setActive(on); });
    connect(m_addStep, &QPushButton::clicked, this, [this] {
        const int row = m_scenarioModel->addStep();
        m_scenarioView->setCurrentIndex(m_scenarioModel->index(row, SettingsDialogScenarioModel::Step));
        m_scenarioView->setFocus();
    });
    connect(m_removeStep, &QPushButton::clicked, this, [this] {
        m_scenarioModel->removeStep(m_scenarioView->currentIndex().row());
        updateScenarioButtons();
    });
    const auto move = [this](int by) {
        const QModelIndex current = m_scenarioView->currentIndex();
        if (!current.isValid())
            return;
        const int row = m_scenarioModel->moveStep(current.row(), by);
        m_scenarioView->setCurrentIndex(m_scenarioModel->index(row, current.column()));
    };
    connect(m_moveStepUp, &QPushButton::clicked, this, [move] { move(-1); });
    connect(m_moveStepDown, &QPushButton::clicked, this, [move] { move(1); });
    connect(m_resetScenario, &QPushButton::clicked, this, [this] {
        m_scenarioModel->resetToDefault();
        updateScenarioEditor();
    });
    connect(m_scenarioView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SettingsDialog::updateScenarioButtons);
    connect(m_scenarioModel, &QAbstractItemModel::modelReset, this, &SettingsDialog::updateScenarioButtons);
    return page;
}

QWidget *SettingsDialog::createEcbRatesPage()
{
    auto *page = new QWidget(this);
    m_ecbModel = new SettingsDialogEcbRateModel(this);
    m_ecbView = new QTableView(page);
    m_ecbView->setObjectName(QStringLiteral("ecbRateTableView"));
    m_ecbView->setModel(m_ecbModel);
    m_ecbView->setItemDelegate(new SettingsDialogDelegate(m_ecbView));
    m_ecbView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ecbView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                               | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_ecbView->verticalHeader()->hide();
    m_ecbView->verticalHeader()->setDefaultSectionSize(m_ecbView->fontMetrics().height() + 12);
    m_ecbView->horizontalHeader()->setStretchLastSection(true);
    m_ecbView->horizontalHeader()->resizeSection(SettingsDialogEcbRateModel::InForceFrom,
                                                 m_ecbView->fontMetrics().horizontalAdvance(QStringLiteral("En vigueur depuis le")) + 48);
    // Two short columns: keep the rate next to its date.
    m_ecbView->setMaximumWidth(m_ecbView->fontMetrics().horizontalAdvance(
                                   QStringLiteral("En vigueur depuis le Taux de refinancement principal BCE")) + 96);
    m_addRate = new QPushButton(tr("&Add a rate"), page);
    m_addRate->setObjectName(QStringLiteral("addRateButton"));
    m_removeRate = new QPushButton(tr("&Remove"), page);
    m_removeRate->setObjectName(QStringLiteral("removeRateButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addRate);
    buttons->addWidget(m_removeRate);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(note(page, tr("The ECB main refinancing rate, each decision with the day it applies from. "
                                    "Penalties use the rate in force on 1 January for the first half-year and on "
                                    "1 July for the second. Add the ECB's new decisions here.")));
    layout->addWidget(m_ecbView, 1);
    layout->addLayout(buttons);

    connect(m_addRate, &QPushButton::clicked, this, [this] {
        const int row = m_ecbModel->addRate(Clock::instance().today());
        const QModelIndex rate = m_ecbModel->index(row, SettingsDialogEcbRateModel::Rate);
        m_ecbView->setCurrentIndex(rate);
        m_ecbView->setFocus();
        m_ecbView->edit(rate);
    });
    connect(m_removeRate, &QPushButton::clicked, this, [this] {
        m_ecbModel->removeRate(m_ecbView->currentIndex().row());
        m_removeRate->setEnabled(m_ecbView->currentIndex().isValid());
    });
    connect(m_ecbView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { m_removeRate->setEnabled(current.isValid()); });
    m_removeRate->setEnabled(false);
    return page;
}

QWidget *SettingsDialog::createMailPage()
{
    auto *content = new QWidget(this);
    auto *form = new QFormLayout(content);
    form->addRow(note(content, tr("The account reminders are sent from. Leave the server empty to write e-mails "
                                  "with your own mail program instead. The password is kept in the system keychain, "
                                  "never in Encaisse's files.")));
    m_smtpHost = addLine(form, "smtpHostEdit", tr("SMTP server"), tr("smtp.example.fr"));
    m_smtpSecurity = new QComboBox(content);
    m_smtpSecurity->setObjectName(QStringLiteral("smtpSecurityCombo"));
    m_smtpSecurity->setProperty(FieldLabelProperty, tr("Security"));
    m_smtpSecurity->addItem(tr("STARTTLS (port 587)"), SmtpSettings::securityKey(SmtpSettings::Security::StartTls));
    m_smtpSecurity->addItem(tr("TLS (port 465)"), SmtpSettings::securityKey(SmtpSettings::Security::Tls));
    m_smtpSecurity->addItem(tr("None (a relay on this computer only)"), SmtpSettings::securityKey(SmtpSettings::Security::None));
    form->addRow(tr("Security"), m_smtpSecurity);
    m_smtpPort = addSpin(form, "smtpPortSpin", tr("Port"), 1, 65535);
    m_smtpUser = addLine(form, "smtpUserEdit", tr("Login"));
    m_smtpPassword = addLine(form, "smtpPasswordEdit", tr("Password"));
    m_smtpPassword->setEchoMode(QLineEdit::Password);
    m_smtpPassword->setPlaceholderText(tr("unchanged"));
    m_smtpFromName = addLine(form, "smtpFromNameEdit", tr("Sender name"), tr("Atelier Martin — Comptabilité"));
    m_smtpFrom = addLine(form, "smtpFromEdit", tr("Sender address"));
    m_smtpReplyTo = addLine(form, "smtpReplyToEdit", tr("Reply-to address"), tr("Optional: where customers' answers go"));
    m_smtpHost->setPlaceholderText(m_smtpHost->toolTip());
    m_smtpFromName->setPlaceholderText(m_smtpFromName->toolTip());
    connect(m_smtpSecurity, &QComboBox::currentIndexChanged, this, [this] {
        // Follow the usual port of the security chosen, unless a custom port was typed.
        const bool tls = m_smtpSecurity->currentData().toString() == SmtpSettings::securityKey(SmtpSettings::Security::Tls);
        if (m_smtpPort->value() == 587 || m_smtpPort->value() == 465 || m_smtpPort->value() == 25)
            m_smtpPort->setValue(tls ? 465 : 587);
    });
    return scrollable(content);
}

QWidget *SettingsDialog::createTemplatesPage()
{
    m_templateEditor = new TemplateEditorPage(m_db, this);
    return m_templateEditor;
}

Result<QByteArray> SettingsDialog::logoFromFile(const QString &path)
{
    using R = Result<QByteArray>;
    if (!QFileInfo(path).isFile())
        return R::failure(tr("%1: file not found").arg(QDir::toNativeSeparators(path)));
    QImageReader reader(path);
    reader.setAutoTransform(true); // a photo's orientation, as the camera meant it
    const QByteArray format = reader.format();
    if (format != "png" && format != "jpeg")
        return R::failure(tr("%1: not a PNG or JPEG image").arg(QDir::toNativeSeparators(path)));
    QImage image = reader.read();
    if (image.isNull())
        return R::failure(tr("%1: the image cannot be read (%2)").arg(QDir::toNativeSeparators(path), reader.errorString()));
    // Letters print it at most 45 × 16 mm: 600 pixels wide is more than 300 dpi there, and keeps the file small.
    if (image.width() > MaxLogoWidth || image.height() > MaxLogoHeight)
        image = image.scaled(QSize(MaxLogoWidth, MaxLogoHeight), Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return R::failure(tr("%1: the image cannot be converted to PNG").arg(QDir::toNativeSeparators(path)));
    return png;
}

void SettingsDialog::chooseLogo()
{
    const QString path = m_askOpenFileName(tr("Choose your logo"), tr("PNG or JPEG images (*.png *.jpg *.jpeg);;All files (*)"));
    if (path.isEmpty())
        return;
    auto png = logoFromFile(path);
    if (!png) {
        m_error = tr("Logo: %1").arg(png.error());
        m_errorLabel->setText(m_error);
        m_errorLabel->show();
        return;
    }
    m_logoPng = std::move(png).value();
    m_error.clear();
    m_errorLabel->hide();
    showLogo();
}

void SettingsDialog::showLogo()
{
    QImage logo;
    if (!m_logoPng.isEmpty())
        logo.loadFromData(m_logoPng);
    if (logo.isNull()) {
        m_logoPreview->setPixmap(QPixmap());
        m_logoPreview->setText(tr("No logo"));
        m_logoPreview->setToolTip(QString());
    } else {
        const QSize box = m_logoPreview->contentsRect().size() - QSize(8, 8);
        m_logoPreview->setPixmap(QPixmap::fromImage(logo.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        m_logoPreview->setToolTip(tr("%1 × %2 pixels").arg(logo.width()).arg(logo.height()));
    }
    m_removeLogo->setEnabled(!logo.isNull());
}

void SettingsDialog::load(const SettingsDialogValues &v)
{
    const Company &c = v.company;
    m_companyName->setText(c.name);
    m_legalForm->setText(c.legalForm);
    m_capital->setText(c.capitalCents ? hundredthsText(c.capitalCents) : QString());
    m_siren->setText(c.siren);
    m_rcsCity->setText(c.rcsCity);
    m_vat->setText(c.vatNumber);
    m_addressLine2->setText(c.address.line2);
    m_addressLine3->setText(c.address.line3);
    m_addressLine4->setText(c.address.line4);
    m_addressLine5->setText(c.address.line5);
    m_postcode->setText(c.address.postcode);
    m_city->setText(c.address.city);
    m_phone->setText(c.phone);
    m_email->setText(c.email);
    m_website->setText(c.website);
    m_iban->setText(c.iban);
    m_bic->setText(c.bic);
    m_signatoryName->setText(c.signatoryName);
    m_signatoryTitle->setText(c.signatoryTitle);
    m_latePaymentClause->setPlainText(c.latePaymentClause);
    m_logoPng = c.logoPng;
    showLogo();

    m_paymentTerms->setValue(v.paymentTermsDays);
    m_penaltyMargin->setText(hundredthsText(v.penalty.marginBp));
    m_legalInterest->setText(hundredthsText(v.penalty.legalInterestRateBp));
    m_indemnity->setText(hundredthsText(v.penalty.indemnityCents));

    m_phoneMaxInvoices->setValue(v.planner.preventivePhoneMaxInvoices);
    m_phoneMinAmount->setText(hundredthsText(v.planner.preventivePhoneMinCents));
    m_summerCampaign->setChecked(v.planner.summerCampaign);
    m_summerDay->setValue(v.planner.summerCampaignDay);
    m_summerMonth->setValue(v.planner.summerCampaignMonth);
    m_summerDay->parentWidget()->setEnabled(v.planner.summerCampaign);
    m_maxNoAnswer->setValue(v.planner.maxNoAnswerAttempts);
    m_minGap->setValue(v.planner.minGapDays);
    m_paymentInProgress->setValue(v.planner.paymentInProgressDays);
    m_alsaceMoselle->setChecked(v.planner.alsaceMoselle);

    const auto &fields = SettingsDialogValues::thresholdFields();
    for (qsizetype i = 0; i < fields.size(); ++i)
        m_thresholds.at(i)->setValue(v.thresholds.*fields.at(i).field);

    m_scenarioModel->setScenarios(v.scenarios);
    m_scenarioModel->setProfile(PayerProfile(m_scenarioProfile->currentData().toInt()));
    updateScenarioEditor();
    m_ecbModel->setTable(v.ecbRates);
    m_ecbView->scrollToBottom(); // the latest decisions

    m_smtpHost->setText(v.smtp.host);
    m_smtpSecurity->setCurrentIndex(std::max(0, m_smtpSecurity->findData(SmtpSettings::securityKey(v.smtp.security))));
    m_smtpPort->setValue(v.smtp.port);
    m_smtpUser->setText(v.smtp.user);
    m_smtpPassword->clear();
    m_smtpFromName->setText(v.smtp.from.name);
    m_smtpFrom->setText(v.smtp.from.address);
    m_smtpReplyTo->setText(v.smtp.replyTo);
}

void SettingsDialog::updateScenarioEditor()
{
    m_scenarioName->setText(m_scenarioModel->name());
    m_scenarioActive->setChecked(m_scenarioModel->isActive());
    updateScenarioButtons();
}

void SettingsDialog::updateScenarioButtons()
{
    const QModelIndex current = m_scenarioView->currentIndex();
    const int rows = m_scenarioModel->rowCount();
    m_removeStep->setEnabled(current.isValid());
    m_moveStepUp->setEnabled(current.isValid() && current.row() > 0);
    m_moveStepDown->setEnabled(current.isValid() && current.row() < rows - 1);
}

Result<SettingsDialogValues> SettingsDialog::collect(Problem *problem)
{
    using R = Result<SettingsDialogValues>;
    SettingsDialogValues v = m_loaded;
    const auto fail = [problem](Page page, QWidget *widget, const QString &message) {
        *problem = Problem{page, widget, message};
        return R::failure(message);
    };
    const auto field = [](QWidget *widget, const QString &reason) { return tr("%1: %2").arg(fieldLabel(widget), reason); };
    const auto text = [](const QLineEdit *edit) { return edit->text().trimmed(); };
    // An amount in euros, "1 500,00"; empty is `empty`.
    const auto money = [&](QLineEdit *edit, qint64 empty, qint64 minimum, qint64 maximum, Page page,
                           qint64 *out) -> std::optional<Problem> {
        if (text(edit).isEmpty()) {
            *out = empty;
            return std::nullopt;
        }
        QString error;
        const auto cents = Money::parseCents(text(edit), &error);
        if (!cents)
            return Problem{page, edit, field(edit, error.isEmpty() ? tr("“%1” is not an amount").arg(text(edit)) : error)};
        if (*cents < minimum || *cents > maximum)
            return Problem{page, edit, field(edit, tr("must be between %1 and %2").arg(Money(minimum).toFrench(), Money(maximum).toFrench()))};
        *out = *cents;
        return std::nullopt;
    };
    // A rate in percent with at most two decimals, "10,00".
    const auto rate = [&](QLineEdit *edit, int minimum, int maximum, Page page, int *out) -> std::optional<Problem> {
        const auto bp = EcbRateTable::parseBp(text(edit));
        if (!bp)
            return Problem{page, edit, field(edit, tr("“%1” is not a rate in percent (e.g. 10,00)").arg(text(edit)))};
        if (*bp < minimum || *bp > maximum)
            return Problem{page, edit, field(edit, tr("must be between %1 % and %2 %")
                                                     .arg(SettingsDialogEcbRateModel::rateText(minimum),
                                                          SettingsDialogEcbRateModel::rateText(maximum)))};
        *out = *bp;
        return std::nullopt;
    };
    const auto returnProblem = [problem](const Problem &p) {
        *problem = p;
        return R::failure(p.message);
    };

    // Company
    Company &c = v.company;
    c.name = text(m_companyName);
    if (c.name.isEmpty())
        return fail(Page::Company, m_companyName, field(m_companyName, tr("required: it heads every letter and e-mail")));
    c.legalForm = text(m_legalForm);
    if (auto p = money(m_capital, 0, 0, Q_INT64_C(100000000000), Page::Company, &c.capitalCents))
        return returnProblem(*p);
    c.siren = Validators::normalizeDigits(text(m_siren));
    if (!c.siren.isEmpty())
        if (auto s = Validators::siren(text(m_siren)); !s)
            return fail(Page::Company, m_siren, field(m_siren, s.error()));
    c.rcsCity = text(m_rcsCity);
    c.vatNumber = text(m_vat).toUpper().remove(QRegularExpression(QStringLiteral("[\\s.\\-]")));
    if (!c.vatNumber.isEmpty()) {
        if (auto s = Validators::frenchVat(text(m_vat)); !s)
            return fail(Page::Company, m_vat, field(m_vat, s.error()));
        if (!c.siren.isEmpty() && c.vatNumber != Validators::vatFromSiren(c.siren))
            return fail(Page::Company, m_vat,
                        field(m_vat, tr("does not match the SIREN %1 (it would be %2)").arg(c.siren, Validators::vatFromSiren(c.siren))));
    }
    c.address.line2 = text(m_addressLine2);
    c.address.line3 = text(m_addressLine3);
    c.address.line4 = text(m_addressLine4);
    c.address.line5 = text(m_addressLine5);
    c.address.postcode = text(m_postcode);
    c.address.city = text(m_city);
    if (!c.address.postcode.isEmpty() && c.address.country == u"FR"
        && !QRegularExpression(QStringLiteral("^\\d{5}$")).match(c.address.postcode).hasMatch())
        return fail(Page::Company, m_postcode, field(m_postcode, tr("“%1” is not a French postcode (5 digits)").arg(c.address.postcode)));
    c.phone = text(m_phone);
    c.email = text(m_email);
    if (!c.email.isEmpty() && !MailAddress{{}, c.email}.isValid())
        return fail(Page::Company, m_email, field(m_email, tr("“%1” is not an e-mail address").arg(c.email)));
    c.website = text(m_website);
    c.iban = text(m_iban);
    if (!c.iban.isEmpty()) {
        if (auto s = Validators::iban(c.iban); !s)
            return fail(Page::Company, m_iban, field(m_iban, s.error()));
        c.iban = Validators::formatIban(c.iban);
    }
    c.bic = text(m_bic).toUpper().remove(u' ');
    if (!c.bic.isEmpty() && !QRegularExpression(QStringLiteral("^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$")).match(c.bic).hasMatch())
        return fail(Page::Company, m_bic, field(m_bic, tr("“%1” is not a BIC: 8 or 11 letters and digits, e.g. BNPAFRPPXXX").arg(text(m_bic))));
    c.signatoryName = text(m_signatoryName);
    c.signatoryTitle = text(m_signatoryTitle);
    c.latePaymentClause = m_latePaymentClause->toPlainText().trimmed();
    c.logoPng = m_logoPng;

    // Terms and penalties
    v.paymentTermsDays = m_paymentTerms->value();
    if (v.paymentTermsDays < 0 || v.paymentTermsDays > 60)
        return fail(Page::Terms, m_paymentTerms, field(m_paymentTerms, tr("at most 60 days from the invoice date (L441-10)")));
    if (auto p = rate(m_penaltyMargin, 0, 3000, Page::Terms, &v.penalty.marginBp))
        return returnProblem(*p);
    if (auto p = rate(m_legalInterest, 1, 2000, Page::Terms, &v.penalty.legalInterestRateBp))
        return returnProblem(*p);
    if (auto p = money(m_indemnity, -1, 0, 100000, Page::Terms, &v.penalty.indemnityCents))
        return returnProblem(*p);
    if (v.penalty.indemnityCents < 0)
        return fail(Page::Terms, m_indemnity, field(m_indemnity, tr("required (40,00 € by law)")));

    // Calendar
    v.planner.preventivePhoneMaxInvoices = m_phoneMaxInvoices->value();
    if (auto p = money(m_phoneMinAmount, 0, 0, Q_INT64_C(100000000), Page::Calendar, &v.planner.preventivePhoneMinCents))
        return returnProblem(*p);
    v.planner.summerCampaign = m_summerCampaign->isChecked();
    v.planner.summerCampaignDay = m_summerDay->value();
    v.planner.summerCampaignMonth = m_summerMonth->value();
    // A day every year has: 29 February would skip three years out of four.
    if (!QDate(2001, v.planner.summerCampaignMonth, v.planner.summerCampaignDay).isValid())
        return fail(Page::Calendar, m_summerDay,
                    field(m_summerDay, tr("%1/%2 is not a day of every year").arg(v.planner.summerCampaignDay).arg(v.planner.summerCampaignMonth)));
    v.planner.maxNoAnswerAttempts = m_maxNoAnswer->value();
    v.planner.minGapDays = m_minGap->value();
    v.planner.paymentInProgressDays = m_paymentInProgress->value();
    v.planner.alsaceMoselle = m_alsaceMoselle->isChecked();

    // Profiles
    const auto &fields = SettingsDialogValues::thresholdFields();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        QSpinBox *spin = m_thresholds.at(i);
        if (spin->value() < fields.at(i).minimum || spin->value() > fields.at(i).maximum)
            return fail(Page::Profiles, spin, field(spin, tr("must be between %1 and %2").arg(fields.at(i).minimum).arg(fields.at(i).maximum)));
        v.thresholds.*fields.at(i).field = spin->value();
    }
    if (v.thresholds.collapseLatenessDays <= v.thresholds.steadyLatenessDays) {
        QSpinBox *collapse = m_thresholds.at(fields.size() - 1);
        return fail(Page::Profiles, collapse,
                    field(collapse, tr("must be more than “%1” (%2)").arg(fieldLabel(m_thresholds.at(fields.size() - 2)))
                                        .arg(v.thresholds.steadyLatenessDays)));
    }

    // Scenarios: checked profile by profile, the editor shows the one at fault.
    const auto scenarioProblem = [&](PayerProfile profile, int row, int column, const QString &message) {
        m_scenarioProfile->setCurrentIndex(m_scenarioProfile->findData(int(profile)));
        if (row >= 0)
            m_scenarioView->setCurrentIndex(m_scenarioModel->index(row, column));
        return fail(Page::Scenarios, row >= 0 ? static_cast<QWidget *>(m_scenarioView) : m_scenarioName, message);
    };
    static const QRegularExpression templatePattern(QStringLiteral("^[a-z0-9_]+$"));
    const QHash<PayerProfile, Scenario> scenarios = m_scenarioModel->scenarios();
    for (PayerProfile profile : AllPayerProfiles) {
        const auto it = scenarios.constFind(profile);
        if (it == scenarios.constEnd())
            continue;
        const QString name = payerProfileFrench(profile);
        if (it->name.trimmed().isEmpty())
            return scenarioProblem(profile, -1, 0, tr("Scenario “%1”, name: required").arg(name));
        const QList<SettingsDialogScenarioModel::Row> &rows = m_scenarioModel->rows(profile);
        int previousRank = -1;
        QString previousStep;
        for (int row = 0; row < rows.size(); ++row) {
            const ScenarioStep &step = rows.at(row).step;
            const QString where = tr("Scenario “%1”, step %2").arg(name).arg(row + 1);
            const int rank = Scenario::rank(step.step);
            if (rank < 0)
                return scenarioProblem(profile, row, SettingsDialogScenarioModel::Step,
                                       tr("%1: unknown step “%2”").arg(where, step.step));
            if (rank <= previousRank)
                return scenarioProblem(profile, row, SettingsDialogScenarioModel::Step,
                                       tr("%1: “%2” must come before “%3”: the steps escalate")
                                           .arg(where, SettingsDialogScenarioModel::stepText(step.step),
                                                SettingsDialogScenarioModel::stepText(previousStep)));
            previousRank = rank;
            previousStep = step.step;
            if (row == 0 && step.fromPrevious)
                return scenarioProblem(profile, row, SettingsDialogScenarioModel::FromPrevious,
                                       tr("%1: the first step counts from the due date, there is no previous step").arg(where));
            if (step.fromPrevious && step.offsetDays < 1)
                return scenarioProblem(profile, row, SettingsDialogScenarioModel::Offset,
                                       tr("%1, when: at least 1 day after the previous step").arg(where));
            if (step.offsetDays < SettingsDialogScenarioModel::MinOffsetDays || step.offsetDays > SettingsDialogScenarioModel::MaxOffsetDays)
                return scenarioProblem(profile, row, SettingsDialogScenarioModel::Offset,
                                       tr("%1, when: between %2 and %3 days from the due date")
                                           .arg(where)
                                           .arg(SettingsDialogScenarioModel::MinOffsetDays)
                                           .arg(SettingsDialogScenarioModel::MaxOffsetDays));
            if (!SettingsDialogScenarioModel::channels().contains(step.channel))
                return scenarioProblem(profile, row, SettingsDialogScenarioModel::Channel,
                                       tr("%1, channel: unknown channel “%2”").arg(where, step.channel));
            if (!templatePattern.match(step.templateKey).hasMatch())
                return scenarioProblem(profile, row, SettingsDialogScenarioModel::Template,
                                       tr("%1, template: required, in lower-case letters, digits and _ (e.g. level1)").arg(where));
            const QString amount = rows.at(row).minAmountText;
            if (!amount.trimmed().isEmpty()) {
                QString error;
                const auto cents = Money::parseCents(amount, &error);
                if (!cents || *cents < 0)
                    return scenarioProblem(profile, row, SettingsDialogScenarioModel::MinAmount,
                                           tr("%1, minimum amount: %2").arg(where, error.isEmpty() ? tr("“%1” is not an amount").arg(amount) : error));
            }
        }
    }
    v.scenarios = scenarios;

    // ECB rates
    const QList<SettingsDialogEcbRateModel::Row> &rates = m_ecbModel->rows();
    if (rates.isEmpty())
        return fail(Page::EcbRates, m_ecbView, tr("ECB rates: the table needs at least one rate"));
    EcbRateTable table;
    QSet<QDate> seen;
    for (int row = 0; row < rates.size(); ++row) {
        const auto &r = rates.at(row);
        const auto at = [this, row](int column) {
            m_ecbView->setCurrentIndex(m_ecbModel->index(row, column));
            return m_ecbView;
        };
        if (!r.inForceFrom.isValid())
            return fail(Page::EcbRates, at(SettingsDialogEcbRateModel::InForceFrom),
                        tr("ECB rates, row %1, date: required").arg(row + 1));
        if (seen.contains(r.inForceFrom))
            return fail(Page::EcbRates, at(SettingsDialogEcbRateModel::InForceFrom),
                        tr("ECB rates, row %1, date: %2 is already in the table").arg(row + 1).arg(r.inForceFrom.toString(u"dd/MM/yyyy")));
        seen.insert(r.inForceFrom);
        const auto bp = EcbRateTable::parseBp(r.rateText);
        if (!bp || *bp < -100 || *bp > 2000)
            return fail(Page::EcbRates, at(SettingsDialogEcbRateModel::Rate),
                        tr("ECB rates, row %1, rate: “%2” is not a rate between -1,00 and 20,00 % (e.g. 2,15)").arg(row + 1).arg(r.rateText));
        table.add(r.inForceFrom, *bp);
    }
    v.ecbRates = table;

    // E-mail account
    SmtpSettings &smtp = v.smtp;
    smtp.host = text(m_smtpHost);
    smtp.port = m_smtpPort->value();
    smtp.security = SmtpSettings::securityFromKey(m_smtpSecurity->currentData().toString()).value_or(SmtpSettings::Security::StartTls);
    smtp.user = text(m_smtpUser);
    smtp.from.name = text(m_smtpFromName);
    smtp.from.address = text(m_smtpFrom);
    smtp.replyTo = text(m_smtpReplyTo);
    const bool anyMail = !smtp.host.isEmpty() || !smtp.user.isEmpty() || !smtp.from.address.isEmpty()
                         || !m_smtpPassword->text().isEmpty();
    if (anyMail) {
        if (smtp.host.isEmpty())
            return fail(Page::Mail, m_smtpHost, field(m_smtpHost, tr("required to send e-mails (or empty the other fields)")));
        if (smtp.host.contains(u' ') || smtp.host.contains(u'/'))
            return fail(Page::Mail, m_smtpHost, field(m_smtpHost, tr("“%1” is not a server name").arg(smtp.host)));
        if (!smtp.from.isValid())
            return fail(Page::Mail, m_smtpFrom, field(m_smtpFrom, smtp.from.address.isEmpty() ? tr("required: customers see it")
                                                                                             : tr("“%1” is not an e-mail address").arg(smtp.from.address)));
        if (!smtp.replyTo.isEmpty() && !MailAddress{{}, smtp.replyTo}.isValid())
            return fail(Page::Mail, m_smtpReplyTo, field(m_smtpReplyTo, tr("“%1” is not an e-mail address").arg(smtp.replyTo)));
        if (!m_smtpPassword->text().isEmpty() && smtp.user.isEmpty())
            return fail(Page::Mail, m_smtpUser, field(m_smtpUser, tr("required with a password")));
        if (smtp.security == SmtpSettings::Security::None && !smtp.isLocalHost())
            return fail(Page::Mail, m_smtpSecurity,
                        field(m_smtpSecurity, tr("without encryption only a relay on this computer (localhost) is accepted: choose STARTTLS or TLS")));
        if (smtp.security == SmtpSettings::Security::None && !smtp.user.isEmpty())
            return fail(Page::Mail, m_smtpSecurity, field(m_smtpSecurity, tr("a password never travels unencrypted: choose STARTTLS or TLS")));
        if (auto s = smtp.validate(); !s)
            return fail(Page::Mail, m_smtpHost, tr("E-mail account: %1").arg(s.error()));
    }
    return v;
}

Result<SettingsDialogValues> SettingsDialog::values()
{
    Problem problem{Page::Company, nullptr, QString()};
    return collect(&problem);
}

void SettingsDialog::showProblem(const Problem &problem)
{
    m_error = problem.message;
    showPage(problem.page);
    m_errorLabel->setText(problem.message);
    m_errorLabel->show();
    if (problem.widget) {
        problem.widget->setFocus(Qt::OtherFocusReason);
        if (auto *edit = qobject_cast<QLineEdit *>(problem.widget))
            edit->selectAll();
    }
}

bool SettingsDialog::save()
{
    // Close any cell editor so what was typed counts.
    for (QTableView *view : {m_scenarioView, m_ecbView}) {
        if (QWidget *editor = view->indexWidget(view->currentIndex())) {
            emit view->itemDelegate()->commitData(editor);
            emit view->itemDelegate()->closeEditor(editor);
        }
    }

    Problem problem{Page::Company, nullptr, QString()};
    auto values = collect(&problem);
    if (!values) {
        showProblem(problem);
        return false;
    }
    // The template being edited is saved with the rest: refused, like any field, while it has problems.
    const bool templateEdited = m_templateEditor->hasUnsavedChanges();
    if (templateEdited && !m_templateEditor->problems().isEmpty()) {
        showProblem({Page::Templates, m_templateEditor->textEditor(),
                     tr("Template “%1”: %2").arg(m_templateEditor->currentName(), m_templateEditor->problemTexts().join(QStringLiteral("; ")))});
        return false;
    }
    if (auto s = values->save(m_db); !s) {
        m_error = tr("The settings could not be saved: %1").arg(s.error());
        m_errorLabel->setText(m_error);
        m_errorLabel->show();
        return false;
    }
    m_loaded = std::move(values).value();
    if (templateEdited) {
        if (auto s = m_templateEditor->saveChanges(); !s) {
            m_error = tr("The settings are saved, but not the template: %1").arg(s.error());
            m_errorLabel->setText(m_error);
            m_errorLabel->show();
            showPage(Page::Templates);
            return false;
        }
    }
    const QString password = m_smtpPassword->text();
    if (!password.isEmpty()) {
        if (auto s = m_storePassword(m_loaded.smtp.user, password); !s) {
            m_error = tr("The settings are saved, but the password could not be kept in the system keychain: %1").arg(s.error());
            m_errorLabel->setText(m_error);
            m_errorLabel->show();
            showPage(Page::Mail);
            return false;
        }
        m_smtpPassword->clear();
    }
    m_error.clear();
    m_errorLabel->hide();
    emit saved();
    return true;
}

void SettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}

void SettingsDialog::reject()
{
    if (m_templateEditor->hasUnsavedChanges()) {
        showPage(Page::Templates);
        if (!m_templateEditor->confirmLeave())
            return;
    }
    QDialog::reject();
}

QString SettingsDialog::errorText() const
{
    return m_error;
}

void SettingsDialog::showPage(Page page)
{
    m_pageList->setCurrentRow(int(page));
}

SettingsDialog::Page SettingsDialog::currentPage() const
{
    return Page(m_pages->currentIndex());
}
