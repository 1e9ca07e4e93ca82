#include "LettersViewBatchModel.h"

#include "CollectionText.h"
#include "CustomerRepository.h"
#include "DisplayFormat.h"
#include "LetterBatch.h"
#include "LetterComposer.h"
#include "LetterLevel.h"
#include "LetterRepository.h"
#include "TableRoles.h"

#include <QBrush>
#include <QFont>
#include <QHash>

namespace {

QString channelOf(const LettersViewBatchModel::Row &row)
{
    if (row.error.isEmpty() && !row.letter.channel.isEmpty())
        return row.letter.channel;
    return row.request.channel.isEmpty() ? LetterLevel::defaultChannel(row.request.level) : row.request.channel;
}

} // namespace

QList<ComposedLetter> LettersViewBatchModel::Day::letters() const
{
    QList<ComposedLetter> out;
    for (const Row &row : rows)
        if (row.error.isEmpty())
            out << row.letter;
    return out;
}

QStringList LettersViewBatchModel::Day::errors() const
{
    QStringList out;
    for (const Row &row : rows)
        if (!row.error.isEmpty())
            out << LettersViewBatchModel::tr("%1: %2").arg(row.customerName.isEmpty() ? row.customerCode : row.customerName, row.error);
    return out;
}

LettersViewBatchModel::LettersViewBatchModel(QObject *parent) : QAbstractTableModel(parent) {}

Result<LettersViewBatchModel::Day> LettersViewBatchModel::load(Database &db, QDate day, const LetterRenderer::Progress &progress)
{
    using R = Result<Day>;
    const Result<QList<LetterRequest>> requests = LetterBatch(db).requests(day);
    if (!requests)
        return R::failure(requests.error());
    Day out;
    out.day = day;
    CustomerRepository customers(db);
    LetterRepository archive(db);
    LetterComposer composer(db);
    QHash<qint64, QList<Letter>> archived; // per customer, read once
    for (qsizetype i = 0; i < requests->size(); ++i) {
        const LetterRequest &request = requests->at(i);
        auto known = archived.find(request.customerId);
        if (known == archived.end())
            known = archived.insert(request.customerId, archive.forCustomer(request.customerId));
        // Printed already (the LRAR dialog was put off, or the batch printed twice): reprinting would archive a
        // second copy; the archive list below has it.
        bool printed = false;
        for (qsizetype k = 0; k < known->size() && !printed; ++k) {
            const Letter &l = known->at(k);
            if (l.level == request.level && l.letterDate == day) {
                printed = true;
                known->removeAt(k); // one archived letter accounts for one request
            }
        }
        if (printed) {
            ++out.alreadyPrinted;
        } else {
            Row row;
            row.request = request;
            if (const auto c = customers.findById(request.customerId)) {
                row.customerCode = c->code;
                row.customerName = c->name;
            }
            Result<ComposedLetter> letter = composer.compose(request);
            if (letter)
                row.letter = std::move(letter).value();
            else
                row.error = letter.error();
            out.rows << row;
        }
        if (progress && !progress(int(i + 1), int(requests->size())))
            return R::failure(QStringLiteral("annulé"));
    }
    return out;
}

void LettersViewBatchModel::setDay(Day day)
{
    beginResetModel();
    m_day = std::move(day);
    endResetModel();
}

int LettersViewBatchModel::registeredCount() const
{
    int count = 0;
    for (const Row &row : m_day.rows)
        if (channelOf(row) == u"registered_letter")
            ++count;
    return count;
}

qint64 LettersViewBatchModel::totalCents() const
{
    qint64 total = 0;
    for (const Row &row : m_day.rows)
        if (row.error.isEmpty())
            total += row.letter.totalCents;
    return total;
}

int LettersViewBatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_day.rows.size());
}

int LettersViewBatchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LettersViewBatchModel::displayText(const Row &row, int column) const
{
    switch (static_cast<Column>(column)) {
    case Customer: return row.customerName.isEmpty() ? row.customerCode : row.customerName;
    case Level: return LetterLevel::french(row.request.level);
    case Channel: return CollectionText::channel(channelOf(row));
    case Invoices:
        return row.error.isEmpty() ? QString::number(row.letter.invoiceIds.size()) : QString();
    case Amount: return row.error.isEmpty() ? DisplayFormat::money(row.letter.totalCents) : tr("cannot be written");
    case ColumnCount: break;
    }
    return {};
}

QVariant LettersViewBatchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_day.rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case Qt::TextAlignmentRole:
        return column == Amount || column == Invoices ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                      : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (!row.error.isEmpty() && column == Amount)
            return QBrush(CollectionText::lateColor());
        return {};
    case Qt::FontRole:
        if (column == Channel && channelOf(row) == u"registered_letter") {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (!row.error.isEmpty())
            return tr("This letter cannot be written: %1").arg(row.error);
        if (column == Customer)
            return tr("%1 · %2 (double-click: customer file)").arg(row.customerCode, row.customerName);
        if (column == Amount && row.request.level == u"formal_notice")
            return tr("Open amounts, plus late-payment penalties to the letter's date and the 40 € indemnities");
        return {};
    case CustomerIdRole:
        return row.request.customerId;
    case TableRoles::SortRole:
        switch (static_cast<Column>(column)) {
        case Customer: return displayText(row, Customer).toLower();
        case Level: return int(LetterLevel::all().indexOf(row.request.level));
        case Channel: return channelOf(row);
        case Invoices: return int(row.letter.invoiceIds.size());
        case Amount: return row.letter.totalCents;
        case ColumnCount: break;
        }
        return {};
    default:
        return {};
    }
}

QVariant LettersViewBatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return section == Amount || section == Invoices ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                        : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && section == Amount)
        return tr("What the letter asks for");
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Customer: return tr("Customer");
    case Level: return tr("Letter");
    case Channel: return tr("Sent by");
    case Invoices: return tr("Invoices");
    case Amount: return tr("Amount");
    case ColumnCount: break;
    }
    return {};
}
