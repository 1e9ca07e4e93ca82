// SettingsDialog: edits made through the widgets (a scenario step, an ECB rate, the company's IBAN and SIREN, terms,
// thresholds, the SMTP account) are stored and read back; invalid values are refused with a message naming the field
// and nothing is written. Real SQLite file with GuiTestData's business (today 25/11/2025).

#include "Clock.h"
#include "CompanyRepository.h"
#include "CustomerRepository.h"
#include "EcbRateRepository.h"
#include "GuiTestData.h"
#include "LetterComposer.h"
#include "LetterLevel.h"
#include "LetterRenderer.h"
#include "PlannerSettings.h"
#include "ScenarioRepository.h"
#include "SettingsDialog.h"
#include "SettingsDialogEcbRateModel.h"
#include "SettingsDialogScenarioModel.h"
#include "SettingsRepository.h"
#include "SmtpSettings.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace {

// ScenarioStep has no operator==: compare what the planner reads.
QStringList describe(const QList<ScenarioStep> &steps)
{
    QStringList list;
    for (const ScenarioStep &s : steps)
        list << QStringLiteral("%1 %2 %3 %4 %5 %6")
                    .arg(s.step)
                    .arg(s.offsetDays)
                    .arg(s.fromPrevious ? QStringLiteral("previous") : QStringLiteral("due"), s.channel, s.templateKey)
                    .arg(s.minAmountCents);
    return list;
}

} // namespace

class TestSettingsDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void modelsPassTester();
    void showsTheStoredValues();
    void editsAScenarioStepAndAnEcbRate();
    void savesTermsThresholdsAndCompany();
    void refusesAnInvalidIban();
    void refusesAnInvalidSiren();
    void refusesAnInvalidRate();
    void refusesStepsOutOfOrder();
    void resetsAScenarioToItsDefault();
    void savesTheSmtpAccount();
    void storesTheLogoScaledAndLettersPrintIt();
    void refusesALogoThatIsNotAnImage();

private:
    SettingsDialog &openDialog();
    template <typename T> T *child(const char *name);
    void setText(const char *name, const QString &text);
    void clickSave();
    // Images in the level 1 letter to Garage Lefèvre, as `pdfimages -list` counts them.
    int imagesInALetter();
    // Opens the cell editor, types `text` and presses Enter.
    void typeInCell(QTableView *view, const QModelIndex &index, const QString &text);

    QTemporaryDir m_dir;
    FixedClock m_clock{GuiTestData::today()};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SettingsDialog> m_dialog;
    QStringList m_storedPasswords;
    QStringList m_askedFiles;
    QString m_chosenFile;
};

void TestSettingsDialog::initTestCase()
{
    Clock::setInstance(&m_clock);
    QCOMPARE(Translations::install(*qApp, QStringLiteral("en")), QStringLiteral("en"));
    QVERIFY(m_dir.isValid());
}

void TestSettingsDialog::cleanupTestCase()
{
    Clock::setInstance(nullptr);
}

void TestSettingsDialog::init()
{
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())))).ok());
    QVERIFY(GuiTestData::fill(*m_db).ok());
    m_storedPasswords.clear();
    m_askedFiles.clear();
    m_chosenFile.clear();
}

void TestSettingsDialog::cleanup()
{
    m_dialog.reset();
    m_db.reset();
}

SettingsDialog &TestSettingsDialog::openDialog()
{
    m_dialog = std::make_unique<SettingsDialog>(*m_db);
    m_dialog->setPasswordStore([this](const QString &account, const QString &password) {
        m_storedPasswords << account + u':' + password;
        return Status();
    });
    m_dialog->setOpenFileNameAsker([this](const QString &title, const QString &filter) {
        m_askedFiles << title + u'|' + filter;
        return m_chosenFile;
    });
    m_dialog->show();
    [&] { QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get())); }();
    return *m_dialog;
}

template <typename T> T *TestSettingsDialog::child(const char *name)
{
    T *widget = m_dialog->findChild<T *>(QString::fromLatin1(name));
    [&] { QVERIFY2(widget, name); }();
    return widget;
}

void TestSettingsDialog::setText(const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(name);
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
}

void TestSettingsDialog::clickSave()
{
    QTest::mouseClick(child<QDialogButtonBox>("buttonBox")->button(QDialogButtonBox::Save), Qt::LeftButton);
}

