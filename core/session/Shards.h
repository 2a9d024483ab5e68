#pragma once
// A run made as shards (replaylab-cli run --shard K/N, one process per shard, e.g. the tasks
// of a Slurm job array) and joined again: the checks that the shards are one run, the merged
// run folder (the bytes one process would have written), and the Slurm scripts that run the
// shards and the merge. Torch-free.
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "config/ExperimentConfig.h"
#include "sim/Events.h"

namespace replaylab {

/// The simulations of a run in their fixed order (class set, then seed, then condition),
/// from the names a run folder's manifest records (class_sets, conditions) and the config.
std::vector<SimulationKey> runOrder(const std::vector<std::string>& classSets,
                                    const std::vector<std::string>& conditions, const ExperimentConfig& cfg);

/// What merge wrote.
struct MergeResult {
    std::filesystem::path folder;
    int shards = 0;
    int simulations = 0;
    std::size_t metricRows = 0;
    std::size_t rlRows = 0;
};

/// Joins the run folders of shards 1..N of one run into the run folder out: config.json
/// (the shard left out, output_dir = out), metrics.csv and rl.csv with the rows in the order
/// one process writes them, manifest.json (status completed, the shards it came from) and
/// summary.txt. With the same out as a one-process run, these files are byte for byte that
/// run's (manifest.json aside: times, the command). Checks first, and throws InputError
/// naming the folder and what is wrong when: a folder is not a run folder, is not a shard,
/// did not complete, was made with another config (the settings that differ are named;
/// output_dir and train.jobs may differ), seed, app version or number of shards; a shard
/// is there twice or missing; its files hold other simulations than its block. Refuses an
/// out that already holds results. interface is merged into manifest.json.
MergeResult mergeShards(const std::vector<std::filesystem::path>& folders, const std::filesystem::path& out,
                        const nlohmann::json& interface = {});

/// Simulations of a run of cfg (class sets x conditions x seeds per class set), reading the
/// class set list when cfg runs every set of it. Throws InputError when the list is bad.
int simulationsOf(const ExperimentConfig& cfg);

/// Options of `replaylab-cli slurm`.
struct SlurmOptions {
    int shards = 0;
    std::filesystem::path out;   ///< folder for config.json, the scripts, logs/ and the shards
    std::string cli;             ///< absolute path of replaylab-cli, as the tasks run it
    std::string partition;       ///< empty: the cluster's default
    int gpusPerTask = 0;         ///< 0: none asked for
    int cpusPerTask = 0;         ///< 0: Slurm's default
    std::string time;            ///< e.g. "04:00:00"; empty: the partition's default
    std::string mem;             ///< e.g. "16G"; empty: the partition's default
};

/// What writeSlurmScripts wrote (absolute paths).
struct SlurmScripts {
    std::filesystem::path folder, config, runScript, mergeScript, merged;
};

/// Writes o.out/config.json (cfg, without output_dir or shard), o.out/run.sbatch (a job
/// array --array=1-N: task K runs shard K/N into o.out/shard-K, its output in
/// o.out/logs/shard-K.out; a task whose folder is there already resumes it) and
/// o.out/merge.sbatch (merge of o.out/shard-1..N into o.out/merged). Checks the settings
/// (validateConfig) and the options first; throws InputError naming the option.
SlurmScripts writeSlurmScripts(const ExperimentConfig& cfg, const SlurmOptions& o);

/// Submits the array, then the merge with --dependency=afterok:<array job>, with sbatch;
/// returns the two job ids. Throws InputError with sbatch's message when it fails.
std::pair<std::string, std::string> submitSlurm(const SlurmScripts& s);

}  // namespace replaylab
