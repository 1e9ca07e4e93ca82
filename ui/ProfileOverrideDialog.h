#pragma once
// ProfileOverrideDialog: sets a customer's payer profile by hand (it then picks the scenario), with the reason, or
// gives it back to the computation.

#include "PayerProfile.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

class ProfileOverrideDialog final : public QDialog
{
    Q_OBJECT

public:
    // `computed` and its explanation say what the history gives; `current`/`reason` the override in force, if any.
    ProfileOverrideDialog(std::optional<PayerProfile> computed, const QString &explanation,
                          std::optional<PayerProfile> current, const QString &reason, QWidget *parent = nullptr);

    // The profile chosen; nullopt gives the customer back to the computation.
    std::optional<PayerProfile> profile() const;
    QString reason() const;

    // For tests and keyboard users: the choice by profile (nullopt = computed) and the reason.
    void setChoice(std::optional<PayerProfile> profile, const QString &reason);

private:
    void updateOk();

    QComboBox *m_profileCombo = nullptr;
    QLineEdit *m_reasonEdit = nullptr;
    QLabel *m_hintLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
