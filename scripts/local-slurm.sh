#!/usr/bin/env bash
# A real Slurm on this one node, for the tests: munged + slurmctld + slurmd from Debian's
# packages, run as root, with everything (config, key, state, spool, logs, PID files,
# munge socket) under one directory, so it neither needs nor disturbs a system Slurm or munge.
#
#   scripts/local-slurm.sh start  [DIR]   start the daemons, wait for the node to be idle,
#                                         print "export SLURM_CONF=DIR/slurm.conf" on stdout
#   scripts/local-slurm.sh status [DIR]   which daemons run, and sinfo
#   scripts/local-slurm.sh stop   [DIR]   stop the daemons started in DIR (by PID file only);
#                                         safe to call twice
#
# DIR defaults to ${TMPDIR:-/tmp}/replaylab-slurm. Messages go to stderr, so a caller can
# eval "$(scripts/local-slurm.sh start DIR)".
# Environment: REPLAYLAB_SLURM_TIMEOUT  seconds to wait for the idle node (default 60).
set -euo pipefail

usage() { echo "usage: $0 start|stop|status [DIR]" >&2; exit 2; }
if [ $# -lt 1 ] || [ $# -gt 2 ]; then usage; fi
cmd=$1
dir=${2:-${TMPDIR:-/tmp}/replaylab-slurm}
log() { echo "local-slurm: $*" >&2; }
starting=0
# A start that fails stops what it had started (its logs stay for a look).
die() { log "$*"; [ "$starting" = 0 ] || stop; exit 1; }
# slurm.conf takes no quoting, and the list below is split at ':'.
case $dir in *[[:space:]:]*) die "DIR may hold no blanks and no ':' ($dir)" ;; esac

set_paths() {
  conf=$dir/slurm.conf
  # name:pidfile:logfile, in start order; stop goes the other way.
  daemons=("munged:$dir/munge/munged.pid:$dir/munge/munged.log"
           "slurmctld:$dir/run/slurmctld.pid:$dir/log/slurmctld.log"
           "slurmd:$dir/run/slurmd.pid:$dir/log/slurmd.log")
}
set_paths

# The PID in $2 if that process is alive and is the daemon $1 (a stale PID file, or a PID
# reused by another process, gives nothing).
live_pid() {
  local name=$1 pidfile=$2 pid comm
  [ -s "$pidfile" ] || return 1
  pid=$(tr -dc '0-9' <"$pidfile")
  [ -n "$pid" ] || return 1
  comm=$(cat "/proc/$pid/comm" 2>/dev/null) || return 1
  [ "$comm" = "$name" ] || return 1
  echo "$pid"
}

