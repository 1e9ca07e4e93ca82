// TemplateEditorPage inside the Paramètres dialog, on the demo business (today 25/11/2026): the mise en demeure is
// edited (a sentence with accents), the live preview redraws, nothing reaches the store before Save, and a letter
// composed afterwards (LetterComposer + LetterRenderer::writePdf, read back with pdftotext) carries the sentence;
// an unknown placeholder is shown with its line and refused; reset brings back the shipped text; unsaved changes are
// asked about; an e-mail template is edited and previewed the same way.

#include "Clock.h"
#include "EmailTemplates.h"
#include "GuiDemoData.h"
#include "LetterComposer.h"
#include "LetterLevel.h"
#include "LetterRenderer.h"
#include "SettingsDialog.h"
#include "SettingsRepository.h"
#include "TemplateEditorPage.h"
#include "TemplateStore.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTreeWidget>
#include <memory>

namespace {

const QString FormalNotice = QStringLiteral("letter_formal_notice");
const QString Sentence = QStringLiteral("Nous restons à votre écoute pour convenir d'un échéancier réaliste.");

QString squeeze(QString text)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return text.replace(spaces, QStringLiteral(" "));
}

} // namespace

class TestTemplateEditor final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void editsTheFormalNoticeWithALivePreview();
    void refusesAnUnknownPlaceholder();
    void resetRestoresTheDefault();
    void asksBeforeLosingChanges();
    void insertsAPlaceholderOnDoubleClick();
    void editsAnEmailTemplate();
    void saysWhenNoCustomerHasOpenInvoices();
    void screenshots();

private:
    TemplateEditorPage &openEditor();
    template <typename T> T *child(const char *name);
    void clickTemplate(const QString &key);
    void waitForPreview(int after);
    // The text of the letter `level` composed for `customerId` today, as pdftotext reads its PDF.
    QString letterText(qint64 customerId, const QString &level);

    QTemporaryDir m_dir;
    FixedClock m_clock{GuiDemoData::today()};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SettingsDialog> m_dialog;
    TemplateEditorPage *m_page = nullptr;
    QStringList m_questions;
    QList<QMessageBox::StandardButton> m_answers;
};

void TestTemplateEditor::initTestCase()
{
    Clock::setInstance(&m_clock);
    QCOMPARE(Translations::install(*qApp, QStringLiteral("en")), QStringLiteral("en"));
    QVERIFY(m_dir.isValid());
}

void TestTemplateEditor::cleanupTestCase()
{
    Clock::setInstance(nullptr);
}

void TestTemplateEditor::init()
{
    m_db = std::make_unique<Database>();
    const Status s = GuiDemoData::openFilled(*m_db, m_dir.path(), QStringLiteral("templates"));
    QVERIFY2(s.ok(), qPrintable(s.error()));
    m_questions.clear();
    m_answers.clear();
}

void TestTemplateEditor::cleanup()
{
    m_dialog.reset();
    m_page = nullptr;
    m_db.reset();
}

TemplateEditorPage &TestTemplateEditor::openEditor()
{
    m_dialog = std::make_unique<SettingsDialog>(*m_db);
    m_dialog->showPage(SettingsDialog::Page::Templates);
    m_page = m_dialog->templateEditor();
    m_page->setAsker([this](const QString &, const QString &text, QMessageBox::StandardButtons buttons,
                            QMessageBox::StandardButton) {
        m_questions << text;
        const QMessageBox::StandardButton answer = m_answers.isEmpty() ? QMessageBox::Cancel : m_answers.takeFirst();
        [&] { QVERIFY2(buttons.testFlag(answer), qPrintable(text)); }();
        return answer;
    });
    m_dialog->show();
    [&] { QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get())); }();
    return *m_page;
}

template <typename T> T *TestTemplateEditor::child(const char *name)
{
    T *widget = m_dialog->findChild<T *>(QString::fromLatin1(name));
    [&] { QVERIFY2(widget, name); }();
    return widget;
}