void TestSettingsDialog::typeInCell(QTableView *view, const QModelIndex &index, const QString &text)
{
    view->setFocus();
    view->setCurrentIndex(index);
    view->edit(index);
    QWidget *editor = view->indexWidget(index);
    QVERIFY(editor);
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->selectAll();
        QTest::keyClicks(spin, text);
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->selectAll();
        QTest::keyClicks(line, text);
    } else {
        QFAIL("unexpected editor");
    }
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits and closes through a queued call
    QVERIFY(!view->indexWidget(index));
}

void TestSettingsDialog::modelsPassTester()
{
    auto values = SettingsDialogValues::load(*m_db);
    QVERIFY2(values.ok(), qPrintable(values.error()));
    SettingsDialogScenarioModel scenarios;
    QAbstractItemModelTester scenarioTester(&scenarios, QAbstractItemModelTester::FailureReportingMode::QtTest);
    scenarios.setScenarios(values->scenarios);
    for (PayerProfile p : AllPayerProfiles) {
        scenarios.setProfile(p);
        QCOMPARE(scenarios.rowCount(), int(values->scenarios.value(p).steps.size()));
    }
    scenarios.setProfile(PayerProfile::Negligent);
    const int row = scenarios.addStep();
    QCOMPARE(scenarios.index(row, SettingsDialogScenarioModel::Step).data(Qt::EditRole).toString(), QStringLiteral("litigation"));
    QCOMPARE(scenarios.moveStep(row, -1), row - 1);
    scenarios.removeStep(row - 1);
    scenarios.resetToDefault();
    QCOMPARE(scenarios.rowCount(), 6);

    SettingsDialogEcbRateModel rates;
    QAbstractItemModelTester rateTester(&rates, QAbstractItemModelTester::FailureReportingMode::QtTest);
    rates.setTable(values->ecbRates);
    QCOMPARE(rates.rowCount(), 19); // DOMAIN.md §5's history, from the 0 % of 16/03/2016
    QCOMPARE(rates.index(18, SettingsDialogEcbRateModel::Rate).data().toString(), QStringLiteral("2,15 %"));
    QCOMPARE(rates.index(18, SettingsDialogEcbRateModel::InForceFrom).data().toString(), QStringLiteral("11/06/2025"));
    const int added = rates.addRate(QDate(2026, 2, 4));
    QCOMPARE(rates.rows().at(added).rateText, QStringLiteral("2,15"));
    rates.removeRate(added);
    QCOMPARE(rates.rowCount(), 19);
}

