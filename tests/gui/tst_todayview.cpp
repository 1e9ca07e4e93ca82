// TodayView: journey 1 end to end on a real demo database (offscreen): the window opens on today's calls, a call is
// completed with a promise through the real widgets, the store has it, and undo puts everything back.

#include "ActionCardDelegate.h"
#include "ActionCompleter.h"
#include "ActionListModel.h"
#include "ActionRepository.h"
#include "CallGuide.h"
#include "Clock.h"
#include "CollectionText.h"
#include "CustomerFileDialog.h"
#include "Database.h"
#include "DisputeRepository.h"
#include "EventJournal.h"
#include "InvoiceRepository.h"
#include "GuiDemoData.h"
#include "LetterRepository.h"
#include "LettersView.h"
#include "MainWindow.h"
#include "OutcomeForm.h"
#include "PromiseRepository.h"
#include "ReminderPlanner.h"
#include "SettingsRepository.h"
#include "TestSupport.h"
#include "TodayView.h"
#include "Translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QPrinter>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <algorithm>
#include <memory>

class TestTodayView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void opensOnTodayWithTheCalls();
    void journeyPromiseThenUndo();
    void voicemailInOneClickAndCtrlZ();
    void disputeAsksForACategory();
    void keyboardMovesAndOpensTheFile();
    void detailShowsWhatToAsk();
    void lateRowsAreMarked();
    void printsTheDayLetters();
    void modelIsConsistent();
    void firstRowsThenDetailsMatchTheWholeDay();
    void attemptCountsEarlierUnansweredCallsAtTheStep();
    void expectedCashCountsEachReceivableOnce();

private:
    MainWindow &showWindow();
    template <typename T> T *child(const char *name);
    QListView *callList();
    // The first call still to do, selected with a mouse click.
    QModelIndex selectFirstPlannedCall();
    QRect resultButtonRect(QListView *list, const QModelIndex &index);
    void clickMenuAction(const QString &kind);
    static void typeText(QWidget *widget, const QString &text);

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    FixedClock m_clock{GuiDemoData::today()};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
};

void TestTodayView::initTestCase()
{
    TestSupport::prepareEnvironment();
    QVERIFY(m_settingsDir.isValid());
    GuiDemoData::isolateSettings(m_settingsDir.path(), QStringLiteral("tst_todayview"));
    Clock::setInstance(&m_clock);
    // The French UI is the first-class one: the journey runs in it.
    QCOMPARE(Translations::install(*qApp, QStringLiteral("fr")), QStringLiteral("fr"));
}

void TestTodayView::init()
{
    QSettings().clear();
    m_db = std::make_unique<Database>();
    QVERIFY(m_dir.isValid());
    const Status opened = GuiDemoData::openFilled(*m_db, m_dir.path(), QStringLiteral("today"));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
}

void TestTodayView::cleanup()
{
    m_window.reset();
    m_db.reset();
}

void TestTodayView::cleanupTestCase()
{
    Clock::setInstance(nullptr);
}

MainWindow &TestTodayView::showWindow()
{
    m_window = std::make_unique<MainWindow>(*m_db);
    m_window->resize(1366, 768);
    m_window->show();
    [&] { QVERIFY(QTest::qWaitForWindowExposed(m_window.get())); }();
    return *m_window;
}

template <typename T> T *TestTodayView::child(const char *name)
{
    T *widget = m_window->findChild<T *>(QString::fromLatin1(name));
    [&] { QVERIFY2(widget, name); }();
    return widget;
}

QListView *TestTodayView::callList()
{
    return child<QListView>("callList");
}

QModelIndex TestTodayView::selectFirstPlannedCall()
{
    QListView *list = callList();
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QModelIndex index = list->model()->index(row, 0);
        if (index.data(ActionListModel::DoneRole).toBool())
            continue;
        list->scrollTo(index);
        // Click the card away from its button.
        const QRect rect = list->visualRect(index);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, QPoint(rect.left() + 40, rect.top() + 20));
        return index;
    }
    return {};
}

QRect TestTodayView::resultButtonRect(QListView *list, const QModelIndex &index)
{
    auto *delegate = qobject_cast<ActionCardDelegate *>(list->itemDelegate());
    QStyleOptionViewItem option;
    option.initFrom(list);
    option.rect = list->visualRect(index);
    return delegate ? delegate->buttonRect(option, index) : QRect();
}

