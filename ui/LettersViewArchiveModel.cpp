#include "LettersViewArchiveModel.h"

#include "Clock.h"
#include "CollectionText.h"
#include "CustomerRepository.h"
#include "DisplayFormat.h"
#include "LetterLevel.h"
#include "LetterRepository.h"
#include "TableRoles.h"

#include <QBrush>
#include <QFont>
#include <algorithm>

namespace {
constexpr int ShortHash = 12;
}

LettersViewArchiveModel::LettersViewArchiveModel(QObject *parent) : QAbstractTableModel(parent) {}

void LettersViewArchiveModel::reload(Database &db)
{
    LetterRepository letters(db);
    QList<Row> rows;
    for (const CustomerSummary &c : CustomerRepository(db).summaries(Clock::instance().today())) {
        for (const Letter &l : letters.forCustomer(c.id))
            rows << Row{l, c.code, c.name};
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.letter.letterDate != b.letter.letterDate ? a.letter.letterDate > b.letter.letterDate
                                                          : a.letter.id > b.letter.id;
    });
    setRows(std::move(rows));
}

void LettersViewArchiveModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int LettersViewArchiveModel::rowOf(qint64 letterId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).letter.id == letterId)
            return i;
    return -1;
}

QString LettersViewArchiveModel::stateKeys(const Letter &l)
{
    QString keys = QStringLiteral(" ");
    if (awaitsSending(l))
        keys += QStringLiteral("unsent ");
    if (lacksNumber(l))
        keys += QStringLiteral("nonumber ");
    if (awaitsReceipt(l))
        keys += QStringLiteral("noreceipt ");
    return keys;
}

int LettersViewArchiveModel::count(bool (*predicate)(const Letter &)) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [predicate](const Row &r) { return predicate(r.letter); }));
}

int LettersViewArchiveModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LettersViewArchiveModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LettersViewArchiveModel::displayText(const Row &row, int column) const
{
    const Letter &l = row.letter;
    switch (static_cast<Column>(column)) {
    case LetterDate: return DisplayFormat::date(l.letterDate);
    case Customer: return row.customerName.isEmpty() ? row.customerCode : row.customerName;
    case Level: return LetterLevel::french(l.level);
    case Channel: return CollectionText::channel(l.channel);
    case SentOn: return l.isSent() ? DisplayFormat::date(l.sentOn) : tr("printed, not sent");
    case LrarNumber:
        if (!l.lrarNumber.isEmpty())
            return l.lrarNumber;
        return l.channel == u"registered_letter" ? tr("to fill in") : QStringLiteral("—");
    case Receipt:
        if (l.receiptOn.isValid())
            return DisplayFormat::date(l.receiptOn);
        return awaitsReceipt(l) ? tr("waiting") : QStringLiteral("—");
    case Sha256: return l.sha256.left(ShortHash);
    case ColumnCount: break;
    }
    return {};
}

QVariant LettersViewArchiveModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Letter &l = row.letter;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case Qt::ForegroundRole:
        // Red for what is ours to do: a registered letter without its number, a letter printed but not posted.
        if ((column == LrarNumber && lacksNumber(l)) || (column == SentOn && awaitsSending(l)))
            return QBrush(CollectionText::lateColor());
        if ((column == Receipt && !l.receiptOn.isValid()) || (column == LrarNumber && l.lrarNumber.isEmpty())
            || column == Sha256)
            return QBrush(CollectionText::mutedColor());
        return {};
    case Qt::FontRole:
        if (column == Sha256) {
            QFont font(QStringLiteral("monospace"));
            font.setStyleHint(QFont::Monospace);
            return font;
        }
        if ((column == LrarNumber && lacksNumber(l)) || (column == SentOn && awaitsSending(l))) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        switch (static_cast<Column>(column)) {
        case Customer: return tr("%1 · %2 (double-click: customer file)").arg(row.customerCode, row.customerName);
        case SentOn:
            return l.isSent() ? tr("Sent: the letter is locked; only its LRAR number (if missing) and its receipt "
                                   "date can still be added.")
                              : tr("Printed and archived, not marked as posted yet: “Record posting…”");
        case LrarNumber:
            return lacksNumber(l) ? tr("Type the number read off La Poste's slip: “Record posting…”") : QVariant();
        case Receipt:
            return awaitsReceipt(l) ? tr("When the avis de réception comes back: “Receipt came back…”") : QVariant();
        case Sha256: return tr("SHA-256 of the PDF kept: %1").arg(l.sha256);
        default: return {};
        }
    case LetterIdRole:
        return l.id;
    case CustomerIdRole:
        return l.customerId;
    case StateKeysRole:
        return stateKeys(l);
    case TableRoles::SortRole:
        switch (static_cast<Column>(column)) {
        case LetterDate: return DisplayFormat::dateSortValue(l.letterDate) * 100000000 + l.id;
        case Customer: return displayText(row, Customer).toLower();
        case Level: return int(LetterLevel::all().indexOf(l.level));
        case Channel: return l.channel;
        case SentOn: return DisplayFormat::dateSortValue(l.sentOn);
        case LrarNumber: return l.lrarNumber;
        case Receipt: return DisplayFormat::dateSortValue(l.receiptOn);
        case Sha256: return l.sha256;
        case ColumnCount: break;
        }
        return {};
    default:
        return {};
    }
}

QVariant LettersViewArchiveModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::InitialSortOrderRole)
        return int(section == LetterDate || section == SentOn || section == Receipt ? Qt::DescendingOrder : Qt::AscendingOrder);
    if (role == Qt::ToolTipRole) {
        switch (static_cast<Column>(section)) {
        case LrarNumber: return tr("Number of the registered letter (lettre recommandée avec accusé de réception)");
        case Receipt: return tr("Day the avis de réception came back");
        case Sha256: return tr("Fingerprint of the PDF kept: the proof that the letter reopened is the one sent");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case LetterDate: return tr("Date");
    case Customer: return tr("Customer");
    case Level: return tr("Letter");
    case Channel: return tr("Sent by");
    case SentOn: return tr("Posted on");
    case LrarNumber: return tr("LRAR number");
    case Receipt: return tr("Receipt");
    case Sha256: return tr("SHA-256");
    case ColumnCount: break;
    }
    return {};
}
