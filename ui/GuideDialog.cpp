#include "GuideDialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace replaylab::ui {
namespace {

QString para(const QString& title, const QString& text) {
    return QStringLiteral("<h3>%1</h3><p>%2</p>").arg(title.toHtmlEscaped(), text.toHtmlEscaped());
}

}  // namespace

QString GuideDialog::html() {
    QString h = QStringLiteral("<h2>%1</h2><p>%2</p>")
                    .arg(tr("A short tour").toHtmlEscaped(),
                         tr("Replay Lab repeats the simulations of Barry & Love, “A neural network account of memory "
                            "replay and knowledge consolidation”: a network that sees like the ventral visual stream "
                            "learns new categories by day and replays them at night, as the hippocampus is thought "
                            "to do during rest and sleep.")
                             .toHtmlEscaped());
    h += para(tr("A day"),
              tr("One day is one pass over real drawings of the new categories (10 of them, a class set), each image "
                 "freshly shifted and zoomed. After each day the network is tested on drawings it has never seen: "
                 "that is the accuracy on the charts."));
    h += para(tr("A night"),
              tr("Between days the network rests. With no replay nothing happens; with replay it relearns from "
                 "reactivated activity instead of images. Generative replay is akin to imagining entirely new "
                 "instances of a category; veridical replay reactivates what was really seen that day."));
    h += para(tr("A replay point"),
              tr("The layer (pool1 … pool5) where replay enters the network; only the layers above it learn at "
                 "night. Early layers are like early visual cortex (V1, V2); later ones like the lateral occipital "
                 "cortex. The paper found replay most effective in the later layers."));
    h += para(tr("An imagination"),
              tr("What generative replay plays at night: samples drawn from each category's typical activity at the "
                 "replay point, a “dream” of a typical example. The Imaginations tab shows them beside real "
                 "activity, and turned back into drawings beside the real drawings nearest to them: a new "
                 "instance or a copy?"));
    h += para(tr("What to try first"),
              tr("Run the demo preset (it is what the app opens on): no replay, generative replay at pool5 and an "
                 "extra day of real images, on six class sets, in about a minute. Then open the Difference tab: "
                 "each condition minus no replay, run by run. Above zero, replay helped; when the whole 95 % "
                 "interval is above zero, it helped on more than luck."));
    h += para(tr("Then"),
              tr("Try the presets of the paper's three experiments: where (replay at each replay point), when (30 "
                 "days: generative, veridical and continuous replay) and which (the hippocampal reinforcement "
                 "learner chooses which category to replay). View ▸ Presentation mode (F11) makes everything "
                 "readable from the back of a room."));
    return h;
}

GuideDialog::GuideDialog(QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("guideDialog"));
    setWindowTitle(tr("Guide to Replay Lab"));
    text_ = new QTextBrowser(this);
    text_->setObjectName(QStringLiteral("guideText"));
    text_->setHtml(html());
    text_->setOpenExternalLinks(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text_);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, 620);
}

}  // namespace replaylab::ui