void TestSettingsDialog::showsTheStoredValues()
{
    SettingsDialog &dialog = openDialog();
    QCOMPARE(child<QLineEdit>("companyNameEdit")->text(), QStringLiteral("Atelier Martin SARL"));
    QCOMPARE(child<QSpinBox>("paymentTermsSpin")->value(), 30);
    QCOMPARE(child<QLineEdit>("penaltyMarginEdit")->text(), QStringLiteral("10,00"));
    QCOMPARE(child<QLineEdit>("legalInterestEdit")->text(), QStringLiteral("2,76"));
    QCOMPARE(child<QLineEdit>("indemnityEdit")->text(), QStringLiteral("40,00"));
    QCOMPARE(child<QSpinBox>("threshold_window_months")->value(), 12);
    QCOMPARE(child<QSpinBox>("minGapSpin")->value(), 3);
    QCOMPARE(child<QLineEdit>("phoneMinAmountEdit")->text(), QStringLiteral("1500,00"));
    QCOMPARE(dialog.currentPage(), SettingsDialog::Page::Company);
    QVERIFY(!child<QLabel>("errorLabel")->isVisible());
    // Saving what was read changes nothing and succeeds.
    clickSave();
    QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestSettingsDialog::editsAScenarioStepAndAnEcbRate()
{
    SettingsDialog &dialog = openDialog();
    dialog.showPage(SettingsDialog::Page::Scenarios);
    auto *profile = child<QComboBox>("scenarioProfileCombo");
    profile->setCurrentIndex(profile->findText(QStringLiteral("mauvais payeur")));
    QCOMPARE(dialog.scenarioModel()->profile(), PayerProfile::BadPayer);
    auto *steps = child<QTableView>("scenarioStepTableView");
    QCOMPARE(steps->model()->rowCount(), 6);
    // Reminder 1 of the bad payer: 1 day after the due date → 4 days.
    const QModelIndex offset = steps->model()->index(1, SettingsDialogScenarioModel::Offset);
    QCOMPARE(offset.data(Qt::EditRole).toInt(), 1);
    typeInCell(steps, offset, QStringLiteral("4"));
    QCOMPARE(offset.data().toString(), QStringLiteral("4 days after"));
    // Reminder 2 goes by letter rather than e-mail: pick it in the combo box editor.
    const QModelIndex channel = steps->model()->index(2, SettingsDialogScenarioModel::Channel);
    steps->setCurrentIndex(channel);
    steps->edit(channel);
    auto *combo = qobject_cast<QComboBox *>(steps->indexWidget(channel));
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(QStringLiteral("letter")));
    QTest::keyClick(combo, Qt::Key_Return);
    QCoreApplication::processEvents();
    QCOMPARE(channel.data().toString(), QStringLiteral("Letter"));

    // A new ECB decision: 2,00 % from 25/11/2025.
    dialog.showPage(SettingsDialog::Page::EcbRates);
    auto *rates = child<QTableView>("ecbRateTableView");
    QTest::mouseClick(child<QPushButton>("addRateButton"), Qt::LeftButton);
    const QModelIndex rate = rates->model()->index(rates->model()->rowCount() - 1, SettingsDialogEcbRateModel::Rate);
    auto *rateEditor = qobject_cast<QLineEdit *>(rates->indexWidget(rate));
    QVERIFY(rateEditor); // "Add" opens the rate for typing
    rateEditor->selectAll();
    QTest::keyClicks(rateEditor, QStringLiteral("2,00"));
    QTest::keyClick(rateEditor, Qt::Key_Return);
    QCoreApplication::processEvents();
    QCOMPARE(rate.data().toString(), QStringLiteral("2,00 %"));

    clickSave();
    QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    // Read back from the store.
    auto scenarios = ScenarioRepository(*m_db).loadAll();
    QVERIFY(scenarios.ok());
    const Scenario bad = scenarios->value(PayerProfile::BadPayer);
    QCOMPARE(bad.steps.size(), 6);
    QCOMPARE(bad.steps.at(1).step, QStringLiteral("level1"));
    QCOMPARE(bad.steps.at(1).offsetDays, 4);
    QCOMPARE(bad.steps.at(2).channel, QStringLiteral("letter"));
    QCOMPARE(describe(scenarios->value(PayerProfile::Negligent).steps), describe(Scenario::defaultFor(PayerProfile::Negligent).steps));
    auto table = EcbRateRepository(*m_db).load();
    QVERIFY(table.ok());
    QCOMPARE(table->entries().size(), 20);
    QCOMPARE(table->entries().constLast(), (EcbRateTable::Entry{GuiTestData::today(), 200}));
    QCOMPARE(table->rateInForceOn(QDate(2026, 1, 1)), 200);

    // And a new dialog shows them.
    openDialog();
    auto *profile2 = child<QComboBox>("scenarioProfileCombo");
    profile2->setCurrentIndex(profile2->findText(QStringLiteral("mauvais payeur")));
    QCOMPARE(m_dialog->scenarioModel()->index(1, SettingsDialogScenarioModel::Offset).data(Qt::EditRole).toInt(), 4);
    QCOMPARE(m_dialog->ecbRateModel()->rows().constLast().rateText, QStringLiteral("2,00"));
}

