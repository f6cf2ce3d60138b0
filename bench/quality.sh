#!/usr/bin/env bash
# Benchmark 2: the call quality (estimated MOS) the headless agent reports under packet loss and
# jitter.
#
#   bench/quality.sh [--losses "0 1 5 10"] [--delay-ms 20] [--jitter-ms 10] [--seconds 20]
#                    [--warmup 5] [--codec pcmu] [--method auto|netem|relay] [--seed 1]
#                    [--json FILE]
#
# For each loss level, a fresh call: the agent (app/target/switchboard-agent.jar) dials a private
# baresip that auto-answers, through testkit's impairment relay (SIP spliced, SDP rewritten so
# that both ends' RTP and RTCP pass through it; it also answers the agent's REGISTER, so no lab is
# needed). The path is impaired by netem on the loopback of a network namespace the benchmark
# makes, when the kernel has netem ("--method netem"), or else by the relay itself, which drops
# packets with a seeded probability and delays them by delay +- jitter ("--method relay"). The
# output says which. After the warm-up, the agent's "quality" events are collected for --seconds;
# prints per level the MOS (mean and last), the loss and jitter the agent saw, and the loss the
# relay applied; writes the same as JSON.
# Exit status: 0 measured, 4 the agent reported no quality (an engine that does not measure it),
# 1 the run failed.
set -Eeuo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

LOSSES="0 1 5 10" DELAY_MS=20 JITTER_MS=10 SECONDS_MEASURED=20 WARMUP=5 CODEC=pcmu METHOD=auto
SEED=1 JSON=""
while (($#)); do
  case $1 in
    --losses) LOSSES=$2; shift 2 ;;
    --delay-ms) DELAY_MS=$2; shift 2 ;;
    --jitter-ms) JITTER_MS=$2; shift 2 ;;
    --seconds) SECONDS_MEASURED=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --codec) CODEC=$2; shift 2 ;;
    --method) METHOD=$2; shift 2 ;;
    --seed) SEED=$2; shift 2 ;;
    --json) JSON=$2; shift 2 ;;
    -h | --help) sed -n '2,20p' "$0"; exit 0 ;;
    *) die "unknown option '$1' (see --help)" ;;
  esac
done
codec_module "$CODEC" >/dev/null
JSON=${JSON:-$ROOT/bench/results/quality-$CODEC.json}
AGENT_USER=3154 PEER_USER=3155
AGENT_SIP_PORT=27160 RELAY_SIP_A=27162 RELAY_SIP_B=27164 PEER_SIP_PORT=27166
RELAY_MEDIA_A=27170 RELAY_MEDIA_B=27172 AGENT_RTP_MIN=27200 PEER_RTP_MIN=27400
BENCH_TTL=$((WARMUP + SECONDS_MEASURED + 120))
CLASSES=$ROOT/testkit/target/classes

bench_init quality
LAB_IP=${SB_LAB_IP:-127.0.0.1}

# Whether tc can put netem on a namespace's loopback; prints why not.
netem_works() {
  local ns="sbq-probe-$$" out
  ip netns add "$ns" 2>/dev/null || { echo "cannot create a network namespace"; return 1; }
  ip -n "$ns" link set lo up
  out=$(ip netns exec "$ns" tc qdisc add dev lo root netem loss 1% 2>&1) || {
    ip netns del "$ns"
    echo "${out:-tc failed}"
    return 1
  }
  ip netns del "$ns"
}

# netem applies per packet on each pass over loopback; relayed media passes twice (to the relay,
# from it), so each pass gets the loss that makes the two together lose $1 percent, and half the
# delay and jitter.
netem_per_pass() {
  awk -v p="$1" -v d="$DELAY_MS" -v j="$JITTER_MS" \
    'BEGIN { printf "loss %.4f%% delay %.1fms %.1fms", 100 * (1 - sqrt(1 - p / 100)), d / 2, j / 2 }'
}

if [[ $METHOD == auto || $METHOD == netem ]]; then
  if why=$(netem_works); then
    METHOD=netem
  elif [[ $METHOD == netem ]]; then
    die "netem is not usable here: $why"
  else
    say "netem is not usable here ($why); the relay impairs the path instead"
    METHOD=relay
  fi
fi
[[ $METHOD == relay || $METHOD == netem ]] || die "--method must be auto, netem or relay"
if [[ $METHOD == netem ]]; then
  NS="sbq-$$"
  ip netns add "$NS"
  BENCH_FINALLY+=("ip netns del $NS")
  ip -n "$NS" link set lo up
  NETNS_EXEC=(ip netns exec "$NS")
  LAB_IP=127.0.0.1 # the namespace's own loopback: no other lab is there
