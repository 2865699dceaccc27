// Settings: alert threshold or budget, ensemble weights, data directory, analyst name,
// language and theme. OK saves to QSettings; the caller applies what changed.
#pragma once

#include <QDialog>

#include "app_settings.h"

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace fd {

class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(const AppSettings& settings, QWidget* parent = nullptr);
    AppSettings settings() const;  // as edited

private:
    void updateEnabled();

    QComboBox* alertMode_;
    QDoubleSpinBox* alertRisk_;
    QSpinBox* alertsPerDay_;
    QDoubleSpinBox* weightIforest_;
    QDoubleSpinBox* weightAutoencoder_;
    QDoubleSpinBox* weightRules_;
    QDoubleSpinBox* weightSupervised_;
    QLineEdit* dataDirectory_;
    QLineEdit* analystName_;
    QComboBox* language_;
    QComboBox* theme_;
};

}  // namespace fd