void TestSettingsDialog::savesTermsThresholdsAndCompany()
{
    SettingsDialog &dialog = openDialog();
    setText("sirenEdit", QStringLiteral("732 829 320"));
    setText("vatEdit", QStringLiteral("FR 44 732829320"));
    setText("ibanEdit", QStringLiteral("fr76 3000 6000 0112 3456 7890 189"));
    setText("bicEdit", QStringLiteral("bnpafrpp"));
    setText("postcodeEdit", QStringLiteral("69002"));
    setText("emailEdit", QStringLiteral("contact@atelier-martin.fr"));
    child<QSpinBox>("paymentTermsSpin")->setValue(45);
    setText("penaltyMarginEdit", QStringLiteral("8"));
    setText("legalInterestEdit", QStringLiteral("2,62"));
    child<QSpinBox>("threshold_late_days")->setValue(7);
    child<QSpinBox>("minGapSpin")->setValue(5);
    child<QCheckBox>("alsaceMoselleCheckBox")->setChecked(true);
    setText("phoneMinAmountEdit", QStringLiteral("2 000"));
    clickSave();
    QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));

    const Company company = CompanyRepository(*m_db).load();
    QCOMPARE(company.name, QStringLiteral("Atelier Martin SARL"));
    QCOMPARE(company.siren, QStringLiteral("732829320"));
    QCOMPARE(company.vatNumber, QStringLiteral("FR44732829320"));
    QCOMPARE(company.iban, QStringLiteral("FR76 3000 6000 0112 3456 7890 189"));
    QCOMPARE(company.bic, QStringLiteral("BNPAFRPP"));
    SettingsRepository settings(*m_db);
    QCOMPARE(settings.intValue(QStringLiteral("payment_terms_days"), 0), 45);
    QCOMPARE(settings.intValue(QStringLiteral("penalty.margin_bp"), 0), 800);
    QCOMPARE(settings.intValue(QStringLiteral("penalty.legal_interest_bp"), 0), 262);
    QCOMPARE(settings.intValue(QStringLiteral("penalty.indemnity_cents"), 0), 4000);
    QCOMPARE(ProfileThresholds::load(settings).lateDays, 7);
    const PlannerSettings planner = PlannerSettings::load(settings);
    QCOMPARE(planner.minGapDays, 5);
    QVERIFY(planner.alsaceMoselle);
    QCOMPARE(planner.preventivePhoneMinCents, 200000);
}

void TestSettingsDialog::refusesAnInvalidIban()
{
    SettingsDialog &dialog = openDialog();
    dialog.showPage(SettingsDialog::Page::Scenarios);
    child<QSpinBox>("paymentTermsSpin")->setValue(45); // must not be written either
    setText("ibanEdit", QStringLiteral("FR76 3000 6000 0112 3456 7890 188"));
    clickSave();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    auto *error = child<QLabel>("errorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(QStringLiteral("IBAN: ")), qPrintable(error->text()));
    QVERIFY2(error->text().contains(QStringLiteral("n'est pas un IBAN valide")), qPrintable(error->text()));
    QCOMPARE(dialog.currentPage(), SettingsDialog::Page::Company);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("ibanEdit"));
    QVERIFY(CompanyRepository(*m_db).load().iban.isEmpty());
    QCOMPARE(SettingsRepository(*m_db).intValue(QStringLiteral("payment_terms_days"), 30), 30);

    // Fixed, it saves.
    setText("ibanEdit", QStringLiteral("FR7630006000011234567890189"));
    clickSave();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!error->isVisible());
    QCOMPARE(CompanyRepository(*m_db).load().iban, QStringLiteral("FR76 3000 6000 0112 3456 7890 189"));
}

