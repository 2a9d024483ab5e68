#include "data/ClassSets.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <system_error>

#include "config/ExperimentConfig.h"
#include "util/Error.h"

namespace replaylab {

ClassSetList loadClassSetList(const std::filesystem::path& file) {
    const std::string name = file.string();
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec))
        throw InputError("class set file not found: " + name);
    std::ifstream in(file, std::ios::binary);
    if (!in) throw InputError(name + ": cannot open file");

    nlohmann::json j;
    try {
        j = nlohmann::json::parse(in);
    } catch (const nlohmann::json::exception& e) {  // parse_error, or out_of_range for 1e999
        throw InputError(name + ": not valid JSON: " + e.what());
    }
    if (!j.is_object()) throw InputError(name + ": expected a JSON object");

    ClassSetList out;
    if (j.contains("source")) {
        if (!j["source"].is_string()) throw InputError(name + ": \"source\" must be a string");
        out.source = j["source"].get<std::string>();
    }
    if (!j.contains("class_sets")) throw InputError(name + ": missing \"class_sets\"");
    const auto& sets = j["class_sets"];
    if (!sets.is_array() || sets.empty())
        throw InputError(name + ": \"class_sets\" must be a non-empty array");

    std::map<std::string, std::string> owner;  // class -> the set that has it
    std::set<std::string> setNames;
    for (std::size_t i = 0; i < sets.size(); ++i) {
        const auto& s = sets[i];
        const std::string where = name + ": class set " + std::to_string(i + 1);
        if (!s.is_object()) throw InputError(where + " is not a JSON object");
        std::string setName = "set " + std::to_string(i + 1);
        if (s.contains("name")) {
            if (!s["name"].is_string() || s["name"].get<std::string>().empty())
                throw InputError(where + ": \"name\" must be a non-empty string");
            setName = s["name"].get<std::string>();
        }
        if (!setNames.insert(setName).second)
            throw InputError(name + ": two class sets are named '" + setName + "'");
        if (!s.contains("classes"))
            throw InputError(name + ": class set '" + setName + "' has no \"classes\"");
        const auto& cls = s["classes"];
        if (!cls.is_array() || cls.empty())
            throw InputError(name + ": \"classes\" of class set '" + setName +
                             "' must be a non-empty array of names");
        std::vector<std::string> list;
        for (const auto& c : cls) {
            if (!c.is_string() || c.get<std::string>().empty())
                throw InputError(name + ": \"classes\" of class set '" + setName +
                                 "' must hold non-empty strings");
            const std::string cn = c.get<std::string>();
            const auto [it, fresh] = owner.emplace(cn, setName);
            if (!fresh)
                throw InputError(name + ": class '" + cn + "' appears twice (in '" + it->second +
                                 "' and '" + setName + "')");
            list.push_back(cn);
        }
        if (s.contains("labels")) {
            const auto& labels = s["labels"];
            if (!labels.is_object())
                throw InputError(name + ": \"labels\" of class set '" + setName +
                                 "' must be an object mapping classes to names");
            for (const auto& [cn, label] : labels.items()) {
                if (std::find(list.begin(), list.end(), cn) == list.end())
                    throw InputError(name + ": \"labels\" of class set '" + setName +
                                     "' names '" + cn + "', which is not one of its classes");
                if (!label.is_string() || label.get<std::string>().empty())
                    throw InputError(name + ": the label of '" + cn + "' in class set '" +
                                     setName + "' must be a non-empty string");
                out.labels[cn] = label.get<std::string>();
            }
        }
        out.names.push_back(setName);
        out.sets.push_back(std::move(list));
    }
    return out;
}

std::vector<std::string> imageFolderClasses(const std::filesystem::path& root) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::exists(root, ec)) throw InputError("image folder not found: " + root.string());
    if (!fs::is_directory(root, ec)) throw InputError(root.string() + ": is not a folder");
    std::vector<std::string> names;
    try {
        for (const auto& entry : fs::directory_iterator(root)) {
            const std::string fn = entry.path().filename().string();
            if (entry.is_directory() && !fn.empty() && fn.front() != '.') names.push_back(fn);
        }
    } catch (const fs::filesystem_error& e) {
        throw InputError(root.string() + ": cannot list folder (" + e.code().message() + ")");
    }
    if (names.empty())
        throw InputError(root.string() + ": no class sub-folders (expected root/<class>/*.jpg)");
    std::sort(names.begin(), names.end());
    return names;
}

void useImageFolder(ExperimentConfig& cfg, const std::filesystem::path& root) {
    const auto classes = imageFolderClasses(root);
    if (classes.size() < 2)
        throw InputError(root.string() + ": only one class sub-folder ('" + classes.front() +
                         "'); a class set needs at least 2 classes, one sub-folder each");
    cfg.data.source = DataSource::Folder;
    cfg.data.dataDir = root.string();
    cfg.model.fit = FitToInput::Resize;
    cfg.data.customClassSets.clear();
    if (cfg.data.classSetsFile.empty()) {
        cfg.data.customClassSets.push_back(classes);
        cfg.data.classSets.clear();
    }
}

}  // namespace replaylab