void TestTemplateEditor::clickTemplate(const QString &key)
{
    auto *list = child<QListWidget>("templateList");
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toString() == key) {
            list->scrollToItem(list->item(row));
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(row)).center());
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no template %1 in the list").arg(key)));
}

void TestTemplateEditor::waitForPreview(int after)
{
    QTRY_VERIFY_WITH_TIMEOUT(m_page->previewUpdates() > after, 5000);
}

QString TestTemplateEditor::letterText(qint64 customerId, const QString &level)
{
    LetterRequest request;
    request.customerId = customerId;
    request.level = level;
    request.date = Clock::instance().today();
    auto letter = LetterComposer(*m_db).compose(request);
    [&] { QVERIFY2(letter.ok(), qPrintable(letter.error())); }();
    if (!letter)
        return {};
    const QString pdf = m_dir.filePath(QStringLiteral("%1-%2.pdf").arg(QString::fromLatin1(QTest::currentTestFunction()), level));
    auto pages = LetterRenderer::writePdf({*letter}, pdf);
    [&] { QVERIFY2(pages.ok(), qPrintable(pages.error())); }();
    const CommandResult text = TestSupport::run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    [&] { QCOMPARE(text.exitCode, 0); }();
    return squeeze(QString::fromUtf8(text.out));
}

void TestTemplateEditor::editsTheFormalNoticeWithALivePreview()
{
    TemplateEditorPage &page = openEditor();
    QCOMPARE(m_dialog->currentPage(), SettingsDialog::Page::Templates);
    clickTemplate(FormalNotice);
    QCOMPARE(page.currentKey(), FormalNotice);
    auto *editor = child<QPlainTextEdit>("templateTextEdit");
    QCOMPARE(editor->toPlainText(), TemplateStore::defaultText(FormalNotice));
    QVERIFY(!page.sampleCustomers().isEmpty());
    const qint64 customer = page.sampleCustomer();
    QVERIFY(customer > 0);
    waitForPreview(0);
    const QImage before = page.previewImage();
    QVERIFY2(!before.isNull(), qPrintable(page.previewMessage()));
    QVERIFY(page.previewPageCount() >= 1);
    QVERIFY(!letterText(customer, LetterLevel::FormalNotice).contains(Sentence));

    // The sentence goes before the closing formula: typed (ASCII) then inserted through the widget (accents).
    QTextCursor cursor(editor->document());
    const qsizetype at = editor->toPlainText().indexOf(QStringLiteral("Nous vous prions d'agréer"));
    QVERIFY(at > 0);
    cursor.setPosition(int(at));
    editor->setTextCursor(cursor);
    editor->setFocus();
    const int updates = page.previewUpdates();
    editor->insertPlainText(Sentence + QStringLiteral("\n\n"));
    QVERIFY(page.hasUnsavedChanges());
    QVERIFY(child<QLabel>("templateTitleLabel")->text().contains(QStringLiteral("not saved")));
    auto *save = child<QPushButton>("saveTemplateButton");
    QVERIFY(save->isEnabled());
    QVERIFY(page.problems().isEmpty());

    // Debounced: not redrawn at once, then redrawn with the sentence (the page differs from before).
    QCOMPARE(page.previewUpdates(), updates);
    waitForPreview(updates);
    const QImage after = page.previewImage();
    QVERIFY2(!after.isNull(), qPrintable(page.previewMessage()));
    QVERIFY(after != before);
    // The preview composed the text inside a transaction it never committed: the store still has the default.
    QVERIFY(!TemplateStore(*m_db).isCustomized(FormalNotice));

    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(!page.hasUnsavedChanges());
    QVERIFY(!save->isEnabled());
    TemplateStore store(*m_db);
    QVERIFY(store.isCustomized(FormalNotice));
    QVERIFY(store.text(FormalNotice).contains(Sentence));
    QCOMPARE(store.text(FormalNotice), editor->toPlainText());
    auto *list = child<QListWidget>("templateList");
    QVERIFY(list->currentItem()->text().contains(QStringLiteral("customised")));

    const QString text = letterText(customer, LetterLevel::FormalNotice);
    QVERIFY2(text.contains(Sentence), qPrintable(text.left(3000)));
    QVERIFY(text.contains(QStringLiteral("MISE EN DEMEURE")));
}

