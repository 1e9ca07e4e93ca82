#pragma once
// LettersView: "Courriers". The letters the calendar wants on a day (today by default), previewed, printed in one
// job or saved as one PDF; printing archives each letter byte for byte and asks for the LRAR numbers. Below, the
// archive: letters printed and sent, their LRAR number and receipt to fill in, reopened and reprinted identically.

#include "Letter.h"
#include "LettersViewBatchModel.h"
#include "LrarNumbersDialog.h"
#include "Result.h"

#include <QDate>
#include <QList>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class Database;
class LettersViewArchiveModel;
class QComboBox;
class QDateEdit;
class QDialog;
class QLabel;
class QPrintPreviewDialog;
class QPrinter;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTemporaryDir;
class QUrl;

class LettersView final : public QWidget
{
    Q_OBJECT

public:
    // Which archived letters the lower list shows.
    enum class ArchiveFilter { All, ToComplete, NotPosted, NoNumber, NoReceipt };
    Q_ENUM(ArchiveFilter)

    // `db` must outlive the view. Cheap: the store is read when the view is first shown (or by reload()).
    explicit LettersView(Database &db, QWidget *parent = nullptr);
    ~LettersView() override;

    // Reads the store again, as of Clock::instance().today() (the day shown follows today unless another was chosen).
    void reload();
    // The data changed elsewhere: reload now if visible, else when next shown.
    void markStale();
    bool isLoaded() const { return m_loaded; }

    QDate displayedDay() const { return m_day; }
    void setDisplayedDay(QDate day);

    // Print dialog, then every letter of `day` not printed yet in ONE job; each letter is archived as printed
    // (LetterArchive::storePrinted) and the LRAR dialog follows. Returns the letters printed (0: cancelled/none).
    int printDay(QDate day);
    // A real print preview of the day's batch.
    void previewDay(QDate day);
    // One PDF holding the day's batch (nothing is archived). Returns the path written, or empty.
    QString saveDayAsPdf(QDate day);

    // The LRAR dialog for these archived letters (those not posted yet or sent without their number): marks them
    // sent (LetterArchive::markSent) or adds the number (setLrarNumber). Returns the letters changed.
    int recordPosting(const QList<qint64> &letterIds);
    // Asks the day the avis de réception came back (LetterArchive::recordReceipt).
    bool recordReceipt(qint64 letterId);
    // Writes the archived PDF (hash checked) to a temporary file and opens it with the system viewer.
    bool openLetter(qint64 letterId);
    // The archived PDF, byte for byte, to the printer chosen in the print dialog.
    bool reprintLetter(qint64 letterId);

    void setArchiveFilter(ArchiveFilter filter);
    LettersViewBatchModel *batchModel() const { return m_batchModel; }
    LettersViewArchiveModel *archiveModel() const { return m_archiveModel; }
    // The archived letters selected in the lower list (ids), in list order.
    QList<qint64> selectedLetterIds() const;

    // Seams for the modal dialogs and the system; tests answer here.
    void setPrintDialogRunner(std::function<bool(QPrinter &)> runner);              // replaces QPrintDialog::exec
    void setPreviewRunner(std::function<void(QPrintPreviewDialog &)> runner);       // replaces QPrintPreviewDialog::exec
    void setDialogRunner(std::function<int(QDialog &)> runner);                     // LRAR and receipt dialogs
    void setSaveFileNameAsker(std::function<QString(const QString &title, const QString &suggested)> asker);
    void setUrlOpener(std::function<bool(const QUrl &)> opener);                    // QDesktopServices::openUrl
    void setMessageHandler(std::function<void(const QString &title, const QString &text)> handler); // QMessageBox

signals:
    // Double-click on a customer: the main window opens the customer file.
    void customerFileRequested(qint64 customerId);
    // Letters were archived, sent, numbered or got their receipt: Today and the calendar should reload.
    void lettersChanged();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QTableView *createTable(const char *name, QSortFilterProxyModel *proxy);
    void retranslateUi();
    void reloadBatch();
    void reloadArchive();
    void updateSummaries();
    void updateButtons();
    // The day's batch, composed on this thread (with a progress dialog that can cancel when `withProgress`).
    Result<LettersViewBatchModel::Day> loadDay(QDate day, bool withProgress);
    // The letters of `day` to print; says why and returns nothing when there are none.
    std::optional<QList<ComposedLetter>> prepareBatch(QDate day);
    LrarNumbersDialog::Entry entryFor(const Letter &letter) const;
    int runPostingDialog(const QList<LrarNumbersDialog::Entry> &entries);
    QString customerName(qint64 customerId) const;
    void inform(const QString &title, const QString &text);
    void setStatus(const QString &text);
    int runDialog(QDialog &dialog);
    bool runPrintDialog(QPrinter &printer);
    QString askSaveFileName(const QString &title, const QString &suggested);

    Database &m_db;
    bool m_loaded = false;
    QDate m_today;           // Clock's today at the last reload
    QDate m_day;             // the day shown in the upper list
    bool m_followToday = true;
    QString m_batchError;    // why the day's letters could not be listed

    LettersViewBatchModel *m_batchModel;
    QSortFilterProxyModel *m_batchProxy;
    LettersViewArchiveModel *m_archiveModel;
    QSortFilterProxyModel *m_archiveProxy;
    std::unique_ptr<QTemporaryDir> m_openDir;

    QLabel *m_batchTitle = nullptr;
    QLabel *m_dayLabel = nullptr;
    QDateEdit *m_dayEdit = nullptr;
    QLabel *m_batchSummary = nullptr;
    QTableView *m_batchView = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_pdfButton = nullptr;
    QLabel *m_archiveTitle = nullptr;
    QLabel *m_archiveSummary = nullptr;
    QLabel *m_filterLabel = nullptr;
    QComboBox *m_filterCombo = nullptr;
    QTableView *m_archiveView = nullptr;
    QPushButton *m_postingButton = nullptr;
    QPushButton *m_receiptButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_reprintButton = nullptr;
    QLabel *m_statusLabel = nullptr;

    std::function<bool(QPrinter &)> m_runPrintDialog;
    std::function<void(QPrintPreviewDialog &)> m_runPreview;
    std::function<int(QDialog &)> m_runDialog;
    std::function<QString(const QString &, const QString &)> m_askSaveFileName;
    std::function<bool(const QUrl &)> m_openUrl;
    std::function<void(const QString &, const QString &)> m_inform;
};
