#include "settings_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fd {
namespace {

QDoubleSpinBox* weightBox(double value, const QString& name, QWidget* parent) {
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(0.0, 1.0);
    box->setSingleStep(0.05);
    box->setDecimals(2);
    box->setValue(value);
    box->setObjectName(name);
    return box;
}

}  // namespace

SettingsDialog::SettingsDialog(const AppSettings& s, QWidget* parent)
    : QDialog(parent),
      alertMode_(new QComboBox(this)),
      alertRisk_(new QDoubleSpinBox(this)),
      alertsPerDay_(new QSpinBox(this)),
      weightIforest_(weightBox(s.weightIforest, QStringLiteral("weightIforest"), this)),
      weightAutoencoder_(weightBox(s.weightAutoencoder, QStringLiteral("weightAutoencoder"), this)),
      weightRules_(weightBox(s.weightRules, QStringLiteral("weightRules"), this)),
      weightSupervised_(weightBox(s.weightSupervisedMax, QStringLiteral("weightSupervised"), this)),
      dataDirectory_(new QLineEdit(s.dataDirectory, this)),
      analystName_(new QLineEdit(s.analystName, this)),
      language_(new QComboBox(this)),
      theme_(new QComboBox(this)) {
    setWindowTitle(tr("Settings"));
    alertMode_->setObjectName(QStringLiteral("alertMode"));
    alertMode_->addItems({tr("The model's threshold (from its training)"),
                          tr("A fixed risk threshold"), tr("An alert budget per day")});
    alertMode_->setCurrentIndex(static_cast<int>(s.alertMode));
    alertRisk_->setObjectName(QStringLiteral("alertRisk"));
    alertRisk_->setRange(0.0, 100.0);
    alertRisk_->setDecimals(1);
    alertRisk_->setValue(s.alertRisk);
    alertsPerDay_->setObjectName(QStringLiteral("alertsPerDay"));
    alertsPerDay_->setRange(1, 1000000);
    alertsPerDay_->setValue(s.alertsPerDay);
    alertsPerDay_->setToolTip(
        tr("When the feed starts, the threshold becomes the risk that gave this many alerts a "
           "day over the last week of scores (with at least a day of them)."));

    auto* alerts = new QGroupBox(tr("Alerts"), this);
    auto* alertForm = new QFormLayout(alerts);
    alertForm->addRow(tr("Alert &on"), alertMode_);
    alertForm->addRow(tr("&Risk at least"), alertRisk_);
    alertForm->addRow(tr("Alerts &per day"), alertsPerDay_);

    auto* weights = new QGroupBox(tr("Ensemble weights (used when a model is trained)"), this);
    auto* weightForm = new QFormLayout(weights);
    weightForm->addRow(tr("&Isolation Forest"), weightIforest_);
    weightForm->addRow(tr("A&utoencoder"), weightAutoencoder_);
    weightForm->addRow(tr("Rul&es"), weightRules_);
    weightForm->addRow(tr("&Supervised model, at most"), weightSupervised_);

    dataDirectory_->setObjectName(QStringLiteral("dataDirectory"));
    dataDirectory_->setPlaceholderText(
        tr("Default: %1").arg(AppSettings{}.effectiveDataDirectory()));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setAccessibleName(tr("Browse for the data directory"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Data Directory"), dataDirectory_->text());
        if (!dir.isEmpty()) dataDirectory_->setText(dir);
    });
    auto* dirRow = new QHBoxLayout;
    dirRow->addWidget(dataDirectory_);
    dirRow->addWidget(browse);
    analystName_->setObjectName(QStringLiteral("analystName"));
    language_->setObjectName(QStringLiteral("language"));
    language_->addItem(tr("System language"), QString());
    for (const Language& l : availableLanguages()) language_->addItem(l.name, l.code);
    language_->setCurrentIndex(std::max(0, language_->findData(s.language)));
    // Views build their texts once, so a new language takes effect at the next start.
    auto* restartNote =
        new QLabel(tr("FraudDesk shows the new language when it starts again."), this);
    restartNote->setObjectName(QStringLiteral("languageRestartNote"));
    restartNote->setWordWrap(true);
    restartNote->setVisible(false);
    connect(language_, &QComboBox::currentIndexChanged, this,
            [restartNote, initial = language_->currentIndex()](int index) {
                restartNote->setVisible(index != initial);
            });
    theme_->setObjectName(QStringLiteral("theme"));
    theme_->addItems({tr("Follow the system"), tr("Light"), tr("Dark")});
    theme_->setCurrentIndex(static_cast<int>(s.theme));

    auto* general = new QGroupBox(tr("General"), this);
    auto* generalForm = new QFormLayout(general);
    auto* dirLabel = new QLabel(tr("&Data directory"), this);
    dirLabel->setBuddy(dataDirectory_);  // a layout field gets no buddy of its own
    generalForm->addRow(dirLabel, dirRow);
    generalForm->addRow(tr("Analyst &name"), analystName_);
    generalForm->addRow(tr("&Language"), language_);
    generalForm->addRow(QString(), restartNote);
    generalForm->addRow(tr("&Theme"), theme_);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(alerts);
    layout->addWidget(weights);
    layout->addWidget(general);
    layout->addWidget(buttons);
    connect(alertMode_, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateEnabled);
    updateEnabled();
}

void SettingsDialog::updateEnabled() {
    alertRisk_->setEnabled(alertMode_->currentIndex() == 1);
    alertsPerDay_->setEnabled(alertMode_->currentIndex() == 2);
}

AppSettings SettingsDialog::settings() const {
    AppSettings s;
    s.alertMode = static_cast<AppSettings::AlertMode>(alertMode_->currentIndex());
    s.alertRisk = alertRisk_->value();
    s.alertsPerDay = alertsPerDay_->value();
    s.weightIforest = weightIforest_->value();
    s.weightAutoencoder = weightAutoencoder_->value();
    s.weightRules = weightRules_->value();
    s.weightSupervisedMax = weightSupervised_->value();
    s.dataDirectory = dataDirectory_->text().trimmed();
    s.analystName = analystName_->text().trimmed();
    s.language = language_->currentData().toString();
    s.theme = static_cast<AppSettings::Theme>(theme_->currentIndex());
    return s;
}

}  // namespace fd