void TestTemplateEditor::refusesAnUnknownPlaceholder()
{
    TemplateEditorPage &page = openEditor();
    page.selectTemplate(FormalNotice);
    auto *editor = child<QPlainTextEdit>("templateTextEdit");
    QString text = TemplateStore::defaultText(FormalNotice);
    const qsizetype at = text.indexOf(QStringLiteral("Nous vous prions d'agréer"));
    QVERIFY(at > 0);
    text.insert(at, QStringLiteral("Pénalités : {montant_inconnu}.\n\n"));
    const int expectedLine = int(QStringView(text).left(at).count(u'\n')) + 1;
    editor->setPlainText(text);

    auto *problems = child<QLabel>("templateProblemsLabel");
    QVERIFY(problems->isVisible());
    QVERIFY2(problems->text().contains(QStringLiteral("Line %1:").arg(expectedLine)), qPrintable(problems->text()));
    QVERIFY(problems->text().contains(QStringLiteral("{montant_inconnu}")));
    QCOMPARE(page.problems().size(), 1);
    QCOMPARE(page.problems().first().line, expectedLine);
    QVERIFY(!child<QPushButton>("saveTemplateButton")->isEnabled());
    // The line at fault is marked in the editor.
    QCOMPARE(editor->extraSelections().size(), 1);
    QCOMPARE(editor->extraSelections().first().cursor.block().blockNumber(), expectedLine - 1);

    QVERIFY(!page.saveChanges().ok());
    // The dialog's Save refuses it too, on the templates page, and writes nothing.
    QTest::mouseClick(child<QDialogButtonBox>("buttonBox")->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->currentPage(), SettingsDialog::Page::Templates);
    QVERIFY2(m_dialog->errorText().contains(QStringLiteral("{montant_inconnu}")), qPrintable(m_dialog->errorText()));
    QVERIFY(!TemplateStore(*m_db).isCustomized(FormalNotice));
    // The preview says why there is no letter instead of drawing a stale one.
    page.refreshPreview();
    QVERIFY(page.previewImage().isNull());
    QVERIFY2(page.previewMessage().contains(QStringLiteral("montant_inconnu")), qPrintable(page.previewMessage()));

    // Corrected: the problem goes, Save comes back.
    editor->setPlainText(text.replace(QStringLiteral("{montant_inconnu}"), QStringLiteral("{total_penalites}")));
    QVERIFY(!problems->isVisible());
    QVERIFY(child<QPushButton>("saveTemplateButton")->isEnabled());
}