fi
if [[ ! -d $CLASSES/org/switchboard/testkit/relay ]]; then
  say "building testkit (the relay)"
  (cd "$ROOT" && ./mvnw -o -q -B -pl testkit compile) >&2
fi
REGISTRAR_HOST=$LAB_IP REGISTRAR_PORT=$RELAY_SIP_A
WAV=$WORK/source.wav
make_wav "$WAV" "$(codec_rate "$CODEC")"
say "method $METHOD; codec $CODEC; delay ${DELAY_MS} ms, jitter ${JITTER_MS} ms; work directory $WORK"

# Runs one call at $1 percent loss; leaves $WORK/level-$1/{agent.out,relay.json}.
run_level() {
  local loss=$1 dir="$WORK/level-$1" relay_loss=$1 relay_delay=$DELAY_MS relay_jitter=$JITTER_MS
  mkdir -p "$dir"
  if [[ $METHOD == netem ]]; then
    # shellcheck disable=SC2046
    ip netns exec "$NS" tc qdisc replace dev lo root netem $(netem_per_pass "$loss")
    relay_loss=0 relay_delay=0 relay_jitter=0
  fi
  bounded relay java -cp "$CLASSES" org.switchboard.testkit.relay.CallRelayMain \
    --address "$LAB_IP" --sip-a "$RELAY_SIP_A" --sip-b "$RELAY_SIP_B" \
    --side-a-sip "$AGENT_SIP_PORT" --side-b-sip "$PEER_SIP_PORT" \
    --media-a "$RELAY_MEDIA_A" --media-b "$RELAY_MEDIA_B" --loss "$relay_loss" \
    --delay-ms "$relay_delay" --jitter-ms "$relay_jitter" --seed "$SEED" --stats "$dir/relay.json"
  RELAY_GROUP=$BOUNDED_PID
  await_log relay.log ready 15 || die "the relay did not start; see $WORK/relay.log"
  write_baresip_config "$WORK/baresip" "regint=0"
  start_baresip "$WORK/baresip" unregistered
  write_agent_config "$WORK/agent.json"
  start_agent ""
  agent_command '{"cmd":"dial","target":"sip:'"$PEER_USER@$LAB_IP:$RELAY_SIP_A"'"}'
  await_event answered 15 || die "the call was not answered; see $WORK/agent.out, $WORK/relay.log and $WORK/baresip.log"
  say "loss $loss%: call up; warming up ${WARMUP}s, then collecting quality for ${SECONDS_MEASURED}s"
  sleep "$WARMUP"
  local mark
  mark=$(wc -l <"$WORK/agent.out")
  sleep "$SECONDS_MEASURED"
  tail -n +"$((mark + 1))" "$WORK/agent.out" >"$dir/agent.out"
  agent_command '{"cmd":"hangup"}'
  stop_level
}

# Ends the level's processes (agent first, so that it hangs up and quits) and frees their ports.
stop_level() {
  agent_command '{"cmd":"quit"}'
  exec 7>&-
  AGENT_FD_OPEN=0
  wait_gone "$AGENT_GROUP" 10
  local pid
  for pid in "$BARESIP_GROUP" "$RELAY_GROUP" "$AGENT_GROUP"; do kill -TERM -- "-$pid" 2>/dev/null || true; done
  for pid in "$BARESIP_GROUP" "$RELAY_GROUP" "$AGENT_GROUP"; do wait_gone "$pid" 5; done
  for pid in "$BARESIP_GROUP" "$RELAY_GROUP" "$AGENT_GROUP"; do kill -KILL -- "-$pid" 2>/dev/null || true; done
  BENCH_GROUPS=()
  rm -f "$WORK/agent.in"
}

status=0
for loss in $LOSSES; do
  run_level "$loss"
  if ! grep -q '"event":"quality"' "$WORK/level-$loss/agent.out"; then
    say "the agent reported no quality in ${SECONDS_MEASURED}s at $loss% loss: its media engine"
    say "does not measure call quality (the libjitsi engine never does); no MOS to report"
    status=4
    break
  fi
done

mkdir -p "$(dirname "$JSON")"
python3 "$ROOT/bench/quality_report.py" "$WORK" "$JSON" "$METHOD" "$CODEC" "$DELAY_MS" \
  "$JITTER_MS" "$SECONDS_MEASURED" $LOSSES
say "summary: $JSON"
exit "$status"
