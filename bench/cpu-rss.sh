#!/usr/bin/env bash
# Benchmark 1: CPU and memory of the headless agent against baresip in the same call.
#
#   bench/cpu-rss.sh [--codec pcmu|pcma|g722|opus] [--seconds 30] [--warmup 5] [--json FILE]
#                    [--profile]
#
# The agent (app/target/switchboard-agent.jar) registers with the lab's Kamailio and dials a
# private baresip that auto-answers; both send the same WAV file with the same codec and play
# nothing (agent sink: discard; baresip player: aubridge). After the warm-up, utime+stime and
# VmRSS of both processes are sampled from /proc for --seconds. Prints CPU% of one core and RSS
# of each, the ratios agent/baresip, and pass/fail against the targets (agent CPU at most 2x
# baresip's, agent RSS at most 150 MB); writes the same as JSON. With --profile the agent also
# runs under JFR and the run prints its hottest methods; the per-thread CPU of the agent is always
# written next to the JSON. Needs a running lab (SB_LAB_DIR); see bench/README.md.
# Exit status: 0 targets met, 3 targets missed, 1 the run failed.
set -Eeuo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

CODEC=pcmu SECONDS_MEASURED=30 WARMUP=5 JSON="" PROFILE=0
while (($#)); do
  case $1 in
    --codec) CODEC=$2; shift 2 ;;
    --seconds) SECONDS_MEASURED=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --json) JSON=$2; shift 2 ;;
    --profile) PROFILE=1; shift ;;
    -h | --help) sed -n '2,17p' "$0"; exit 0 ;;
    *) die "unknown option '$1' (see --help)" ;;
  esac
done
codec_module "$CODEC" >/dev/null
JSON=${JSON:-$ROOT/bench/results/cpu-rss-$CODEC.json}
AGENT_USER=3152 PEER_USER=3153
AGENT_SIP_PORT=27060 AGENT_RTP_MIN=27200 PEER_SIP_PORT=27070 PEER_RTP_MIN=27400
BENCH_TTL=$((WARMUP + SECONDS_MEASURED + 120))

bench_init cpu-rss
load_lab
WAV=$WORK/source.wav
make_wav "$WAV" "$(codec_rate "$CODEC")"
write_baresip_config "$WORK/baresip"
write_agent_config "$WORK/agent.json"
# The agent runs with the options bin/switchboard-agent gives it, plus BENCH_JVM_OPTS.
JVM_OPTS="$(grep -v '^#' "$ROOT/bin/agent-jvm-options" | grep -v '^$' | tr '\n' ' ')${BENCH_JVM_OPTS:-}"

say "codec $CODEC; lab $LAB_IP; work directory $WORK"
start_baresip "$WORK/baresip"
start_agent "$JVM_OPTS"
agent_command '{"cmd":"dial","target":"'"$PEER_USER"'"}'
await_event answered 15 || die "the call was not answered; see $WORK/agent.out and $WORK/baresip.log"
say "call up; warming up ${WARMUP}s, then measuring ${SECONDS_MEASURED}s"
sleep "$WARMUP"

if ((PROFILE)); then
  # JFR over the measured window only (startup would swamp it); attaching costs the agent a little.
  jcmd "$AGENT_PID" JFR.start name=bench settings=profile >/dev/null
fi
thread_ticks "$AGENT_PID" >"$WORK/threads.0"
t0=$(date +%s.%N)
a0=$(cpu_ticks "$AGENT_PID") b0=$(cpu_ticks "$BARESIP_PID")
as0=$(cpu_split "$AGENT_PID") bs0=$(cpu_split "$BARESIP_PID")
ac0=$(context_switches "$AGENT_PID") bc0=$(context_switches "$BARESIP_PID")
: >"$WORK/rss"
for ((s = 0; s < SECONDS_MEASURED; s++)); do
  sleep 1
  kill -0 "$AGENT_PID" 2>/dev/null || die "the agent died during the measurement"
  kill -0 "$BARESIP_PID" 2>/dev/null || die "baresip died during the measurement"
  echo "$(rss_kb "$AGENT_PID") $(rss_kb "$BARESIP_PID")" >>"$WORK/rss"
done
a1=$(cpu_ticks "$AGENT_PID") b1=$(cpu_ticks "$BARESIP_PID")
as1=$(cpu_split "$AGENT_PID") bs1=$(cpu_split "$BARESIP_PID")
ac1=$(context_switches "$AGENT_PID") bc1=$(context_switches "$BARESIP_PID")
t1=$(date +%s.%N)
thread_ticks "$AGENT_PID" >"$WORK/threads.1"
if ((PROFILE)); then
  jcmd "$AGENT_PID" JFR.dump name=bench filename="$WORK/agent.jfr" >/dev/null
