// replaylab-cli: the headless twin of the desktop app. Argument parsing and wiring only.
#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <vector>

#include <CLI/CLI.hpp>

#include "ConsoleProgress.h"
#include "config/ConfigJson.h"
#include "config/Settings.h"
#include "data/ClassSets.h"
#include "network/VggImport.h"
#include "runfolder/RunDirectory.h"
#include "session/RunSession.h"
#include "session/Shards.h"
#include "session/Sweep.h"
#include "sim/Experiment.h"
#include "sim/Pretrain.h"
#include "util/Error.h"
#include "util/Files.h"
#include "util/Paths.h"
#include "util/Text.h"
#ifdef REPLAYLAB_HAVE_GUI
#include "Figures.h"
#endif

namespace {

const char* const kProgram = "replaylab-cli";
const char* const kJobsHelp =
    "simulations at once (0 = cores / threads per simulation); never changes the numbers";

replaylab::CancelToken* gCancel = nullptr;
volatile std::sig_atomic_t gSignal = 0;  // the signal that stopped the run
extern "C" void onSignal(int sig) {
    gSignal = sig;
    if (gCancel) gCancel->requestStopFromSignal();
}

/// Ctrl-C and SIGTERM stop at the next batch; which one it was sets the exit code.
void stopOnSignals(replaylab::CancelToken& cancel) {
    gCancel = &cancel;
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

/// The shell's convention: 128 + the signal (130 for Ctrl-C, 143 for SIGTERM).
int stoppedExitCode() { return 128 + (gSignal != 0 ? static_cast<int>(gSignal) : SIGINT); }

/// "1,3-5" -> "1,3,4,5", as data.class_sets reads it; InputError naming --class-sets and the
/// value when the list is empty, a range runs backwards or an item is not a number.
std::string expandClassSets(const std::string& s) {
    const auto bad = [](const std::string& why) {
        return replaylab::InputError("--class-sets: " + why + " (e.g. 1,2 or 1-10)");
    };
    const auto items = replaylab::splitList(s);
    if (items.empty()) throw bad("no class set given (got '" + s + "')");
    std::string out;
    for (const auto& t : items) {
        const auto number = [&](const std::string& x) {
            std::size_t used = 0;
            int v = 0;
            try {
                v = std::stoi(x, &used);
            } catch (const std::exception&) {
                used = 0;
            }
            if (x.empty() || used != x.size()) throw bad("'" + t + "' is not a set number");
            return v;
        };
        const auto dash = t.find('-', 1);  // a leading '-' is a sign: the setting's range refuses it
        if (dash == std::string::npos) {
            out += (out.empty() ? "" : ",") + std::to_string(number(t));
            continue;
        }
        const int a = number(t.substr(0, dash)), b = number(t.substr(dash + 1));
        if (b < a) throw bad("'" + t + "' is a reversed range; write " + std::to_string(b) + "-" + std::to_string(a));
        if (static_cast<long long>(b) - a >= 100000) throw bad("'" + t + "' is far more class sets than any class-set file holds");
        for (int i = a; i <= b; ++i) out += (out.empty() ? "" : ",") + std::to_string(i);
    }
    return out;
}

/// A flag that is a setting goes through the table of settings, so that its type and range
/// messages are the setting's own: "--days: train.days must be at least 1 (got 0)".
void setFromFlag(replaylab::ExperimentConfig& cfg, const std::string& flag, const std::string& key,
                 const std::string& value) {
    const std::string problem = replaylab::setSettingFromString(cfg, key, value);
    if (!problem.empty()) throw replaylab::InputError(flag + ": " + problem);
}

/// The subcommand named on the command line, or "" (for the hint after a usage error).
std::string subcommandOf(const CLI::App& app, int argc, char** argv) {
    for (int i = 1; i < argc; ++i)
        for (const auto* sub : app.get_subcommands([](const CLI::App*) { return true; }))
            if (sub->get_name() == argv[i]) return sub->get_name();
    return "";
}

/// The flags that make a run's config, shared by run and sweep: --preset or --config, the
/// flags that are settings (checked by the table of settings, in the order given here),
/// then --set KEY=VALUE pairs.
class ConfigFlags {
public:
    explicit ConfigFlags(CLI::App* sub) : sub_(sub) {
        preset_ = sub->add_option("--preset", presetName_, "demo, default, where, when or which");
        sub->add_option("--config", configFile_, "a JSON config (as written to config.json)")->excludes(preset_);
        flag("--class-sets", "data.class_sets", "class sets to run, e.g. 1,2 or 1-10");
        flag("--conditions", "replay.conditions", "e.g. none,generative-pool4,extra-day");
        flag("--days", "train.days", "days of learning");
        flag("--seed", "seed", "run seed");
        flag("--seeds-per-set", "seeds_per_class_set", "runs per class set (seed, seed+1, ...)");
        flag("--train-per-class", "data.train_per_class", "training images per class");
        flag("--class-sets-file", "data.class_sets_file",
             "JSON file of class sets (README: Your own images); with --images, names of DIR's sub-folders");
        flag("--data-dir", "data.data_dir",
             "data folder (default $REPLAYLAB_DATA, else the first of ~/.local/share/replaylab and "
             "each $XDG_DATA_DIRS/replaylab that holds the data)");
        flag("--threads", "train.threads", "LibTorch threads of each simulation (0 = all cores; default 1)");
        flag("--jobs", "train.jobs", kJobsHelp);
        flag("--device", "train.device", "cpu, auto, cuda or cuda:N");
        flag("--backbone", "model.backbone", "pretrained weights (a Replay Lab model file; 'none' = random)");
        flag("--keep-imaginations", "imagination.keep",
             "real and imagined examples per class turned into drawings and kept in imaginations/ "
             "at the first and last night (0 = none; default 2)");
    }
    void addSet() {
        sub_->add_option("--set", setPairs_,
                         "KEY=VALUE: any setting of config.json by its dotted name, e.g. imagination.class_sets=0 "
                         "(repeatable; applied after the other flags)");
    }
    bool given(const std::string& key) const {
        for (const auto& f : flags_)
            if (f.key == key && f.option->count()) return true;
        return false;
    }
    /// The config the flags describe. A sweep's base keeps no drawings unless asked (a preset's
    /// default of 2 per class would turn every point's first and last night into pictures).
    replaylab::ExperimentConfig resolve(bool sweep) const {
        replaylab::ExperimentConfig cfg = replaylab::preset(sweep ? "demo" : "default");
        if (!configFile_.empty()) cfg = replaylab::configFromFile(configFile_);
        if (!presetName_.empty()) cfg = replaylab::preset(presetName_);
        if (sweep && configFile_.empty()) {
            cfg.imagination.keep = 0;
            cfg.name = "sweep-" + cfg.name;
        }
        for (const auto& f : flags_) {
            if (!f.option->count()) continue;
            setFromFlag(cfg, f.flag, f.key, f.key == "data.class_sets" ? expandClassSets(*f.value) : *f.value);
        }
        for (const auto& pair : setPairs_) {
            const auto eq = pair.find('=');
            if (eq == std::string::npos || eq == 0)
                throw replaylab::InputError("--set '" + pair + "': write KEY=VALUE, e.g. train.learning_rate=0.001");
            const std::string key = pair.substr(0, eq);
            setFromFlag(cfg, "--set " + key, key,
                        key == "data.class_sets" ? expandClassSets(pair.substr(eq + 1)) : pair.substr(eq + 1));
        }
        return cfg;
    }

private:
    struct Flag {
        CLI::Option* option;
        std::string flag, key;
        std::unique_ptr<std::string> value;
    };
    void flag(const std::string& flag, const std::string& key, const std::string& help) {
        auto value = std::make_unique<std::string>();
        auto* option = sub_->add_option(flag, *value, help + " (" + key + ")");
        flags_.push_back({option, flag, key, std::move(value)});
    }
    CLI::App* sub_;
    CLI::Option* preset_ = nullptr;
    std::string presetName_, configFile_;
    std::vector<Flag> flags_;
    std::vector<std::string> setPairs_;
};

// Prints the folder's summary.txt and where the results are; the exit code of how it ended.
// A run's console has said why it failed; a sweep's point may fail before it has a console.
int finished(const replaylab::RunSummary& summary, const std::filesystem::path& folder, const char* where,
             const char* holds, bool sayFailure) {
    const std::string dir = folder.string();
    std::string report;
    try {
        report = replaylab::readWholeFile(folder / "summary.txt");
    } catch (const replaylab::InputError& e) {
        report = std::string(e.what()) + "\n";
    }
    std::printf("\n%s\n%s %s%s\n", report.c_str(), where, dir.c_str(), holds);
    if (summary.status == replaylab::RunStatus::Completed) return 0;
    if (summary.status == replaylab::RunStatus::Stopped) {
        std::fprintf(stderr, "stopped; go on later with: replaylab-cli resume %s\n", dir.c_str());
        return stoppedExitCode();
    }
    if (sayFailure) std::fprintf(stderr, "error: %s\n", summary.message.c_str());
    return 1;
}

// Runs a session with a progress bar; Ctrl-C or SIGTERM stops cleanly at the next batch.
int execute(replaylab::RunSession& session) {
    replaylab::ConsoleProgress console;
    replaylab::CancelToken cancel;
    stopOnSignals(cancel);
    const auto summary = session.run(console, cancel);
    return finished(summary, session.folder(), "Results in", "", false);
}

// Runs a sweep point after point with a progress bar; Ctrl-C or SIGTERM stops at the next batch.
int executeSweep(replaylab::SweepSession& sweep) {
    replaylab::ConsoleProgress console;
    replaylab::CancelToken cancel;
    stopOnSignals(cancel);
    replaylab::SweepSession::Callbacks cb;
    cb.pointStarted = [&](const replaylab::SweepPoint& p, int count) {
        std::string values;
        for (std::size_t a = 0; a < p.values.size(); ++a)
            values += (a ? ", " : "") + sweep.spec().axes[a].key + "=" + p.values[a];
        std::printf("\npoint %d/%d: %s\n", p.index, count, values.c_str());
        std::fflush(stdout);
    };
    const auto summary = sweep.run(console, cancel, cb);
    return finished(summary, sweep.folder(), "Sweep in", " (sweep.csv, metrics.csv, points/)", true);
}

/// The absolute path of this program, for scripts that run it on other machines.
std::string selfPath(const char* argv0) {
    std::error_code ec;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec && !exe.empty()) return exe.string();
    return std::filesystem::absolute(argv0, ec).lexically_normal().string();
}

std::string commandLine(int argc, char** argv) {
    std::string s;
    for (int i = 0; i < argc; ++i) s += (i ? " " : "") + std::string(argv[i]);
    return s;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Replay Lab: memory replay and category learning in a CNN (Barry & Love)"};
    app.require_subcommand(1);
    app.set_version_flag("--version", std::string("replaylab-cli ") + replaylab::libraryVersions().app);

    // run
    auto* run = app.add_subcommand("run", "Run an experiment: days of learning, nights of replay");
    ConfigFlags runFlags(run);
    std::string out, shardText;
    bool dryRun = false, printConfig = false;
    std::string imagesDir;
    auto* imagesOpt = run->add_option("--images", imagesDir,
        "your own images: DIR/<class>/*.jpg|png|...; one class set of every sub-folder (README: Your own images)");
    run->add_option("--out", out, "output folder (default runs/<date>-<preset>)");
    runFlags.addSet();
    run->add_flag("--dry-run", dryRun, "check everything and print the plan, train nothing");
    run->add_flag("--print-config", printConfig, "print the resolved config as JSON and exit");
    run->add_option("--shard", shardText,
                    "K/N: run only part K of the run cut in N (contiguous blocks of simulations); "
                    "join the parts with merge");

    // sweep
    auto* swp = app.add_subcommand("sweep",
        "Vary one setting (or two, as a grid) and measure replay's effect against no replay at each value");
    std::vector<std::string> sweepVary;
    std::string sweepOut;
    bool sweepDryRun = false;
    swp->add_option("--vary", sweepVary,
                    "KEY=V1,V2,... or KEY=FROM:TO:COUNT: the setting to sweep (give --vary twice for a grid), "
                    "e.g. data.train_per_class=10,20,40,70")->required();
    ConfigFlags sweepFlags(swp);
    swp->add_option("--out", sweepOut, "sweep folder (default runs/<date>-sweep)");
    sweepFlags.addSet();
    swp->add_flag("--dry-run", sweepDryRun, "check every point and print the plan, train nothing");

    // merge
    auto* mrg = app.add_subcommand("merge", "Join the folders of shards 1..N of one run into one run folder");
    std::vector<std::string> mergeDirs;
    std::string mergeOut;
    mrg->add_option("shard_dirs", mergeDirs, "the shard folders (run --shard K/N), every K once")->required();
    mrg->add_option("--out", mergeOut, "the merged run folder to write")->required();

    // slurm
    auto* slu = app.add_subcommand("slurm",
        "Write Slurm scripts that run an experiment as a job array (one task per shard) and merge it");
    std::string sluPreset, sluConfig;
    replaylab::SlurmOptions so;
    std::string sluOut;
    bool sluSubmit = false;
    auto* sluPresetOpt = slu->add_option("--preset", sluPreset, "demo, default, where, when or which");
    slu->add_option("--config", sluConfig, "a JSON config (e.g. from run ... --print-config)")->excludes(sluPresetOpt);
    slu->add_option("--shards", so.shards, "tasks of the array: the run cut in this many shards")->required();
    slu->add_option("--out", sluOut, "folder for config.json, the scripts, logs/, shard-K/ and merged/")->required();
    slu->add_option("--partition", so.partition, "Slurm partition (default: the cluster's)");
    slu->add_option("--gpus-per-task", so.gpusPerTask, "GPUs of each task (0 = none asked for)");
    slu->add_option("--cpus-per-task", so.cpusPerTask, "CPUs of each task (0 = Slurm's default)");
    slu->add_option("--time", so.time, "time limit of each task, e.g. 04:00:00");
    slu->add_option("--mem", so.mem, "memory of each task, e.g. 16G");
    slu->add_flag("--submit", sluSubmit, "submit with sbatch: the array, then the merge after it (afterok)");

    // pretrain
    auto* pre = app.add_subcommand("pretrain", "Pretrain the mini VGG on the base categories");
    replaylab::PretrainOptions po;
    po.out = "resources/backbones/quickdraw-mini.pt";
    long long preSeed = 1;
    pre->add_option("--out", po.out, "model file to write")->capture_default_str();
    pre->add_option("--epochs", po.epochs, "epochs")->capture_default_str();
    pre->add_option("--seed", preSeed, "seed")->capture_default_str();
    pre->add_option("--train-per-class", po.trainPerClass, "training images per base class")->capture_default_str();
    pre->add_option("--lr", po.learningRate, "peak learning rate (one-cycle)")->capture_default_str();
    pre->add_option("--threads", po.threads, "threads (0 = all cores)");
    pre->add_option("--data-dir", po.dataDir, "data folder");
    std::string preInputSize, preFit;
    auto* preInputOpt = pre->add_option("--input-size", preInputSize,
                                        "input side in pixels, a multiple of 32 (model.input_size; default 32)");
    auto* preFitOpt = pre->add_option("--fit", preFit, "pad or resize the drawings to the input (model.fit; default pad)");

    // check-backbone
    auto* chk = app.add_subcommand("check-backbone", "Re-evaluate a pretrained backbone on its recorded check subset");
    std::string chkModel, chkData;
    chk->add_option("--model", chkModel, "model file (default: the shipped backbone)");
    chk->add_option("--data-dir", chkData, "data folder");

    // report
    auto* rep = app.add_subcommand("report",
        "Print the closing table of a run directory, or (--figures) write its figures");
    std::string repDir, repFormats = "png", repSize = "1600x1000", repOut;
    double repDpi = 150;
    bool repFigures = false;
    rep->add_option("run_dir", repDir, "run directory")->required();
    auto* figuresOpt = rep->add_flag("--figures", repFigures,
        "write the figures (accuracy per day, final accuracy, difference, per class, replay share, RL policy) "
        "as the app draws them; needs no display");
    rep->add_option("--format", repFormats, "figure formats: png, svg, pdf or a list (png,svg,pdf)")
        ->capture_default_str()->needs(figuresOpt);
    rep->add_option("--size", repSize, "figure size WIDTHxHEIGHT in pixels (PDF: at --dpi)")
        ->capture_default_str()->needs(figuresOpt);
    rep->add_option("--dpi", repDpi, "resolution: text and lines scale with it (96 = as on screen)")
        ->capture_default_str()->needs(figuresOpt);
    rep->add_option("--out", repOut, "folder for the figures (default <run_dir>/figures)")->needs(figuresOpt);

    auto* imp = app.add_subcommand("import-vgg16",
        "Turn torchvision VGG-16 weights (exported by scripts/export_torchvision_vgg16.py) into a backbone");
    std::string impIn, impOut;
    bool impFeaturesOnly = false;
    imp->add_option("--in", impIn, "exported torchvision VGG-16 file")->required();
    imp->add_option("--out", impOut, "backbone file to write")->required();
    imp->add_flag("--features-only", impFeaturesOnly, "leave the classifier out");

    auto* res = app.add_subcommand("resume",
        "Go on with a run that was killed or stopped: finished simulations are kept, the rest run");
    std::string resDir, resData, resDevice, resThreads, resJobs;
    res->add_option("run_dir", resDir, "run directory")->required();
    auto* resThreadsOpt = res->add_option("--threads", resThreads, "LibTorch threads of each simulation (0 = all cores)");
    auto* resJobsOpt = res->add_option("--jobs", resJobs, kJobsHelp);
    res->add_option("--device", resDevice, "cpu, auto, cuda or cuda:N");
    res->add_option("--data-dir", resData, "data folder, if it moved since the run started");

    auto* pl = app.add_subcommand("presets", "List the built-in presets");

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        if (e.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success)) return app.exit(e);  // --help, --version
        // A usage error: one line saying what, one saying where help is; exit 2 like every bad input.
        const std::string sub = subcommandOf(app, argc, argv);
        std::fprintf(stderr, "%s: %s\n", kProgram, replaylab::firstLine(e.what()).c_str());
        if (sub.empty())
            std::fprintf(stderr, "Run '%s --help' for usage.\n", kProgram);
        else
            std::fprintf(stderr, "Run '%s --help' (or '%s %s --help') for usage.\n", kProgram, kProgram, sub.c_str());
        return 2;
    }

    try {
        if (*pl) {
            for (const auto& n : replaylab::presetNames()) {
                const auto c = replaylab::preset(n);
                std::string conds;
                for (const auto& x : c.replay.conditions) conds += (conds.empty() ? "" : ", ") + x.name();
                std::printf("%-8s %2d days; %s\n", n.c_str(), c.train.days, conds.c_str());
            }
            return 0;
        }
        if (*imp) {
            const auto r = replaylab::convertTorchvisionVgg16(impIn, impOut, impFeaturesOnly);
            std::printf("%s\n", replaylab::describeImport(r, impOut).c_str());
            return 0;
        }
        if (*rep && repFigures) {
#ifdef REPLAYLAB_HAVE_GUI
            // Drawn by the app's chart code under Qt's offscreen platform unless told otherwise.
            const char* platform = std::getenv("QT_QPA_PLATFORM");
            if (!platform || !*platform) ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
            const auto files = replaylab::ui::writeFigures({repDir, repFormats, repSize, repDpi, repOut});
            for (const auto& f : files) std::printf("%s\n", f.c_str());
            return 0;
#else
            throw replaylab::InputError(
                "report --figures needs the desktop build (this replaylab-cli was built with REPLAYLAB_BUILD_GUI=OFF)");
#endif
        }
        if (*rep && replaylab::isSweepFolder(repDir)) {
            std::printf("%s", replaylab::sweepReport(repDir).c_str());
            return 0;
        }
        if (*rep) {
            std::printf("%s", replaylab::runReport(repDir).c_str());
            return 0;
        }
        if (*chk) {
            if (chkModel.empty()) chkModel = (replaylab::resourceDir() / "backbones" / "quickdraw-mini.pt").string();
            const auto c = replaylab::checkPretrained(chkModel, chkData, 0);
            std::printf("%s: base-category check subset accuracy %.4f (%d images), recorded %.4f\n",
                        chkModel.c_str(), c.accuracy, c.images, c.recorded);
            return std::abs(c.accuracy - c.recorded) <= 1.0 / c.images ? 0 : 1;
        }
        if (*pre) {
            replaylab::ExperimentConfig shape;  // the flags checked as the settings they are
            shape.model = po.model;
            if (preInputOpt->count()) setFromFlag(shape, "--input-size", "model.input_size", preInputSize);
            if (preFitOpt->count()) setFromFlag(shape, "--fit", "model.fit", preFit);
            po.model = shape.model;
            po.seed = static_cast<std::uint64_t>(preSeed);
            po.command = commandLine(argc, argv);
            if (po.threads < 0)
                throw replaylab::InputError("--threads must be at least 0 (got " + std::to_string(po.threads) +
                                            "); 0 = all cores");
            replaylab::CancelToken cancel;
            stopOnSignals(cancel);
            const auto r = replaylab::pretrain(po, [](const replaylab::PretrainEpoch& e) {
                std::fprintf(stderr, "epoch %d/%d  val loss %.4f  val accuracy %.4f  %.1f s\n", e.epoch,
                             e.epochs, e.valLoss, e.valAccuracy, e.seconds);
            }, &cancel);
            std::printf("%d base categories: test accuracy %.4f; check subset %.4f (%d images); %s -> %s\n",
                        r.baseClasses, r.testAccuracy, r.subsetAccuracy, r.subsetImages,
                        replaylab::formatDuration(r.seconds).c_str(), po.out.c_str());
            return 0;
        }

        if (*mrg) {
            std::vector<std::filesystem::path> dirs(mergeDirs.begin(), mergeDirs.end());
            const auto r = replaylab::mergeShards(dirs, mergeOut, {{"command", commandLine(argc, argv)}});
            std::printf("merged %d shards (%d simulations, %zu metric rows, %zu rl rows) into %s\n", r.shards,
                        r.simulations, r.metricRows, r.rlRows, r.folder.string().c_str());
            return 0;
        }
        if (*slu) {
            replaylab::ExperimentConfig sc = replaylab::preset("default");
            if (!sluConfig.empty()) sc = replaylab::configFromFile(sluConfig);
            if (!sluPreset.empty()) sc = replaylab::preset(sluPreset);
            so.out = sluOut;
            so.cli = selfPath(argv[0]);
            const auto scripts = replaylab::writeSlurmScripts(sc, so);
            std::printf("wrote %s, %s and %s\n", scripts.config.string().c_str(), scripts.runScript.string().c_str(),
                        scripts.mergeScript.string().c_str());
            if (!sluSubmit) {
                std::printf("submit with:\n  jobid=$(sbatch --parsable %s)\n"
                            "  sbatch --dependency=afterok:$jobid %s\n",
                            scripts.runScript.string().c_str(), scripts.mergeScript.string().c_str());
                return 0;
            }
            const auto [arrayJob, mergeJob] = replaylab::submitSlurm(scripts);
            std::printf("array job %s (%d tasks), merge job %s (afterok:%s); merged run in %s\n", arrayJob.c_str(),
                        so.shards, mergeJob.c_str(), arrayJob.c_str(), scripts.merged.string().c_str());
            return 0;
        }
        if (*res) {
            const bool isSweep = replaylab::isSweepFolder(resDir);
            replaylab::Resumability can;  // a sweep says itself why it cannot go on
            can.resumable = true;
            if (!isSweep) can = replaylab::checkResumable(resDir);
            // Nothing left to do is an input error: a script that resumes until done stops here.
            if (!can.resumable && can.status == replaylab::RunStatus::Completed) throw replaylab::InputError(can.reason);
            replaylab::ResumeOverrides o;
            replaylab::ExperimentConfig checked;  // the flags checked as the settings they are
            if (resThreadsOpt->count()) {
                setFromFlag(checked, "--threads", "train.threads", resThreads);
                o.threads = checked.train.threads;
            }
            if (resJobsOpt->count()) {
                setFromFlag(checked, "--jobs", "train.jobs", resJobs);
                o.jobs = checked.train.jobs;
            }
            o.device = resDevice;
            o.dataDir = resData;
            if (isSweep) {
                auto sweep = replaylab::SweepSession::resume(resDir, o, {{"command", commandLine(argc, argv)}});
                std::printf("resuming sweep %s: %d of %zu point(s) finished before\n", resDir.c_str(),
                            sweep->finishedBefore(), sweep->points().size());
                return executeSweep(*sweep);
            }
            auto session = replaylab::RunSession::resume(resDir, o, {{"command", commandLine(argc, argv)}});
            std::printf("resuming %s: %zu simulation(s) finished before\n", resDir.c_str(),
                        session->finishedBefore().size());
            return execute(*session);
        }

        if (*swp) {
            replaylab::SweepSpec spec;
            spec.base = sweepFlags.resolve(/*sweep=*/true);
            for (const auto& v : sweepVary) spec.axes.push_back(replaylab::parseSweepAxis(v, "--vary"));
            if (!sweepOut.empty()) spec.base.outputDir = sweepOut;
            if (sweepDryRun) {
                const auto points = replaylab::sweepPoints(spec);  // every value checked
                replaylab::Experiment experiment(points.front().config);  // data and backbone checked
                replaylab::setComputeThreads(points.front().config.train.threads);
                const auto plan = replaylab::planSweep(points);
                for (const auto& p : points) {
                    std::string values;
                    for (std::size_t a = 0; a < p.values.size(); ++a)
                        values += (a ? ", " : "") + spec.axes[a].key + "=" + p.values[a];
                    std::printf("point %d: %s\n", p.index, values.c_str());
                }
                std::printf("%s", plan.format().c_str());
                return plan.feasible ? 0 : 2;
            }
            auto sweep = replaylab::SweepSession::start(spec, {{"command", commandLine(argc, argv)}});
            return executeSweep(*sweep);
        }

        // run
        replaylab::ExperimentConfig cfg = runFlags.resolve(/*sweep=*/false);
        if (imagesOpt->count()) {
            // --class-sets picks sets of a class-set file; without it, every set runs.
            if (!runFlags.given("data.class_sets")) cfg.data.classSets.clear();
            replaylab::useImageFolder(cfg, imagesDir);
        }
        if (!out.empty()) cfg.outputDir = out;
        if (!shardText.empty()) cfg.shard = replaylab::parseShard(shardText, "--shard");
        if (cfg.outputDir.empty()) cfg.outputDir = replaylab::newRunFolder("runs", cfg.name).string();
        if (printConfig) {
            std::printf("%s", replaylab::configToJson(cfg).c_str());
            return 0;
        }
        if (dryRun) {
            // The checks a run makes (RunSession::start) without making a folder.
            const auto problems = replaylab::validateConfig(cfg);
            if (!problems.empty()) {
                for (const auto& p : problems) std::fprintf(stderr, "error: %s\n", p.c_str());
                return 2;
            }
            replaylab::Experiment experiment(cfg);  // loads and checks everything before any training
            replaylab::setComputeThreads(cfg.train.threads);
            const auto plan = replaylab::planExperiment(cfg, /*measure=*/true);
            std::printf("%s", plan.format().c_str());
            return plan.feasible ? 0 : 2;
        }
        auto session = replaylab::RunSession::start(cfg, {{"command", commandLine(argc, argv)}});
        return execute(*session);
    } catch (const replaylab::InputError& e) {
        // One line per problem (validation may find several).
        std::istringstream lines(e.what());
        for (std::string line; std::getline(lines, line);) std::fprintf(stderr, "error: %s\n", line.c_str());
        return 2;
    } catch (const replaylab::Cancelled&) {
        std::fprintf(stderr, "stopped\n");
        return stoppedExitCode();
    } catch (const std::exception& e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return 1;
    }
}