void TestTodayView::clickMenuAction(const QString &kind)
{
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("outcomeMenu"));
    QVERIFY(menu);
    QTRY_VERIFY(menu->isVisible());
    auto *action = menu->findChild<QAction *>(QStringLiteral("outcome_") + kind);
    QVERIFY2(action, qPrintable(kind));
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
    QTRY_VERIFY(!menu->isVisible());
}

void TestTodayView::typeText(QWidget *widget, const QString &text)
{
    // keyClicks cannot send "é": one key event per character, as an input method would.
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

void TestTodayView::opensOnTodayWithTheCalls()
{
    MainWindow &window = showWindow();
    QCOMPARE(window.currentView(), MainWindow::View::Today);
    auto *tabs = child<QTabWidget>("viewTabWidget");
    QCOMPARE(tabs->tabText(0), QStringLiteral("Aujourd'hui"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("Calendrier"));
    QCOMPARE(tabs->tabText(4), QStringLiteral("Litiges && promesses"));

    const TodayData &data = window.todayView()->data();
    QCOMPARE(data.day, GuiDemoData::today());
    QVERIFY2(!data.calls.isEmpty(), "the demo has calls to make today");
    QCOMPARE(callList()->model()->rowCount(), int(data.calls.size()));
    for (const AgendaItem &item : data.calls) {
        QCOMPARE(item.action.channel, QStringLiteral("phone"));
        QCOMPARE(item.action.plannedDate, GuiDemoData::today());
        QVERIFY(!item.customerName.isEmpty());
    }
    const QString header = child<QLabel>("todayHeaderLabel")->text();
    QVERIFY2(header.contains(QStringLiteral("Mercredi 25 novembre")), qPrintable(header));
    QVERIFY2(header.contains(QStringLiteral("à encaisser d'ici 15 jours")), qPrintable(header));
    QCOMPARE(child<QLabel>("callsTitle")->text(), QStringLiteral("☎  Appels (%1)").arg(data.calls.size()));
    QVERIFY(child<QLabel>("emailsTitle")->text().startsWith(QStringLiteral("✉  E-mails (")));
    QVERIFY(child<QLabel>("lettersTitle")->text().startsWith(QStringLiteral("✎  Courriers (")));
    QVERIFY(child<QLabel>("promisesTitle")->text().startsWith(QStringLiteral("Promesses à vérifier (")));
    QVERIFY(child<QLabel>("disputesTitle")->text().startsWith(QStringLiteral("Litiges (")));
    // The first call is selected and its detail shown.
    QVERIFY(callList()->currentIndex().isValid());
    QCOMPARE(child<QLabel>("detailTitleLabel")->text(), data.calls.first().customerName);
}

void TestTodayView::journeyPromiseThenUndo()
{
    MainWindow &window = showWindow();
    TodayView *today = window.todayView();
    const QModelIndex index = selectFirstPlannedCall();
    QVERIFY(index.isValid());
    const qint64 actionId = index.data(ActionListModel::ActionIdRole).toLongLong();
    const qint64 customerId = index.data(ActionListModel::CustomerIdRole).toLongLong();
    QCOMPARE(today->currentActionId(), actionId);
    QCOMPARE(child<QLabel>("detailTitleLabel")->text(), index.data(ActionListModel::TitleRole).toString());

    // [Résultat ▾] on the card, then "Promesse obtenue".
    const QRect button = resultButtonRect(callList(), index);
    QVERIFY(button.isValid());
    QTest::mouseClick(callList()->viewport(), Qt::LeftButton, {}, button.center());
    clickMenuAction(QStringLiteral("promise"));
    auto *form = child<OutcomeForm>("outcomeForm");
    QCOMPARE(form->pendingOutcome(), QStringLiteral("promise"));
    auto *dateEdit = child<QDateEdit>("promiseDateEdit");
    QTRY_VERIFY(dateEdit->isVisible());
    QCOMPARE(child<QLabel>("pendingOutcomeLabel")->text(), QStringLiteral("Promesse de paiement\u00A0: quand, et comment\u00A0?"));

    // The date, typed; the means, from the list; a comment with accents.
    dateEdit->setFocus();
    dateEdit->setSelectedSection(QDateTimeEdit::DaySection);
    // Digits only: the sections advance by themselves.
    QTest::keyClicks(dateEdit, QStringLiteral("10122026"));
    QCOMPARE(dateEdit->date(), QDate(2026, 12, 10));
    auto *means = child<QComboBox>("meansCombo");
    means->setFocus();
    means->setCurrentIndex(0);
    QTest::keyClick(means, Qt::Key_Down);
    QCOMPARE(means->currentData().toString(), QStringLiteral("cheque"));
    QCOMPARE(means->currentText(), QStringLiteral("Chèque"));
    auto *comment = child<QLineEdit>("commentEdit");
    QTest::mouseClick(comment, Qt::LeftButton);
    typeText(comment, QStringLiteral("Chèque posté vendredi, après validation"));
    QCOMPARE(comment->text(), QStringLiteral("Chèque posté vendredi, après validation"));
    QTest::mouseClick(child<QPushButton>("saveOutcomeButton"), Qt::LeftButton);

    // In the store: the action is done and a promise covers its invoices.
    const std::optional<Action> done = ActionRepository(*m_db).findById(actionId);
    QVERIFY(done);
    QCOMPARE(done->status, Action::Status::Done);
    QCOMPARE(done->outcome, QStringLiteral("promise"));
    QCOMPARE(done->comment, QStringLiteral("Chèque posté vendredi, après validation"));
    const Promise *promise = nullptr;
    const QList<Promise> promises = PromiseRepository(*m_db).forCustomer(customerId);
    for (const Promise &p : promises)
        if (p.actionId == actionId)
            promise = &p;
    QVERIFY(promise);
    QCOMPARE(promise->status, Promise::Status::Open);
    QCOMPARE(promise->promisedDate, QDate(2026, 12, 10));
    QCOMPARE(promise->means, QStringLiteral("cheque"));
    QCOMPARE(promise->invoiceIds, done->invoiceIds);
    QCOMPARE(EventJournal(*m_db).forCustomer(customerId).first().kind, QStringLiteral("action_done"));

    // On screen: the card says done, the header counts one more, the next call is selected, undo is offered.
    const int row = qobject_cast<ActionListModel *>(callList()->model())->rowOfAction(actionId);
    const QModelIndex doneIndex = callList()->model()->index(row, 0);
    QVERIFY(doneIndex.data(ActionListModel::DoneRole).toBool());
    QCOMPARE(doneIndex.data(ActionListModel::OutcomeTextRole).toString(),
             QStringLiteral("✓ Promesse obtenue — Chèque posté vendredi, après validation"));
    QVERIFY(child<QLabel>("todayHeaderLabel")->text().contains(QStringLiteral("1 faite")));
    QVERIFY(today->currentActionId() != actionId);
    auto *undo = child<QPushButton>("undoButton");
    QVERIFY(undo->isEnabled());
    QVERIFY2(undo->text().contains(QStringLiteral("Promesse obtenue")), qPrintable(undo->text()));

    // Undo: the action is back to do and the promise withdrawn.
    QTest::mouseClick(undo, Qt::LeftButton);
    const std::optional<Action> back = ActionRepository(*m_db).findById(actionId);
    QVERIFY(back);
    QCOMPARE(back->status, Action::Status::Planned);
    QVERIFY(back->outcome.isEmpty());
    for (const Promise &p : PromiseRepository(*m_db).forCustomer(customerId))
        if (p.actionId == actionId)
            QCOMPARE(p.status, Promise::Status::Cancelled);
    const QList<Promise> open = PromiseRepository(*m_db).open();
    QVERIFY(std::none_of(open.cbegin(), open.cend(), [actionId](const Promise &p) { return p.actionId == actionId; }));
    QCOMPARE(EventJournal(*m_db).forCustomer(customerId).first().kind, QStringLiteral("action_undone"));
    QVERIFY(!undo->isEnabled());
    QCOMPARE(today->currentActionId(), actionId);
    QVERIFY(!callList()->currentIndex().data(ActionListModel::DoneRole).toBool());
    QVERIFY(!child<QLabel>("todayHeaderLabel")->text().contains(QStringLiteral("faite")));
}

void TestTodayView::voicemailInOneClickAndCtrlZ()
{
    MainWindow &window = showWindow();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QListView *list = callList();
    list->setFocus();
    QTRY_VERIFY(list->hasFocus());
    list->setCurrentIndex(list->model()->index(0, 0));
    if (list->model()->rowCount() > 1)
        QTest::keyClick(list, Qt::Key_J);
    const QModelIndex index = list->currentIndex();
    const qint64 actionId = index.data(ActionListModel::ActionIdRole).toLongLong();
    // R opens the outcome menu on the selected call; one click records it.
    QTest::keyClick(list, Qt::Key_R);
    clickMenuAction(QStringLiteral("voicemail"));
    QCOMPARE(ActionRepository(*m_db).findById(actionId)->status, Action::Status::Done);
    QCOMPARE(ActionRepository(*m_db).findById(actionId)->outcome, QStringLiteral("voicemail"));
    QVERIFY(child<QLabel>("todayMessageLabel")->text().contains(QStringLiteral("Messagerie")));

    // The selection moved to the next call still to do: one more, on the same (pinned) clock second.
    const qint64 secondId = list->currentIndex().data(ActionListModel::ActionIdRole).toLongLong();
    QVERIFY(secondId != actionId);
    QTest::keyClick(list, Qt::Key_R);
    clickMenuAction(QStringLiteral("unreachable"));
    QCOMPARE(ActionRepository(*m_db).findById(secondId)->outcome, QStringLiteral("unreachable"));

    // Ctrl+Z anywhere in the window undoes them, the last one first.
    list->setFocus();
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(ActionRepository(*m_db).findById(secondId)->status, Action::Status::Planned);
    QCOMPARE(ActionRepository(*m_db).findById(actionId)->status, Action::Status::Done);
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(ActionRepository(*m_db).findById(actionId)->status, Action::Status::Planned);
    // Nothing left to undo: Ctrl+Z does nothing more.
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("undoAction"))->isEnabled());
}

