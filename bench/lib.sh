# Shared by the benchmarks in this directory (sourced, not run): a bounded process per role,
# stopped by PID on exit, Ctrl-C or failure; the lab's coordinates; the agent's and baresip's
# configuration; /proc sampling. Every process runs under `timeout`, so none outlives the run by
# more than BENCH_TTL even if this shell is killed with SIGKILL.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH_TTL=${BENCH_TTL:-300}
CLK_TCK=$(getconf CLK_TCK)
declare -a BENCH_GROUPS=() # timeout PIDs (process group leaders) still to stop
declare -a BENCH_FINALLY=() # commands run last on exit (e.g. deleting a network namespace)
NETNS_EXEC=() # prefix that runs a command inside the benchmark's network namespace, if any
AGENT_FD_OPEN=0

say() { printf 'bench: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

# Makes the run's work directory and installs the clean-up trap.
bench_init() {
  WORK=$(mktemp -d "/tmp/sb-bench-$1.XXXXXX")
  trap bench_cleanup EXIT
  trap 'say "interrupted"; exit 130' INT TERM
}

# Stops everything this run started: the agent gets "quit" first (it hangs up and unregisters),
# then every process group gets TERM, and KILL after 3 s.
bench_cleanup() {
  local rc=$? pid
  trap - EXIT INT TERM
  if ((AGENT_FD_OPEN)); then
    printf '{"cmd":"quit"}\n' >&7 2>/dev/null || true
    exec 7>&- || true
    AGENT_FD_OPEN=0
    wait_gone "${AGENT_GROUP:-}" 5
  fi
  for pid in "${BENCH_GROUPS[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || true; done
  for pid in "${BENCH_GROUPS[@]}"; do wait_gone "$pid" 3; done
  for pid in "${BENCH_GROUPS[@]}"; do kill -KILL -- "-$pid" 2>/dev/null || true; done
  BENCH_GROUPS=()
  local command
  for command in "${BENCH_FINALLY[@]}"; do eval "$command" || true; done
  [[ ${BENCH_KEEP:-0} == 1 ]] || rm -rf "${WORK:?}"
  exit "$rc"
}

# Waits up to $2 seconds for PID $1 to end.
wait_gone() {
  local pid=$1 i
  [[ -n $pid ]] || return 0
  for ((i = 0; i < $2 * 10; i++)); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
}

# Starts "$@" in the background under `timeout` (its own process group), output to $WORK/$1.log.
# Sets BOUNDED_PID to the timeout's PID.
bounded() {
  local name=$1
  shift
  "${NETNS_EXEC[@]}" timeout --signal=TERM --kill-after=5s "$BENCH_TTL" "$@" \
    >"$WORK/$name.log" 2>&1 </dev/null &
  BOUNDED_PID=$!
  BENCH_GROUPS+=("$BOUNDED_PID")
}

# The PID of the program `timeout` PID $1 runs (what /proc should be read for).
child_of() {
  local i child
  for ((i = 0; i < 50; i++)); do
    child=$(cat "/proc/$1/task/$1/children" 2>/dev/null | awk '{print $1}')
    [[ -n $child ]] && { echo "$child"; return 0; }
    sleep 0.1
  done
  return 1
}

# Reads the lab's coordinates (Kamailio, the SIP domain, the password pattern).
load_lab() {
  local env="${SB_LAB_DIR:-/tmp/switchboard-lab}/lab.env"
  [[ -f $env ]] || die "no lab at $env: start one with 'SB_LAB_IP=... SB_LAB_DIR=... bash lab/lab.sh start'"
  # shellcheck disable=SC1090
  source "$env"
  LAB_IP=$SB_LAB_IP
  kamcmd -s "$SB_KAMCMD_SOCKET" ul.rm location "s:$AGENT_USER" >/dev/null 2>&1 || true
  kamcmd -s "$SB_KAMCMD_SOCKET" ul.rm location "s:$PEER_USER" >/dev/null 2>&1 || true
}

password_of() { printf "${SB_USER_PASSWORD_PATTERN:-secret-%s}" "$1"; }

# A WAV of speech-like noise (pink noise with a syllable-rate tremolo), $2 Hz, longer than any run.
# Opus is two channels in SDP, and baresip's aufile then wants a stereo file; the agent mixes a
# stereo file down to mono itself, so both send the same sound.
make_wav() {
  local channels=1
  [[ ${CODEC:-pcmu} == opus ]] && channels=2
  sox -q -n -r "$2" -c "$channels" -b 16 "$1" synth 120 pinknoise tremolo 4 80 vol 0.5
}

# baresip's codec module and its name in SDP, for --codec.
codec_module() {
  case $1 in
    pcmu | pcma) echo g711 ;;
    g722) echo g722 ;;
    opus) echo opus ;;
    *) die "unknown codec '$1' (pcmu, pcma, g722 or opus)" ;;
  esac
}
codec_sdp_name() {
  case $1 in
    pcmu) echo PCMU ;; pcma) echo PCMA ;; g722) echo G722 ;; opus) echo opus ;;
  esac
}
codec_rate() {
  case $1 in
    pcmu | pcma) echo 8000 ;; g722) echo 16000 ;; opus) echo 48000 ;;
  esac
}

