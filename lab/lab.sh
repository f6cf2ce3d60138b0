#!/usr/bin/env bash
# The lab: real servers for Switchboard's integration tests, on loopback only.
#
#   lab/lab.sh start    Kamailio (digest auth), PulseAudio (null sinks), two baresip peers
#   lab/lab.sh stop     stops everything this script started, by PID (baresip first)
#   lab/lab.sh status   says what is up
#
# Everything lives in ${SB_LAB_DIR:-/tmp/switchboard-lab}; coordinates go to lab.env there.
# Every daemon runs under `timeout`, so none outlives a forgotten stop by more than LAB_TTL.
set -Eeuo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
RUN="${SB_LAB_DIR:-/tmp/switchboard-lab}"
LAB_TTL="${SB_LAB_TTL:-3h}"
DOMAIN=127.0.0.1
KAM_PORT=5060
PASSWORD_PATTERN='secret-%s'
PEERS=(a b)
declare -A PEER_USER=([a]=2001 [b]=2002)
declare -A PEER_SIP=([a]=5070 [b]=5072)
declare -A PEER_CTRL=([a]=4444 [b]=4446)
declare -A PEER_TONE=([a]=1000 [b]=1500)
declare -A PEER_RTP=([a]=40000 [b]=40100)

log() { printf 'lab: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }
password_for() { printf "$PASSWORD_PATTERN" "$1"; }

# Runs "$@" in the background, bounded by LAB_TTL, with its PID in pids/NAME.pid.
spawn() {
  local name=$1; shift
  setsid timeout --signal=TERM --kill-after=10s "$LAB_TTL" "$@" \
    >"$RUN/logs/$name.log" 2>&1 </dev/null &
  echo $! >"$RUN/pids/$name.pid"
}

# Waits up to $2 seconds for the command "${@:3}" to succeed; else shows $1's log and fails.
await() {
  local name=$1 seconds=$2; shift 2
  local deadline=$((SECONDS + seconds))
  until "$@" >/dev/null 2>&1; do
    if ((SECONDS >= deadline)) || ! is_running "$name"; then
      log "$name did not come up within ${seconds}s; last lines of its log:"
      tail -n 25 "$RUN/logs/$name.log" >&2 || true
      return 1
    fi
    sleep 0.2
  done
}

is_running() {
  local pidfile="$RUN/pids/$1.pid"
  [[ -f $pidfile ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null
}

stop_one() {
  local name=$1 pidfile="$RUN/pids/$1.pid" pid
  [[ -f $pidfile ]] || return 0
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
}

kamcmd_lab() { timeout 5 kamcmd -s "unix:$RUN/kamailio/kamailio_ctl" "$@"; }

write_subscribers() {
  local db=$1 id=1 user pw
  cp /usr/share/kamailio/dbtext/kamailio/version "$db/version"
  head -n 1 /usr/share/kamailio/dbtext/kamailio/subscriber >"$db/subscriber"
  for user in $(seq 1001 1049) $(seq 2001 2009); do
    pw=$(password_for "$user")
    printf '%d:%s:%s:%s:%s:%s\n' "$id" "$user" "$DOMAIN" "$pw" \
      "$(printf '%s' "$user:$DOMAIN:$pw" | md5sum | cut -d' ' -f1)" \
      "$(printf '%s' "$user@$DOMAIN:$DOMAIN:$pw" | md5sum | cut -d' ' -f1)" >>"$db/subscriber"
    id=$((id + 1))
  done
}

start_kamailio() {
  local dir="$RUN/kamailio"
  mkdir -p "$dir/db"
  sed "s#@RUNDIR@#$dir#g" "$HERE/kamailio/kamailio.cfg" >"$dir/kamailio.cfg"
  write_subscribers "$dir/db"
  kamailio -c -f "$dir/kamailio.cfg" >"$RUN/logs/kamailio-check.log" 2>&1 \
    || { tail -n 20 "$RUN/logs/kamailio-check.log" >&2; die "kamailio.cfg does not parse"; }
  spawn kamailio kamailio -f "$dir/kamailio.cfg" -DD -E -m 64 -M 8 \
    -Y "$dir" -P "$dir/kamailio.pid" -w "$dir"
  await kamailio 15 kamcmd_lab core.version
}

start_pulseaudio() {
  local dir="$RUN/pulse"
  mkdir -p "$dir/runtime" "$dir/home"
  cat >"$dir/default.pa" <<EOF
load-module module-native-protocol-unix auth-anonymous=1 socket=$dir/native
load-module module-null-sink sink_name=spk sink_properties=device.description=Speaker
load-module module-null-sink sink_name=mic sink_properties=device.description=Microphone
load-module module-remap-source source_name=micsrc master=mic.monitor source_properties=device.description=Headset-Mic
set-default-sink spk
set-default-source micsrc
EOF
  HOME="$dir/home" XDG_RUNTIME_DIR="$dir/runtime" XDG_CONFIG_HOME="$dir/home" \
    spawn pulseaudio pulseaudio -n -F "$dir/default.pa" --daemonize=no --exit-idle-time=-1 \
    --disallow-exit --use-pid-file=no --log-target=stderr --disable-shm=yes
  await pulseaudio 15 env PULSE_SERVER="unix:$dir/native" pactl info
}

peer_registered() { kamcmd_lab ul.lookup location "s:$1" | grep -q Address; }

start_peer() {
  local p=$1 dir="$RUN/baresip/$p"
  local user=${PEER_USER[$p]} rtp=${PEER_RTP[$p]}
  mkdir -p "$dir/rec"
  sed -e "s#@NAME@#$p#g" -e "s#@SIPPORT@#${PEER_SIP[$p]}#" -e "s#@CTRLPORT@#${PEER_CTRL[$p]}#" \
    -e "s#@TONE@#${PEER_TONE[$p]}#" -e "s#@RECDIR@#$dir/rec#" \
    -e "s#@RTPMIN@#$rtp#" -e "s#@RTPMAX@#$((rtp + 99))#" \
    "$HERE/baresip/config.template" >"$dir/config"
  sed -e "s#@USER@#$user#" -e "s#@PASSWORD@#$(password_for "$user")#" \
    "$HERE/baresip/accounts.template" >"$dir/accounts"
  : >"$dir/contacts"
  spawn "baresip-$p" baresip -f "$dir"
  await "baresip-$p" 20 peer_registered "$user"
}

write_env() {
  {
    echo "SB_LAB_DIR=$RUN"
    echo "SB_SIP_DOMAIN=$DOMAIN"
    echo "SB_KAMAILIO_HOST=127.0.0.1"
    echo "SB_KAMAILIO_PORT=$KAM_PORT"
    echo "SB_KAMCMD_SOCKET=unix:$RUN/kamailio/kamailio_ctl"
    echo "SB_USER_PASSWORD_PATTERN=$PASSWORD_PATTERN"
    echo "PULSE_SERVER=unix:$RUN/pulse/native"
    echo "SB_PULSE_MIC_SINK=mic"
    echo "SB_PULSE_SPEAKER_SINK=spk"
    echo "SB_PULSE_SOURCE=micsrc"
    local p P
    for p in "${PEERS[@]}"; do
      P=${p^^}
      echo "SB_PEER_${P}_USER=${PEER_USER[$p]}"
      echo "SB_PEER_${P}_SIP_PORT=${PEER_SIP[$p]}"
      echo "SB_PEER_${P}_CTRL_PORT=${PEER_CTRL[$p]}"
      echo "SB_PEER_${P}_TONE_HZ=${PEER_TONE[$p]}"
      echo "SB_PEER_${P}_REC_DIR=$RUN/baresip/$p/rec"
    done
  } >"$RUN/lab.env.tmp"
  mv "$RUN/lab.env.tmp" "$RUN/lab.env"
}

cmd_stop() {
  [[ -d $RUN/pids ]] || return 0
  local p
  for p in "${PEERS[@]}"; do stop_one "baresip-$p"; done
  stop_one kamailio
  stop_one pulseaudio
  rm -f "$RUN/lab.env"
  log "stopped"
}

cmd_start() {
  command -v kamailio >/dev/null || die "kamailio is not installed (bash .ci/run installs it)"
  command -v baresip >/dev/null || die "baresip is not installed (bash .ci/run installs it)"
  command -v pulseaudio >/dev/null || die "pulseaudio is not installed (bash .ci/run installs it)"
  cmd_stop
  rm -rf "$RUN"
  mkdir -p "$RUN/pids" "$RUN/logs"
  trap 'log "start failed; stopping what was started"; cmd_stop' ERR
  start_pulseaudio
  start_kamailio
  local p
  for p in "${PEERS[@]}"; do start_peer "$p"; done
  trap - ERR
  write_env
  log "up: Kamailio 127.0.0.1:$KAM_PORT, PulseAudio $RUN/pulse/native, baresip ${PEERS[*]}; env in $RUN/lab.env"
}

cmd_status() {
  local name rc=0
  for name in pulseaudio kamailio baresip-a baresip-b; do
    if is_running "$name"; then echo "$name: up"; else echo "$name: down"; rc=1; fi
  done
  return $rc
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