# A TCP port nothing listens on, from $1 upwards, so that a system Slurm (6817/6818) or a
# second local one does not collide with this one.
free_port() {
  local p=$1
  while (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; do
    p=$((p + 1))
  done
  echo "$p"
}

stop() {
  local i name pidfile pid pids=() t
  # Jobs still running would outlive slurmd (slurmstepd and the job's processes): have
  # this cluster's slurmctld cancel them first, and wait a little for them to end.
  if live_pid slurmctld "$dir/run/slurmctld.pid" >/dev/null &&
     [ -n "$(SLURM_CONF=$conf squeue -h -o %i 2>/dev/null)" ]; then
    log "cancelling this cluster's jobs"
    SLURM_CONF=$conf scancel --full --quiet --user=root 2>/dev/null || true
    for ((t = 0; t < 100; t++)); do
      [ -z "$(SLURM_CONF=$conf squeue -h -o %i 2>/dev/null)" ] && break
      sleep 0.1
    done
  fi
  for ((i = ${#daemons[@]} - 1; i >= 0; i--)); do
    IFS=: read -r name pidfile _ <<<"${daemons[$i]}"
    if pid=$(live_pid "$name" "$pidfile"); then
      log "stopping $name (pid $pid)"
      kill -TERM "$pid" 2>/dev/null || true
      pids+=("$name:$pid")
    fi
  done
  [ ${#pids[@]} -gt 0 ] || { log "nothing running under $dir"; return 0; }
  for ((t = 0; t < 150; t++)); do
    local left=()
    for np in "${pids[@]}"; do
      [ "$(cat "/proc/${np#*:}/comm" 2>/dev/null)" = "${np%%:*}" ] && left+=("$np")
    done
    [ ${#left[@]} -eq 0 ] && { log "stopped"; return 0; }
    pids=("${left[@]}")
    sleep 0.1
  done
  for np in "${pids[@]}"; do
    log "${np%%:*} (pid ${np#*:}) did not stop in 15 s; killing it"
    kill -KILL "${np#*:}" 2>/dev/null || true
  done
}

status() {
  local name pidfile rc=0 pid
  for d in "${daemons[@]}"; do
    IFS=: read -r name pidfile _ <<<"$d"
    if pid=$(live_pid "$name" "$pidfile"); then
      log "$name running (pid $pid)"
    else
      log "$name not running"; rc=1
    fi
  done
  [ $rc -eq 0 ] && SLURM_CONF=$conf sinfo -N -l >&2
  return $rc
}

start() {
  [ "$(id -u)" -eq 0 ] || die "must run as root (SlurmUser=root, munged and slurmd as root)"
  local b
  for b in munged mungekey slurmctld slurmd sinfo; do
    command -v "$b" >/dev/null 2>&1 || die "$b not found (apt-get install slurmctld slurmd slurm-client munge)"
  done
  for d in "${daemons[@]}"; do
    IFS=: read -r name pidfile _ <<<"$d"
    if pid=$(live_pid "$name" "$pidfile"); then
      die "$name already runs from $dir (pid $pid); '$0 stop $dir' first"
    fi
  done

  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  set_paths
  local sock=$dir/munge/munge.socket
  # A Unix socket's path must fit in sun_path (108 bytes with the terminating NUL).
  [ ${#sock} -lt 100 ] || die "$dir is too long a path for munge's socket ($sock)"
  mkdir -p "$dir/munge" "$dir/state" "$dir/spool" "$dir/log" "$dir/run"
  # munged refuses a group- or world-writable directory above its socket, key and logs, and
  # warns unless everyone may search the socket's directory; the key itself stays 0600.
  chmod 0755 "$dir" "$dir/munge"
  chmod 0700 "$dir/state" "$dir/spool"

  # The key: this cluster's own, never the system's /etc/munge/munge.key.
  local key=$dir/munge/munge.key
  if [ ! -s "$key" ]; then
    if mungekey --create --keyfile="$key" 2>/dev/null; then
      log "munge key made with mungekey: $key"
    else
      dd if=/dev/urandom of="$key" bs=1 count=1024 status=none
      log "munge key made with dd from /dev/urandom: $key"
    fi
  fi
  chmod 0600 "$key"

  local host cpus mem_mb ctld_port d_port
  # The short name, as slurmd finds it (gethostname, up to the first dot).
  host=$(uname -n); host=${host%%.*}
  cpus=$(nproc --all)
  # RealMemory a bit under MemTotal: if it were above what slurmd finds, the node would drain.
  mem_mb=$(awk '/^MemTotal:/ { printf "%d", $2 / 1024 * 0.95 }' /proc/meminfo)
  ctld_port=$(free_port 6817)
  d_port=$(free_port $((ctld_port + 1)))

  cat >"$conf" <<EOF
# Written by scripts/local-slurm.sh: a one-node Slurm for the tests.
ClusterName=replaylab
# The address in parentheses lets clients reach slurmctld even where the host name does
# not resolve (containers).
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$d_port
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
# Both the daemons and the client commands talk to this cluster's munged, not the system's.
AuthInfo=socket=$sock
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MpiDefault=none
SwitchType=switch/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
# Schedule as soon as a job ends, not up to 3 s later: halves the test's array + dependency run.
SchedulerParameters=batch_sched_delay=0
MailProg=/bin/true
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/run/slurmctld.pid
SlurmdPidFile=$dir/run/slurmd.pid
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd.log
SlurmctldDebug=info
SlurmdDebug=info
NodeName=$host NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$mem_mb State=UNKNOWN
PartitionName=debug Nodes=$host Default=YES MaxTime=INFINITE State=UP
EOF

  # Under this root-owned directory munged starts without complaint; --force keeps it from
  # refusing over what it would only warn about then (a group-writable directory above
  # DIR, a stale socket left by a killed munged). Warnings go to its log.
  starting=1
  log "starting munged (socket $sock)"
  munged --force --socket="$sock" --pid-file="$dir/munge/munged.pid" --key-file="$key" \
         --log-file="$dir/munge/munged.log" --seed-file="$dir/munge/munged.seed" \
         2>>"$dir/munge/munged.stderr" ||
    die "munged failed to start; see $dir/munge/munged.log and $dir/munge/munged.stderr"
  log "starting slurmctld (port $ctld_port)"
  slurmctld -f "$conf" || die "slurmctld failed to start; see $dir/log/slurmctld.log"
  log "starting slurmd (port $d_port)"
  slurmd -f "$conf" || die "slurmd failed to start; see $dir/log/slurmd.log"

  local timeout=${REPLAYLAB_SLURM_TIMEOUT:-60} t0=$SECONDS ns0 state=""
  ns0=$(date +%s%N)
  while :; do
    state=$(SLURM_CONF=$conf sinfo -h -N -n "$host" -o '%T' 2>/dev/null || true)
    [ "$state" = idle ] && break
    for d in "${daemons[@]}"; do
      IFS=: read -r name pidfile logfile <<<"$d"
      live_pid "$name" "$pidfile" >/dev/null ||
        die "$name is not running (node state '${state:-none}'); see $logfile"
    done
    [ $((SECONDS - t0)) -lt "$timeout" ] ||
      die "node $host not idle after ${timeout} s (state '${state:-none}'); see $dir/log/slurmctld.log and $dir/log/slurmd.log"
    sleep 0.2
  done
  starting=0
  log "node $host idle $(( ($(date +%s%N) - ns0) / 1000000 )) ms after slurmd started; logs in $dir/log"
  echo "export SLURM_CONF=$conf"
}

case $cmd in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) usage ;;
esac
