// A run made as shards and merged: the merged folder holds the bytes of the same run made
// in one process (metrics.csv, rl.csv, config.json, summary.txt), a shard killed mid-run
// goes on alone with resume, and shards that are not one run are refused with the folder
// and the difference named. Runs the CLI, as a cluster's tasks would.
#include <filesystem>

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest/QtTest>
#include <nlohmann/json.hpp>

#include "TestData.h"
#include "TestUtil.h"
#include "config/ConfigJson.h"
#include "runfolder/Manifest.h"
#include "session/Shards.h"
#include "sim/Experiment.h"
#include "util/Csv.h"
#include "util/Files.h"

using namespace replaylab;
using namespace testutil;
namespace fs = std::filesystem;

namespace {

/// `where` cut down: 2 class sets x 3 days, and the rl condition so that rl.csv is covered.
ExperimentConfig smallWhere() {
    ExperimentConfig c = preset("where");
    c.data.classSets = {1, 2};
    c.data.trainPerClass = 12;
    c.data.valPerClass = 10;
    c.data.testPerClass = 10;
    c.train.days = 3;
    c.train.threads = 1;
    c.train.jobs = 1;
    c.replay.conditions = {conditionFromString("none"), conditionFromString("generative-pool1"),
                           conditionFromString("generative-pool5"), conditionFromString("rl-pool4")};
    return c;
}
constexpr int kShards = 4;
constexpr int kSimulations = 8;  // 2 class sets x 4 conditions x 1 seed

struct Result {
    int code = -1;
    QString out, err;
};

Result cli(const QStringList& args, int timeoutMs = 120000) {
    QProcess p;
    p.start(REPLAYLAB_CLI, args);
    p.waitForFinished(timeoutMs);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

int finishedIn(const fs::path& dir) {
    try {
        const auto m = nlohmann::json::parse(readWholeFile(dir / "manifest.json"));
        return static_cast<int>(m.value("finished_simulations", nlohmann::json::array()).size());
    } catch (const std::exception&) {
        return 0;
    }
}

}  // namespace

class TestShards : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    fs::path root_, config_, one_;
    std::vector<fs::path> shards_;

    fs::path at(const std::string& name) const { return root_ / name; }

private Q_SLOTS:
    void initTestCase() {
        REQUIRE_QUICKDRAW();
        root_ = tmp_.path().toStdString();
        config_ = at("config.json");
        writeFileAtomic(config_, configToJson(smallWhere()));
        // One process, into "run"; then moved aside, so that the merge can be written to the
        // same path and config.json (which names its folder) can be compared byte for byte.
        const auto r = cli({"run", "--config", QString::fromStdString(config_.string()), "--out",
                            QString::fromStdString(at("run").string())});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        fs::rename(at("run"), at("one"));
        one_ = at("one");
        QVERIFY(fs::exists(one_ / "rl.csv"));
        for (int k = 1; k <= kShards; ++k) shards_.push_back(at("shard-" + std::to_string(k)));
    }

    void cutsTheRunInContiguousBlocks() {
        // 8 simulations in 4 shards: 2 each; 10 in 4: 2, 3, 2, 3; every one in exactly one.
        QCOMPARE(shardRange(8, parseShard("1/4")), std::make_pair(0, 2));
        QCOMPARE(shardRange(8, parseShard("4/4")), std::make_pair(6, 8));
        QCOMPARE(shardRange(10, parseShard("2/4")), std::make_pair(2, 5));
        for (int n : {1, 7, 14, 60})
            for (int count = 1; count <= n; count += 3) {
                int next = 0;
                for (int k = 1; k <= count; ++k) {
                    const auto [b, e] = shardRange(n, Shard{k, count});
                    QCOMPARE(b, next);
                    QVERIFY(e - b == n / count || e - b == n / count + 1);
                    next = e;
                }
                QCOMPARE(next, n);
            }
        QCOMPARE(shardRange(8, Shard{}), std::make_pair(0, 8));
    }

