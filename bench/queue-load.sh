#!/usr/bin/env bash
# Benchmark of issue 7: sipp drives customers' calls into the queue service on this machine.
#
#   bench/queue-load.sh [--agents 320] [--address 127.0.0.1] [--rates 25,50,100,150,200]
#                       [--rate-seconds 10] [--rate-hold 2] [--concurrency 50,100,200,300]
#                       [--window 20] [--json FILE]
#
# The service (queue-service/target/queue-service-*.jar, its own JVM, options from
# QUEUE_JVM_OPTS) runs from a generated configuration: one queue (longest-idle, optional wrap-up,
# 60 s offer timeout), --agents agents, and entry number 100 whose one IVR step (20 ms prompt,
# 1 s timeout, one try) falls back to the queue. One sipp UAS answers for every agent's phone
# (each extension REGISTERs with its Contact, by bench/queue_agents.py, which also signs the
# agents in and sets them ready) and echoes RTP (-rtp_echo). A sipp UAC plays the customers: each
# call streams G.711 PCMU (rtp_stream) until it hangs up.
#
# 1. Call setups: for each rate of --rates, --rate-seconds of calls at that rate, each held
#    --rate-hold s (long enough to pass the IVR, ~1 s, and be bridged). Reported: calls made,
#    failed, refused by the service (503, from its log), answered by an agent, the customer's
#    INVITE-to-200 time (p50/p95/max) and the service's CPU.
# 2. Relayed calls: for each C of --concurrency, C calls (started at 50/s) held until a window of
#    --window s has been measured with all C bridged to agents. Reported: the service's CPU in %
#    of one core over the window, CPU per call, largest RSS, and the media of the step's calls
#    from the service's log ("media closed": packets sent, frames concealed, strangers dropped).
#
# Writes a JSON summary (default bench/results/queue-load.json). Every process runs under
# `timeout` and is stopped by PID. Needs sipp (sip-tester), sox, python3 and the jar
# (./mvnw -o -q -pl queue-service package -DskipTests). Exit status 0 ran, 1 failed to run.
set -Eeuo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

AGENTS=320 ADDRESS=127.0.0.1 RATES=25,50,100,150,200 RATE_SECONDS=10 RATE_HOLD=2
CONCURRENCY=50,100,200,300 WINDOW=20 JSON=""
while (($#)); do
  case $1 in
    --agents) AGENTS=$2; shift 2 ;;
    --address) ADDRESS=$2; shift 2 ;;
    --rates) RATES=$2; shift 2 ;;
    --rate-seconds) RATE_SECONDS=$2; shift 2 ;;
    --rate-hold) RATE_HOLD=$2; shift 2 ;;
    --concurrency) CONCURRENCY=$2; shift 2 ;;
    --window) WINDOW=$2; shift 2 ;;
    --json) JSON=$2; shift 2 ;;
    -h | --help) sed -n '2,27p' "$0"; exit 0 ;;
    *) die "unknown option '$1' (see --help)" ;;
  esac
done
JSON=$(realpath -m "${JSON:-$ROOT/bench/results/queue-load.json}") # the run works in its own directory
SIP_PORT=17070 HTTP_PORT=17080 AGENTS_SIP=17090 AGENTS_RTP=17100 REG_PORT=17095
CUSTOMERS_SIP=17092 CUSTOMERS_RTP=20000 RAMP_RATE=50
BENCH_TTL=${BENCH_TTL:-1800}
JAR=$(ls "$ROOT"/queue-service/target/queue-service-*.jar 2>/dev/null | grep -v -e sources -e tests | head -1 || true)
[[ -n $JAR ]] || die "no queue-service jar: ./mvnw -o -q -pl queue-service package -DskipTests"
command -v sipp >/dev/null || die "no sipp: apt-get install sip-tester"

bench_init queue-load
# 300 relayed calls hold ~1200 RTP/RTCP sockets in the service and ~600 in sipp.
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
say "work directory $WORK; $AGENTS agents; service on $ADDRESS:$SIP_PORT"
mkdir -p "$WORK/prompts/en" "$WORK/recordings"
# The greeting and the step's prompt: 20 ms of silence, so a call reaches the queue in ~1 s.
for p in welcome language-menu; do
  sox -q -n -r 8000 -c 1 -b 16 "$WORK/prompts/en/$p.wav" trim 0 0.02
done
# What each customer says: PCMU in a WAV (sipp's rtp_stream skips the header), looped.
sox -q -n -r 8000 -c 1 -e u-law "$WORK/customer-ulaw.wav" synth 30 pinknoise tremolo 4 80 vol 0.5
python3 "$ROOT/bench/queue_agents.py" config "$WORK/centre.yaml" --agents "$AGENTS" \
  --address "$ADDRESS" --sip-port "$SIP_PORT" --http-port "$HTTP_PORT" --rtp 40000-49999 --dir "$WORK"

