#include "ImaginationModel.h"

#include <algorithm>
#include <cstring>

#include <QPainter>
#include <QStringList>

namespace replaylab::ui {

void ImaginationModel::add(const replaylab::Imagination& i) {
    nights_[PolicyRunKey{QString::fromStdString(i.classSet), QString::fromStdString(i.condition), i.seed}][i.day] = i;
    ++revision_;
}

void ImaginationModel::clear() {
    nights_.clear();
    ++revision_;
}

QVector<PolicyRunKey> ImaginationModel::runs() const {
    QVector<PolicyRunKey> out;
    for (const auto& [k, v] : nights_) out.push_back(k);
    return out;
}

const replaylab::Imagination* ImaginationModel::get(const PolicyRunKey& run, int night) const {
    const auto it = nights_.find(run);
    if (it == nights_.end() || it->second.empty()) return nullptr;
    if (night < 0) return &it->second.rbegin()->second;
    const auto n = it->second.find(night);
    return n == it->second.end() ? nullptr : &n->second;
}

QVector<int> ImaginationModel::nights(const PolicyRunKey& run) const {
    QVector<int> out;
    const auto it = nights_.find(run);
    if (it != nights_.end())
        for (const auto& [night, im] : it->second) out.push_back(night);
    return out;
}

bool ImaginationModel::hasPictures() const {
    for (const auto& [k, byNight] : nights_)
        for (const auto& [n, im] : byNight)
            if (!im.pictures.empty()) return true;
    return false;
}

QImage ImaginationModel::pictureImage(const replaylab::Picture& p) {
    if (p.width <= 0 || p.height <= 0 || (p.channels != 1 && p.channels != 3) ||
        p.data.size() < static_cast<std::size_t>(p.width) * p.height * p.channels)
        return {};
    QImage img(p.width, p.height, p.channels == 1 ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
    const auto row = static_cast<std::size_t>(p.width) * static_cast<std::size_t>(p.channels);
    for (int y = 0; y < p.height; ++y) std::memcpy(img.scanLine(y), p.data.data() + row * static_cast<std::size_t>(y), row);
    return img;
}

QImage ImaginationModel::picturesSheet(const replaylab::Imagination& im, int tile, const QStringList& headers,
                                       int onlyClass) {
    if (im.pictures.empty() || tile < 4) return {};
    const int gap = std::max(2, tile / 12);         // between tiles of a group
    const int groupGap = std::max(6, tile / 2);     // between groups
    const int nameWidth = std::max(110, 2 * tile);  // the class column
    const int headerHeight = std::max(18, tile / 3);
    std::vector<int> classes;
    for (int c = 0; c < static_cast<int>(im.pictures.size()); ++c)
        if ((onlyClass < 0 || c == onlyClass) && !im.pictures[static_cast<std::size_t>(c)].real.empty()) classes.push_back(c);
    if (classes.empty()) return {};
    // Group widths, over the classes shown.
    std::size_t nReal = 0, nRec = 0, nImag = 0, nNb = 0;
    for (int c : classes) {
        const auto& cp = im.pictures[static_cast<std::size_t>(c)];
        nReal = std::max(nReal, cp.real.size());
        nRec = std::max(nRec, cp.realReconstructions.size());
        nImag = std::max(nImag, cp.imaginedReconstructions.size());
        for (const auto& nb : cp.neighbours) nNb = std::max(nNb, nb.size());
    }
    auto span = [&](std::size_t n) { return static_cast<int>(n) * (tile + gap); };
    const int xReal = nameWidth;
    const int xRec = xReal + span(nReal) + groupGap;
    const int xImag = xRec + span(nRec) + groupGap;
    const int perImagined = span(1 + nNb) + groupGap;
    const int width = xImag + static_cast<int>(nImag) * perImagined;
    const int height = headerHeight + static_cast<int>(classes.size()) * (tile + gap) + gap;
    QImage sheet(width, height, QImage::Format_RGB32);
    sheet.fill(Qt::white);
    QPainter p(&sheet);
    p.setPen(Qt::black);
    const QStringList titles = headers.size() >= 4 ? headers : QStringList{QString(), QString(), QString(), QString()};
    p.drawText(QRect(gap, 0, nameWidth - gap, headerHeight), Qt::AlignLeft | Qt::AlignVCenter, titles[0]);
    p.drawText(QRect(xReal, 0, xRec - xReal, headerHeight), Qt::AlignLeft | Qt::AlignVCenter, titles[1]);
    p.drawText(QRect(xRec, 0, xImag - xRec, headerHeight), Qt::AlignLeft | Qt::AlignVCenter, titles[2]);
    p.drawText(QRect(xImag, 0, width - xImag, headerHeight), Qt::AlignLeft | Qt::AlignVCenter, titles[3]);
    auto draw = [&](const replaylab::Picture& pic, int x, int y, const QColor& frame) {
        const QImage img = pictureImage(pic);
        if (img.isNull()) return;
        p.drawImage(QRect(x, y, tile, tile), img.scaled(tile, tile, Qt::IgnoreAspectRatio, Qt::FastTransformation));
        p.setPen(frame);
        p.drawRect(QRect(x, y, tile - 1, tile - 1));
        p.setPen(Qt::black);
    };
    int y = headerHeight;
    for (int c : classes) {
        const auto& cp = im.pictures[static_cast<std::size_t>(c)];
        const QString name = c < static_cast<int>(im.classNames.size())
                                 ? QString::fromStdString(im.classNames[static_cast<std::size_t>(c)])
                                 : QString::number(c + 1);
        p.drawText(QRect(gap, y, nameWidth - 2 * gap, tile), Qt::AlignLeft | Qt::AlignVCenter, name);
        for (std::size_t e = 0; e < cp.real.size(); ++e) draw(cp.real[e], xReal + span(e), y, Qt::darkGray);
        for (std::size_t e = 0; e < cp.realReconstructions.size(); ++e)
            draw(cp.realReconstructions[e], xRec + span(e), y, Qt::darkGray);
        for (std::size_t e = 0; e < cp.imaginedReconstructions.size(); ++e) {
            const int x0 = xImag + static_cast<int>(e) * perImagined;
            draw(cp.imaginedReconstructions[e], x0, y, QColor(200, 60, 30));  // the imagined one framed in colour
            if (e < cp.neighbours.size())
                for (std::size_t r = 0; r < cp.neighbours[e].size(); ++r)
                    draw(cp.neighbours[e][r], x0 + span(r + 1), y, Qt::lightGray);
        }
        y += tile + gap;
    }
    return sheet;
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
    for (const auto& [k, byNight] : nights_)
        for (const auto& [night, im] : byNight)
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
    for (const auto& [k, byNight] : nights_)
        for (const auto& [night, im] : byNight) {
            rows(k, im, "real", im.pcaRealX, im.pcaRealY, im.pcaRealClass);
            rows(k, im, "imagined", im.pcaImaginedX, im.pcaImaginedY, im.pcaImaginedClass);
        }
    return out;
}

}  // namespace replaylab::ui
