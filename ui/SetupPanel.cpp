#include "SetupPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include "ClassSetPicker.h"
#include "Labels.h"
#include "config/ConfigJson.h"

namespace replaylab::ui {
namespace {

const char* const kPresets[] = {"default", "where", "when", "which"};
const replaylab::ReplayMode kModes[] = {replaylab::ReplayMode::None,       replaylab::ReplayMode::Generative,
                                 replaylab::ReplayMode::Veridical,  replaylab::ReplayMode::Continuous,
                                 replaylab::ReplayMode::RlChosen,   replaylab::ReplayMode::ExtraDay};

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

void setCombo(QComboBox* box, const std::string& value) {
    const QString v = QString::fromStdString(value);
    int i = box->findData(v);
    if (i < 0 && box->isEditable()) {
        box->setEditText(v);
        return;
    }
    if (i < 0) {
        box->addItem(v, v);
        i = box->count() - 1;
    }
    box->setCurrentIndex(i);
}

std::string comboValue(const QComboBox* box) {
    if (box->isEditable()) return box->currentText().trimmed().toStdString();
    return box->currentData().toString().toStdString();
}

QComboBox* choices(QWidget* parent, const QStringList& values) {
    auto* box = new QComboBox(parent);
    for (const auto& v : values) box->addItem(v, v);
    return box;
}

QDoubleSpinBox* realBox(QWidget* parent, double lo, double hi, double step, int decimals) {
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(lo, hi);
    box->setSingleStep(step);
    box->setDecimals(decimals);
    return box;
}

QSpinBox* intBox(QWidget* parent, int lo, int hi) {
    auto* box = new QSpinBox(parent);
    box->setRange(lo, hi);
    return box;
}

}  // namespace

SetupPanel::SetupPanel(QWidget* parent) : QWidget(parent) {
    build();
    setConfig(replaylab::preset("default"));
}

QLabel* SetupPanel::addRow(QFormLayout* form, QWidget* editor) {
    auto* label = new QLabel(this);
    label->setBuddy(editor);
    form->addRow(label, editor);
    labels_.insert(editor, label);
    return label;
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

    // Schedule
    scheduleBox_ = new QGroupBox(this);
    auto* sched = new QFormLayout(scheduleBox_);
    days_ = intBox(this, 0, 1000);  // 0 is allowed here so that validation can explain it
    days_->setObjectName(QStringLiteral("daysBox"));
    seed_ = intBox(this, 0, 2147483647);
    seed_->setObjectName(QStringLiteral("seedBox"));
    seedsPerSet_ = intBox(this, 0, 1000);
    seedsPerSet_->setObjectName(QStringLiteral("seedsPerSetBox"));
    trainPerClass_ = intBox(this, 0, 100000);
    trainPerClass_->setObjectName(QStringLiteral("trainPerClassBox"));
    samplesPerClass_ = intBox(this, 0, 1000000);
    samplesPerClass_->setObjectName(QStringLiteral("samplesPerClassBox"));
    for (QWidget* w : std::initializer_list<QWidget*>{days_, seed_, seedsPerSet_, trainPerClass_, samplesPerClass_})
        addRow(sched, w);
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

    dataBox_ = new QGroupBox(advanced_);
    auto* data = new QFormLayout(dataBox_);
    source_ = choices(this, {QStringLiteral("quickdraw"), QStringLiteral("folder")});
    dataDir_ = new QLineEdit(this);
    classSetsFile_ = new QLineEdit(this);
    valPerClass_ = intBox(this, 0, 100000);
    testPerClass_ = intBox(this, 0, 100000);
    splitSeed_ = intBox(this, 0, 2147483647);
    onBadImage_ = choices(this, {QStringLiteral("skip"), QStringLiteral("stop")});
    for (QWidget* w : std::initializer_list<QWidget*>{source_, dataDir_, classSetsFile_, valPerClass_,
                                                      testPerClass_, splitSeed_, onBadImage_})
        addRow(data, w);

    modelBox_ = new QGroupBox(advanced_);
    auto* model = new QFormLayout(modelBox_);
    arch_ = choices(this, {QStringLiteral("mini"), QStringLiteral("vgg16")});
    backbone_ = new QLineEdit(this);
    inputSize_ = intBox(this, 0, 1024);
    inputSize_->setSingleStep(32);
    inChannels_ = intBox(this, 1, 3);
    convsPerBlock_ = new QLineEdit(this);
    widths_ = new QLineEdit(this);
    headUnits_ = intBox(this, 1, 65536);
    dropout_ = realBox(this, 0, 0.99, 0.05, 2);
    preprocessing_ = choices(this, {QStringLiteral("unit"), QStringLiteral("torchvision"), QStringLiteral("caffe")});
    fit_ = choices(this, {QStringLiteral("pad"), QStringLiteral("resize")});
    for (QWidget* w : std::initializer_list<QWidget*>{arch_, backbone_, inputSize_, inChannels_, convsPerBlock_,
                                                      widths_, headUnits_, dropout_, preprocessing_, fit_})
        addRow(model, w);

    augmentBox_ = new QGroupBox(advanced_);
    auto* aug = new QFormLayout(augmentBox_);
    augment_ = new QCheckBox(this);
    rotation_ = realBox(this, 0, 180, 1, 1);
    shift_ = realBox(this, 0, 1, 0.05, 2);
    zoomMin_ = realBox(this, 0.01, 10, 0.05, 2);
    zoomMax_ = realBox(this, 0.01, 10, 0.05, 2);
    flip_ = new QCheckBox(this);
    for (QWidget* w : std::initializer_list<QWidget*>{augment_, rotation_, shift_, zoomMin_, zoomMax_, flip_})
        addRow(aug, w);

    trainBox_ = new QGroupBox(advanced_);
    auto* train = new QFormLayout(trainBox_);
    learningRate_ = new QLineEdit(this);
    batchSize_ = intBox(this, 1, 100000);
    optimizer_ = choices(this, {QStringLiteral("adam"), QStringLiteral("keras-eps1")});
    epsilon_ = new QLineEdit(this);
    beta1_ = realBox(this, 0, 0.9999, 0.01, 4);
    beta2_ = realBox(this, 0, 0.99999, 0.001, 5);
    threads_ = intBox(this, 0, 1024);
    jobs_ = intBox(this, 0, 1024);
    device_ = choices(this, {QStringLiteral("cpu"), QStringLiteral("auto"), QStringLiteral("cuda")});
    device_->setEditable(true);
    for (QWidget* w : std::initializer_list<QWidget*>{learningRate_, batchSize_, optimizer_, epsilon_, beta1_,
                                                      beta2_, threads_, jobs_, device_})
        addRow(train, w);

    replayBox_ = new QGroupBox(advanced_);
    auto* replay = new QFormLayout(replayBox_);
    for (int i = 0; i < 5; ++i) {
        downsample_[i] = intBox(this, 1, 64);
        addRow(replay, downsample_[i]);
    }
    covariance_ = choices(this, {QStringLiteral("full"), QStringLiteral("diagonal")});
    clip_ = new QCheckBox(this);
    temperature_ = realBox(this, 0, 100, 0.05, 3);
    rlSteps_ = intBox(this, 0, 1000000);
    rlReset_ = new QCheckBox(this);
    for (QWidget* w : std::initializer_list<QWidget*>{covariance_, clip_, temperature_, rlSteps_, rlReset_})
        addRow(replay, w);

    outputBox_ = new QGroupBox(advanced_);
    auto* output = new QFormLayout(outputBox_);
    outputDir_ = new QLineEdit(this);
    outputDir_->setObjectName(QStringLiteral("outputDirEdit"));
    addRow(output, outputDir_);

    for (QGroupBox* b : {dataBox_, modelBox_, augmentBox_, trainBox_, replayBox_, outputBox_}) adv->addWidget(b);
    root->addWidget(advanced_);
    root->addStretch(1);

    // Any change of a field is an edit.
    auto onEdit = [this] { edited(); };
    for (QSpinBox* s : findChildren<QSpinBox*>()) connect(s, qOverload<int>(&QSpinBox::valueChanged), this, onEdit);
    for (QDoubleSpinBox* s : findChildren<QDoubleSpinBox*>())
        connect(s, qOverload<double>(&QDoubleSpinBox::valueChanged), this, onEdit);
    for (QLineEdit* e : findChildren<QLineEdit*>()) {
        if (e->parent() != this) continue;  // the editable device combo's own line edit
        connect(e, &QLineEdit::textEdited, this, onEdit);
    }
    for (QCheckBox* c : findChildren<QCheckBox*>()) connect(c, &QCheckBox::toggled, this, onEdit);
    for (QComboBox* c : {source_, onBadImage_, arch_, preprocessing_, fit_, optimizer_, covariance_})
        connect(c, qOverload<int>(&QComboBox::activated), this, onEdit);
    connect(device_, &QComboBox::currentTextChanged, this, onEdit);
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
             tr("Start from one of the paper's experiments: \"where\" (figure 1: generative replay at each "
                "replay point vs none, 10 days), \"when\" (figure 2: generative, veridical and continuous "
                "replay at pool4, 30 days), \"which\" (figure 3: uniform vs RL-chosen replay, 30 days), or "
                "a quick default (no replay, 2 class sets, 3 days). Editing a field makes it custom."));
    const QStringList presetNames = {tr("Default (quick baseline)"), tr("Where: replay point (figure 1)"),
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

    scheduleBox_->setTitle(tr("Schedule"));
    setField(days_, tr("&Days:"),
             tr("Days of learning. Each day is one epoch over freshly augmented training images of the new "
                "categories, followed by a night of replay (the paper: 10 days in experiment 1, 30 in 2 and 3)."));
    setField(seed_, tr("S&eed:"),
             tr("The run seed: every random draw (initial head, augmentation, order, imagination) derives from "
                "it, so the same settings and seed give the same numbers."));
    setField(seedsPerSet_, tr("Seeds per class &set:"),
             tr("Repeated runs per class set (seed, seed+1, ...). Mean ± SEM are taken over class sets and seeds."));
    setField(trainPerClass_, tr("&Training images per class:"),
             tr("Real training images per new category per day (the paper: 1,170 ImageNet images; the Quick "
                "Draw data shipped here has 100 drawings per category)."));
    setField(samplesPerClass_, tr("Imagined samples per c&lass:"),
             tr("Samples drawn per class per night from its Gaussian at the replay point (the paper: as many as "
                "training images). 0 = as many as training images."));
    samplesPerClass_->setSpecialValueText(tr("as many as training images"));

    advancedToggle_->setText(tr("Ad&vanced"));
    advancedToggle_->setToolTip(tr("Data, network, augmentation, optimiser and replay details"));
    dataBox_->setTitle(tr("Data"));
    setField(source_, tr("Source:"), tr("quickdraw: the embedded Google Quick Draw drawings; folder: your photos, "
                                        "one sub-folder per category"));
    setField(dataDir_, tr("Data folder:"), tr("Where the images are; empty: $REPLAYLAB_DATA or the default data folder"));
    setField(classSetsFile_, tr("Class-set file:"),
             tr("A JSON list of class sets; empty: the shipped resources/class_sets/quickdraw.json"));
    setField(valPerClass_, tr("Validation images per class:"),
             tr("Held-out images per category used to pick the best model by validation loss and, in RL "
                "replay, to score the chi-square reward"));
    setField(testPerClass_, tr("Test images per class:"), tr("Held-out images per category for the reported test accuracy"));
    setField(splitSeed_, tr("Split seed:"), tr("Seed of the per-class split into training, validation and test images"));
    setField(onBadImage_, tr("On a bad image:"), tr("skip: warn and count it in the manifest; stop: end with an error naming the file"));

    modelBox_->setTitle(tr("Network (the \"visual system\")"));
    setField(arch_, tr("Architecture:"), tr("mini: a width-scaled VGG for CPUs; vgg16: the paper's exact VGG-16 "
                                            "(needs pretrained weights and much more time)"));
    setField(backbone_, tr("Pretrained base:"),
             tr("Weights of the base pretrained on other categories; empty: the shipped mini backbone, "
                "none: random initial weights"));
    setField(inputSize_, tr("Input size:"), tr("Side of the square input in pixels (a multiple of 32)"));
    setField(inChannels_, tr("Input channels:"), tr("1 for grey drawings, 3 for colour photos"));
    setField(convsPerBlock_, tr("Convolutions per block:"), tr("Five numbers, one per block pool1..pool5 (VGG-16: 2,2,3,3,3)"));
    setField(widths_, tr("Channels per block:"), tr("Five numbers, one per block (VGG-16: 64,128,256,512,512)"));
    setField(headUnits_, tr("Head units:"), tr("Units of each of the two fully connected layers of the head (VGG-16: 4096)"));
    setField(dropout_, tr("Dropout:"), tr("Dropout after each hidden layer of the head (the paper: 0.5)"));
    setField(preprocessing_, tr("Preprocessing:"), tr("As the backbone was trained: unit (/255), torchvision (ImageNet mean/std) or caffe (Keras VGG-16)"));
    setField(fit_, tr("Fit to input:"), tr("pad: centre on zeros; resize: scale to the input size"));

    augmentBox_->setTitle(tr("Augmentation (drawn afresh every day)"));
    setField(augment_, tr("Augment:"), tr("Transform every training image afresh each day, as the paper did"));
    setField(rotation_, tr("Rotation (°):"), tr("Rotation drawn from U(-r, r) degrees (the paper: 20)"));
    setField(shift_, tr("Shift:"), tr("x and y shift each drawn from U(-s, s) times the size (the paper: 0.2)"));
    setField(zoomMin_, tr("Zoom from:"), tr("Lower end of the zoom range; x and y zoom drawn independently (the paper: 0.8)"));
    setField(zoomMax_, tr("Zoom to:"), tr("Upper end of the zoom range (the paper: 1.2)"));
    setField(flip_, tr("Horizontal flip:"), tr("Flip left-right with probability 0.5"));

    trainBox_->setTitle(tr("Training"));
    setField(learningRate_, tr("Learning rate:"), tr("Adam learning rate (the paper: 3e-4)"));
    setField(batchSize_, tr("Batch size:"), tr("Images or imagined samples per step (the paper: 36)"));
    setField(optimizer_, tr("Optimiser:"),
             tr("adam: standard Adam; keras-eps1: the authors' scripts' form (Keras Adam with epsilon 1.0). "
                "Day and night share the optimiser state."));
    setField(epsilon_, tr("Adam epsilon:"), tr("Epsilon of standard Adam (keras-eps1 uses 1.0)"));
    setField(beta1_, tr("Beta 1:"), tr("Adam's first-moment decay"));
    setField(beta2_, tr("Beta 2:"), tr("Adam's second-moment decay"));
    setField(threads_, tr("Threads:"), tr("LibTorch threads of each simulation; 0 = all cores"));
    threads_->setSpecialValueText(tr("all cores"));
    setField(jobs_, tr("At once:"),
             tr("Simulations run at the same time; 0 = as many as the cores allow for the threads "
                "of each. Changes only the speed, never the numbers"));
    jobs_->setSpecialValueText(tr("as the cores allow"));
    setField(device_, tr("Device:"), tr("cpu, auto (a GPU when there is one), cuda or cuda:N"));

    replayBox_->setTitle(tr("Replay"));
    for (int i = 0; i < 5; ++i)
        setField(downsample_[i], tr("Down-sampling at %1:").arg(Labels::replayPoint(i + 1)),
                 tr("Block-mean factor per channel before the Gaussians are fitted (the paper: 4, 4, 2, 2, 1 "
                    "for pool1..pool5, \"for RAM\"); samples are up-sampled back by repetition"));
    setField(covariance_, tr("Covariance:"),
             tr("full: the exact Gaussian per class (sampled without forming the covariance matrix); "
                "diagonal: independent units"));
    setField(clip_, tr("Clip samples at 0:"),
             tr("Real post-ReLU activations are never negative; the paper's samples were not clipped"));
    setField(temperature_, tr("RL temperature:"), tr("Softmax temperature of the RL policy over classes (the scripts: 0.3)"));
    setField(rlSteps_, tr("RL steps per night:"), tr("Replay steps per night chosen by the RL learner; 0 = as many as batches in a day"));
    rlSteps_->setSpecialValueText(tr("as many as batches in a day"));
    setField(rlReset_, tr("Reset preferences nightly:"),
             tr("Reload the first night's side network every night, as the authors' scripts did (the paper "
                "describes preferences that keep updating)"));

    outputBox_->setTitle(tr("Output"));
    setField(outputDir_, tr("Run folder:"),
             tr("Where config.json, manifest.json, metrics.csv and figures/ go; empty: a new dated folder in "
                "the runs folder"));
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
    days_->setValue(cfg.train.days);
    seed_->setValue(static_cast<int>(std::min<std::uint64_t>(cfg.seed, 2147483647)));
    seedsPerSet_->setValue(cfg.seedsPerClassSet);
    trainPerClass_->setValue(cfg.data.trainPerClass);
    samplesPerClass_->setValue(cfg.replay.samplesPerClass);

    setCombo(source_, cfg.data.source);
    dataDir_->setText(QString::fromStdString(cfg.data.dataDir));
    classSetsFile_->setText(QString::fromStdString(cfg.data.classSetsFile));
    valPerClass_->setValue(cfg.data.valPerClass);
    testPerClass_->setValue(cfg.data.testPerClass);
    splitSeed_->setValue(static_cast<int>(std::min<std::uint64_t>(cfg.data.splitSeed, 2147483647)));
    setCombo(onBadImage_, cfg.data.onBadImage);
    setCombo(arch_, cfg.model.arch);
    backbone_->setText(QString::fromStdString(cfg.model.backbone));
    inputSize_->setValue(cfg.model.inputSize);
    inChannels_->setValue(cfg.model.inChannels);
    convsPerBlock_->setText(joinInts(cfg.model.convsPerBlock));
    widths_->setText(joinInts(cfg.model.widths));
    headUnits_->setValue(cfg.model.headUnits);
    dropout_->setValue(cfg.model.dropout);
    setCombo(preprocessing_, cfg.model.preprocessing);
    setCombo(fit_, cfg.model.fit);
    augment_->setChecked(cfg.augment.enabled);
    rotation_->setValue(cfg.augment.rotationDeg);
    shift_->setValue(cfg.augment.shift);
    zoomMin_->setValue(cfg.augment.zoomMin);
    zoomMax_->setValue(cfg.augment.zoomMax);
    flip_->setChecked(cfg.augment.horizontalFlip);
    learningRate_->setText(QString::number(cfg.train.learningRate, 'g', 6));
    batchSize_->setValue(cfg.train.batchSize);
    setCombo(optimizer_, cfg.train.optimizer);
    epsilon_->setText(QString::number(cfg.train.adamEpsilon, 'g', 6));
    beta1_->setValue(cfg.train.beta1);
    beta2_->setValue(cfg.train.beta2);
    threads_->setValue(cfg.train.threads);
    jobs_->setValue(cfg.train.jobs);
    setCombo(device_, cfg.train.device);
    for (int i = 0; i < 5; ++i)
        downsample_[i]->setValue(i < static_cast<int>(cfg.replay.downsample.size()) ? cfg.replay.downsample[static_cast<std::size_t>(i)] : 1);
    setCombo(covariance_, cfg.replay.covariance);
    clip_->setChecked(cfg.replay.clipAtZero);
    temperature_->setValue(cfg.replay.rlTemperature);
    rlSteps_->setValue(cfg.replay.rlStepsPerNight);
    rlReset_->setChecked(cfg.replay.rlResetNightly);
    outputDir_->setText(QString::fromStdString(cfg.outputDir));
    refreshConditionList();
    if (condList_->count() > 0) condList_->setCurrentRow(0);
    updating_ = false;
    Q_EMIT configChanged();
}

void SetupPanel::applyPreset(const QString& name) {
    try {
        replaylab::ExperimentConfig cfg = replaylab::preset(name.toStdString());
        cfg.outputDir = outputDir_->text().trimmed().toStdString();  // a chosen folder stays
        setConfig(cfg);
    } catch (const std::exception&) {
        // unknown preset: keep the fields as they are
    }
}

replaylab::ExperimentConfig SetupPanel::config() const {
    replaylab::ExperimentConfig cfg = base_;
    const QString preset = preset_->currentData().toString();
    cfg.name = preset.toStdString();
    cfg.seed = static_cast<std::uint64_t>(seed_->value());
    cfg.seedsPerClassSet = seedsPerSet_->value();
    cfg.train.days = days_->value();
    cfg.data.trainPerClass = trainPerClass_->value();
    cfg.replay.samplesPerClass = samplesPerClass_->value();
    if (cfg.data.customClassSets.empty()) cfg.data.classSets = picker_->checkedSets();
    cfg.replay.conditions = conditions_;

    cfg.data.source = comboValue(source_);
    cfg.data.dataDir = dataDir_->text().trimmed().toStdString();
    cfg.data.classSetsFile = classSetsFile_->text().trimmed().toStdString();
    cfg.data.valPerClass = valPerClass_->value();
    cfg.data.testPerClass = testPerClass_->value();
    cfg.data.splitSeed = static_cast<std::uint64_t>(splitSeed_->value());
    cfg.data.onBadImage = comboValue(onBadImage_);
    cfg.model.arch = comboValue(arch_);
    cfg.model.backbone = backbone_->text().trimmed().toStdString();
    cfg.model.inputSize = inputSize_->value();
    cfg.model.inChannels = inChannels_->value();
    cfg.model.convsPerBlock = splitInts(convsPerBlock_->text());
    cfg.model.widths = splitInts(widths_->text());
    cfg.model.headUnits = headUnits_->value();
    cfg.model.dropout = dropout_->value();
    cfg.model.preprocessing = comboValue(preprocessing_);
    cfg.model.fit = comboValue(fit_);
    cfg.augment.enabled = augment_->isChecked();
    cfg.augment.rotationDeg = rotation_->value();
    cfg.augment.shift = shift_->value();
    cfg.augment.zoomMin = zoomMin_->value();
    cfg.augment.zoomMax = zoomMax_->value();
    cfg.augment.horizontalFlip = flip_->isChecked();
    bool ok = false;
    const double lr = learningRate_->text().trimmed().toDouble(&ok);
    cfg.train.learningRate = ok ? lr : 0.0;  // 0 is invalid: validation names the setting
    cfg.train.batchSize = batchSize_->value();
    cfg.train.optimizer = comboValue(optimizer_);
    const double eps = epsilon_->text().trimmed().toDouble(&ok);
    cfg.train.adamEpsilon = ok ? eps : 0.0;
    cfg.train.beta1 = beta1_->value();
    cfg.train.beta2 = beta2_->value();
    cfg.train.threads = threads_->value();
    cfg.train.jobs = jobs_->value();
    cfg.train.device = comboValue(device_);
    cfg.replay.downsample.clear();
    for (auto* d : downsample_) cfg.replay.downsample.push_back(d->value());
    cfg.replay.covariance = comboValue(covariance_);
    cfg.replay.clipAtZero = clip_->isChecked();
    cfg.replay.rlTemperature = temperature_->value();
    cfg.replay.rlStepsPerNight = rlSteps_->value();
    cfg.replay.rlResetNightly = rlReset_->isChecked();
    cfg.outputDir = outputDir_->text().trimmed().toStdString();
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