void TestSettingsDialog::refusesAnInvalidSiren()
{
    SettingsDialog &dialog = openDialog();
    setText("sirenEdit", QStringLiteral("732829321"));
    clickSave();
    QVERIFY(dialog.isVisible());
    const QString text = child<QLabel>("errorLabel")->text();
    QVERIFY2(text.startsWith(QStringLiteral("SIREN: ")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Luhn")), qPrintable(text));
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("sirenEdit"));
    QVERIFY(CompanyRepository(*m_db).load().siren.isEmpty());

    // A VAT number that belongs to another SIREN is refused too.
    setText("sirenEdit", QStringLiteral("732829320"));
    setText("vatEdit", QStringLiteral("FR83404833048"));
    clickSave();
    QVERIFY2(child<QLabel>("errorLabel")->text().startsWith(QStringLiteral("VAT number: ")),
             qPrintable(child<QLabel>("errorLabel")->text()));
}

void TestSettingsDialog::refusesAnInvalidRate()
{
    SettingsDialog &dialog = openDialog();
    dialog.showPage(SettingsDialog::Page::EcbRates);
    auto *rates = child<QTableView>("ecbRateTableView");
    const QModelIndex last = rates->model()->index(rates->model()->rowCount() - 1, SettingsDialogEcbRateModel::Rate);
    typeInCell(rates, last, QStringLiteral("abc"));
    clickSave();
    QVERIFY(dialog.isVisible());
    const QString text = child<QLabel>("errorLabel")->text();
    QVERIFY2(text.startsWith(QStringLiteral("ECB rates, row 19, rate: ")), qPrintable(text));
    QCOMPARE(dialog.currentPage(), SettingsDialog::Page::EcbRates);
    QCOMPARE(rates->currentIndex(), last);
    QCOMPARE(EcbRateRepository(*m_db).load()->entries().constLast().rateBp, 215);

    // Margin and indemnity name their field too.
    typeInCell(rates, last, QStringLiteral("2,15"));
    setText("penaltyMarginEdit", QStringLiteral("dix"));
    clickSave();
    QVERIFY2(child<QLabel>("errorLabel")->text().startsWith(QStringLiteral("Margin over the ECB rate (points): ")),
             qPrintable(child<QLabel>("errorLabel")->text()));
    QCOMPARE(dialog.currentPage(), SettingsDialog::Page::Terms);
    setText("penaltyMarginEdit", QStringLiteral("10"));
    setText("indemnityEdit", QStringLiteral("quarante"));
    clickSave();
    QVERIFY2(child<QLabel>("errorLabel")->text().startsWith(QStringLiteral("Fixed recovery indemnity (€): ")),
             qPrintable(child<QLabel>("errorLabel")->text()));
}

void TestSettingsDialog::refusesStepsOutOfOrder()
{
    SettingsDialog &dialog = openDialog();
    dialog.showPage(SettingsDialog::Page::Scenarios);
    auto *steps = child<QTableView>("scenarioStepTableView");
    // Négligent: move "Reminder 2" above "Reminder 1".
    steps->setCurrentIndex(steps->model()->index(2, SettingsDialogScenarioModel::Step));
    QTest::mouseClick(child<QPushButton>("moveStepUpButton"), Qt::LeftButton);
    QCOMPARE(steps->model()->index(1, SettingsDialogScenarioModel::Step).data().toString(), QStringLiteral("Reminder 2"));
    clickSave();
    QVERIFY(dialog.isVisible());
    const QString text = child<QLabel>("errorLabel")->text();
    QVERIFY2(text.startsWith(QStringLiteral("Scenario “négligent”, step 3: “Reminder 1” must come before")), qPrintable(text));
    QCOMPARE(steps->currentIndex().row(), 2);
    QCOMPARE(describe(ScenarioRepository(*m_db).loadAll()->value(PayerProfile::Negligent).steps),
             describe(Scenario::defaultFor(PayerProfile::Negligent).steps));
}

void TestSettingsDialog::resetsAScenarioToItsDefault()
{
    // A stored scenario that was changed earlier comes back to the default with one click.
    auto all = ScenarioRepository(*m_db).loadAll();
    Scenario good = all->value(PayerProfile::GoodPayer);
    good.steps.first().offsetDays = -20;
    QVERIFY(ScenarioRepository(*m_db).save(good).ok());

    SettingsDialog &dialog = openDialog();
    dialog.showPage(SettingsDialog::Page::Scenarios);
    auto *profile = child<QComboBox>("scenarioProfileCombo");
    profile->setCurrentIndex(profile->findText(QStringLiteral("bon payeur")));
    auto *steps = child<QTableView>("scenarioStepTableView");
    QCOMPARE(steps->model()->index(0, SettingsDialogScenarioModel::Offset).data(Qt::EditRole).toInt(), -20);
    QCOMPARE(steps->model()->index(0, SettingsDialogScenarioModel::MinAmount).data().toString(), QStringLiteral("5\u202F000,00"));
    QTest::mouseClick(child<QPushButton>("addStepButton"), Qt::LeftButton);
    QCOMPARE(steps->model()->rowCount(), 2);
    QTest::mouseClick(child<QPushButton>("resetScenarioButton"), Qt::LeftButton);
    QCOMPARE(steps->model()->rowCount(), 1);
    QCOMPARE(steps->model()->index(0, SettingsDialogScenarioModel::Offset).data(Qt::EditRole).toInt(), -7);
    clickSave();
    QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
    const Scenario stored = ScenarioRepository(*m_db).loadAll()->value(PayerProfile::GoodPayer);
    QCOMPARE(stored.id, good.id);
    QCOMPARE(describe(stored.steps), describe(Scenario::defaultFor(PayerProfile::GoodPayer).steps));
}

void TestSettingsDialog::savesTheSmtpAccount()
{
    SettingsDialog &dialog = openDialog();
    dialog.showPage(SettingsDialog::Page::Mail);
    setText("smtpHostEdit", QStringLiteral("smtp.example.fr"));
    setText("smtpUserEdit", QStringLiteral("compta"));
    setText("smtpPasswordEdit", QStringLiteral("s3cret"));
    clickSave();
    QVERIFY2(child<QLabel>("errorLabel")->text().startsWith(QStringLiteral("Sender address: required")),
             qPrintable(child<QLabel>("errorLabel")->text()));
    QVERIFY(m_storedPasswords.isEmpty());

    setText("smtpFromNameEdit", QStringLiteral("Atelier Martin"));
    setText("smtpFromEdit", QStringLiteral("compta@atelier-martin.fr"));
    auto *security = child<QComboBox>("smtpSecurityCombo");
    security->setCurrentIndex(security->findData(QStringLiteral("tls")));
    QCOMPARE(child<QSpinBox>("smtpPortSpin")->value(), 465);
    clickSave();
    QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
    QCOMPARE(m_storedPasswords, QStringList{QStringLiteral("compta:s3cret")});
    SettingsRepository settings(*m_db);
    const SmtpSettings smtp = SmtpSettings::load(settings);
    QCOMPARE(smtp.host, QStringLiteral("smtp.example.fr"));
    QCOMPARE(smtp.port, 465);
    QCOMPARE(smtp.security, SmtpSettings::Security::Tls);
    QCOMPARE(smtp.user, QStringLiteral("compta"));
    QCOMPARE(smtp.from.address, QStringLiteral("compta@atelier-martin.fr"));
    QCOMPARE(smtp.from.name, QStringLiteral("Atelier Martin"));
    // The password is never in the database.
    QSqlQuery q = m_db->query(QStringLiteral("SELECT COUNT(*) FROM settings WHERE value LIKE '%s3cret%'"));
    QVERIFY(m_db->exec(q).ok() && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

int TestSettingsDialog::imagesInALetter()
{
    const auto customer = CustomerRepository(*m_db).findByCode(QStringLiteral("C002"));
    [&] { QVERIFY(customer); }();
    if (!customer)
        return -1;
    LetterRequest request;
    request.customerId = customer->id;
    request.level = LetterLevel::Level1;
    request.date = Clock::instance().today();
    auto letter = LetterComposer(*m_db).compose(request);
    [&] { QVERIFY2(letter.ok(), qPrintable(letter.error())); }();
    if (!letter)
        return -1;
    static int letters = 0;
    const QString pdf = m_dir.filePath(QStringLiteral("letter-%1.pdf").arg(++letters));
    auto pages = LetterRenderer::writePdf({*letter}, pdf);
    [&] { QVERIFY2(pages.ok(), qPrintable(pages.error())); }();
    const CommandResult list = TestSupport::run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    [&] { QCOMPARE(list.exitCode, 0); }();
    // Two header lines, then one line per image: "page num type width height …" (a soft mask has its own line).
    const QList<QByteArray> lines = list.out.trimmed().split('\n');
    [&] { QVERIFY2(lines.size() >= 2 && lines.at(0).startsWith("page"), list.out.constData()); }();
    int images = 0;
    for (qsizetype i = 2; i < lines.size(); ++i)
        if (lines.at(i).simplified().split(' ').value(2) == "image")
            ++images;
    return images;
}

void TestSettingsDialog::storesTheLogoScaledAndLettersPrintIt()
{
    // Letters need the company's address; no logo yet: the letter has no image.
    SettingsDialog &first = openDialog();
    setText("addressStreetEdit", QStringLiteral("12 rue des Lilas"));
    setText("postcodeEdit", QStringLiteral("69002"));
    setText("cityEdit", QStringLiteral("Lyon"));
    QVERIFY(!child<QPushButton>("removeLogoButton")->isEnabled());
    QCOMPARE(child<QLabel>("logoPreviewLabel")->text(), QStringLiteral("No logo"));
    clickSave();
    QVERIFY2(first.errorText().isEmpty(), qPrintable(first.errorText()));
    QVERIFY(CompanyRepository(*m_db).load().logoPng.isEmpty());
    QCOMPARE(imagesInALetter(), 0);

    // A wide logo, larger than letters need.
    QImage big(1800, 600, QImage::Format_ARGB32);
    big.fill(Qt::transparent);
    {
        QPainter painter(&big);
        painter.fillRect(QRect(0, 0, 600, 600), QColor(0x1A, 0x5F, 0xB4));
        painter.fillRect(QRect(700, 150, 1000, 300), QColor(0xE0, 0x1B, 0x24));
    }
    m_chosenFile = m_dir.filePath(QStringLiteral("logo.png"));
    QVERIFY(big.save(m_chosenFile));

    SettingsDialog &dialog = openDialog();
    QTest::mouseClick(child<QPushButton>("chooseLogoButton"), Qt::LeftButton);
    QCOMPARE(m_askedFiles.size(), 1);
    QVERIFY(m_askedFiles.first().contains(QStringLiteral("*.png")) && m_askedFiles.first().contains(QStringLiteral("*.jpg")));
    QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
    QVERIFY(!child<QLabel>("logoPreviewLabel")->pixmap().isNull());
    QVERIFY(child<QPushButton>("removeLogoButton")->isEnabled());
    // Nothing is written before Save.
    QVERIFY(CompanyRepository(*m_db).load().logoPng.isEmpty());
    clickSave();
    QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));

    const QByteArray png = CompanyRepository(*m_db).load().logoPng;
    QVERIFY(png.startsWith("\x89PNG"));
    QImage stored;
    QVERIFY(stored.loadFromData(png));
    QCOMPARE(stored.size(), QSize(SettingsDialog::MaxLogoWidth, 200));
    QCOMPARE(stored.pixelColor(100, 100), QColor(0x1A, 0x5F, 0xB4));
    QCOMPARE(imagesInALetter(), 1);
    // The other fields were kept.
    QCOMPARE(CompanyRepository(*m_db).load().address.city, QStringLiteral("Lyon"));

    // Removed, and saved: letters go back to no image.
    SettingsDialog &again = openDialog();
    QVERIFY(!child<QLabel>("logoPreviewLabel")->pixmap().isNull());
    QTest::mouseClick(child<QPushButton>("removeLogoButton"), Qt::LeftButton);
    QCOMPARE(child<QLabel>("logoPreviewLabel")->text(), QStringLiteral("No logo"));
    clickSave();
    QVERIFY2(again.errorText().isEmpty(), qPrintable(again.errorText()));
    QVERIFY(CompanyRepository(*m_db).load().logoPng.isEmpty());
    QCOMPARE(imagesInALetter(), 0);
}

void TestSettingsDialog::refusesALogoThatIsNotAnImage()
{
    SettingsDialog &dialog = openDialog();
    m_chosenFile = m_dir.filePath(QStringLiteral("notes.png"));
    QFile file(m_chosenFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("ceci n'est pas une image\n");
    file.close();
    QTest::mouseClick(child<QPushButton>("chooseLogoButton"), Qt::LeftButton);
    QVERIFY2(dialog.errorText().contains(QStringLiteral("notes.png")), qPrintable(dialog.errorText()));
    QVERIFY(dialog.errorText().contains(QStringLiteral("PNG or JPEG")));
    QVERIFY(child<QLabel>("errorLabel")->isVisible());
    QVERIFY(dialog.logoPng().isEmpty());
    QVERIFY(!child<QPushButton>("removeLogoButton")->isEnabled());
    QVERIFY(!SettingsDialog::logoFromFile(m_dir.filePath(QStringLiteral("missing.png"))).ok());

    // Cancelled file dialog: nothing changes.
    m_chosenFile.clear();
    QTest::mouseClick(child<QPushButton>("chooseLogoButton"), Qt::LeftButton);
    QCOMPARE(m_askedFiles.size(), 2);
    QVERIFY(dialog.logoPng().isEmpty());
}

int main(int argc, char *argv[])
{
    TestSupport::prepareEnvironment();
    QApplication app(argc, argv);
    TestSettingsDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_settingsdialog.moc"