fi
grep -q '"event":"ended"' "$WORK/agent.out" && die "the call ended during the measurement"
mkdir -p "$(dirname "$JSON")"
THREADS=${JSON%.json}-agent-threads.txt
# Per-thread CPU over the measurement, with the names the JVM gives its threads (read after the
# measurement: attaching jcmd costs the agent CPU).
jcmd "$AGENT_PID" Thread.print >"$WORK/thread-dump.txt" 2>/dev/null || true
python3 "$ROOT/bench/threads.py" "$WORK/threads.0" "$WORK/threads.1" "$WORK/thread-dump.txt" \
  "$(awk -v a="$t0" -v b="$t1" 'BEGIN {print b - a}')" "$CLK_TCK" >"$THREADS"

awk -v a0="$a0" -v a1="$a1" -v b0="$b0" -v b1="$b1" -v t0="$t0" -v t1="$t1" -v hz="$CLK_TCK" \
  -v codec="$CODEC" -v seconds="$SECONDS_MEASURED" -v load="$(cut -d' ' -f1-3 /proc/loadavg)" \
  -v as0="$as0" -v as1="$as1" -v bs0="$bs0" -v bs1="$bs1" \
  -v ac="$((ac1 - ac0))" -v bc="$((bc1 - bc0))" '
  { ar += $1; br += $2; if ($1 > am) am = $1; if ($2 > bm) bm = $2; n++ }
  END {
    t = t1 - t0
    acpu = 100 * (a1 - a0) / hz / t; bcpu = 100 * (b1 - b0) / hz / t
    amb = am / 1024; bmb = bm / 1024
    cr = bcpu > 0 ? acpu / bcpu : 0; rr = bmb > 0 ? amb / bmb : 0
    cpu_ok = bcpu > 0 && acpu <= 2 * bcpu; rss_ok = amb <= 150
    printf "{\"benchmark\":\"cpu-rss\",\"codec\":\"%s\",\"seconds\":%.1f,\"load_average\":\"%s\",", codec, t, load
    split(as0, x0, " "); split(as1, x1, " "); split(bs0, y0, " "); split(bs1, y1, " ")
    printf "\"agent\":{\"cpu_percent\":%.2f,\"user_percent\":%.2f,\"system_percent\":%.2f,", acpu, 100 * (x1[1] - x0[1]) / hz / t, 100 * (x1[2] - x0[2]) / hz / t
    printf "\"context_switches_per_s\":%.0f,\"rss_mb\":%.1f,\"rss_mean_mb\":%.1f},", ac / t, amb, ar / n / 1024
    printf "\"baresip\":{\"cpu_percent\":%.2f,\"user_percent\":%.2f,\"system_percent\":%.2f,", bcpu, 100 * (y1[1] - y0[1]) / hz / t, 100 * (y1[2] - y0[2]) / hz / t
    printf "\"context_switches_per_s\":%.0f,\"rss_mb\":%.1f,\"rss_mean_mb\":%.1f},", bc / t, bmb, br / n / 1024
    printf "\"ratio\":{\"cpu\":%.2f,\"rss\":%.2f},", cr, rr
    printf "\"targets\":{\"cpu_at_most_2x_baresip\":%s,\"agent_rss_at_most_150_mb\":%s},", cpu_ok ? "true" : "false", rss_ok ? "true" : "false"
    printf "\"pass\":%s}\n", cpu_ok && rss_ok ? "true" : "false"
  }' "$WORK/rss" >"$JSON"

agent_command '{"cmd":"hangup"}'
python3 - "$JSON" "$THREADS" <<'PY' || cat "$JSON"
import json, sys
r = json.load(open(sys.argv[1]))
a, b, q, t = r["agent"], r["baresip"], r["ratio"], r["targets"]
mark = lambda ok: "pass" if ok else "FAIL"
print(f"codec {r['codec']}, {r['seconds']:.1f} s measured, load average {r['load_average']}")
print(f"{'':10}{'CPU % of a core':>17}{'(user+system)':>15}{'switches/s':>12}{'RSS MB (max)':>14}")
for name, p in (("agent", a), ("baresip", b)):
    split = f"{p['user_percent']:.2f}+{p['system_percent']:.2f}"
    print(f"{name:10}{p['cpu_percent']:>17.2f}{split:>15}{p['context_switches_per_s']:>12}{p['rss_mb']:>14.1f}")
print(f"{'ratio':10}{q['cpu']:>16.2f}x{'':>27}{q['rss']:>13.2f}x")
print(f"CPU at most 2x baresip's: {mark(t['cpu_at_most_2x_baresip'])}; "
      f"agent RSS at most 150 MB: {mark(t['agent_rss_at_most_150_mb'])}")
print(f"busiest agent threads ({sys.argv[2]}):")
print("".join(open(sys.argv[2]).readlines()[:16]), end="")
PY
say "summary: $JSON"

if ((PROFILE)); then
  HOT=${JSON%.json}-agent-hot-methods.txt
  jfr print --events jdk.ExecutionSample "$WORK/agent.jfr" >"$WORK/samples.txt"
  python3 "$ROOT/bench/hot_methods.py" "$WORK/samples.txt" >"$HOT"
  say "where the agent's Java code spends its samples (JFR): $HOT"
  head -20 "$HOT"
fi
python3 -c 'import json,sys; sys.exit(0 if json.load(open(sys.argv[1]))["pass"] else 3)' "$JSON"
