#pragma once
// TemplateEditorPage: the letter templates (TemplateStore) and the reminder e-mails (EmailTemplates) edited in
// place: the text with its placeholders, the problems the store would refuse it for (line and reason), and a live
// preview for a sample customer: the letter's page as it will print, or the e-mail as it will be sent.
// Nothing typed is lost: leaving a template or the dialog with unsaved changes asks first.

#include "EmailTemplates.h"
#include "Result.h"

#include <QHash>
#include <QImage>
#include <QMessageBox>
#include <QString>
#include <QStringList>
#include <QWidget>
#include <functional>
#include <memory>

class Database;
class LetterPreviewWidget;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QTimer;
class QToolButton;
class QTreeWidget;
struct ComposedLetter;

class TemplateEditorPage final : public QWidget
{
    Q_OBJECT

public:
    // A problem that keeps a template from being saved; `line` is 1-based in the editor (0: unknown; -1: subject).
    struct Problem
    {
        int line = 0;
        QString reason;
    };

    // Asks a question; returns the button chosen (a seam: tests answer without a modal box).
    using Asker = std::function<QMessageBox::StandardButton(const QString &title, const QString &text,
                                                            QMessageBox::StandardButtons buttons,
                                                            QMessageBox::StandardButton defaultButton)>;

    // `db` must outlive the page.
    explicit TemplateEditorPage(Database &db, QWidget *parent = nullptr);
    ~TemplateEditorPage() override;

    // Every template the page edits: letter keys ("letter_formal_notice") then e-mail steps ("email.level1").
    QStringList templateKeys() const;
    static QString emailKey(const QString &step) { return QStringLiteral("email.") + step; }
    QString currentKey() const { return m_key; }
    // The current template's name as the list shows it ("Mise en demeure").
    QString currentName() const { return templateName(m_key); }
    QWidget *textEditor() const;
    // Shows another template; asks first about unsaved changes. False when she chose to stay.
    bool selectTemplate(const QString &key);

    // The text in the editor (a letter template whole; an e-mail's body) and an e-mail's subject.
    QString text() const;
    void setText(const QString &text);
    QString subject() const;
    void setSubject(const QString &subject);

    bool hasUnsavedChanges() const;
    QList<Problem> problems() const { return m_problems; }
    // "Line 4: champ inconnu : « {foo} »": what the page shows under the editor.
    QStringList problemTexts() const;
    // Writes the current template (refused while it has problems).
    Status saveChanges();
    // Back to the text last saved.
    void discardChanges();
    // Back to the template shipped with Encaisse, after asking. False when she declined or it failed.
    bool resetToDefault();
    // Unsaved changes: asks Save / Discard / Cancel. True when she may go on (saved or discarded).
    bool confirmLeave();

    // The customers the preview can use (those with open invoices), and the one it uses.
    QList<qint64> sampleCustomers() const;
    qint64 sampleCustomer() const;
    void setSampleCustomer(qint64 customerId);

    // The preview as last drawn: a letter's page, or an e-mail's subject and HTML; the message shown instead.
    QImage previewImage() const;
    QString previewSubject() const;
    QString previewHtml() const;
    QString previewMessage() const;
    int previewPage() const { return m_page; }
    int previewPageCount() const { return m_pageCount; }
    // Preview updates so far (tests wait on it), and a way to skip the debounce.
    int previewUpdates() const { return m_previewUpdates; }
    void refreshPreview();

    void setAsker(Asker asker) { m_ask = std::move(asker); }

signals:
    void previewUpdated();
    // A template was written to (or reset in) the store.
    void templateSaved(const QString &key);
    void unsavedChangesChanged(bool unsaved);

protected:
    void showEvent(QShowEvent *event) override;

private:
    bool isEmail(const QString &key) const { return key.startsWith(QStringLiteral("email.")); }
    QString stepOf(const QString &key) const { return key.mid(6); }
    void fillTemplateList();
    void loadCustomers();
    void loadTemplate(const QString &key);
    void onTextChanged();
    void updateState();
    void showProblems();
    void selectRowOf(const QString &key);
    void schedulePreview();
    void renderLetterPreview();
    void renderEmailPreview();
    void showLetterPage();
    void showFullPage();
    QImage renderPage(int dpi);
    void insertPlaceholder(const QString &placeholder);
    QList<Problem> checkLetter(const QString &text) const;
    QList<Problem> checkEmail(const QString &subject, const QString &body) const;
    bool isCustomized(const QString &key);
    QString templateName(const QString &key) const;
    QMessageBox::StandardButton ask(const QString &title, const QString &text, QMessageBox::StandardButtons buttons,
                                    QMessageBox::StandardButton defaultButton);

    Database &m_db;
    Asker m_ask;
    bool m_customersLoaded = false;
    bool m_loading = false;
    QString m_key;
    QString m_savedText;
    QString m_savedSubject;
    QList<Problem> m_problems;
    QHash<QString, QString> m_levels; // letter key → LetterLevel
    QHash<QString, QString> m_names;  // key → name shown

    std::unique_ptr<ComposedLetter> m_letter; // the letter previewed, for paging
    QHash<QString, EmailContext> m_emailContexts; // "customer:step" → values (composing one reads much of the store)
    int m_page = 0;
    int m_pageCount = 0;
    int m_previewUpdates = 0;
    QString m_previewSubject;
    QString m_previewHtml;

    QListWidget *m_templateList = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_subjectLabel = nullptr;
    QLineEdit *m_subjectEdit = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QLabel *m_problemLabel = nullptr;
    QTreeWidget *m_placeholderTree = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_resetButton = nullptr;
    QComboBox *m_customerCombo = nullptr;
    QStackedWidget *m_previewStack = nullptr;
    LetterPreviewWidget *m_letterPreview = nullptr;
    QWidget *m_emailPane = nullptr;
    QLabel *m_emailSubject = nullptr;
    QTextBrowser *m_emailPreview = nullptr;
    QToolButton *m_previousPage = nullptr;
    QToolButton *m_nextPage = nullptr;
    QLabel *m_pageLabel = nullptr;
    QTimer *m_previewTimer = nullptr;
};