# shellcheck disable=SC2086
bounded service java ${QUEUE_JVM_OPTS:-} -jar "$JAR" --config "$WORK/centre.yaml"
SERVICE_PID=$(child_of "$BOUNDED_PID") || die "the service did not start"
await_log service.log 'SIP front end on' 60 || die "the service did not start; see $WORK/service.log"
sleep 1

cd "$WORK"
bounded agents sipp -sf "$ROOT/bench/sipp/queue-agents-uas.xml" -i 127.0.0.1 -p "$AGENTS_SIP" \
  -mi 127.0.0.1 -mp "$AGENTS_RTP" -rtp_echo -t u1 -max_socket 4096 \
  -trace_stat -stf "$WORK/agents-stat.csv" -fd 1 -trace_err -error_file "$WORK/agents-errors.log"
AGENTS_PID=$(child_of "$BOUNDED_PID") || die "sipp (agents) did not start"
sleep 0.5
kill -0 "$AGENTS_PID" 2>/dev/null || die "sipp (agents) exited; see $WORK/agents.log"
t=$(date +%s.%N)
python3 "$ROOT/bench/queue_agents.py" ready --agents "$AGENTS" --address "$ADDRESS" \
  --sip-port "$SIP_PORT" --http-port "$HTTP_PORT" --contact-port "$AGENTS_SIP" --reg-port "$REG_PORT" ||
  die "the agents could not be made ready; see $WORK/service.log"
say "agents ready in $(awk -v a="$t" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}') s"

# The agents' UAS's cumulative successful calls (column SuccessfulCall(C) of its last stat line).
agent_calls() {
  awk -F';' 'NR == 1 {for (i = 1; i <= NF; i++) if ($i == "SuccessfulCall(C)") c = i}
             NR > 1 && c {v = $c} END {print v + 0}' "$WORK/agents-stat.csv" 2>/dev/null
}
agent_current() {
  awk -F';' 'NR == 1 {for (i = 1; i <= NF; i++) if ($i == "CurrentCall") c = i}
             NR > 1 && c {v = $c} END {print v + 0}' "$WORK/agents-stat.csv" 2>/dev/null
}
# Media of the calls closed since log line $1: "legs sent concealed strangers dropped".
media_since() {
  tail -n +"$1" "$WORK/service.log" | grep 'media closed' |
    sed -E 's/.*sent=([0-9]+) strangers=([0-9]+) concealed=([0-9]+) dropped=([0-9]+).*/\1 \2 \3 \4/' |
    awk '{n++; s += $1; x += $2; c += $3; d += $4; if ($1 == 0) z++}
         END {printf "%d %d %d %d %d %d\n", n, s, c, x, d, z}'
}
log_lines() { wc -l <"$WORK/service.log"; }
# INVITEs the service refused (503: too many live calls) since log line $1.
refused_since() { tail -n +"$1" "$WORK/service.log" | grep -c 'refused an INVITE' || true; }

# Runs the customers' sipp in the foreground (bounded): $1 name, then sipp's options.
customers() {
  local name=$1
  shift
  timeout --signal=TERM --kill-after=5s "$BENCH_TTL" sipp -sf "$ROOT/bench/sipp/queue-customer.xml" \
    -s 100 "$ADDRESS:$SIP_PORT" -i 127.0.0.1 -p "$CUSTOMERS_SIP" -mi 127.0.0.1 -mp "$CUSTOMERS_RTP" \
    -t u1 -max_socket 4096 -nostdin -trace_rtt -rtt_freq 1 -trace_stat -stf "$WORK/$name-stat.csv" \
    -trace_err -error_file "$WORK/$name-errors.log" -recv_timeout 30000 "$@" \
    >"$WORK/$name.log" 2>&1 </dev/null
}
# Percentiles of the setup times (ms) in the rtt files of the last customers' run: "p50 p95 max".
setup_times() {
  cat "$WORK"/queue-customer_*_rtt.csv 2>/dev/null | awk -F';' '$3 == "setup" || $3 == 1 {print $2}' |
    sort -n | awk '{v[NR] = $1} END {if (!NR) {print "0 0 0"; exit}
      printf "%.0f %.0f %.0f\n", v[int((NR + 1) * 0.5)], v[(NR >= 20) ? int(NR * 0.95) : NR], v[NR]}'
}
stat_value() { # $1 stat file, $2 column name: the value on its last line
  awk -F';' -v col="$2" 'NR == 1 {for (i = 1; i <= NF; i++) if ($i == col) c = i}
    NR > 1 && c {v = $c} END {print v + 0}' "$1" 2>/dev/null
}

