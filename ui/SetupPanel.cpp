#include "SetupPanel.h"

#include <algorithm>
#include <iterator>
#include <variant>

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include "ClassSetPicker.h"
#include "Labels.h"
#include "config/ConfigJson.h"
#include "data/ClassSets.h"
#include "util/Error.h"

namespace replaylab::ui {
namespace {

const char* const kPresets[] = {"demo", "default", "where", "when", "which"};
const replaylab::ReplayMode kModes[] = {replaylab::ReplayMode::None,       replaylab::ReplayMode::Generative,
                                 replaylab::ReplayMode::Veridical,  replaylab::ReplayMode::Continuous,
                                 replaylab::ReplayMode::RlChosen,   replaylab::ReplayMode::SingleClass,
                                 replaylab::ReplayMode::ExtraDay};

QString joinInts(const std::vector<int>& v) {
    QStringList s;
    for (int x : v) s.push_back(QString::number(x));
    return s.join(QStringLiteral(","));
}

/// "1, 2,3" -> {1,2,3}; a malformed entry becomes 0 so that validation names the setting.
std::vector<int> splitInts(const QString& text) {
    std::vector<int> out;
    for (const QString& t : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int v = t.trimmed().toInt(&ok);
        out.push_back(ok ? v : 0);
    }
    return out;
}

/// The schedule's fields, in their order, with the names tests and scripts find them by.
struct BasicField {
    const char* key;
    const char* objectName;
};
const BasicField kBasic[] = {{"train.days", "daysBox"},
                             {"seed", "seedBox"},
                             {"seeds_per_class_set", "seedsPerSetBox"},
                             {"data.train_per_class", "trainPerClassBox"},
                             {"replay.samples_per_class", "samplesPerClassBox"}};

/// Titles of the Advanced groups, by the group of the key ("" = the top level).
QString groupTitle(const QString& group) {
    if (group == QLatin1String("data")) return SetupPanel::tr("Data");
    if (group == QLatin1String("model")) return SetupPanel::tr("Network (the \"visual system\")");
    if (group == QLatin1String("augment")) return SetupPanel::tr("Augmentation (drawn afresh every day)");
    if (group == QLatin1String("train")) return SetupPanel::tr("Training");
    if (group == QLatin1String("replay")) return SetupPanel::tr("Replay");
    if (group == QLatin1String("imagination")) return SetupPanel::tr("Imaginations kept (drawings in the run folder)");
    if (group.isEmpty()) return SetupPanel::tr("Output");
    return group;
}

/// The table's English label or doc in the app's language (core/config/Settings.cpp marks
/// them for lupdate in the context "Settings").
QString translated(const std::string& text) {
    return QCoreApplication::translate("Settings", text.c_str());
}

constexpr int kIntMax = 2147483647;

}  // namespace

SetupPanel::SetupPanel(QWidget* parent) : QWidget(parent) {
    build();
    setConfig(replaylab::preset("demo"));  // what a first look should show: replay against none
}

QLabel* SetupPanel::addRow(QFormLayout* form, QWidget* editor) {
    auto* label = new QLabel(this);
    label->setBuddy(editor);
    form->addRow(label, editor);
    labels_.insert(editor, label);
    return label;
}

SetupPanel::Field SetupPanel::makeField(const replaylab::Setting& s, QWidget* parent) {
    using T = replaylab::SettingType;
    Field f;
    f.setting = &s;
    const QString name = QString::fromStdString(s.key);
    auto onEdit = [this] { edited(); };
    auto spinBox = [&](const QString& objectName) {
        auto* box = new QSpinBox(parent);
        box->setRange(static_cast<int>(std::max<double>(s.uiMin, -kIntMax)),
                      static_cast<int>(std::min<double>(s.uiMax, kIntMax)));
        box->setSingleStep(static_cast<int>(s.step));
        box->setObjectName(objectName);
        connect(box, qOverload<int>(&QSpinBox::valueChanged), this, onEdit);
        return box;
    };
    auto lineEdit = [&] {
        auto* e = new QLineEdit(parent);
        e->setObjectName(name);
        connect(e, &QLineEdit::textEdited, this, onEdit);
        return e;
    };
    switch (s.type) {
        case T::Int:
        case T::Seed: f.editors.push_back(spinBox(name)); break;
        case T::Double:
            if (s.asText) {
                f.editors.push_back(lineEdit());
            } else {
                auto* box = new QDoubleSpinBox(parent);
                box->setRange(s.uiMin, s.uiMax);
                box->setSingleStep(s.step);
                box->setDecimals(s.decimals);
                box->setObjectName(name);
                connect(box, qOverload<double>(&QDoubleSpinBox::valueChanged), this, onEdit);
                f.editors.push_back(box);
            }
            break;
        case T::Bool: {
            auto* box = new QCheckBox(parent);
            box->setObjectName(name);
            connect(box, &QCheckBox::toggled, this, onEdit);
            f.editors.push_back(box);
            break;
        }
        case T::String:
            if (!s.choices.empty()) {  // suggestions, and any other text (device: cuda:1)
                auto* box = new QComboBox(parent);
                for (const auto& c : s.choices) box->addItem(QString::fromStdString(c), QString::fromStdString(c));
                box->setEditable(true);
                box->setObjectName(name);
                connect(box, &QComboBox::currentTextChanged, this, onEdit);
                f.editors.push_back(box);
            } else {
                f.editors.push_back(lineEdit());
            }
            break;
        case T::Choice: {
            auto* box = new QComboBox(parent);
            for (std::size_t i = 0; i < s.choices.size(); ++i)
                box->addItem(QString::fromStdString(s.choices[i]), static_cast<int>(i));
            box->setObjectName(name);
            connect(box, qOverload<int>(&QComboBox::activated), this, onEdit);
            f.editors.push_back(box);
            break;
        }
        case T::IntList:
            if (s.perReplayPoint) {
                for (int layer = 1; layer <= 5; ++layer)
                    f.editors.push_back(spinBox(name + QStringLiteral("[%1]").arg(layer)));
            } else {
                f.editors.push_back(lineEdit());
            }
            break;
        case T::NameLists:
        case T::Conditions: break;  // edited by their own controls
    }
    return f;
}

void SetupPanel::showValue(const Field& f, const replaylab::ExperimentConfig& cfg) {
    using T = replaylab::SettingType;
    const auto v = f.setting->get(cfg);
    QWidget* w = f.editors.empty() ? nullptr : f.editors.front();
    switch (f.setting->type) {
        case T::Int: static_cast<QSpinBox*>(w)->setValue(std::get<int>(v)); break;
        case T::Seed:
            static_cast<QSpinBox*>(w)->setValue(
                static_cast<int>(std::min<std::uint64_t>(std::get<std::uint64_t>(v), kIntMax)));
            break;
        case T::Double:
            if (auto* e = qobject_cast<QLineEdit*>(w))
                e->setText(QString::number(std::get<double>(v), 'g', 6));
            else
                static_cast<QDoubleSpinBox*>(w)->setValue(std::get<double>(v));
            break;
        case T::Bool: static_cast<QCheckBox*>(w)->setChecked(std::get<bool>(v)); break;
        case T::String:
            if (auto* box = qobject_cast<QComboBox*>(w))
                box->setEditText(QString::fromStdString(std::get<std::string>(v)));
            else
                static_cast<QLineEdit*>(w)->setText(QString::fromStdString(std::get<std::string>(v)));
            break;
        case T::Choice: {
            auto* box = static_cast<QComboBox*>(w);
            box->setCurrentIndex(box->findData(std::get<int>(v)));
            break;
        }
        case T::IntList: {
            const auto& list = std::get<std::vector<int>>(v);
            if (f.setting->perReplayPoint) {
                for (std::size_t i = 0; i < f.editors.size(); ++i)
                    static_cast<QSpinBox*>(f.editors[i])->setValue(i < list.size() ? list[i] : 1);
            } else {
                static_cast<QLineEdit*>(w)->setText(joinInts(list));
            }
            break;
        }
        case T::NameLists:
        case T::Conditions: break;
    }
}

void SetupPanel::readValue(const Field& f, replaylab::ExperimentConfig& cfg) const {
    using T = replaylab::SettingType;
    QWidget* w = f.editors.empty() ? nullptr : f.editors.front();
    const auto& s = *f.setting;
    switch (s.type) {
        case T::Int: s.set(cfg, static_cast<QSpinBox*>(w)->value()); break;
        case T::Seed: s.set(cfg, static_cast<std::uint64_t>(static_cast<QSpinBox*>(w)->value())); break;
        case T::Double:
            if (auto* e = qobject_cast<QLineEdit*>(w)) {
                bool ok = false;
                const double x = e->text().trimmed().toDouble(&ok);
                s.set(cfg, ok ? x : 0.0);  // 0 is out of range for these: validation names the setting
            } else {
                s.set(cfg, static_cast<QDoubleSpinBox*>(w)->value());
            }
            break;
        case T::Bool: s.set(cfg, static_cast<QCheckBox*>(w)->isChecked()); break;
        case T::String: {
            const QString text = qobject_cast<QComboBox*>(w) ? static_cast<QComboBox*>(w)->currentText()
                                                              : static_cast<QLineEdit*>(w)->text();
            s.set(cfg, text.trimmed().toStdString());
            break;
        }
        case T::Choice:
            s.set(cfg, replaylab::SettingValue(std::in_place_type<int>, static_cast<QComboBox*>(w)->currentData().toInt()));
            break;
        case T::IntList: {
            std::vector<int> list;
            if (s.perReplayPoint)
                for (QWidget* e : f.editors) list.push_back(static_cast<QSpinBox*>(e)->value());
            else
                list = splitInts(static_cast<QLineEdit*>(w)->text());
            s.set(cfg, list);
            break;
        }
        case T::NameLists:
        case T::Conditions: break;
    }
}

void SetupPanel::build() {
    auto* root = new QVBoxLayout(this);

    // Preset
    auto* top = new QFormLayout;
    preset_ = new QComboBox(this);
    preset_->setObjectName(QStringLiteral("presetBox"));
    for (const char* p : kPresets) preset_->addItem(QString(), QString::fromLatin1(p));
    preset_->addItem(QString(), QStringLiteral("custom"));
    presetLabel_ = addRow(top, preset_);
    root->addLayout(top);

    // Class sets
    setsBox_ = new QGroupBox(this);
    picker_ = new ClassSetPicker(setsBox_);
    auto* setsLayout = new QVBoxLayout(setsBox_);
    setsLayout->addWidget(picker_);
    ownImages_ = new QPushButton(setsBox_);
    ownImages_->setObjectName(QStringLiteral("ownImagesButton"));
    ownImagesNote_ = new QLabel(setsBox_);
    ownImagesNote_->setObjectName(QStringLiteral("ownImagesNote"));
    ownImagesNote_->setWordWrap(true);
    ownImagesNote_->setVisible(false);
    auto* ownRow = new QHBoxLayout;
    ownRow->addWidget(ownImages_);
    ownRow->addWidget(ownImagesNote_, 1);
    setsLayout->addLayout(ownRow);
    root->addWidget(setsBox_);

    // Conditions: a list, and a mode at a replay point to add or change
    condBox_ = new QGroupBox(this);
    condList_ = new QListWidget(condBox_);
    condList_->setObjectName(QStringLiteral("conditionList"));
    condList_->setMaximumHeight(120);
    mode_ = new QComboBox(condBox_);
    mode_->setObjectName(QStringLiteral("replayModeBox"));
    for (auto m : kModes) mode_->addItem(QString(), static_cast<int>(m));
    point_ = new QComboBox(condBox_);
    point_->setObjectName(QStringLiteral("replayPointBox"));
    for (int layer = 1; layer <= 5; ++layer) point_->addItem(QString(), layer);
    addCond_ = new QPushButton(condBox_);
    addCond_->setObjectName(QStringLiteral("addConditionButton"));
    removeCond_ = new QPushButton(condBox_);
    removeCond_->setObjectName(QStringLiteral("removeConditionButton"));
    auto* condForm = new QFormLayout;
    addRow(condForm, mode_);
    addRow(condForm, point_);
    auto* condButtons = new QHBoxLayout;
    condButtons->addWidget(addCond_);
    condButtons->addWidget(removeCond_);
    condButtons->addStretch(1);
    auto* condLayout = new QVBoxLayout(condBox_);
    condLayout->addWidget(condList_);
    condLayout->addLayout(condForm);
    condLayout->addLayout(condButtons);
    root->addWidget(condBox_);

    // Schedule: the table's Basic settings, in kBasic's order first.
    scheduleBox_ = new QGroupBox(this);
    auto* sched = new QFormLayout(scheduleBox_);
    std::vector<const replaylab::Setting*> basic;
    for (const auto& b : kBasic) basic.push_back(replaylab::findSetting(b.key));
    for (const auto& s : replaylab::settings())
        if (s.view == replaylab::SettingView::Basic && std::find(basic.begin(), basic.end(), &s) == basic.end())
            basic.push_back(&s);
    for (std::size_t i = 0; i < basic.size(); ++i) {
        Field f = makeField(*basic[i], scheduleBox_);
        if (i < std::size(kBasic)) f.editors.front()->setObjectName(QString::fromLatin1(kBasic[i].objectName));
        for (QWidget* w : f.editors) addRow(sched, w);
        fields_.push_back(std::move(f));
    }
    root->addWidget(scheduleBox_);

    // Advanced
    advancedToggle_ = new QToolButton(this);
    advancedToggle_->setObjectName(QStringLiteral("advancedToggle"));
    advancedToggle_->setCheckable(true);
    advancedToggle_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    advancedToggle_->setArrowType(Qt::RightArrow);
    advancedToggle_->setAutoRaise(true);
    root->addWidget(advancedToggle_);
    advanced_ = new QWidget(this);
    advanced_->setObjectName(QStringLiteral("advancedSection"));
    advanced_->setVisible(false);
    auto* adv = new QVBoxLayout(advanced_);
    adv->setContentsMargins(0, 0, 0, 0);
    connect(advancedToggle_, &QToolButton::toggled, this, [this](bool on) {
        advanced_->setVisible(on);
        advancedToggle_->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });

    // One group box per group of keys, the top level ("output_dir") last.
    QGroupBox* topLevel = nullptr;
    for (const auto& s : replaylab::settings()) {
        if (s.view != replaylab::SettingView::Advanced) continue;
        const QString group = QString::fromStdString(s.group());
        QGroupBox* box = groups_.value(group);
        if (!box) {
            box = new QGroupBox(advanced_);
            new QFormLayout(box);
            groups_.insert(group, box);
            if (group.isEmpty())
                topLevel = box;
            else
                adv->addWidget(box);
        }
        Field f = makeField(s, box);
        for (QWidget* w : f.editors) addRow(static_cast<QFormLayout*>(box->layout()), w);
        fields_.push_back(std::move(f));
    }
    if (topLevel) adv->addWidget(topLevel);
    root->addWidget(advanced_);
    root->addStretch(1);

    auto onEdit = [this] { edited(); };
    connect(picker_, &ClassSetPicker::changed, this, onEdit);
    connect(preset_, qOverload<int>(&QComboBox::activated), this, [this] {
        const QString p = preset_->currentData().toString();
        if (p != QLatin1String("custom")) applyPreset(p);
    });
    connect(condList_, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= static_cast<int>(conditions_.size())) return;
        updating_ = true;
        const auto& c = conditions_[static_cast<std::size_t>(row)];
        mode_->setCurrentIndex(mode_->findData(static_cast<int>(c.mode)));
        point_->setCurrentIndex(point_->findData(c.layer));
        point_->setEnabled(c.usesLayer());
        updating_ = false;
    });
    connect(mode_, qOverload<int>(&QComboBox::activated), this, [this] { conditionEditorChanged(); });
    connect(point_, qOverload<int>(&QComboBox::activated), this, [this] { conditionEditorChanged(); });
    connect(addCond_, &QPushButton::clicked, this, [this] { addCondition(); });
    connect(removeCond_, &QPushButton::clicked, this, [this] { removeCondition(); });
    connect(ownImages_, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Your own images: a folder with one sub-folder per class"),
                                                              QString::fromStdString(base_.data.dataDir));
        if (dir.isEmpty()) return;
        const QString problem = useImageFolder(dir);
        if (!problem.isEmpty()) QMessageBox::warning(this, tr("Your own images"), problem);
    });
    retranslateUi();
}