void TestTodayView::disputeAsksForACategory()
{
    showWindow();
    const QModelIndex index = selectFirstPlannedCall();
    const qint64 actionId = index.data(ActionListModel::ActionIdRole).toLongLong();
    const qint64 customerId = index.data(ActionListModel::CustomerIdRole).toLongLong();
    const QList<qint64> invoices = ActionRepository(*m_db).findById(actionId)->invoiceIds;
    QVERIFY(!invoices.isEmpty());

    QTest::mouseClick(callList()->viewport(), Qt::LeftButton, {}, resultButtonRect(callList(), index).center());
    clickMenuAction(QStringLiteral("dispute"));
    auto *category = child<QComboBox>("disputeCategoryCombo");
    QTRY_VERIFY(category->isVisible());
    QVERIFY(!child<QDateEdit>("promiseDateEdit")->isVisible());
    category->setCurrentIndex(category->findData(QStringLiteral("quality")));
    QCOMPARE(category->currentText(), QStringLiteral("Qualité"));
    // Cancel keeps the call to do; then record it for real.
    QTest::mouseClick(child<QPushButton>("cancelOutcomeButton"), Qt::LeftButton);
    QVERIFY(!category->isVisible());
    QCOMPARE(ActionRepository(*m_db).findById(actionId)->status, Action::Status::Planned);
    QTest::mouseClick(callList()->viewport(), Qt::LeftButton, {}, resultButtonRect(callList(), index).center());
    clickMenuAction(QStringLiteral("dispute"));
    category->setCurrentIndex(category->findData(QStringLiteral("quality")));
    QTest::mouseClick(child<QPushButton>("saveOutcomeButton"), Qt::LeftButton);

    QCOMPARE(ActionRepository(*m_db).findById(actionId)->outcome, QStringLiteral("dispute"));
    int disputed = 0;
    for (const Dispute &d : DisputeRepository(*m_db).forCustomer(customerId))
        if (d.isOpen() && invoices.contains(d.invoiceId) && d.category == u"quality")
            ++disputed;
    QCOMPARE(disputed, int(invoices.size()));
}

