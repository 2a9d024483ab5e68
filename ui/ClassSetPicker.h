#pragma once
// Choose the class sets (the paper's "models") to run, from the class-set file, with real
// drawings of each category as thumbnails (loaded in the background).
#include <QFutureWatcher>
#include <QHash>
#include <QImage>
#include <QVector>
#include <QWidget>

#include "config/ExperimentConfig.h"
#include "itemmodels/ClassSets.h"

QT_BEGIN_NAMESPACE
class QLabel;
class QListWidget;
QT_END_NAMESPACE

namespace replaylab::ui {

class ClassSetPicker : public QWidget {
    Q_OBJECT
public:
    explicit ClassSetPicker(QWidget* parent = nullptr);
    ~ClassSetPicker() override;

    /// Reads the class-set file and the data source of cfg (reloads only when they changed)
    /// and checks cfg.data.classSets (empty = all).
    void setConfig(const replaylab::ExperimentConfig& cfg);
    /// 1-based indices of the checked sets; empty when all are checked (the config's "all").
    std::vector<int> checkedSets() const;
    int setCount() const { return sets_.size(); }
    /// Thumbnails loaded so far, per class name.
    int thumbnailCount() const { return thumbs_.size(); }

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent* e) override;

private:
    void retranslateUi();
    void showDetails();
    void applyThumbnails();
    QVector<ClassSetEntry> sets_;
    QString file_, dataKey_;
    QListWidget* list_ = nullptr;
    QListWidget* details_ = nullptr;
    QLabel* note_ = nullptr;
    QString error_;
    QHash<QString, QImage> thumbs_;
    QFutureWatcher<QHash<QString, QImage>>* watcher_ = nullptr;
    bool updating_ = false;
};

}  // namespace replaylab::ui
