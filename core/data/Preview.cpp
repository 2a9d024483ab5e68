#include "data/Preview.h"

#include <cstring>

#include "data/ImageSource.h"
#include "util/Error.h"
#include "util/Paths.h"

namespace replaylab {

std::vector<PreviewImage> previewImages(const ExperimentConfig& cfg, const std::string& className,
                                        int count) {
    std::unique_ptr<ImageSource> source;
    if (cfg.data.source == DataSource::Folder) {
        if (cfg.data.dataDir.empty()) throw InputError("data.data_dir: no photo folder given");
        source = makeImageFolderSource(cfg.data.dataDir, cfg.model.inChannels == 1 ? 1 : 3);
    } else {
        source = makeQuickDrawSource(findQuickDrawDir(cfg.data.dataDir));
    }
    LoadReport report;
    const auto cls = source->load(className, report, /*skipBad=*/true);
    std::vector<PreviewImage> out;
    for (std::size_t i = 0; i < cls.images.size() && static_cast<int>(out.size()) < count; ++i) {
        const cv::Mat m = cls.images[i].isContinuous() ? cls.images[i] : cls.images[i].clone();
        PreviewImage p;
        p.width = m.cols;
        p.height = m.rows;
        p.channels = m.channels();
        p.pixels.resize(static_cast<std::size_t>(m.total() * m.elemSize()));
        std::memcpy(p.pixels.data(), m.data, p.pixels.size());
        out.push_back(std::move(p));
    }
    return out;
}

}  // namespace replaylab