void TestTemplateEditor::resetRestoresTheDefault()
{
    const QString custom = TemplateStore::defaultText(FormalNotice).replace(QStringLiteral("Madame, Monsieur,"),
                                                                             QStringLiteral("Chère cliente, cher client,"));
    QVERIFY(TemplateStore(*m_db).save(FormalNotice, custom).ok());
    TemplateEditorPage &page = openEditor();
    page.selectTemplate(FormalNotice);
    auto *editor = child<QPlainTextEdit>("templateTextEdit");
    QCOMPARE(editor->toPlainText(), custom);
    auto *reset = child<QPushButton>("resetTemplateButton");
    QVERIFY(reset->isEnabled());

    // Declined: nothing changes.
    m_answers << QMessageBox::No;
    QTest::mouseClick(reset, Qt::LeftButton);
    QCOMPARE(m_questions.size(), 1);
    QVERIFY(m_questions.first().contains(QStringLiteral("Mise en demeure")));
    QVERIFY(TemplateStore(*m_db).isCustomized(FormalNotice));
    QCOMPARE(editor->toPlainText(), custom);

    m_answers << QMessageBox::Yes;
    QTest::mouseClick(reset, Qt::LeftButton);
    QCOMPARE(m_questions.size(), 2);
    QVERIFY(!TemplateStore(*m_db).isCustomized(FormalNotice));
    QCOMPARE(editor->toPlainText(), TemplateStore::defaultText(FormalNotice));
    QVERIFY(!reset->isEnabled());
    QVERIFY(!child<QListWidget>("templateList")->currentItem()->text().contains(QStringLiteral("customised")));
    const QString text = letterText(page.sampleCustomer(), LetterLevel::FormalNotice);
    QVERIFY(text.contains(QStringLiteral("Madame, Monsieur,")));
    QVERIFY(!text.contains(QStringLiteral("Chère cliente")));
}

void TestTemplateEditor::asksBeforeLosingChanges()
{
    TemplateEditorPage &page = openEditor();
    page.selectTemplate(FormalNotice);
    auto *editor = child<QPlainTextEdit>("templateTextEdit");
    const QString edited = editor->toPlainText().replace(QStringLiteral("Madame, Monsieur,"), QStringLiteral("Madame, Monsieur, (modifié)"));
    editor->setPlainText(edited);

    // Another template, "Cancel": she stays, with her text.
    m_answers << QMessageBox::Cancel;
    clickTemplate(QStringLiteral("letter_level1"));
    QCOMPARE(m_questions.size(), 1);
    QVERIFY(m_questions.last().contains(QStringLiteral("Mise en demeure")));
    QCOMPARE(page.currentKey(), FormalNotice);
    QCOMPARE(child<QListWidget>("templateList")->currentItem()->data(Qt::UserRole).toString(), FormalNotice);
    QCOMPARE(editor->toPlainText(), edited);

    // "Discard": she moves on, nothing is written.
    m_answers << QMessageBox::Discard;
    clickTemplate(QStringLiteral("letter_level1"));
    QCOMPARE(m_questions.size(), 2);
    QCOMPARE(page.currentKey(), QStringLiteral("letter_level1"));
    QVERIFY(!TemplateStore(*m_db).isCustomized(FormalNotice));

    // Closing the dialog with changes: "Cancel" keeps it open, "Save" writes them and closes.
    const QString level1 = editor->toPlainText() + QStringLiteral("\nÀ bientôt.\n");
    editor->setPlainText(level1);
    m_answers << QMessageBox::Cancel;
    QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
    QCOMPARE(m_questions.size(), 3);
    QVERIFY(m_dialog->isVisible());
    m_answers << QMessageBox::Save;
    QTest::mouseClick(child<QDialogButtonBox>("buttonBox")->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QCOMPARE(m_questions.size(), 4);
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(TemplateStore(*m_db).text(QStringLiteral("letter_level1")), level1);

    // The dialog's own Save writes the template being edited with the other settings, without asking.
    openEditor();
    m_page->selectTemplate(QStringLiteral("letter_level2"));
    auto *editor2 = child<QPlainTextEdit>("templateTextEdit");
    const QString level2 = editor2->toPlainText() + QStringLiteral("\nMerci de votre diligence.\n");
    editor2->setPlainText(level2);
    QTest::mouseClick(child<QDialogButtonBox>("buttonBox")->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY2(!m_dialog->isVisible(), qPrintable(m_dialog->errorText()));
    QCOMPARE(m_questions.size(), 4);
    QCOMPARE(TemplateStore(*m_db).text(QStringLiteral("letter_level2")), level2);
}

void TestTemplateEditor::insertsAPlaceholderOnDoubleClick()
{
    TemplateEditorPage &page = openEditor();
    page.selectTemplate(QStringLiteral("letter_level1"));
    auto *editor = child<QPlainTextEdit>("templateTextEdit");
    auto *tree = child<QTreeWidget>("placeholderTree");
    QCOMPARE(tree->topLevelItemCount(), int(TemplateStore::placeholders().size()) + 2);
    QTreeWidgetItem *item = nullptr;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->text(0) == u"{numero_lrar}")
            item = tree->topLevelItem(i);
    QVERIFY(item);
    QVERIFY(!item->text(1).isEmpty());
    QTextCursor cursor(editor->document());
    cursor.movePosition(QTextCursor::End);
    editor->setTextCursor(cursor);
    editor->insertPlainText(QStringLiteral("\nRéf. LRAR : "));
    tree->scrollToItem(item);
    const QPoint at = tree->visualItemRect(item).center();
    // A double-click is a press and release, then the double-click (QTest sends only the latter).
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, at);
    QVERIFY2(editor->toPlainText().endsWith(QStringLiteral("Réf. LRAR : {numero_lrar}")), qPrintable(editor->toPlainText().right(80)));
    QVERIFY(page.problems().isEmpty());
}