: >"$WORK/rates.jsonl"
IFS=, read -ra rate_list <<<"$RATES"
for r in "${rate_list[@]}"; do
  rm -f "$WORK"/queue-customer_*_rtt.csv
  n=$((r * RATE_SECONDS)) a0=$(agent_calls) l0=$(log_lines) c0=$(cpu_ticks "$SERVICE_PID") t0=$(date +%s.%N)
  say "setups: $n calls at $r/s, each held ${RATE_HOLD}s"
  thread_ticks "$SERVICE_PID" >"$WORK/threads-rate-$r.0"
  customers "rate-$r" -r "$r" -m "$n" -l $((AGENTS * 2)) -d $((RATE_HOLD * 1000)) || true
  t1=$(date +%s.%N) c1=$(cpu_ticks "$SERVICE_PID")
  thread_ticks "$SERVICE_PID" >"$WORK/threads-rate-$r.1"
  echo "rate-$r $(awk -v a="$t0" -v b="$t1" 'BEGIN {print b - a}')" >>"$WORK/thread-windows"
  sleep 2
  kill -0 "$SERVICE_PID" 2>/dev/null || die "the service died; see $WORK/service.log"
  ok=$(stat_value "$WORK/rate-$r-stat.csv" 'SuccessfulCall(C)')
  failed=$(stat_value "$WORK/rate-$r-stat.csv" 'FailedCall(C)')
  read -r p50 p95 max <<<"$(setup_times)"
  answered=$(($(agent_calls) - a0)) refused=$(refused_since "$l0")
  awk -v refused="$refused" -v r="$r" -v n="$n" -v ok="$ok" -v f="$failed" -v ans="$answered" -v p50="$p50" -v p95="$p95" \
    -v max="$max" -v t0="$t0" -v t1="$t1" -v c0="$c0" -v c1="$c1" -v hz="$CLK_TCK" -v hold="$RATE_HOLD" \
    'BEGIN {el = t1 - t0; printf "{\"rate\":%d,\"calls\":%d,\"successful\":%d,\"failed\":%d,\"refused_503\":%d,\"answered_by_agents\":%d,", r, n, ok, f, refused, ans
            printf "\"achieved_setups_per_s\":%.1f,\"setup_ms\":{\"p50\":%d,\"p95\":%d,\"max\":%d},", ok / (el - hold > 0 ? el - hold : el), p50, p95, max
            printf "\"elapsed_s\":%.1f,\"service_cpu_percent\":%.1f}\n", el, 100 * (c1 - c0) / hz / el}' >>"$WORK/rates.jsonl"
  tail -1 "$WORK/rates.jsonl" >&2
done

: >"$WORK/relay.jsonl"
IFS=, read -ra conc_list <<<"$CONCURRENCY"
for c in "${conc_list[@]}"; do
  (( c <= AGENTS )) || die "--concurrency $c is above --agents $AGENTS"
  ramp=$(((c + RAMP_RATE - 1) / RAMP_RATE)) settle=5
  hold=$((ramp + settle + WINDOW + 3))
  l0=$(log_lines) a0=$(agent_calls)
  say "relay: $c calls (at $RAMP_RATE/s), each held ${hold}s; measuring ${WINDOW}s once all are up"
  customers "relay-$c" -r "$RAMP_RATE" -m "$c" -l "$c" -d $((hold * 1000)) &
  CUST=$!
  sleep $((ramp + settle))
  up=$(agent_current)
  thread_ticks "$SERVICE_PID" >"$WORK/threads-relay-$c.0"
  c0=$(cpu_ticks "$SERVICE_PID") t0=$(date +%s.%N) rss=0 ctx0=$(context_switches "$SERVICE_PID")
  for ((s = 0; s < WINDOW; s++)); do
    sleep 1
    kill -0 "$SERVICE_PID" 2>/dev/null || die "the service died; see $WORK/service.log"
    v=$(rss_kb "$SERVICE_PID")
    ((v > rss)) && rss=$v
  done
  c1=$(cpu_ticks "$SERVICE_PID") t1=$(date +%s.%N) ctx1=$(context_switches "$SERVICE_PID")
  thread_ticks "$SERVICE_PID" >"$WORK/threads-relay-$c.1"
  echo "relay-$c $(awk -v a="$t0" -v b="$t1" 'BEGIN {print b - a}')" >>"$WORK/thread-windows"
  up_end=$(agent_current)
  wait "$CUST" || true
  sleep 3
  ok=$(stat_value "$WORK/relay-$c-stat.csv" 'SuccessfulCall(C)')
  failed=$(stat_value "$WORK/relay-$c-stat.csv" 'FailedCall(C)')
  read -r legs sent concealed strangers dropped silent <<<"$(media_since "$l0")"
  refused=$(refused_since "$l0")
  awk -v refused="$refused" -v c="$c" -v up="$up" -v upe="$up_end" -v ok="$ok" -v f="$failed" -v t0="$t0" -v t1="$t1" \
    -v c0="$c0" -v c1="$c1" -v hz="$CLK_TCK" -v rss="$rss" -v ctx=$((ctx1 - ctx0)) -v legs="$legs" \
    -v sent="$sent" -v conc="$concealed" -v str="$strangers" -v drop="$dropped" -v silent="$silent" \
    -v load="$(cut -d' ' -f1-3 /proc/loadavg)" \
    'BEGIN {el = t1 - t0; cpu = 100 * (c1 - c0) / hz / el
            printf "{\"calls\":%d,\"bridged_at_start\":%d,\"bridged_at_end\":%d,\"successful\":%d,\"failed\":%d,\"refused_503\":%d,", c, up, upe, ok, f, refused
            printf "\"window_s\":%.1f,\"service_cpu_percent\":%.1f,\"cpu_percent_per_call\":%.3f,", el, cpu, (up > 0) ? cpu / up : 0
            printf "\"context_switches_per_s\":%.0f,\"rss_mb\":%.1f,\"load_average\":\"%s\",", ctx / el, rss / 1024, load
            printf "\"media\":{\"legs_closed\":%d,\"packets_sent\":%d,\"frames_concealed\":%d,\"strangers\":%d,\"dropped\":%d,\"legs_sending_nothing\":%d}}\n", legs, sent, conc, str, drop, silent}' \
    >>"$WORK/relay.jsonl"
  tail -1 "$WORK/relay.jsonl" >&2