void TestTodayView::keyboardMovesAndOpensTheFile()
{
    MainWindow &window = showWindow();
    QListView *list = callList();
    QVERIFY(list->model()->rowCount() >= 2);
    list->setFocus();
    list->setCurrentIndex(list->model()->index(0, 0));
    QTest::keyClick(list, Qt::Key_J);
    QCOMPARE(list->currentIndex().row(), 1);
    QTest::keyClick(list, Qt::Key_J);
    QCOMPARE(list->currentIndex().row(), std::min(2, list->model()->rowCount() - 1));
    QTest::keyClick(list, Qt::Key_K);
    QTest::keyClick(list, Qt::Key_K);
    QCOMPARE(list->currentIndex().row(), 0);
    QTest::keyClick(list, Qt::Key_K); // stays on the first
    QCOMPARE(list->currentIndex().row(), 0);
    QCOMPARE(child<QLabel>("detailTitleLabel")->text(), list->currentIndex().data(ActionListModel::TitleRole).toString());

    // Enter opens the customer file.
    const qint64 customerId = list->currentIndex().data(ActionListModel::CustomerIdRole).toLongLong();
    QTest::keyClick(list, Qt::Key_Return);
    CustomerFileDialog *file = window.customerFile(customerId);
    QVERIFY(file);
    QTRY_VERIFY(file->isVisible());
    QCOMPARE(file->customerId(), customerId);
}

