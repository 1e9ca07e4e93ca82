#pragma once
// CsvMappingDialog: how a CSV export maps onto invoices: a column for each field, the delimiter, encoding, decimal
// separator, date format and header line (detected, each overridable), a live preview of the first rows that marks
// the ones the import would reject and says why, and named presets kept in the database (CsvMappingStore).

#include "CsvMapping.h"
#include "CsvParser.h"
#include "ImportBatch.h"

#include <QDialog>
#include <QList>
#include <QString>

#include <array>

class Database;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

class CsvMappingDialog final : public QDialog
{
    Q_OBJECT

public:
    // `db` holds the presets and must outlive the dialog; `mapping` is where the dialog starts (empty: automatic).
    CsvMappingDialog(Database &db, const QString &file, const CsvMapping &mapping = {}, QWidget *parent = nullptr);

    QString file() const { return m_file; }
    // The mapping as the widgets show it: what the import will use.
    CsvMapping mapping() const { return m_mapping; }
    void setMapping(const CsvMapping &mapping);

    // What the preset buttons do; false (with the reason shown in the dialog) when refused.
    bool savePreset(const QString &name);
    bool loadPreset(const QString &name);
    bool deletePreset(const QString &name);

    // The preview on display: the rows, and the faults the import would report for them.
    const CsvPreview &preview() const { return m_preview; }
    QList<ImportIssue> rowIssues() const { return m_rowIssues; }
    // Rows of the preview table (0-based) that the import would reject.
    QList<int> rejectedRows() const;
    QComboBox *columnCombo(CsvMapping::Field field) const { return m_columnCombos[size_t(field)]; }

    static QString fieldTitle(CsvMapping::Field field);
    static bool isMandatory(CsvMapping::Field field);

signals:
    // The preview was computed again (after any change).
    void previewRefreshed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void refresh();
    void fillColumnCombos(const QStringList &header, const CsvPreview &shown);
    void fillFormatCombos();
    void fillTable(const CsvPreview &shown);
    void refreshPresets(const QString &select = {});
    void showStatus(const QString &text, bool error);
    void columnChosen(int fieldIndex);
    void formatChosen();

    Database &m_db;
    QString m_file;
    CsvMapping m_mapping;
    CsvPreview m_preview;   // with the mapping as it is
    CsvFormat m_detected;   // what detection finds with no format override
    QList<ImportIssue> m_rowIssues;
    QList<ImportIssue> m_otherIssues; // faults not on a previewed row
    int m_rowsChecked = 0;
    int m_rowsRejected = 0;
    bool m_checkedWholeFile = true;
    bool m_updating = false;

    std::array<QLabel *, CsvMapping::FieldCount> m_columnLabels{};
    std::array<QComboBox *, CsvMapping::FieldCount> m_columnCombos{};
    QLabel *m_introLabel = nullptr;
    QGroupBox *m_columnsBox = nullptr;
    QGroupBox *m_formatBox = nullptr;
    QLabel *m_delimiterLabel = nullptr;
    QComboBox *m_delimiterCombo = nullptr;
    QLabel *m_encodingLabel = nullptr;
    QComboBox *m_encodingCombo = nullptr;
    QLabel *m_decimalLabel = nullptr;
    QComboBox *m_decimalCombo = nullptr;
    QLabel *m_dateLabel = nullptr;
    QComboBox *m_dateCombo = nullptr;
    QLabel *m_headerLabel = nullptr;
    QSpinBox *m_headerSpin = nullptr;
    QLabel *m_detectedLabel = nullptr;
    QLabel *m_previewTitle = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_presetLabel = nullptr;
    QComboBox *m_presetCombo = nullptr;
    QPushButton *m_loadButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QLabel *m_saveLabel = nullptr;
    QLineEdit *m_presetNameEdit = nullptr;
    QPushButton *m_saveButton = nullptr;
    QLabel *m_presetStatusLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
