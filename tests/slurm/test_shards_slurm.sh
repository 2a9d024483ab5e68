#!/usr/bin/env bash
# A run as a Slurm job array on the one-node Slurm of scripts/local-slurm.sh: `replaylab-cli
# slurm --submit` runs `where` (2 class sets x 3 days, with an rl condition) as 4 array tasks
# and a merge job that waits for them (afterok); the merged folder must be the one-process
# run byte for byte (metrics.csv, rl.csv, config.json, summary.txt). Stops every daemon it
# started, on failure too, and checks that none is left.
# Usage: test_shards_slurm.sh /absolute/path/to/replaylab-cli
# Skips (77) when not root, Slurm is not installed or the Quick Draw data is absent, unless
# REPLAYLAB_REQUIRE_SLURM=1 (and REPLAYLAB_REQUIRE_DATA=1 for the data).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
local_slurm=$root/scripts/local-slurm.sh
t_begin=$(date +%s%N)
ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

[ $# -eq 1 ] || { echo "usage: $0 /path/to/replaylab-cli"; exit 2; }
cli=$1
[ -x "$cli" ] || { echo "FAIL: $cli is not an executable"; exit 1; }

skip() {
  if [ "${REPLAYLAB_REQUIRE_SLURM:-0}" = 1 ]; then
    echo "FAIL: $* (REPLAYLAB_REQUIRE_SLURM=1)"; exit 1
  fi
  echo "SKIP: $*"; exit 77
}
[ "$(id -u)" -eq 0 ] || skip "not root"
for b in munged mungekey slurmctld slurmd sinfo sbatch squeue scontrol; do
  command -v "$b" >/dev/null 2>&1 || skip "$b not installed (scripts/install-deps.sh)"
done
data=${REPLAYLAB_DATA:-${XDG_DATA_HOME:-$HOME/.local/share}/replaylab}
if [ ! -e "$data/quickdraw/.complete" ] && [ ! -e "$data/quickdraw/apple.ndjson.gz" ]; then
  [ "${REPLAYLAB_REQUIRE_DATA:-0}" = 1 ] && { echo "FAIL: Quick Draw data missing in $data"; exit 1; }
  echo "SKIP: Quick Draw data not installed in $data (scripts/fetch-data.sh)"; exit 77
fi

# Short, so that munge's socket path fits; logical and absolute, as the scripts write it.
work=$(cd "$(mktemp -d "${TMPDIR:-/tmp}/rl-shards.XXXXXX")" && pwd)
dir=$work/slurm
pids=()
cleanup() {
  local rc=$? pid left=""
  set +e
  if [ $rc -ne 0 ]; then
    for f in "$work"/job/logs/*.out "$dir"/log/*.log; do
      [ -f "$f" ] && { echo "--- last lines of $f"; tail -n 15 "$f"; }
    done
  fi
  "$local_slurm" stop "$dir"
  for pid in ${pids[@]+"${pids[@]}"}; do
    [ -d "/proc/$pid" ] && left+=" $pid($(cat "/proc/$pid/comm" 2>/dev/null))"
  done
  local strays
  strays=$(pgrep -a -f -- "$dir" || true)
  if [ -n "$left" ] || [ -n "$strays" ]; then
    echo "FAIL: still running after stop:$left"; [ -n "$strays" ] && echo "$strays"
    rc=1
  else
    echo "no slurmctld, slurmd or munged from $dir left"
  fi
  [ $rc -eq 0 ] && rm -rf "$work"
  [ $rc -eq 0 ] || echo "kept $work for a look"
  echo "total wall time $(ms_since "$t_begin") ms"
  exit $rc
}
trap cleanup EXIT

# The run: `where` cut to 2 class sets x 3 days, with rl-pool4 so that rl.csv is there too.
"$cli" run --preset where --class-sets 1,2 --days 3 --train-per-class 12 \
  --conditions none,generative-pool1,generative-pool5,rl-pool4 --threads 1 --jobs 1 \
  --print-config >"$work/where.json"

# One process first, into the folder the merge job will write, then moved aside: config.json
# names its folder, so this makes it comparable byte for byte.
t0=$(date +%s%N)
"$cli" run --config "$work/where.json" --out "$work/job/merged" >"$work/one.log" 2>&1 ||
  { cat "$work/one.log"; echo "FAIL: the one-process run failed"; exit 1; }
mv "$work/job/merged" "$work/one"
rmdir "$work/job"
echo "one-process run: $(ms_since "$t0") ms"

t0=$(date +%s%N)
exports=$("$local_slurm" start "$dir")
eval "$exports"
echo "start to idle node: $(ms_since "$t0") ms"
for f in munge/munged.pid run/slurmctld.pid run/slurmd.pid; do
  pid=$(tr -dc '0-9' <"$dir/$f")
  [ -n "$pid" ] && pids+=("$pid")
done
: "${SLURM_CONF:?local-slurm.sh start printed no SLURM_CONF}"

t_jobs=$(date +%s%N)
submitted=$("$cli" slurm --config "$work/where.json" --shards 4 --out "$work/job" --submit)
echo "$submitted"
array_id=$(sed -n 's/^array job \([0-9]*\) (4 tasks).*/\1/p' <<<"$submitted")
merge_id=$(sed -n 's/.*merge job \([0-9]*\) (afterok:\([0-9]*\)).*/\1/p' <<<"$submitted")
[ -n "$array_id" ] && [ -n "$merge_id" ] || { echo "FAIL: no job ids in the output above"; exit 1; }
grep -qx '#SBATCH --array=1-4' "$work/job/run.sbatch" || { echo "FAIL: run.sbatch has no --array=1-4"; exit 1; }
grep -qxF "cli='$cli'" "$work/job/run.sbatch" || { echo "FAIL: run.sbatch does not run $cli"; exit 1; }

state=""
deadline=$((SECONDS + 150))
while :; do
  info=$(scontrol show job "$merge_id")
  state=$(sed -n 's/.*JobState=\([A-Z_]*\).*/\1/p' <<<"$info")
  case $state in
    COMPLETED) break ;;
    PENDING|CONFIGURING|RUNNING|COMPLETING|"") ;;
    *) echo "FAIL: merge job $merge_id ended $state"; echo "$info"; exit 1 ;;
  esac
  if grep -q 'Reason=DependencyNeverSatisfied' <<<"$info"; then
    echo "FAIL: a task of array $array_id failed, so the merge never runs"
    scontrol show job "$array_id" | grep -E 'JobId|JobState|ExitCode' || true
    exit 1
  fi
  if [ $SECONDS -ge $deadline ]; then
    echo "FAIL: merge job $merge_id still $state after 150 s"; squeue; echo "$info"; exit 1
  fi
  sleep 0.5
done
echo "array and merge done $(ms_since "$t_jobs") ms after submission"

for k in 1 2 3 4; do
  [ -s "$work/job/logs/shard-$k.out" ] || { echo "FAIL: no log of task $k"; exit 1; }
  grep -q "\"shard\": \"$k/4\"" "$work/job/shard-$k/config.json" || { echo "FAIL: shard-$k is not shard $k/4"; exit 1; }
done
grep -q "merged 4 shards (8 simulations" "$work/job/logs/merge.out" || { cat "$work/job/logs/merge.out"; echo "FAIL: merge said no merge"; exit 1; }
for f in metrics.csv rl.csv config.json summary.txt; do
  cmp "$work/one/$f" "$work/job/merged/$f" || { echo "FAIL: merged $f differs from the one-process run"; exit 1; }
done
echo "merged metrics.csv, rl.csv, config.json and summary.txt equal the one-process run's"