void SetupPanel::setField(QWidget* editor, const QString& label, const QString& tip) {
    if (QLabel* l = labels_.value(editor)) {
        l->setText(label);
        l->setToolTip(tip);
    }
    editor->setToolTip(tip);
}

void SetupPanel::changeEvent(QEvent* e) {
    if (e->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(e);
}

void SetupPanel::retranslateUi() {
    setField(preset_, tr("&Preset:"),
             tr("Start from one of the paper's experiments: \"demo\" (no replay against generative replay "
                "at pool5 and an extra day, 6 class sets, 5 days: the paper's point in about a minute), "
                "\"where\" (figure 1: generative replay at each "
                "replay point vs none, 10 days), \"when\" (figure 2: generative, veridical and continuous "
                "replay at pool4, 30 days), \"which\" (figure 3: uniform vs RL-chosen replay, 30 days), or "
                "a quick default (no replay, 2 class sets, 3 days). Editing a field makes it custom."));
    const QStringList presetNames = {tr("Demo: replay against none (about a minute)"), tr("Default (quick baseline)"), tr("Where: replay point (figure 1)"),
                                     tr("When: replay over a long schedule (figure 2)"),
                                     tr("Which: replay chosen by RL (figure 3)"), tr("Custom")};
    for (int i = 0; i < preset_->count() && i < presetNames.size(); ++i) preset_->setItemText(i, presetNames[i]);

    setsBox_->setTitle(tr("Class sets"));
    condBox_->setTitle(tr("Conditions (replay modes)"));
    condList_->setToolTip(tr("Every condition runs on every class set with the same seeds, so conditions are "
                             "paired (the paper's design)."));
    setField(mode_, tr("Replay &mode:"),
             tr("What happens at night. None: days only (baseline). Generative: imagined activations drawn "
                "from a Gaussian per class at the replay point. Veridical: the real activations of that "
                "day's images. Continuous: real images on day 1 only, replay every later day and night. "
                "RL: generative replay, class per step chosen by the hippocampal RL learner. Extra day: a "
                "second epoch of real images instead of the night (control)."));
    for (int i = 0; i < mode_->count(); ++i)
        mode_->setItemText(i, Labels::replayMode(static_cast<replaylab::ReplayMode>(mode_->itemData(i).toInt())));
    setField(point_, tr("Replay p&oint:"),
             tr("The pool layer where replay enters the network; only the layers above it learn at night. "
                "Approximate brain regions (Güçlü & van Gerven 2015): pool1 ~ V1, pool2 ~ V2, pool3 ~ V4, "
                "pool4 ~ LOC, pool5 ~ LOC/IT."));
    for (int i = 0; i < point_->count(); ++i) point_->setItemText(i, Labels::replayPoint(point_->itemData(i).toInt()));
    addCond_->setText(tr("&Add condition"));
    addCond_->setToolTip(tr("Add the replay mode at the replay point above as a new condition"));
    removeCond_->setText(tr("Remo&ve"));
    removeCond_->setToolTip(tr("Remove the selected condition"));
    ownImages_->setText(tr("Your own images…"));
    ownImages_->setToolTip(tr("Pick a folder with one sub-folder per class (the class is the sub-folder's name) of "
                              "JPEG, PNG, BMP, TIFF or WebP images: they become one class set in place of the drawings"));
    updateOwnImagesNote();

    scheduleBox_->setTitle(tr("Schedule"));
    advancedToggle_->setText(tr("Ad&vanced"));
    advancedToggle_->setToolTip(tr("Data, network, augmentation, optimiser and replay details"));
    for (auto it = groups_.begin(); it != groups_.end(); ++it) it.value()->setTitle(groupTitle(it.key()));
    for (const Field& f : fields_) {
        const QString label = translated(f.setting->label);
        const QString tip = translated(f.setting->doc);
        for (std::size_t i = 0; i < f.editors.size(); ++i)
            setField(f.editors[i], f.setting->perReplayPoint ? label.arg(Labels::replayPoint(static_cast<int>(i) + 1)) : label,
                     tip);
        if (!f.setting->zeroMeans.empty())
            if (auto* box = qobject_cast<QSpinBox*>(f.editors.front()))
                box->setSpecialValueText(translated(f.setting->zeroMeans));
    }
    refreshConditionList();
}

void SetupPanel::setConfig(const replaylab::ExperimentConfig& cfg) {
    updating_ = true;
    base_ = cfg;
    conditions_ = cfg.replay.conditions;
    const int p = preset_->findData(QString::fromStdString(cfg.name));
    preset_->setCurrentIndex(p >= 0 ? p : preset_->findData(QStringLiteral("custom")));
    picker_->setConfig(cfg);
    picker_->setEnabled(cfg.data.customClassSets.empty());
    for (const Field& f : fields_) showValue(f, cfg);
    updateOwnImagesNote();
    refreshConditionList();
    if (condList_->count() > 0) condList_->setCurrentRow(0);
    updating_ = false;
    Q_EMIT configChanged();
}

void SetupPanel::updateOwnImagesNote() {
    if (base_.data.source == replaylab::DataSource::Folder) {
        const int classes = base_.data.customClassSets.empty() ? 0 : static_cast<int>(base_.data.customClassSets.front().size());
        const QString dir = QString::fromStdString(base_.data.dataDir);
        ownImagesNote_->setText(classes > 0 ? tr("Images from %1: %n class(es)", nullptr, classes).arg(dir)
                                            : tr("Images from %1").arg(dir));
    }
    ownImagesNote_->setVisible(base_.data.source == replaylab::DataSource::Folder);
}

QString SetupPanel::useImageFolder(const QString& dir) {
    replaylab::ExperimentConfig cfg = config();
    try {
        cfg.data.classSetsFile.clear();  // one set of every sub-folder
        replaylab::useImageFolder(cfg, dir.toStdString());
    } catch (const replaylab::InputError& e) {
        return Labels::firstLine(e.what());
    }
    cfg.name = "custom";
    setConfig(cfg);
    return QString();
}

void SetupPanel::applyPreset(const QString& name) {
    try {
        replaylab::ExperimentConfig cfg = replaylab::preset(name.toStdString());
        cfg.outputDir = config().outputDir;  // a chosen folder stays
        setConfig(cfg);
    } catch (const std::exception&) {
        // unknown preset: keep the fields as they are
    }
}

replaylab::ExperimentConfig SetupPanel::config() const {
    replaylab::ExperimentConfig cfg = base_;
    const QString preset = preset_->currentData().toString();
    cfg.name = preset.toStdString();
    if (cfg.data.customClassSets.empty()) cfg.data.classSets = picker_->checkedSets();
    cfg.replay.conditions = conditions_;
    for (const Field& f : fields_) readValue(f, cfg);
    return cfg;
}

void SetupPanel::setEditable(bool editable) {
    for (QWidget* w : findChildren<QWidget*>()) {
        if (w == advancedToggle_ || w->parent() == nullptr) continue;
        if (qobject_cast<QGroupBox*>(w) || w == advanced_) continue;
        if (qobject_cast<QLabel*>(w)) continue;
        w->setEnabled(editable);
    }
    if (editable) picker_->setEnabled(base_.data.customClassSets.empty());
}

void SetupPanel::edited() {
    if (updating_) return;
    const int custom = preset_->findData(QStringLiteral("custom"));
    if (preset_->currentIndex() != custom) preset_->setCurrentIndex(custom);
    Q_EMIT configChanged();
}

void SetupPanel::refreshConditionList() {
    const int row = condList_->currentRow();
    condList_->clear();
    for (const auto& c : conditions_) {
        auto* item = new QListWidgetItem(Labels::condition(c), condList_);
        item->setData(Qt::UserRole, QString::fromStdString(c.name()));
        item->setToolTip(QString::fromStdString(c.name()));
    }
    if (row >= 0 && row < condList_->count()) condList_->setCurrentRow(row);
    removeCond_->setEnabled(condList_->count() > 0);
}

void SetupPanel::conditionEditorChanged() {
    if (updating_) return;
    const auto mode = static_cast<replaylab::ReplayMode>(mode_->currentData().toInt());
    replaylab::Condition c;
    c.mode = mode;
    c.layer = point_->currentData().toInt();
    point_->setEnabled(c.usesLayer());
    // Changing the editor changes the selected condition.
    const int row = condList_->currentRow();
    if (row >= 0 && row < static_cast<int>(conditions_.size())) {
        conditions_[static_cast<std::size_t>(row)] = c;
        refreshConditionList();
        edited();
    }
}

void SetupPanel::addCondition() {
    replaylab::Condition c;
    c.mode = static_cast<replaylab::ReplayMode>(mode_->currentData().toInt());
    c.layer = point_->currentData().toInt();
    conditions_.push_back(c);  // a repeat is reported by validation
    refreshConditionList();
    condList_->setCurrentRow(condList_->count() - 1);
    edited();
}

void SetupPanel::removeCondition() {
    const int row = condList_->currentRow();
    if (row < 0 || row >= static_cast<int>(conditions_.size())) return;
    conditions_.erase(conditions_.begin() + row);
    refreshConditionList();
    edited();
}

}  // namespace replaylab::ui
