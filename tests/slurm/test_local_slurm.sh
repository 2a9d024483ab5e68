#!/usr/bin/env bash
# Starts the one-node Slurm of scripts/local-slurm.sh in a fresh directory, runs a 4-task
# job array and a job that depends on it (afterok) and merges the tasks' files, checks
# the files, then stops the daemons, on failure too, and checks none of them is left.
# Skips (77) when not root or Slurm is not installed, unless REPLAYLAB_REQUIRE_SLURM=1.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
local_slurm=$root/scripts/local-slurm.sh
t_begin=$(date +%s%N)
ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

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

# Short, so that munge's socket path fits.
work=$(mktemp -d "${TMPDIR:-/tmp}/rl-slurm.XXXXXX")
dir=$work/slurm
pids=()
cleanup() {
  local rc=$? pid left=""
  set +e
  if [ $rc -ne 0 ] && [ -d "$dir/log" ]; then
    for f in "$dir"/log/*.log "$dir"/munge/munged.log; do
      [ -f "$f" ] && { echo "--- last lines of $f"; tail -n 20 "$f"; }
    done
  fi
  "$local_slurm" stop "$dir"
  for pid in ${pids[@]+"${pids[@]}"}; do
    [ -d "/proc/$pid" ] && left+=" $pid($(cat "/proc/$pid/comm" 2>/dev/null))"
  done
  # Anything still running from this directory: the daemons, or a job step they left.
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

t0=$(date +%s%N)
# Not eval "$(...)" directly: that would hide start's failure from set -e.
exports=$("$local_slurm" start "$dir")
eval "$exports"
echo "start to idle node: $(ms_since "$t0") ms"
for f in munge/munged.pid run/slurmctld.pid run/slurmd.pid; do
  pid=$(tr -dc '0-9' <"$dir/$f")
  [ -n "$pid" ] && pids+=("$pid")
done
: "${SLURM_CONF:?local-slurm.sh start printed no SLURM_CONF}"

out=$work/out
mkdir -p "$out"
cat >"$work/task.sh" <<TASK
#!/bin/bash
echo "\$SLURM_ARRAY_TASK_ID" >"$out/task-\$SLURM_ARRAY_TASK_ID.txt"
TASK
cat >"$work/merge.sh" <<MERGE
#!/bin/bash
set -e
for i in 1 2 3 4; do cat "$out/task-\$i.txt"; done >"$out/merged.txt"
MERGE

t_jobs=$(date +%s%N)
array_id=$(sbatch --parsable --array=1-4 --chdir="$work" -o "$out/slurm-%A_%a.out" "$work/task.sh")
merge_id=$(sbatch --parsable --dependency=afterok:"$array_id" --chdir="$work" \
                  -o "$out/slurm-%j.out" "$work/merge.sh")
echo "submitted array $array_id and merge $merge_id (afterok:$array_id)"

state=""
deadline=$((SECONDS + 120))
while :; do
  state=$(scontrol show job "$merge_id" | sed -n 's/.*JobState=\([A-Z_]*\).*/\1/p')
  case $state in
    COMPLETED) break ;;
    PENDING|CONFIGURING|RUNNING|COMPLETING|"") ;;
    *) echo "FAIL: merge job $merge_id ended $state"; scontrol show job "$merge_id"; exit 1 ;;
  esac
  if [ $SECONDS -ge $deadline ]; then
    echo "FAIL: merge job $merge_id still $state after 120 s"
    squeue; scontrol show job "$merge_id"; exit 1
  fi
  sleep 0.5
done
echo "array and merge done $(ms_since "$t_jobs") ms after submission"

for i in 1 2 3 4; do
  [ "$(cat "$out/task-$i.txt" 2>/dev/null)" = "$i" ] || { echo "FAIL: task-$i.txt missing or wrong"; exit 1; }
done
expected=$(printf '1\n2\n3\n4')
[ "$(cat "$out/merged.txt")" = "$expected" ] || { echo "FAIL: merged.txt is"; cat "$out/merged.txt"; exit 1; }
echo "four task files and merged.txt hold 1..4"
