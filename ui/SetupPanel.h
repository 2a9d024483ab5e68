#pragma once
// Every setting of an experiment, edited in the paper's terms: preset, class sets, replay
// conditions (mode at a replay point), days, seeds, samples; the rest under "Advanced".
// Holds no logic beyond moving values between widgets and replaylab::ExperimentConfig. The
// schedule and Advanced fields, their labels and tooltips come from the settings table
// (config/Settings.cpp): one field per setting, named by its key path ("train.beta1").
#include <QHash>
#include <QWidget>

#include "config/ExperimentConfig.h"
#include "config/Settings.h"

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
    /// Your own images: one class set of dir's sub-folders (class = sub-folder name), as
    /// `replaylab-cli run --images dir`. Returns an empty string, or the one-line problem
    /// (naming the folder) with the settings left as they were.
    QString useImageFolder(const QString& dir);

Q_SIGNALS:
    /// Any setting changed (by the user or by setConfig/applyPreset).
    void configChanged();

protected:
    void changeEvent(QEvent* e) override;

private:
    void build();
    void retranslateUi();
    void updateOwnImagesNote();
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
    QPushButton* ownImages_ = nullptr;   // "Your own images…": a folder picker
    QLabel* ownImagesNote_ = nullptr;    // which folder, when the images are the user's
    QGroupBox* scheduleBox_ = nullptr;  // the table's Basic settings

    // Advanced
    QToolButton* advancedToggle_ = nullptr;
    QWidget* advanced_ = nullptr;
    QHash<QString, QGroupBox*> groups_;  // "data", "model", ...; "" holds output_dir

    /// The field of one setting of the table (replaylab::settings()): one editor, or one per
    /// replay point.
    struct Field {
        const replaylab::Setting* setting = nullptr;
        std::vector<QWidget*> editors;
    };
    std::vector<Field> fields_;
    Field makeField(const replaylab::Setting& s, QWidget* parent);
    void showValue(const Field& f, const replaylab::ExperimentConfig& cfg);
    void readValue(const Field& f, replaylab::ExperimentConfig& cfg) const;
};

}  // namespace replaylab::ui