done

mkdir -p "$(dirname "$JSON")"
# The service's CPU per thread in each step (names from one thread dump, taken last: attaching
# jcmd costs the service CPU), next to the JSON.
THREADS=${JSON%.json}-threads.txt
jcmd "$SERVICE_PID" Thread.print >"$WORK/thread-dump.txt" 2>/dev/null || true
: >"$THREADS"
while read -r step seconds; do
  printf '== %s (%.1f s)\n' "$step" "$seconds" >>"$THREADS"
  python3 "$ROOT/bench/threads.py" "$WORK/threads-$step.0" "$WORK/threads-$step.1" \
    "$WORK/thread-dump.txt" "$seconds" "$CLK_TCK" >"$WORK/threads-$step.txt" || true
  grep '^#' "$WORK/threads-$step.txt" >>"$THREADS"
  # Threads of one name summed (the recorder runs one thread per call), busiest first.
  grep -v '^#' "$WORK/threads-$step.txt" | awk '{p = $1; sub(/%$/, "", p); $1 = ""; sub(/^ /, "");
      sum[$0] += p; n[$0]++} END {for (k in sum) printf "%7.2f%%  %4d x %s\n", sum[k], n[k], k}' |
    sort -rn | head -12 >>"$THREADS"
done <"$WORK/thread-windows"
python3 - "$WORK/rates.jsonl" "$WORK/relay.jsonl" "$JSON" "$AGENTS" "${QUEUE_JVM_OPTS:-}" <<'PY'
import json, sys
rates = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
relay = [json.loads(l) for l in open(sys.argv[2]) if l.strip()]
json.dump({"benchmark": "queue-load", "agents": int(sys.argv[4]), "jvm_options": sys.argv[5],
           "setups": rates, "relay": relay}, open(sys.argv[3], "w"), indent=1)
print("rate/s  calls  ok  failed(503)  to-agent  achieved/s  setup p50/p95/max ms  service CPU %")
for r in rates:
    s = r["setup_ms"]
    print(f"{r['rate']:>6} {r['calls']:>6} {r['successful']:>5} {r['failed']:>6}({r['refused_503']}) {r['answered_by_agents']:>8}"
          f" {r['achieved_setups_per_s']:>10} {s['p50']:>7}/{s['p95']}/{s['max']:<10} {r['service_cpu_percent']:>8}")
print("calls  bridged  ok  failed(503)  CPU % (1 core)  CPU %/call  RSS MB  legs  sent  concealed  strangers")
for r in relay:
    m = r["media"]
    print(f"{r['calls']:>5} {r['bridged_at_start']:>4}-{r['bridged_at_end']:<4} {r['successful']:>4} {r['failed']:>5}({r['refused_503']})"
          f" {r['service_cpu_percent']:>14} {r['cpu_percent_per_call']:>10} {r['rss_mb']:>7} {m['legs_closed']:>5}"
          f" {m['packets_sent']:>8} {m['frames_concealed']:>9} {m['strangers']:>9}")
PY
say "per-thread CPU of the service in each step: $THREADS"
say "summary: $JSON (BENCH_KEEP=1 keeps the logs, in $WORK)"
