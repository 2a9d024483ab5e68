#pragma once
// Class-set files: which categories each network (the paper's "model") learns. No OpenCV
// and no LibTorch here, so the desktop app reads these files with the engine's own reader.
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace replaylab {

struct ExperimentConfig;

/// A named list of class sets (the paper's "models"), e.g. resources/class_sets/quickdraw.json:
/// {"source": "quickdraw", "class_sets": [{"name": "set 1", "classes": ["apple", ...]}, ...]}
/// or resources/class_sets/imagenet_s1.json, whose classes are WordNet ids (folder names)
/// with human names: {"name": "model 1", "classes": ["n12360108", ...],
///                    "labels": {"n12360108": "begonia", ...}}
struct ClassSetList {
    std::string source;
    std::vector<std::string> names;
    std::vector<std::vector<std::string>> sets;
    /// class -> human name, from the sets' optional "labels"; classes without one are absent.
    std::map<std::string, std::string> labels;
    /// The human name of a class, or the class itself when it has none.
    std::string label(const std::string& cls) const {
        const auto it = labels.find(cls);
        return it == labels.end() ? cls : it->second;
    }
};
/// "source" and each set's "name" and "labels" are optional (name defaults to "set <n>");
/// a class may appear only once in the whole file; "labels" must be an object mapping
/// classes of its own set to non-empty strings. Throws InputError naming the file.
ClassSetList loadClassSetList(const std::filesystem::path& file);

/// The classes of an image folder: its sub-folders (root/<class>/*.jpg|png|...), sorted by
/// name, hidden ones left out. Throws InputError naming root when it is missing, is not a
/// folder, or has no sub-folder. Reads no image (the app lists folders with it).
std::vector<std::string> imageFolderClasses(const std::filesystem::path& root);

/// Your own images (run --images, the app's "Your own images…"): data.source = folder,
/// data.data_dir = root, model.fit = resize (photos are scaled to the input, not cropped).
/// The class sets: those of data.class_sets_file when it names one, else one class set of
/// every class sub-folder (data.custom_class_sets). Throws InputError naming root when it
/// is not a folder with at least 2 class sub-folders.
void useImageFolder(ExperimentConfig& cfg, const std::filesystem::path& root);

}  // namespace replaylab
