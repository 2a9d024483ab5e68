#pragma once
// imaginations/ in the run folder: what the networks imagined at the kept nights, as PNG
// tiles, with three CSV files (class_set, condition, seed first, so resume keeps the rows
// of finished simulations as it does in metrics.csv):
//   imaginations/index.csv     one row per PNG: class_set, condition, seed, night, layer,
//                              class_index, class, kind, example, rank, value, file
//   imaginations/pca.csv       the night's PCA plane: class_set, condition, seed, night, layer,
//                              source (real | imagined), class_index, class, pc1, pc2
//   imaginations/fidelity.csv  class_set, condition, seed, night, layer, class_index, class, frechet
// kind is one of real (a held-out drawing), real-activation, real-reconstruction,
// imagined-activation, imagined-reconstruction, neighbour (rank 1.. of an imagined example).
// value: the inversion's relative activation error of a reconstruction, the cosine
// similarity of a neighbour, empty otherwise. Activation maps are stored losslessly as one
// grey PNG per example, the channels stacked top to bottom (maps are square: channels =
// height / width). file is relative to imaginations/:
//   <class set>_<condition>_seed<seed>/night<NN>/c<class index>-<kind>-<example>[-<rank>].png
// Writer and reader side by side; the reader gives back the Imagination values the engine sent.
#include <filesystem>
#include <string>
#include <vector>

#include "sim/Events.h"
#include "util/Csv.h"

namespace replaylab {

/// The folder name under the run folder.
inline constexpr const char* kImaginationsFolder = "imaginations";
inline constexpr const char* kImaginationIndexHeader =
    "class_set,condition,seed,night,layer,class_index,class,kind,example,rank,value,file";
inline constexpr const char* kImaginationPcaHeader =
    "class_set,condition,seed,night,layer,source,class_index,class,pc1,pc2";
inline constexpr const char* kImaginationFidelityHeader =
    "class_set,condition,seed,night,layer,class_index,class,frechet";

/// Writes one night's imaginations under root/imaginations/: the PNGs (each atomically)
/// and the rows of the three CSV files, appended one block per file. A night without
/// pictures adds its PCA and fidelity rows only. Throws InputError naming the file when
/// one cannot be written.
class ImaginationWriter {
public:
    ImaginationWriter() = default;
    explicit ImaginationWriter(std::filesystem::path runRoot);
    void write(const Imagination& im);

private:
    std::filesystem::path dir_;
    CsvAppender index_, pca_, fidelity_;
};

/// Encodes a picture as PNG bytes / decodes PNG bytes (grey or RGB). what names the source
/// in the InputError thrown on undecodable bytes.
std::string encodePng(const Picture& p);
Picture decodePng(const std::string& bytes, const std::string& what);

/// Reads root/imaginations/ back: one Imagination per simulation and night, in the order
/// first written, with its maps, pictures, PCA points and fidelity. An absent folder gives
/// none. Throws InputError naming the file (and line) on a malformed row, an index naming a
/// PNG that is missing or unreadable, or a kind it does not know.
std::vector<Imagination> readImaginations(const std::filesystem::path& runRoot);

}  // namespace replaylab
