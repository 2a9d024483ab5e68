#include "ImaginationModel.h"

#include <cstring>

namespace replaylab::ui {

void ImaginationModel::add(const replaylab::Imagination& i) {
    latest_[PolicyRunKey{QString::fromStdString(i.classSet), QString::fromStdString(i.condition), i.seed}] = i;
    ++revision_;
}

void ImaginationModel::clear() {
    latest_.clear();
    ++revision_;
}

QVector<PolicyRunKey> ImaginationModel::runs() const {
    QVector<PolicyRunKey> out;
    for (const auto& [k, v] : latest_) out.push_back(k);
    return out;
}

const replaylab::Imagination* ImaginationModel::get(const PolicyRunKey& run) const {
    const auto it = latest_.find(run);
    return it == latest_.end() ? nullptr : &it->second;
}

QImage ImaginationModel::channelImage(const replaylab::ActivationMaps& m, int channel) {
    if (channel < 0 || channel >= m.channels || m.width <= 0 || m.height <= 0) return {};
    const std::size_t plane = static_cast<std::size_t>(m.width) * static_cast<std::size_t>(m.height);
    if (m.data.size() < plane * static_cast<std::size_t>(m.channels)) return {};
    QImage img(m.width, m.height, QImage::Format_Grayscale8);
    const unsigned char* src = m.data.data() + plane * static_cast<std::size_t>(channel);
    for (int y = 0; y < m.height; ++y)
        std::memcpy(img.scanLine(y), src + static_cast<std::size_t>(y) * static_cast<std::size_t>(m.width),
                    static_cast<std::size_t>(m.width));
    return img;
}

QString ImaginationModel::fidelityCsv() const {
    QString out = QStringLiteral("class_set,condition,seed,night,layer,class,frechet_distance\n");
    for (const auto& [k, im] : latest_)
        for (std::size_t c = 0; c < im.fidelity.size(); ++c)
            out += csvField(k.classSet) + ',' + csvField(k.condition) + ',' + QString::number(k.seed) +
                   ',' + QString::number(im.day) + ',' + QString::number(im.layer) + ',' +
                   csvField(c < im.classNames.size() ? QString::fromStdString(im.classNames[c])
                                                     : QString::number(c)) +
                   ',' + number(im.fidelity[c]) + '\n';
    return out;
}

QString ImaginationModel::pcaCsv() const {
    QString out = QStringLiteral("class_set,condition,seed,night,kind,class,pc1,pc2\n");
    auto rows = [&](const PolicyRunKey& k, const replaylab::Imagination& im, const char* kind,
                    const std::vector<float>& xs, const std::vector<float>& ys,
                    const std::vector<int>& cls) {
        for (std::size_t i = 0; i < xs.size() && i < ys.size(); ++i) {
            const int c = i < cls.size() ? cls[i] : -1;
            const QString name = c >= 0 && c < static_cast<int>(im.classNames.size())
                                     ? QString::fromStdString(im.classNames[static_cast<std::size_t>(c)])
                                     : QString::number(c);
            out += csvField(k.classSet) + ',' + csvField(k.condition) + ',' + QString::number(k.seed) +
                   ',' + QString::number(im.day) + ',' + QLatin1String(kind) + ',' + csvField(name) +
                   ',' + number(xs[i]) + ',' + number(ys[i]) + '\n';
        }
    };
    for (const auto& [k, im] : latest_) {
        rows(k, im, "real", im.pcaRealX, im.pcaRealY, im.pcaRealClass);
        rows(k, im, "imagined", im.pcaImaginedX, im.pcaImaginedY, im.pcaImaginedClass);
    }
    return out;
}

}  // namespace replaylab::ui