void TestTodayView::detailShowsWhatToAsk()
{
    MainWindow &window = showWindow();
    const QModelIndex index = selectFirstPlannedCall();
    const AgendaItem &item = window.todayView()->data().calls.at(index.row());
    const QString questions = child<QLabel>("questionsLabel")->text();
    const QStringList expected = CallGuide::questions(item.action.step);
    QVERIFY(!expected.isEmpty());
    QVERIFY2(questions.contains(expected.first().toHtmlEscaped()), qPrintable(questions));
    QCOMPARE(child<QLabel>("questionsTitle")->text(), QStringLiteral("Questions à poser"));
    QVERIFY(!child<QLabel>("eventsLabel")->text().isEmpty());
    // The open invoices, the action's own in bold.
    auto *invoices = child<QTreeWidget>("openInvoiceTree");
    QVERIFY(invoices->topLevelItemCount() >= int(item.invoices.size()));
    int bold = 0;
    for (int i = 0; i < invoices->topLevelItemCount(); ++i)
        if (invoices->topLevelItem(i)->font(0).bold())
            ++bold;
    QCOMPARE(bold, int(item.invoices.size()));
    // The profile badge explains itself.
    auto *badge = child<QLabel>("detailProfileBadge");
    QCOMPARE(badge->text(), CollectionText::profile(item.profile));
    QVERIFY(!badge->toolTip().isEmpty());
}

void TestTodayView::lateRowsAreMarked()
{
    MainWindow &window = showWindow();
    const TodayData &data = window.todayView()->data();
    int late = 0;
    for (const QList<AgendaItem> *list : {&data.calls, &data.emails, &data.letters})
        for (const AgendaItem &item : *list) {
            QCOMPARE(item.isLate(), item.action.scheduledDate < item.action.plannedDate && !item.isDone());
            late += item.isLate();
        }
    QCOMPARE(late, data.lateCount());
    QListView *list = callList();
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QModelIndex index = list->model()->index(row, 0);
        const bool isLate = index.data(ActionListModel::LateRole).toBool();
        QCOMPARE(isLate, data.calls.at(row).isLate());
        if (isLate)
            QVERIFY(index.data(ActionListModel::StepLineRole).toString().contains(QStringLiteral("en retard depuis")));
    }
    if (late > 0)
        QVERIFY(child<QLabel>("todayHeaderLabel")->text().contains(QStringLiteral("en retard")));
}

void TestTodayView::printsTheDayLetters()
{
    MainWindow &window = showWindow();
    const TodayData &data = window.todayView()->data();
    QVERIFY2(!data.letters.isEmpty(), "the demo has letters to print today");
    // "Print…" prints the day's letters in one job from the Courriers tab: the print dialog's printer writes a PDF
    // here, and the LRAR numbers are left for later.
    auto *print = child<QPushButton>("printLettersButton");
    QVERIFY(print->isVisible());
    LettersView *letters = window.lettersView();
    QVERIFY(letters);
    const QString pdf = m_dir.filePath(QStringLiteral("courriers.pdf"));
    int jobs = 0;
    letters->setPrintDialogRunner([&](QPrinter &printer) {
        ++jobs;
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdf);
        return true;
    });
    QStringList dialogs;
    letters->setDialogRunner([&dialogs](QDialog &dialog) {
        dialogs << dialog.windowTitle();
        return int(QDialog::Rejected);
    });
    QStringList messages;
    letters->setMessageHandler([&messages](const QString &, const QString &text) { messages << text; });
    QVERIFY(print->isVisible());
    QCOMPARE(print->text(), QStringLiteral("Imprimer…"));
    QTest::mouseClick(print, Qt::LeftButton);
    QCOMPARE(jobs, 1);
    QCOMPARE(window.currentView(), MainWindow::View::Letters);
    QCOMPARE(dialogs.size(), 1); // the LRAR numbers, answered "later"
    QVERIFY(QFile::exists(pdf));
    // Every letter is archived as printed today, not yet sent.
    for (const AgendaItem &item : data.letters) {
        const QList<Letter> archived = LetterRepository(*m_db).forCustomer(item.action.customerId);
        QVERIFY2(std::any_of(archived.begin(), archived.end(),
                             [](const Letter &l) { return l.letterDate == GuiDemoData::today() && !l.isSent(); }),
                 qPrintable(item.customerName));
    }
    // Each letter names its customer (read back with an independent reader).
    const CommandResult text = TestSupport::run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QCOMPARE(text.exitCode, 0);
    const QString content = QString::fromUtf8(text.out).simplified();
    for (const AgendaItem &item : data.letters)
        QVERIFY2(content.contains(item.customerName, Qt::CaseInsensitive), qPrintable(item.customerName));
}