# Writes baresip's configuration to $1: the lab user PEER_USER, auto-answer, one codec, the WAV
# as its source, no sound server and no recording. $2 replaces the account's "regint=600".
write_baresip_config() {
  local dir=$1 extra=${2:-}
  mkdir -p "$dir"
  cat >"$dir/config" <<CFG
poll_method		epoll
sip_listen		$LAB_IP:$PEER_SIP_PORT
net_interface		$LAB_IP
rtp_ports		$PEER_RTP_MIN-$((PEER_RTP_MIN + 99))
audio_player		aubridge,nowhere-bench
audio_alert		aubridge,nowhere-bench
audio_source		aufile,$WAV
module_path		/usr/lib/baresip/modules
module			$(codec_module "$CODEC").so
module			aufile.so
module			aubridge.so
module_app		account.so
CFG
  printf '<sip:%s@%s>;auth_pass=%s;answermode=auto;audio_codecs=%s;%s\n' \
    "$PEER_USER" "${SB_SIP_DOMAIN:-$LAB_IP}" "$(password_of "$PEER_USER")" \
    "$(codec_sdp_name "$CODEC")" "${extra:-regint=600}" >"$dir/accounts"
}

# Writes the headless agent's configuration to $1 (user AGENT_USER, source the WAV, sink discard).
write_agent_config() {
  cat >"$1" <<CFG
{
  "account": {
    "user": "$AGENT_USER",
    "domain": "${SB_SIP_DOMAIN:-$LAB_IP}",
    "passwordEnv": "BENCH_AGENT_PASSWORD",
    "registrar": { "host": "${REGISTRAR_HOST:-$SB_KAMAILIO_HOST}", "port": ${REGISTRAR_PORT:-$SB_KAMAILIO_PORT} },
    "transport": "udp",
    "options": { "directCallsAllowed": true }
  },
  "sip": { "listenAddress": "$LAB_IP", "port": $AGENT_SIP_PORT },
  "media": {
    "address": "$LAB_IP",
    "rtpPortMin": $AGENT_RTP_MIN,
    "rtpPortMax": $((AGENT_RTP_MIN + 98)),
    "source": "wav:$WAV",
    "sink": "discard"
  }
}
CFG
}

# Starts baresip with the configuration in $1 and waits (10 s at most) for its registration, or
# with "unregistered" as $2 for it to be ready.
start_baresip() {
  bounded baresip baresip -f "$1"
  BARESIP_GROUP=$BOUNDED_PID
  BARESIP_PID=$(child_of "$BARESIP_GROUP") || die "baresip did not start"
  if [[ ${2:-} == unregistered ]]; then
    await_log baresip.log 'baresip is ready' 10 || die "baresip did not start; see $WORK/baresip.log"
  else
    await_log baresip.log '200 OK' 10 || die "baresip did not register; see $WORK/baresip.log"
  fi
}