void TestTemplateEditor::editsAnEmailTemplate()
{
    TemplateEditorPage &page = openEditor();
    const QString key = TemplateEditorPage::emailKey(QStringLiteral("level1"));
    clickTemplate(key);
    QCOMPARE(page.currentKey(), key);
    auto *subject = child<QLineEdit>("emailSubjectEdit");
    QVERIFY(subject->isVisible());
    waitForPreview(0);
    QVERIFY2(!page.previewHtml().isEmpty(), qPrintable(page.previewMessage()));
    QVERIFY(page.previewSubject().startsWith(QStringLiteral("Facture")));

    const int updates = page.previewUpdates();
    subject->setText(QStringLiteral("Échéance dépassée – {client}"));
    waitForPreview(updates);
    QVERIFY2(page.previewSubject().startsWith(QStringLiteral("Échéance dépassée – ")), qPrintable(page.previewSubject()));
    QVERIFY(!page.previewSubject().contains(u'{'));
    QVERIFY(child<QPushButton>("saveTemplateButton")->isEnabled());

    // An unknown placeholder and an unclosed condition are refused, with their line.
    auto *editor = child<QPlainTextEdit>("templateTextEdit");
    const QString body = editor->toPlainText();
    editor->setPlainText(QStringLiteral("Bonjour,\n{inconnu}\n{?une}texte\n") + body);
    QCOMPARE(page.problems().size(), 2);
    const QStringList problems = page.problemTexts();
    QVERIFY2(problems.at(0).startsWith(QStringLiteral("Line 2:")) && problems.at(0).contains(QStringLiteral("{inconnu}")),
             qPrintable(problems.join(u'|')));
    QVERIFY2(problems.at(1).startsWith(QStringLiteral("Line 3:")) && problems.at(1).contains(QStringLiteral("{?une}")),
             qPrintable(problems.join(u'|')));
    QVERIFY(!child<QPushButton>("saveTemplateButton")->isEnabled());

    editor->setPlainText(body + QStringLiteral("\n\nP.-S. : pensez à nous prévenir de tout litige."));
    QVERIFY(page.problems().isEmpty());
    QTest::mouseClick(child<QPushButton>("saveTemplateButton"), Qt::LeftButton);
    SettingsRepository settings(*m_db);
    const EmailTemplate stored = EmailTemplates::load(settings, QStringLiteral("level1"));
    QCOMPARE(stored.subject, QStringLiteral("Échéance dépassée – {client}"));
    QVERIFY(stored.body.endsWith(QStringLiteral("pensez à nous prévenir de tout litige.")));
    QTRY_VERIFY(page.previewHtml().contains(QStringLiteral("pensez à nous prévenir de tout litige.")));

    // Reset: the shipped e-mail again.
    m_answers << QMessageBox::Yes;
    QTest::mouseClick(child<QPushButton>("resetTemplateButton"), Qt::LeftButton);
    const EmailTemplate back = EmailTemplates::load(settings, QStringLiteral("level1"));
    QCOMPARE(back.subject, EmailTemplates::defaultFor(QStringLiteral("level1")).subject);
    QCOMPARE(subject->text(), back.subject);
}

