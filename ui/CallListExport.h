#pragma once
// CallListExport: "Export calls (Excel)…": the week's planned phone calls (CallListBuilder) written as a workbook
// (CallListXlsx) where the user chooses, "appels-2026-W49.xlsx" in Documents by default. The workbook is written on
// a worker thread behind a progress dialog (a long list, a slow network folder); the calendar is read on the GUI
// thread, which owns the database connection.

#include "CallList.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

class Database;
class QWidget;

class CallListExport final
{
    Q_DECLARE_TR_FUNCTIONS(CallListExport)

public:
    using FileNameAsker = std::function<QString(const QString &title, const QString &suggested)>;

    struct Outcome
    {
        QString path;   // the file written; empty when cancelled or failed
        int calls = 0;
        int overdue = 0;
        qint64 totalDueCents = 0;
        QString error;  // translated, names the file
        bool cancelled = false;
        bool ok() const { return !path.isEmpty(); }
    };

    // "appels-2026-W49.xlsx"
    static QString suggestedFileName(const IsoWeek &week);
    // That name in the user's Documents folder (home when there is none).
    static QString suggestedPath(const IsoWeek &week);

    // Asks where to write (`askFileName`, QFileDialog when empty; an empty answer cancels), builds and writes the
    // workbook with a progress dialog over `parent`. Shows no message: the caller says what happened.
    static Outcome run(Database &db, const IsoWeek &week, QWidget *parent, const FileNameAsker &askFileName);
};

// The whole export for a menu entry: run(), and a message box over `parent` when the file cannot be written.
// Returns the path written, empty when cancelled or failed.
QString exportWeekCalls(Database &db, const IsoWeek &week, QWidget *parent,
                        const std::function<QString(const QString &title, const QString &suggested)> &askFileName);
