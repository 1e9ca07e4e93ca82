#pragma once
// CallGuide: what to ask on the phone at each step (seeds 000, 001, 002), and the outcomes a call can have.

#include <QString>
#include <QStringList>

namespace CallGuide {
QStringList questions(const QString &step);
// The fixed list of outcomes: promise, voicemail, unreachable, invoice_not_received, awaiting_approval, dispute,
// in_payment, payment_sent, other.
const QStringList &outcomes();
QString outcomeFrench(const QString &outcome);
// Outcomes after which the step counts as done (voicemail and unreachable are tried again).
bool isConclusive(const QString &outcome);
// The outcomes that are not conclusive (for queries that only want the calls to try again).
const QStringList &inconclusiveOutcomes();
// Dispute categories offered with the "dispute" outcome.
const QStringList &disputeCategories();
QString disputeCategoryFrench(const QString &category);
// Payment means for promises.
const QStringList &paymentMeans();
QString paymentMeansFrench(const QString &means);
}