    void refusesBadShardText_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("zero") << "0/4" << "--shard: '0/4' must have 1 <= K <= N (shards are numbered 1 to N)";
        QTest::newRow("past N") << "5/4" << "--shard: '5/4' must have 1 <= K <= N (shards are numbered 1 to N)";
        QTest::newRow("no slash") << "2" << "--shard: '2' is not a shard K/N (e.g. 2/4: the second of four)";
        QTest::newRow("words") << "a/b" << "--shard: 'a/b' is not a shard K/N (e.g. 2/4: the second of four)";
        QTest::newRow("negative") << "-1/4" << "--shard: '-1/4' is not a shard K/N (e.g. 2/4: the second of four)";
    }
    void refusesBadShardText() {
        QFETCH(QString, text);
        QFETCH(QString, message);
        QCOMPARE(inputErrorOf([&] { parseShard(text.toStdString()); }), message);
    }

    void theCliRefusesBadShards() {
        auto r = cli({"run", "--config", QString::fromStdString(config_.string()), "--shard", "3/2", "--out",
                      QString::fromStdString(at("never").string())});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.trimmed() == "error: --shard: '3/2' must have 1 <= K <= N (shards are numbered 1 to N)",
                 qPrintable(r.err));
        // More shards than simulations: refused before any folder is made.
        r = cli({"run", "--config", QString::fromStdString(config_.string()), "--shard", "9/9", "--out",
                 QString::fromStdString(at("never").string())});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("shard 9/9: the run has only 8 simulation(s)") && r.err.contains("at most 8 shards"),
                 qPrintable(r.err));
        QVERIFY(!fs::exists(at("never")));
    }

    void aShardConfigNamesItsShard() {
        auto c = smallWhere();
        QVERIFY(configToJson(c).find("\"shard\"") == std::string::npos);  // a whole run's file as before
        c.shard = parseShard("2/4");
        const std::string text = configToJson(c);
        QVERIFY(text.find("\"shard\": \"2/4\"") != std::string::npos);
        QCOMPARE(configFromJson(text).shard, c.shard);
        QCOMPARE(inputErrorOf([] { configFromJson("{\"shard\": 3}", "c.json"); }),
                 QString("c.json: setting 'shard' must be a string K/N such as \"2/4\" (got 3)"));
        QCOMPARE(inputErrorOf([] { configFromJson("{\"shard\": \"5/4\"}", "c.json"); }),
                 QString("c.json: setting 'shard': '5/4' must have 1 <= K <= N (shards are numbered 1 to N)"));
    }

    void planOfOneShard() {
        auto c = smallWhere();
        c.shard = parseShard("2/4");
        const auto plan = planExperiment(c, /*measure=*/false);
        QCOMPARE(plan.simulations, 2);
        QCOMPARE(plan.runSimulations, kSimulations);
        const std::string text = plan.format();
        QVERIFY2(text.rfind("Plan: shard 2/4, simulations 3-4 of 8: 2 simulation(s)", 0) == 0, text.c_str());
        // simulations 3 and 4: set 1's third and fourth conditions, and only those
        QVERIFY2(text.find("  generative-pool5 (1 in this shard): night memory") != std::string::npos, text.c_str());
        QVERIFY2(text.find("  rl-pool4 (1 in this shard): night memory") != std::string::npos, text.c_str());
        QVERIFY2(text.find("  none") == std::string::npos, text.c_str());
        const auto r = cli({"run", "--config", QString::fromStdString(config_.string()), "--shard", "4/4", "--dry-run"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("Plan: shard 4/4, simulations 7-8 of 8: 2 simulation(s)"), qPrintable(r.out));
    }

    // The scripts of a job array and its merge; what they hold, and what is refused.
    void writesSlurmScripts() {
        SlurmOptions o;
        o.shards = 4;
        o.out = at("job");
        o.cli = "/opt/rl/bin/replaylab-cli";
        o.partition = "gpu";
        o.gpusPerTask = 1;
        o.cpusPerTask = 4;
        o.time = "02:00:00";
        o.mem = "16G";
        const auto s = writeSlurmScripts(smallWhere(), o);
        const std::string dir = at("job").string();
        QCOMPARE(QString::fromStdString(s.runScript.string()), QString::fromStdString(dir + "/run.sbatch"));
        const std::string run = readWholeFile(s.runScript);
        for (const std::string& line : std::vector<std::string>{
                 std::string("#SBATCH --array=1-4\n"), "#SBATCH --output=" + dir + "/logs/shard-%a.out\n",
              std::string("#SBATCH --ntasks=1\n"), std::string("#SBATCH --partition=gpu\n"), std::string("#SBATCH --gpus-per-task=1\n"),
              std::string("#SBATCH --cpus-per-task=4\n"), std::string("#SBATCH --time=02:00:00\n"),
              std::string("#SBATCH --mem=16G\n"), std::string("cli='/opt/rl/bin/replaylab-cli'\n"),
              "dir='" + dir + "'\n",
              std::string("exec \"$cli\" run --config \"$dir/config.json\" --shard \"$SLURM_ARRAY_TASK_ID/4\" "
                          "--out \"$shard\"\n")})
            QVERIFY2(run.find(line) != std::string::npos, line.c_str());
        const std::string merge = readWholeFile(s.mergeScript);
        // A task run again: a finished shard is left alone and the task ends well (resume of a
        // completed run exits 2); a stopped one is resumed. /bin/echo stands in for the CLI.
        {
            SlurmOptions e = o;
            e.out = at("again");
            e.cli = "/bin/echo";
            const auto again = writeSlurmScripts(smallWhere(), e);
            fs::create_directories(at("again") / "shard-1");
            for (const std::string status : {"completed", "stopped"}) {
                writeFileAtomic(at("again") / "shard-1" / "manifest.json",
                                nlohmann::json{{"status", status}}.dump(2) + "\n");
                QProcess p;
                QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
                env.insert("SLURM_ARRAY_TASK_ID", "1");
                p.setProcessEnvironment(env);
                p.start("bash", {QString::fromStdString(again.runScript.string())});
                QVERIFY(p.waitForFinished(10000));
                QCOMPARE(p.exitCode(), 0);
                const QString said = QString::fromUtf8(p.readAllStandardOutput());
                QCOMPARE(said, status == "completed" ? QString() : QString::fromStdString(
                                                                       "resume " + at("again").string() + "/shard-1\n"));
            }
        }
        QVERIFY2(merge.find("#SBATCH --output=" + dir + "/logs/merge.out\n") != std::string::npos, merge.c_str());
        QVERIFY2(merge.find("exec \"$cli\" merge \"$dir/shard-1\" \"$dir/shard-2\" \"$dir/shard-3\" "
                            "\"$dir/shard-4\" --out \"$dir/merged\"\n") != std::string::npos,
                 merge.c_str());
        QVERIFY(merge.find("--gpus-per-task") == std::string::npos);  // the merge needs no GPU
        auto c = smallWhere();
        QCOMPARE(readWholeFile(s.config), configToJson(c));  // the run's settings, no shard, no folder
        QVERIFY(fs::is_directory(at("job") / "logs"));

        QCOMPARE(inputErrorOf([&] { writeSlurmScripts(smallWhere(), o); }),
                 QString::fromStdString(dir + " already holds a Slurm run (run.sbatch or shard-1); choose another --out"));
        o.out = at("job2");
        o.shards = 9;
        QCOMPARE(inputErrorOf([&] { writeSlurmScripts(smallWhere(), o); }),
                 QString("--shards 9: the run has only 8 simulation(s), so at most 8 shards"));
        o.shards = 0;
        QCOMPARE(inputErrorOf([&] { writeSlurmScripts(smallWhere(), o); }), QString("--shards must be at least 1 (got 0)"));
        o.shards = 2;
        o.mem = "16 G";
        QCOMPARE(inputErrorOf([&] { writeSlurmScripts(smallWhere(), o); }),
                 QString("--mem '16 G': Slurm's #SBATCH lines take no blanks, quotes or backslashes; choose another"));
        QVERIFY(!fs::exists(at("job2")));

        // Without --submit the CLI prints the two commands.
        const auto r = cli({"slurm", "--config", QString::fromStdString(config_.string()), "--shards", "2", "--out",
                            QString::fromStdString(at("job3").string())});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QString::fromStdString("jobid=$(sbatch --parsable " + at("job3").string() +
                                                       "/run.sbatch)")) &&
                     r.out.contains(QString::fromStdString("sbatch --dependency=afterok:$jobid " +
                                                           at("job3").string() + "/merge.sbatch")),
                 qPrintable(r.out));
        QVERIFY(readWholeFile(at("job3") / "run.sbatch").find("cli='" + fs::canonical(REPLAYLAB_CLI).string() + "'") !=
                std::string::npos);
    }

    // Shards 1, 3 and 4 run to the end; shard 2 is killed after its first simulation and goes
    // on alone with resume. The merge is the one-process run, byte for byte.
    void shardsMergedAreTheOneProcessRun() {
        const QString cfg = QString::fromStdString(config_.string());
        for (int k : {1, 3, 4}) {
            const auto r = cli({"run", "--config", cfg, "--shard", QString("%1/%2").arg(k).arg(kShards), "--out",
                                QString::fromStdString(shards_[static_cast<std::size_t>(k - 1)].string())});
            QVERIFY2(r.code == 0, qPrintable(r.err));
        }
        const auto s1 = nlohmann::json::parse(readWholeFile(shards_[0] / "manifest.json"));
        QCOMPARE(QString::fromStdString(s1.at("shard").get<std::string>()), QString("1/4"));
        QCOMPARE(s1.at("simulations").get<int>(), 2);
        QVERIFY(readWholeFile(shards_[0] / "config.json").find("\"shard\": \"1/4\"") != std::string::npos);

        // Killed mid-run: SIGKILL once its first simulation is on disk.
        QProcess p;
        p.start(REPLAYLAB_CLI, {"run", "--config", cfg, "--shard", "2/4", "--out",
                                QString::fromStdString(shards_[1].string())});
        QVERIFY(p.waitForStarted());
        QElapsedTimer t;
        t.start();
        while (finishedIn(shards_[1]) < 1 && p.state() == QProcess::Running && t.elapsed() < 60000) QTest::qWait(20);
        QCOMPARE(finishedIn(shards_[1]), 1);
        QVERIFY2(p.state() == QProcess::Running, "shard 2 ended before it could be killed");
        p.kill();
        QVERIFY(p.waitForFinished());
        QCOMPARE(QString(toString(readResumePoint(shards_[1]).status)), QString("running"));

        // Not completed: the merge refuses it and says how to go on.
        QStringList args{"merge"};
        for (const auto& s : shards_) args << QString::fromStdString(s.string());
        args << "--out" << QString::fromStdString(at("run").string());
        auto r = cli(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.trimmed() == QString("error: %1: shard 2/4 is running, not completed; finish it first "
                                            "with: replaylab-cli resume %1")
                                        .arg(QString::fromStdString(shards_[1].string())),
                 qPrintable(r.err));
        QVERIFY(!fs::exists(at("run")));

        r = cli({"resume", QString::fromStdString(shards_[1].string())});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("1 simulation(s) finished before"), qPrintable(r.out));

        r = cli(args);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("merged 4 shards (8 simulations"), qPrintable(r.out));
        for (const char* f : {"metrics.csv", "rl.csv", "config.json", "summary.txt", "imaginations/index.csv",
                              "imaginations/pca.csv", "imaginations/fidelity.csv"}) {
            const std::string merged = slurp(at("run") / f), single = slurp(one_ / f);
            QVERIFY2(!single.empty(), f);
            QVERIFY2(merged == single, f);
        }
        // Every drawing the merged index names is there, with the bytes of the one-process run.
        int tiles = 0;
        for (const auto& row : readCsvFile(at("run") / "imaginations" / "index.csv")) {
            if (row.fields.back() == "file") continue;
            const auto rel = fs::path("imaginations") / row.fields.back();
            QVERIFY2(slurp(at("run") / rel) == slurp(one_ / rel) && !slurp(one_ / rel).empty(), rel.string().c_str());
            ++tiles;
        }
        QVERIFY(tiles > 100);
        const auto m = nlohmann::json::parse(readWholeFile(at("run") / "manifest.json"));
        QCOMPARE(QString::fromStdString(m.at("status").get<std::string>()), QString("completed"));
        QCOMPARE(static_cast<int>(m.at("finished_simulations").size()), kSimulations);
        QCOMPARE(static_cast<int>(m.at("merged_from").size()), kShards);
        QVERIFY(!m.contains("shard"));
        // A merged run is a run folder like any: report reads it, resume has nothing to do.
        r = cli({"report", QString::fromStdString(at("run").string())});
        QVERIFY2(r.code == 0 && r.out.toStdString() == slurp(one_ / "summary.txt"), qPrintable(r.err));
        r = cli({"resume", QString::fromStdString(at("run").string())});
        QCOMPARE(r.code, 2);  // a completed run is bad input for resume, as any other
        QVERIFY2(r.err.contains("the run completed; nothing to resume"), qPrintable(r.err));
    }

    // What merge refuses, each with the folder and the problem named.
    void refusesShardsOfOtherRuns() {
        if (!fs::exists(shards_[3] / "summary.txt")) QSKIP("needs the shards of the test above");
        const fs::path alien = at("alien");
        fs::copy(shards_[2], alien, fs::copy_options::recursive);
        fs::remove(alien / ".lock");
        auto c = configFromJson(readWholeFile(alien / "config.json"));
        c.train.days = 2;
        writeFileAtomic(alien / "config.json", configToJson(c));
        const fs::path out = at("refused");
        const QString msg = inputErrorOf([&] { mergeShards({shards_[0], shards_[1], alien, shards_[3]}, out); });
        QCOMPARE(msg, QString::fromStdString(alien.string() + ": shard 3/4 is of another run than " +
                                             shards_[0].string() +
                                             " (config.json differs: train.days 2 here, 3 there)"));

        QCOMPARE(inputErrorOf([&] { mergeShards({shards_[0], shards_[1], shards_[3]}, out); }),
                 QString("merge: shard(s) 3/4 missing; a run in 4 shards needs all of them"));
        QCOMPARE(inputErrorOf([&] { mergeShards({shards_[0], shards_[1], shards_[1], shards_[3]}, out); }),
                 QString::fromStdString(shards_[1].string() + ": shard 2/4 is given twice (also " +
                                        shards_[1].string() + ")"));
        QCOMPARE(inputErrorOf([&] { mergeShards({shards_[0], shards_[1], shards_[2], one_}, out); }),
                 QString::fromStdString(one_.string() + ": not a shard (its config.json names no shard; it was "
                                        "not run with --shard K/N)"));

        // Another app version.
        fs::remove_all(alien);
        fs::copy(shards_[2], alien, fs::copy_options::recursive);
        fs::remove(alien / ".lock");
        auto m = nlohmann::json::parse(readWholeFile(alien / "manifest.json"));
        m["version"] = "0.0.1";
        writeManifest(alien, m);
        QCOMPARE(inputErrorOf([&] { mergeShards({shards_[0], shards_[1], alien, shards_[3]}, out); }),
                 QString::fromStdString(alien.string() + ": made by Replay Lab 0.0.1, but " + shards_[0].string() +
                                        " by " + libraryVersions().app +
                                        "; shards of one run come from one version"));
        QVERIFY(!fs::exists(out));

        // Never over results.
        QVERIFY(inputErrorOf([&] { mergeShards(shards_, at("run")); }).endsWith("already holds results (metrics.csv); "
                                                                              "choose another output folder"));
    }
};

QTEST_GUILESS_MAIN(TestShards)
#include "tst_shards_slow.moc"