void TestTodayView::modelIsConsistent()
{
    const TodayData data = TodayData::load(*m_db, GuiDemoData::today());
    ActionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItems(data.calls + data.emails + data.letters);
    QCOMPARE(model.columnCount(), int(ActionListModel::ColumnCount));
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, ActionListModel::Customer).data().toString(), model.item(row).customerName);
        QCOMPARE(model.index(row, ActionListModel::Amount).data(Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
    }
    QCOMPARE(model.headerData(ActionListModel::Invoices, Qt::Horizontal).toString(), QStringLiteral("Factures"));
    // Drag: the ids go through the MIME data.
    QMimeData *mime = model.mimeData({model.index(0, 0)});
    QCOMPARE(ActionListModel::actionIds(mime), QList<qint64>{model.item(0).action.id});
    delete mime;
    model.updateAction(model.item(0).action);
    model.setItems({});
    QCOMPARE(model.rowCount(), 0);
}

namespace {

// Everything the view shows of an item, as one line.
QString describe(const AgendaItem &i)
{
    QStringList invoices;
    for (const AgendaInvoice &inv : i.invoices)
        invoices << QStringLiteral("%1:%2:%3").arg(inv.number, inv.dueDate.toString(Qt::ISODate)).arg(inv.openCents);
    QStringList invoiceIds;
    for (qint64 id : i.action.invoiceIds)
        invoiceIds << QString::number(id);
    const Action &a = i.action;
    return QStringList{QString::number(a.id), QString::number(a.customerId), a.plannedDate.toString(Qt::ISODate),
                       a.scheduledDate.toString(Qt::ISODate), a.step, a.channel, Action::statusKey(a.status),
                       QString::number(a.amountCents), a.outcome, invoiceIds.join(u','), i.customerCode, i.customerName,
                       i.profile ? payerProfileKey(*i.profile) : QStringLiteral("-"), i.profileExplanation,
                       i.overrideReason, i.contact.name, i.contact.phone, i.contact.email, invoices.join(u','),
                       QString::number(i.attempt), i.note, QString::number(i.detailed)}
        .join(QStringLiteral(" | "));
}

QStringList describe(const QList<AgendaItem> &items)
{
    QStringList lines;
    for (const AgendaItem &i : items)
        lines << describe(i);
    return lines;
}

} // namespace

void TestTodayView::firstRowsThenDetailsMatchTheWholeDay()
{
    // A day with a call done (voicemail: the next attempt and a done row at the bottom) and a promise made.
    const QDate today = GuiDemoData::today();
    TodayData before = TodayData::load(*m_db, today);
    QVERIFY2(before.error.isEmpty(), qPrintable(before.error));
    QVERIFY(before.calls.size() >= 4);
    ActionCompleter completer(*m_db);
    QVERIFY(completer.complete(before.calls.at(0).action.id, {QStringLiteral("voicemail"), {}, {}, {}, {}, {}},
                               QDateTime(today, QTime(9, 0)))
                .ok());
    QVERIFY(completer.complete(before.calls.at(1).action.id,
                               {QStringLiteral("promise"), today.addDays(3), QStringLiteral("transfer"), {}, {}, {}},
                               QDateTime(today, QTime(9, 5)))
                .ok());

    // The whole day, read as after the first paint (this brings the calendar up to date and stores it).
    const TodayData whole = TodayData::load(*m_db, today);
    QVERIFY2(whole.error.isEmpty(), qPrintable(whole.error));
    QVERIFY(!whole.detailsPending());
    QVERIFY(whole.doneCount() >= 2);
    SettingsRepository settings(*m_db);
    QVERIFY(ReminderPlanner(*m_db, PlannerSettings::load(settings)).isCurrent(today, today, whole.day));

    // The first rows only, from the stored plan: the lists, their order and the counts are already the whole day's.
    TodayData first = TodayData::loadFirstRows(*m_db, today, TodayData::FirstRows{2, 1, 0});
    QVERIFY(first.detailsPending());
    QCOMPARE(first.calls.size(), whole.calls.size());
    QCOMPARE(first.emails.size(), whole.emails.size());
    QCOMPARE(first.letters.size(), whole.letters.size());
    QCOMPARE(first.plannedCount(), whole.plannedCount());
    QCOMPARE(first.lateCount(), whole.lateCount());
    QCOMPARE(first.doneCount(), whole.doneCount());
    QCOMPARE(first.expectedCents, whole.expectedCents);
    QCOMPARE(first.promises.size(), whole.promises.size());
    for (qsizetype i = 0; i < whole.promises.size(); ++i) {
        QCOMPARE(first.promises.at(i).promise.id, whole.promises.at(i).promise.id);
        QCOMPARE(first.promises.at(i).openCents, whole.promises.at(i).openCents);
        QCOMPARE(first.promises.at(i).broken, whole.promises.at(i).broken);
    }
    QCOMPARE(first.disputes.size(), whole.disputes.size());
    // The detailed rows are the whole day's first rows, exactly; the others wait.
    QCOMPARE(describe(first.calls.mid(0, 2)), describe(whole.calls.mid(0, 2)));
    QCOMPARE(describe(first.emails.mid(0, 1)), describe(whole.emails.mid(0, 1)));
    for (const QList<AgendaItem> *list : {&first.calls, &first.emails, &first.letters})
        for (qsizetype i = 0; i < list->size(); ++i)
            QCOMPARE(list->at(i).detailed, i < (list == &first.calls ? 2 : list == &first.emails ? 1 : 0));
    // The done calls are at the bottom of the list.
    QVERIFY(whole.calls.last().isDone());
    QVERIFY(!whole.calls.first().isDone());

    // Details read: every row is the whole day's.
    first.completeDetails(*m_db);
    QVERIFY(!first.detailsPending());
    QCOMPARE(describe(first.calls), describe(whole.calls));
    QCOMPARE(describe(first.emails), describe(whole.emails));
    QCOMPARE(describe(first.letters), describe(whole.letters));
    QCOMPARE(first.plannedCount(), whole.plannedCount());
    QCOMPARE(first.lateCount(), whole.lateCount());
    QCOMPARE(first.doneCount(), whole.doneCount());
}