# Starts the headless agent (extra JVM options in $1), its stdin on fd 7, and waits (30 s at most)
# for "registered".
start_agent() {
  local jar="$ROOT/app/target/switchboard-agent.jar" jvm_opts=$1
  [[ -f $jar ]] || die "no $jar: build it with './mvnw -B -DskipTests -pl app -am package'"
  mkfifo "$WORK/agent.in"
  # shellcheck disable=SC2086
  BENCH_AGENT_PASSWORD=$(password_of "$AGENT_USER") \
    "${NETNS_EXEC[@]}" timeout --signal=TERM --kill-after=5s "$BENCH_TTL" \
    java $jvm_opts -jar "$jar" --config "$WORK/agent.json" --log-level warn \
    <"$WORK/agent.in" >"$WORK/agent.out" 2>"$WORK/agent.log" &
  AGENT_GROUP=$!
  BENCH_GROUPS+=("$AGENT_GROUP")
  exec 7>"$WORK/agent.in"
  AGENT_FD_OPEN=1
  AGENT_PID=$(child_of "$AGENT_GROUP") || die "the agent did not start"
  await_event registered 30 || die "the agent did not register; see $WORK/agent.log"
}

agent_command() { printf '%s\n' "$1" >&7; }

# Waits up to $3 seconds for $WORK/$1 to contain the text $2.
await_log() {
  local i
  for ((i = 0; i < $3 * 10; i++)); do
    grep -qF -- "$2" "$WORK/$1" 2>/dev/null && return 0
    sleep 0.1
  done
  return 1
}

# Waits up to $2 seconds for the agent's event $1; fails early when the agent reports the call
# ended or an error.
await_event() {
  local i
  for ((i = 0; i < $2 * 10; i++)); do
    grep -q "\"event\":\"$1\"" "$WORK/agent.out" 2>/dev/null && return 0
    if [[ $1 != ended ]] && grep -q '"event":"\(ended\|error\|registration_failed\)"' "$WORK/agent.out"; then
      say "agent: $(grep '"event":"\(ended\|error\|registration_failed\)"' "$WORK/agent.out" | head -1)"
      return 1
    fi
    kill -0 "$AGENT_PID" 2>/dev/null || { say "the agent exited"; return 1; }
    sleep 0.1
  done
  return 1
}

# utime+stime of PID $1 in clock ticks.
cpu_ticks() {
  local stat rest
  stat=$(<"/proc/$1/stat")
  rest=${stat##*) }
  awk '{print $12 + $13}' <<<"$rest"
}

# utime and stime of PID $1 in clock ticks: "USER SYSTEM".
cpu_split() {
  local stat rest
  stat=$(<"/proc/$1/stat")
  rest=${stat##*) }
  awk '{print $12, $13}' <<<"$rest"
}

# Context switches (voluntary and not) of all threads of PID $1 so far: how often it sleeps and
# wakes, which is where a pipeline of many threads handing 20 ms frames to each other spends.
context_switches() {
  cat /proc/"$1"/task/*/status 2>/dev/null |
    awk '/^(voluntary|nonvoluntary)_ctxt_switches:/ {n += $2} END {print n + 0}'
}

# VmRSS of PID $1 in kB.
rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status"; }

# Per-thread CPU ticks of PID $1: lines "TID TICKS NAME".
thread_ticks() {
  local task stat name rest
  for task in /proc/"$1"/task/*; do
    stat=$(<"$task/stat") 2>/dev/null || continue
    name=${stat#*(}
    name=${name%)*}
    rest=${stat##*) }
    printf '%s %s %s\n' "${task##*/}" "$(awk '{print $12 + $13}' <<<"$rest")" "${name// /_}"
  done
}