void TestTemplateEditor::saysWhenNoCustomerHasOpenInvoices()
{
    QSqlQuery q = m_db->query(QStringLiteral("UPDATE invoices SET open_cents = 0, status = 'paid'"));
    QVERIFY(m_db->exec(q).ok());
    TemplateEditorPage &page = openEditor();
    page.selectTemplate(FormalNotice);
    waitForPreview(0);
    QVERIFY(page.sampleCustomers().isEmpty());
    QVERIFY(!child<QComboBox>("sampleCustomerCombo")->isEnabled());
    QVERIFY(page.previewImage().isNull());
    QVERIFY2(page.previewMessage().contains(QStringLiteral("No customer has open invoices")), qPrintable(page.previewMessage()));
}

void TestTemplateEditor::screenshots()
{
    TemplateEditorPage &page = openEditor();
    m_dialog->resize(1280, 700); // within a 1366 × 768 screen, with room for the task bar
    page.selectTemplate(FormalNotice);
    waitForPreview(0);
    QVERIFY(m_dialog->grab().save(QStringLiteral("/tmp/templates-letter.png")));
    auto *editor = child<QPlainTextEdit>("templateTextEdit");
    editor->setPlainText(editor->toPlainText().replace(QStringLiteral("{delai}"), QStringLiteral("{delais}")));
    QVERIFY(m_dialog->grab().save(QStringLiteral("/tmp/templates-problem.png")));
    m_answers << QMessageBox::Discard;
    QVERIFY(page.selectTemplate(TemplateEditorPage::emailKey(QStringLiteral("level2"))));
    waitForPreview(page.previewUpdates() - 1);
    QVERIFY(m_dialog->grab().save(QStringLiteral("/tmp/templates-email.png")));
    // The company page with a logo chosen (a blue square and a red band).
    QImage logo(900, 300, QImage::Format_RGB32);
    logo.fill(Qt::white);
    {
        QPainter painter(&logo);
        painter.fillRect(QRect(0, 0, 300, 300), QColor(0x1A, 0x5F, 0xB4));
        painter.fillRect(QRect(350, 100, 550, 100), QColor(0xE0, 0x1B, 0x24));
    }
    const QString logoFile = m_dir.filePath(QStringLiteral("logo.jpg"));
    QVERIFY(logo.save(logoFile, "JPEG"));
    m_dialog->setOpenFileNameAsker([&](const QString &, const QString &) { return logoFile; });
    m_dialog->showPage(SettingsDialog::Page::Company);
    QTest::mouseClick(child<QPushButton>("chooseLogoButton"), Qt::LeftButton);
    QVERIFY2(m_dialog->errorText().isEmpty(), qPrintable(m_dialog->errorText()));
    QCOMPARE(QImage::fromData(m_dialog->logoPng()).size(), QSize(SettingsDialog::MaxLogoWidth, 200));
    QVERIFY(m_dialog->grab().save(QStringLiteral("/tmp/templates-company.png")));
    // Saved, the letter preview shows it.
    QTest::mouseClick(child<QDialogButtonBox>("buttonBox")->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY2(m_dialog->errorText().isEmpty(), qPrintable(m_dialog->errorText()));
    openEditor();
    m_dialog->resize(1280, 700);
    waitForPreview(0);
    QVERIFY(m_dialog->grab().save(QStringLiteral("/tmp/templates-letter-logo.png")));
}

int main(int argc, char *argv[])
{
    TestSupport::prepareEnvironment();
    QApplication app(argc, argv);
    TestTemplateEditor test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_templateeditor.moc"