void TestTodayView::attemptCountsEarlierUnansweredCallsAtTheStep()
{
    const QDate today = GuiDemoData::today();
    const TodayData day = TodayData::load(*m_db, today);
    const auto call = std::find_if(day.calls.cbegin(), day.calls.cend(), [](const AgendaItem &i) {
        return !i.isDone() && i.action.invoiceIds.size() >= 2;
    });
    QVERIFY(call != day.calls.cend());
    const Action planned = call->action;
    const auto attempt = [&] {
        const QList<AgendaItem> items = AgendaItems::load(*m_db, {*ActionRepository(*m_db).findById(planned.id)});
        return items.size() == 1 ? items.first().attempt : -1;
    };
    const int before = attempt();
    QCOMPARE(before, call->attempt);

    // Calls of the customer's history: only an unanswered one at the same step, about one of this call's invoices,
    // on an earlier day, makes this call the next attempt.
    const auto addDone = [&](const QString &step, const QString &outcome, QDate on, QList<qint64> invoices) {
        Action a;
        a.customerId = planned.customerId;
        a.plannedDate = on;
        a.step = step;
        a.channel = QStringLiteral("phone");
        a.status = Action::Status::Done;
        a.doneAt = QDateTime(on, QTime(10, 0));
        a.outcome = outcome;
        a.invoiceIds = std::move(invoices);
        QVERIFY(ActionRepository(*m_db).insert(a).ok());
    };
    const qint64 shared = planned.invoiceIds.last();
    const QString otherStep = planned.step == u"level1" ? QStringLiteral("level2") : QStringLiteral("level1");
    addDone(otherStep, QStringLiteral("voicemail"), today.addDays(-3), {shared});        // another step
    addDone(planned.step, QStringLiteral("promise"), today.addDays(-3), {shared});       // answered
    addDone(planned.step, QStringLiteral("voicemail"), today, {shared});                  // not earlier
    QList<qint64> unrelated;
    for (const AgendaItem &other : day.calls + day.emails + day.letters)
        if (other.action.customerId != planned.customerId && !other.action.invoiceIds.isEmpty()) {
            unrelated << other.action.invoiceIds.first();
            break;
        }
    QCOMPARE(unrelated.size(), 1);
    addDone(planned.step, QStringLiteral("voicemail"), today.addDays(-3), unrelated);     // none of its invoices
    QCOMPARE(attempt(), before);
    addDone(planned.step, QStringLiteral("voicemail"), today.addDays(-7), {shared});
    QCOMPARE(attempt(), before + 1);
    addDone(planned.step, QStringLiteral("unreachable"), today.addDays(-2), planned.invoiceIds);
    QCOMPARE(attempt(), before + 2);
}

