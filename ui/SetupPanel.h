#pragma once
// Every setting of an experiment, edited in the paper's terms: preset, class sets, replay
// conditions (mode at a replay point), days, seeds, samples; the rest under "Advanced".
// Holds no logic beyond moving values between widgets and replaylab::ExperimentConfig.
#include <QHash>
#include <QWidget>

#include "config/ExperimentConfig.h"

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QToolButton;
QT_END_NAMESPACE

namespace replaylab::ui {

class ClassSetPicker;

class SetupPanel : public QWidget {
    Q_OBJECT
public:
    explicit SetupPanel(QWidget* parent = nullptr);

    /// The settings as shown (fields this panel does not edit come from the last setConfig).
    replaylab::ExperimentConfig config() const;
    /// Shows cfg; selects its preset when cfg.name is one.
    void setConfig(const replaylab::ExperimentConfig& cfg);
    /// Loads a built-in preset ("default", "where", "when", "which").
    void applyPreset(const QString& name);
    /// Locks the fields while a run goes.
    void setEditable(bool editable);
    ClassSetPicker* classSetPicker() const { return picker_; }

Q_SIGNALS:
    /// Any setting changed (by the user or by setConfig/applyPreset).
    void configChanged();

protected:
    void changeEvent(QEvent* e) override;

private:
    void build();
    void retranslateUi();
    void edited();                  // a field changed by the user
    void refreshConditionList();
    void conditionEditorChanged();  // mode / replay point combos changed
    void addCondition();
    void removeCondition();
    QLabel* addRow(QFormLayout* form, QWidget* editor);
    void setField(QWidget* editor, const QString& label, const QString& tip);

    replaylab::ExperimentConfig base_;     // fields not shown here (custom class sets, file)
    std::vector<replaylab::Condition> conditions_;
    bool updating_ = false;
    QHash<QWidget*, QLabel*> labels_;

    // Basic
    QLabel* presetLabel_ = nullptr;
    QComboBox* preset_ = nullptr;
    QGroupBox* setsBox_ = nullptr;
    ClassSetPicker* picker_ = nullptr;
    QGroupBox* condBox_ = nullptr;
    QListWidget* condList_ = nullptr;
    QComboBox* mode_ = nullptr;
    QComboBox* point_ = nullptr;
    QPushButton* addCond_ = nullptr;
    QPushButton* removeCond_ = nullptr;
    QGroupBox* scheduleBox_ = nullptr;
    QSpinBox* days_ = nullptr;
    QSpinBox* seed_ = nullptr;
    QSpinBox* seedsPerSet_ = nullptr;
    QSpinBox* trainPerClass_ = nullptr;
    QSpinBox* samplesPerClass_ = nullptr;

    // Advanced
    QToolButton* advancedToggle_ = nullptr;
    QWidget* advanced_ = nullptr;
    QGroupBox* dataBox_ = nullptr;
    QGroupBox* modelBox_ = nullptr;
    QGroupBox* augmentBox_ = nullptr;
    QGroupBox* trainBox_ = nullptr;
    QGroupBox* replayBox_ = nullptr;
    QGroupBox* outputBox_ = nullptr;
    QComboBox* source_ = nullptr;
    QLineEdit* dataDir_ = nullptr;
    QLineEdit* classSetsFile_ = nullptr;
    QSpinBox* valPerClass_ = nullptr;
    QSpinBox* testPerClass_ = nullptr;
    QSpinBox* splitSeed_ = nullptr;
    QComboBox* onBadImage_ = nullptr;
    QComboBox* arch_ = nullptr;
    QLineEdit* backbone_ = nullptr;
    QSpinBox* inputSize_ = nullptr;
    QSpinBox* inChannels_ = nullptr;
    QLineEdit* convsPerBlock_ = nullptr;
    QLineEdit* widths_ = nullptr;
    QSpinBox* headUnits_ = nullptr;
    QDoubleSpinBox* dropout_ = nullptr;
    QComboBox* preprocessing_ = nullptr;
    QComboBox* fit_ = nullptr;
    QCheckBox* augment_ = nullptr;
    QDoubleSpinBox* rotation_ = nullptr;
    QDoubleSpinBox* shift_ = nullptr;
    QDoubleSpinBox* zoomMin_ = nullptr;
    QDoubleSpinBox* zoomMax_ = nullptr;
    QCheckBox* flip_ = nullptr;
    QLineEdit* learningRate_ = nullptr;
    QSpinBox* batchSize_ = nullptr;
    QComboBox* optimizer_ = nullptr;
    QLineEdit* epsilon_ = nullptr;
    QDoubleSpinBox* beta1_ = nullptr;
    QDoubleSpinBox* beta2_ = nullptr;
    QSpinBox* threads_ = nullptr;
    QSpinBox* jobs_ = nullptr;
    QComboBox* device_ = nullptr;
    QSpinBox* downsample_[5] = {};
    QComboBox* covariance_ = nullptr;
    QCheckBox* clip_ = nullptr;
    QDoubleSpinBox* temperature_ = nullptr;
    QSpinBox* rlSteps_ = nullptr;
    QCheckBox* rlReset_ = nullptr;
    QLineEdit* outputDir_ = nullptr;
};

}  // namespace replaylab::ui
