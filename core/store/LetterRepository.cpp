#include "LetterRepository.h"

#include <QCryptographicHash>

QString LetterRepository::sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Status LetterRepository::insert(Letter &letter)
{
    letter.sha256 = sha256Hex(letter.pdf);
    QSqlQuery q = m_db.query(QStringLiteral("INSERT INTO letters (customer_id, level, letter_date, sent_on, channel,"
                                            " lrar_number, receipt_on, pdf, sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                            " RETURNING id"));
    q.addBindValue(letter.customerId);
    q.addBindValue(letter.level);
    q.addBindValue(letter.letterDate.toString(Qt::ISODate));
    q.addBindValue(Sql::date(letter.sentOn));
    q.addBindValue(letter.channel.isEmpty() ? QStringLiteral("letter") : letter.channel);
    q.addBindValue(Sql::text(letter.lrarNumber));
    q.addBindValue(Sql::date(letter.receiptOn));
    q.addBindValue(letter.pdf);
    q.addBindValue(letter.sha256);
    if (auto s = m_db.exec(q); !s)
        return s;
    q.next();
    letter.id = q.value(0).toLongLong();
    return m_links.replace(letter.id, letter.invoiceIds);
}

Status LetterRepository::markSent(qint64 letterId, const QDate &sentOn, const QString &channel, const QString &lrarNumber)
{
    QSqlQuery q = m_db.query(QStringLiteral("UPDATE letters SET sent_on = ?, channel = ?, lrar_number = ?"
                                            " WHERE id = ? AND sent_on IS NULL"));
    q.addBindValue(sentOn.toString(Qt::ISODate));
    q.addBindValue(channel);
    q.addBindValue(Sql::text(lrarNumber));
    q.addBindValue(letterId);
    if (auto s = m_db.exec(q); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Status::failure(QStringLiteral("courrier %1 : déjà envoyé ou introuvable, il ne peut plus être modifié").arg(letterId));
    return {};
}

Status LetterRepository::setReceipt(qint64 letterId, const QDate &receiptOn)
{
    QSqlQuery q = m_db.query(QStringLiteral("UPDATE letters SET receipt_on = ? WHERE id = ? AND sent_on IS NOT NULL"));
    q.addBindValue(Sql::date(receiptOn));
    q.addBindValue(letterId);
    if (auto s = m_db.exec(q); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Status::failure(QStringLiteral("courrier %1 : pas encore envoyé, pas d'accusé de réception possible").arg(letterId));
    return {};
}

std::optional<Letter> LetterRepository::findById(qint64 id)
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT id, customer_id, level, letter_date, sent_on, channel, lrar_number,"
                                            " receipt_on, pdf, sha256 FROM letters WHERE id = ?"));
    q.addBindValue(id);
    if (!m_db.exec(q) || !q.next())
        return std::nullopt;
    Letter l;
    l.id = q.value(0).toLongLong();
    l.customerId = q.value(1).toLongLong();
    l.level = q.value(2).toString();
    l.letterDate = Sql::toDate(q.value(3));
    l.sentOn = Sql::toDate(q.value(4));
    l.channel = q.value(5).toString();
    l.lrarNumber = q.value(6).toString();
    l.receiptOn = Sql::toDate(q.value(7));
    l.pdf = q.value(8).toByteArray();
    l.sha256 = q.value(9).toString();
    l.invoiceIds = m_links.invoicesOf(l.id);
    return l;
}

QList<Letter> LetterRepository::forCustomer(qint64 customerId)
{
    QList<Letter> list;
    QSqlQuery q = m_db.query(QStringLiteral("SELECT id, level, letter_date, sent_on, channel, lrar_number, receipt_on, sha256"
                                            " FROM letters WHERE customer_id = ? ORDER BY letter_date, id"));
    q.addBindValue(customerId);
    if (!m_db.exec(q))
        return list;
    while (q.next()) {
        Letter l;
        l.id = q.value(0).toLongLong();
        l.customerId = customerId;
        l.level = q.value(1).toString();
        l.letterDate = Sql::toDate(q.value(2));
        l.sentOn = Sql::toDate(q.value(3));
        l.channel = q.value(4).toString();
        l.lrarNumber = q.value(5).toString();
        l.receiptOn = Sql::toDate(q.value(6));
        l.sha256 = q.value(7).toString();
        list << l;
    }
    for (Letter &l : list)
        l.invoiceIds = m_links.invoicesOf(l.id);
    return list;
}
