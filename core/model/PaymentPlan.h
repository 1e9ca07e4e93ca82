#pragma once
// PaymentPlan: an échéancier agreed with a customer, with an immediate partial payment and dated instalments.

#include <QDate>
#include <QList>
#include <QString>

struct Instalment
{
    qint64 id = 0;
    QDate dueDate;
    qint64 amountCents = 0;
    qint64 paidCents = 0;
    QDate paidOn;
};

struct PaymentPlan
{
    enum class Status { Active, Completed, Defaulted, Cancelled };

    qint64 id = 0;
    qint64 customerId = 0;
    QDate agreedOn;
    qint64 downPaymentCents = 0;
    QDate downPaymentDate;
    Status status = Status::Active;
    QString comment;
    QList<Instalment> instalments;

    static QString statusKey(Status s);
    static Status statusFromKey(QStringView key);
};