void TestTodayView::expectedCashCountsEachReceivableOnce()
{
    const QDate today = GuiDemoData::today();
    const QDate horizon = today.addDays(TodayData::ExpectedDays);
    // The definition, from the repositories: each open receivable once, if it falls due in the window and is not
    // disputed, or if an open promise dated by the end of the window covers it and it is due by then.
    const auto reference = [&] {
        QSet<qint64> disputed;
        for (const Dispute &d : DisputeRepository(*m_db).open())
            disputed.insert(d.invoiceId);
        QSet<qint64> promised;
        for (const Promise &p : PromiseRepository(*m_db).open())
            if (p.promisedDate <= horizon)
                promised.unite(QSet<qint64>(p.invoiceIds.cbegin(), p.invoiceIds.cend()));
        qint64 cents = 0;
        for (const InvoiceRow &row : InvoiceRepository(*m_db).list({true, 0, {}})) {
            const Invoice &i = row.invoice;
            if (!i.isOpen() || i.openCents <= 0
                || (i.kind != Invoice::Kind::Invoice && i.kind != Invoice::Kind::OpeningBalance))
                continue;
            if ((i.dueDate >= today && i.dueDate <= horizon && !disputed.contains(i.id))
                || (promised.contains(i.id) && i.dueDate <= horizon))
                cents += i.openCents;
        }
        return cents;
    };
    const auto expected = [&] { return TodayData::load(*m_db, today).expectedCents; };
    const qint64 start = expected();
    QVERIFY(start > 0);
    QCOMPARE(start, reference());

    // Open receivables: late ones not promised yet, and one due in the window.
    QList<Invoice> late;
    std::optional<Invoice> inWindow;
    QSet<qint64> promisedNow;
    for (const Promise &p : PromiseRepository(*m_db).open())
        promisedNow.unite(QSet<qint64>(p.invoiceIds.cbegin(), p.invoiceIds.cend()));
    QSet<qint64> disputedNow;
    for (const Dispute &d : DisputeRepository(*m_db).open())
        disputedNow.insert(d.invoiceId);
    for (const InvoiceRow &row : InvoiceRepository(*m_db).list({true, 0, {}})) {
        const Invoice &i = row.invoice;
        if (i.kind != Invoice::Kind::Invoice || i.openCents <= 0 || promisedNow.contains(i.id) || disputedNow.contains(i.id))
            continue;
        if (i.dueDate < today && late.size() < 3)
            late << i;
        else if (i.dueDate > today && i.dueDate <= horizon && !inWindow)
            inWindow = i;
    }
    QCOMPARE(late.size(), 3);
    QVERIFY(inWindow.has_value());
    const auto promise = [&](const Invoice &i, QDate on, QList<qint64> invoices) {
        Promise p;
        p.customerId = i.customerId;
        p.madeOn = today;
        p.promisedDate = on;
        p.amountCents = i.openCents;
        p.means = QStringLiteral("transfer");
        p.invoiceIds = std::move(invoices);
        QVERIFY(PromiseRepository(*m_db).insert(p).ok());
    };
    // A late invoice promised within the window is expected; promised twice, it still counts once.
    promise(late.at(0), today.addDays(4), {late.at(0).id});
    QCOMPARE(expected(), start + late.at(0).openCents);
    promise(late.at(0), today.addDays(6), {late.at(0).id});
    QCOMPARE(expected(), start + late.at(0).openCents);
    // Promised after the window: not yet.
    promise(late.at(1), horizon.addDays(1), {late.at(1).id});
    QCOMPARE(expected(), start + late.at(0).openCents);
    // Disputed, an invoice due in the window leaves the figure; promised all the same, it comes back, once.
    Dispute dispute;
    dispute.customerId = inWindow->customerId;
    dispute.invoiceId = inWindow->id;
    dispute.category = QStringLiteral("quantity");
    dispute.openedOn = today;
    QVERIFY(DisputeRepository(*m_db).insert(dispute).ok());
    QCOMPARE(expected(), start + late.at(0).openCents - inWindow->openCents);
    promise(*inWindow, today.addDays(2), {inWindow->id, late.at(2).id});
    QCOMPARE(expected(), start + late.at(0).openCents + late.at(2).openCents);
    QCOMPARE(expected(), reference());
}

int main(int argc, char *argv[])
{
    TestSupport::prepareEnvironment();
    QApplication app(argc, argv);
    TestTodayView test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_todayview.moc"
