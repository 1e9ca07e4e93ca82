#pragma once
// SettingsDialog: "Paramètres": company identity, payment terms and penalties, reminder calendar thresholds, payer
// profile thresholds, the scenario editor, the ECB rate table, the SMTP account and the letter and e-mail templates
// (TemplateEditorPage). Every value is checked with a French message naming the field; Save writes everything in one
// transaction (SettingsDialogValues::save()), then the template being edited.

#include "Result.h"
#include "SettingsDialogValues.h"

#include <QByteArray>
#include <QDialog>
#include <functional>

class Database;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;
class SettingsDialogEcbRateModel;
class SettingsDialogScenarioModel;
class TemplateEditorPage;

class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Page { Company, Terms, Calendar, Profiles, Scenarios, EcbRates, Mail, Templates };
    Q_ENUM(Page)

    // `db` must outlive the dialog. Reads the current values at once.
    explicit SettingsDialog(Database &db, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void showPage(Page page);
    Page currentPage() const;

    // Checks every page; on the first problem shows its page, focuses the field, shows the message and returns
    // false. Otherwise writes everything in one transaction (then the SMTP password to the keychain, if typed).
    bool save();
    // The message of the last refused save, empty after a successful one.
    QString errorText() const;
    // The values as the pages hold them, checked (the error names the field at fault).
    Result<SettingsDialogValues> values();

    // Seam for tests: what stores the SMTP password (SmtpPassword::store by default).
    void setPasswordStore(std::function<Status(const QString &account, const QString &password)> store)
    {
        m_storePassword = std::move(store);
    }

    // Seam for tests: what asks for the logo file (QFileDialog::getOpenFileName by default); empty: cancelled.
    void setOpenFileNameAsker(std::function<QString(const QString &title, const QString &filter)> asker)
    {
        m_askOpenFileName = std::move(asker);
    }
    // The logo as it will be saved (PNG), empty for none.
    QByteArray logoPng() const { return m_logoPng; }
    // A PNG or JPEG file made ready for the letterhead: at most MaxLogoWidth × MaxLogoHeight pixels, as PNG.
    static Result<QByteArray> logoFromFile(const QString &path);
    static constexpr int MaxLogoWidth = 600;
    static constexpr int MaxLogoHeight = 300;

    TemplateEditorPage *templateEditor() const { return m_templateEditor; }
    SettingsDialogScenarioModel *scenarioModel() const { return m_scenarioModel; }
    SettingsDialogEcbRateModel *ecbRateModel() const { return m_ecbModel; }

public slots:
    void accept() override;
    // Asks first about a template edited and not saved.
    void reject() override;

signals:
    // Everything was written: views that show settings (calendar, penalties…) may reload.
    void saved();

private:
    struct Problem
    {
        Page page;
        QWidget *widget;
        QString message;
    };

    QWidget *createCompanyPage();
    QWidget *createTermsPage();
    QWidget *createCalendarPage();
    QWidget *createProfilesPage();
    QWidget *createScenariosPage();
    QWidget *createEcbRatesPage();
    QWidget *createMailPage();
    QWidget *createTemplatesPage();
    void chooseLogo();
    void showLogo();
    QWidget *scrollable(QWidget *content);
    QLineEdit *addLine(QFormLayout *form, const char *name, const QString &label, const QString &toolTip = {});
    QSpinBox *addSpin(QFormLayout *form, const char *name, const QString &label, int minimum, int maximum,
                      const QString &toolTip = {});
    void load(const SettingsDialogValues &values);
    Result<SettingsDialogValues> collect(Problem *problem);
    void showProblem(const Problem &problem);
    void updateScenarioEditor();
    void updateScenarioButtons();
    static QString fieldLabel(const QWidget *widget);

    Database &m_db;
    SettingsDialogValues m_loaded;
    QString m_error;
    std::function<Status(const QString &, const QString &)> m_storePassword;
    std::function<QString(const QString &, const QString &)> m_askOpenFileName;

    QListWidget *m_pageList = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;

    // Company
    QLineEdit *m_companyName = nullptr;
    QLineEdit *m_legalForm = nullptr;
    QLineEdit *m_capital = nullptr;
    QLineEdit *m_siren = nullptr;
    QLineEdit *m_rcsCity = nullptr;
    QLineEdit *m_vat = nullptr;
    QLineEdit *m_addressLine2 = nullptr;
    QLineEdit *m_addressLine3 = nullptr;
    QLineEdit *m_addressLine4 = nullptr;
    QLineEdit *m_addressLine5 = nullptr;
    QLineEdit *m_postcode = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_website = nullptr;
    QLineEdit *m_iban = nullptr;
    QLineEdit *m_bic = nullptr;
    QLineEdit *m_signatoryName = nullptr;
    QLineEdit *m_signatoryTitle = nullptr;
    QPlainTextEdit *m_latePaymentClause = nullptr;
    QLabel *m_logoPreview = nullptr;
    QPushButton *m_chooseLogo = nullptr;
    QPushButton *m_removeLogo = nullptr;
    QByteArray m_logoPng;

    // Terms and penalties
    QSpinBox *m_paymentTerms = nullptr;
    QLineEdit *m_penaltyMargin = nullptr;
    QLineEdit *m_legalInterest = nullptr;
    QLineEdit *m_indemnity = nullptr;

    // Calendar
    QSpinBox *m_phoneMaxInvoices = nullptr;
    QLineEdit *m_phoneMinAmount = nullptr;
    QCheckBox *m_summerCampaign = nullptr;
    QSpinBox *m_summerDay = nullptr;
    QSpinBox *m_summerMonth = nullptr;
    QSpinBox *m_maxNoAnswer = nullptr;
    QSpinBox *m_minGap = nullptr;
    QSpinBox *m_paymentInProgress = nullptr;
    QCheckBox *m_alsaceMoselle = nullptr;

    // Profiles (same order as SettingsDialogValues::thresholdFields())
    QList<QSpinBox *> m_thresholds;

    // Scenarios
    QComboBox *m_scenarioProfile = nullptr;
    QLineEdit *m_scenarioName = nullptr;
    QCheckBox *m_scenarioActive = nullptr;
    QTableView *m_scenarioView = nullptr;
    SettingsDialogScenarioModel *m_scenarioModel = nullptr;
    QPushButton *m_addStep = nullptr;
    QPushButton *m_removeStep = nullptr;
    QPushButton *m_moveStepUp = nullptr;
    QPushButton *m_moveStepDown = nullptr;
    QPushButton *m_resetScenario = nullptr;

    // ECB rates
    QTableView *m_ecbView = nullptr;
    SettingsDialogEcbRateModel *m_ecbModel = nullptr;
    QPushButton *m_addRate = nullptr;
    QPushButton *m_removeRate = nullptr;

    // Mail
    QLineEdit *m_smtpHost = nullptr;
    QSpinBox *m_smtpPort = nullptr;
    QComboBox *m_smtpSecurity = nullptr;
    QLineEdit *m_smtpUser = nullptr;
    QLineEdit *m_smtpPassword = nullptr;
    QLineEdit *m_smtpFromName = nullptr;
    QLineEdit *m_smtpFrom = nullptr;
    QLineEdit *m_smtpReplyTo = nullptr;

    // Templates
    TemplateEditorPage *m_templateEditor = nullptr;
};
