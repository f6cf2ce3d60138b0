#!/usr/bin/env bash
# The lab: real servers for Switchboard's integration tests, on loopback only.
#
#   lab/lab.sh start    (re)starts PulseAudio, Kamailio and two baresip peers; waits until each
#                       is ready and writes their coordinates to $SB_LAB_DIR/lab.env
#   lab/lab.sh stop     stops what the last start started, by PID (baresip before Kamailio)
#   lab/lab.sh status   says which services are up (exit 1 when one is down)
#
# Everything lives in ${SB_LAB_DIR:-/tmp/switchboard-lab}, wiped on start:
#   pids/<name>.pid  logs/<name>.log  kamailio/  pulse/  baresip/<peer>/rec/  tls/  lab.env
# tls/ holds a throwaway CA (ca.pem) and Kamailio's certificate for the lab's SIP domain, plus
# certificates that TLS tests serve on purpose: wrong-host, expired, untrusted (signed by a CA
# nobody trusts) and cn-only-mismatch (the right name in CN but another in subjectAltName).
# SB_LAB_IP (default 127.0.0.1) is the loopback address every service binds: labs on different
# addresses (127.0.0.2, ...) with different SB_LAB_DIRs run side by side without sharing a port.
# Every daemon runs in the foreground under `timeout`, so none outlives a forgotten stop by
# more than SB_LAB_TTL (default 3h). SB_LAB_SIP_TRACE=1 makes baresip log its SIP messages.
set -Eeuo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
RUN="${SB_LAB_DIR:-/tmp/switchboard-lab}"
LAB_TTL="${SB_LAB_TTL:-3h}"
LAB_IP="${SB_LAB_IP:-127.0.0.1}"
DOMAIN=$LAB_IP
KAM_PORT=5060
KAM_TLS_PORT=5061
KAM_CTL="unix:$RUN/kamailio/kamailio_ctl"
PULSE_SOCKET="$RUN/pulse/native"
PASSWORD_PATTERN='secret-%s'
LAB_USERS="$(seq 1001 1049) $(seq 2001 2009) $(seq 3001 3199)"
SERVICES=(pulseaudio kamailio baresip-a baresip-b)
PEERS=(a b)
declare -A PEER_USER=([a]=2001 [b]=2002)
declare -A PEER_SIP=([a]=5070 [b]=5072) # baresip also binds TLS on port+1
declare -A PEER_CTRL=([a]=4444 [b]=4446)
declare -A PEER_TONE=([a]=1000 [b]=1500)
declare -A PEER_RTP=([a]=40000 [b]=40100)

log() { printf 'lab: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }
password_for() { printf "$PASSWORD_PATTERN" "$1"; }
md5() { printf '%s' "$1" | md5sum | cut -d' ' -f1; }

# --- processes -------------------------------------------------------------------------------

# Starts "$@" in the background as service NAME, bounded by LAB_TTL. `timeout` makes itself a
# process group leader, so its PID names the whole group.
spawn() {
  local name=$1
  shift
  timeout --signal=TERM --kill-after=10s "$LAB_TTL" "$@" \
    >"$RUN/logs/$name.log" 2>&1 </dev/null &
  echo $! >"$RUN/pids/$name.pid"
}

pid_of() { cat "$RUN/pids/$1.pid" 2>/dev/null; }

is_running() {
  local pid
  pid=$(pid_of "$1") && kill -0 "$pid" 2>/dev/null
}

# Stops the given services together: TERM to each one's process group, up to 5 s for all of
# them to go, then KILL to what is left. Services that are not running are fine.
stop_services() {
  local name pid pids=()
  for name in "$@"; do
    if pid=$(pid_of "$name") && kill -0 "$pid" 2>/dev/null; then
      kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
      pids+=("$pid")
    fi
  done
  for _ in $(seq 50); do
    alive "${pids[@]}" || break
    sleep 0.1
  done
  for pid in "${pids[@]}"; do
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  done
  for name in "$@"; do rm -f "$RUN/pids/$name.pid"; done
}

# Whether any of the given PIDs is still alive.
alive() {
  local pid
  for pid in "$@"; do kill -0 "$pid" 2>/dev/null && return 0; done
  return 1
}

# Polls "${@:3}" every 0.2 s for up to $2 seconds; on failure names service $1, shows its log.
await() {
  local name=$1 seconds=$2
  shift 2
  local deadline=$((SECONDS + seconds))
  until "$@" >/dev/null 2>&1; do
    if ! is_running "$name"; then
      fail_service "$name" "exited while starting"
    elif ((SECONDS >= deadline)); then
      fail_service "$name" "was not ready within ${seconds}s ($*)"
    fi
    sleep 0.2
  done
}

fail_service() {
  log "$1 $2; last lines of $RUN/logs/$1.log:"
  tail -n 30 "$RUN/logs/$1.log" >&2 2>/dev/null || true
  exit 1
}

# --- probes ----------------------------------------------------------------------------------

kamcmd_lab() { timeout 5 kamcmd -s "$KAM_CTL" "$@"; }

# Sends OPTIONS over UDP to the proxy and expects its 200 (through bash's /dev/udp).
sip_ping() {
  local request answer
  # Sent with one write: over UDP every write(2) is a datagram of its own.
  printf -v request '%s\r\n' \
    "OPTIONS sip:$DOMAIN:$KAM_PORT SIP/2.0" \
    "Via: SIP/2.0/UDP $LAB_IP:9;branch=z9hG4bK-labprobe-$RANDOM$RANDOM;rport" \
    "Max-Forwards: 70" \
    "From: <sip:probe@$DOMAIN>;tag=$RANDOM" \
    "To: <sip:$DOMAIN>" \
    "Call-ID: labprobe-$RANDOM$RANDOM" \
    "CSeq: 1 OPTIONS" \
    "Content-Length: 0" ""
  answer=$(
    exec 3<>"/dev/udp/$LAB_IP/$KAM_PORT" || exit 1
    env printf "%s" "$request" >&3 # a single write(2), unlike the builtin
    timeout 2 head -c 12 <&3
  )
  [[ $answer == "SIP/2.0 200 " ]]
}

pulse_ready() { PULSE_SERVER="unix:$PULSE_SOCKET" timeout 5 pactl info; }

registered() { kamcmd_lab ul.lookup location "s:$1" | grep -q 'Address:'; }

# Whether something accepts TCP connections on $LAB_IP:$1.
tcp_listening() { timeout 2 bash -c "exec 3<>/dev/tcp/$LAB_IP/$1"; }

# --- certificates ----------------------------------------------------------------------------

# Signs tls/$1.csr with the lab CA (or CA $4) into tls/$1.pem with subjectAltName $2 (none when
# empty) and the validity options $3 of `openssl ca`, which, unlike `x509`, takes past dates.
sign_cert() {
  local name=$1 san=$2 dates=$3 ca=${4:-ca} dir="$RUN/tls"
  mkdir -p "$dir/db-$name"
  : >"$dir/db-$name/index.txt"
  openssl rand -hex 8 >"$dir/db-$name/serial"
  cat >"$dir/$name.cnf" <<EOF
[ca]
default_ca = lab
[lab]
database = $dir/db-$name/index.txt
new_certs_dir = $dir/db-$name
serial = $dir/db-$name/serial
default_md = sha256
policy = any
x509_extensions = ext
unique_subject = no
[any]
commonName = supplied
[ext]
basicConstraints = CA:FALSE
keyUsage = digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
EOF
  [[ -z $san ]] || echo "subjectAltName = $san" >>"$dir/$name.cnf"
  # shellcheck disable=SC2086 # $dates holds several options
  openssl ca -batch -config "$dir/$name.cnf" -cert "$dir/$ca.pem" -keyfile "$dir/$ca.key" \
    -in "$dir/$name.csr" -out "$dir/$name.pem" -notext $dates >"$RUN/logs/cert-$name.log" 2>&1 ||
    die "cannot sign the lab's $name certificate (see $RUN/logs/cert-$name.log)"
}

# A P-256 key tls/$1.key and a certificate request tls/$1.csr with common name $2.
new_key_and_csr() {
  openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
    -keyout "$RUN/tls/$1.key" -out "$RUN/tls/$1.csr" -subj "/CN=$2" 2>/dev/null ||
    die "cannot make the lab's $1 key"
}

new_ca() {
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 \
    -keyout "$RUN/tls/$1.key" -out "$RUN/tls/$1.pem" -subj "/CN=Switchboard lab $1" \
    -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign \
    2>/dev/null || die "cannot make the lab's $1"
}

# The lab CA, Kamailio's certificate for the SIP domain and the bad certificates TLS tests serve.
make_certificates() {
  mkdir -p "$RUN/tls"
  new_ca ca
  new_ca other-ca
  new_key_and_csr server "$DOMAIN"
  sign_cert server "IP:$LAB_IP,URI:sip:$DOMAIN" "-days 2"
  new_key_and_csr wrong-host other.example
  sign_cert wrong-host "DNS:other.example" "-days 2"
  new_key_and_csr expired "$DOMAIN"
  sign_cert expired "IP:$LAB_IP" "-startdate 20200101000000Z -enddate 20200102000000Z"
  new_key_and_csr untrusted "$DOMAIN"
  sign_cert untrusted "IP:$LAB_IP" "-days 2" other-ca
  new_key_and_csr cn-only-mismatch "$DOMAIN"
  sign_cert cn-only-mismatch "DNS:other.example" "-days 2"
}

# Kamailio's TLS settings: TLS 1.2 or later, the lab certificate, no client certificates.
write_kamailio_tls_cfg() {
  cat >"$1" <<EOF
[server:default]
method = TLSv1.2+
verify_certificate = no
require_certificate = no
certificate = $RUN/tls/server.pem
private_key = $RUN/tls/server.key

[client:default]
method = TLSv1.2+
verify_certificate = no
require_certificate = no
EOF
}


# --- services --------------------------------------------------------------------------------

start_pulseaudio() {
  local dir="$RUN/pulse"
  mkdir -p "$dir/home" "$dir/runtime" "$dir/config" "$dir/state"
  chmod 700 "$dir/runtime" "$dir/state"
  cat >"$dir/daemon.conf" <<EOF
exit-idle-time = -1
high-priority = no
realtime-scheduling = no
EOF
  cat >"$dir/client.conf" <<EOF
autospawn = no
EOF
  cat >"$dir/default.pa" <<EOF
load-module module-native-protocol-unix auth-anonymous=1 socket=$PULSE_SOCKET
load-module module-null-sink sink_name=spk sink_properties=device.description=Speaker
load-module module-null-sink sink_name=mic sink_properties=device.description=Microphone
# audio tests look the default source up by this description (Headset-Mic)
load-module module-remap-source source_name=micsrc master=mic.monitor source_properties=device.description=Headset-Mic
set-default-sink spk
set-default-source micsrc
# voice processing on demand, as desktop PulseAudio does: streams asking filter.want=echo-cancel
# are moved onto a module-echo-cancel pair (ADR 24)
load-module module-filter-heuristics
load-module module-filter-apply
EOF
  # A user-mode daemon (not --system) works as root: it only warns. Its own HOME, runtime dir
  # and config files keep it away from any system or desktop PulseAudio setup.
  HOME="$dir/home" XDG_RUNTIME_DIR="$dir/runtime" XDG_CONFIG_HOME="$dir/config" \
    PULSE_RUNTIME_PATH="$dir/runtime" PULSE_STATE_PATH="$dir/state" \
    PULSE_CONFIG="$dir/daemon.conf" PULSE_CLIENTCONFIG="$dir/client.conf" \
    spawn pulseaudio pulseaudio --system=no --daemonize=no -n -F "$dir/default.pa" \
    --exit-idle-time=-1 --use-pid-file=no --disable-shm=yes --log-target=stderr
  await pulseaudio 15 pulse_ready
}

write_subscribers() {
  local db=$1 id=0 user pw
  cp "$HERE/kamailio/db/version" "$HERE/kamailio/db/subscriber" "$db/"
  for user in $LAB_USERS; do
    pw=$(password_for "$user")
    id=$((id + 1))
    printf '%d:%s:%s:%s:%s\n' "$id" "$user" "$DOMAIN" \
      "$(md5 "$user:$DOMAIN:$pw")" "$(md5 "$user@$DOMAIN:$DOMAIN:$pw")" >>"$db/subscriber"
  done
}

start_kamailio() {
  local dir="$RUN/kamailio"
  mkdir -p "$dir/db"
  make_certificates
  write_kamailio_tls_cfg "$dir/tls.cfg"
  sed -e "s#@RUNDIR@#$dir#g" -e "s#@IP@#$LAB_IP#g" "$HERE/kamailio/kamailio.cfg" >"$dir/kamailio.cfg"
  write_subscribers "$dir/db"
  if ! kamailio -c -f "$dir/kamailio.cfg" >"$RUN/logs/kamailio-check.log" 2>&1; then
    tail -n 20 "$RUN/logs/kamailio-check.log" >&2
    die "kamailio rejects $dir/kamailio.cfg"
  fi
  spawn kamailio kamailio -f "$dir/kamailio.cfg" -DD -E -m 64 -M 8 \
    -Y "$dir" -P "$dir/kamailio.pid" -w "$dir"
  await kamailio 15 sip_ping
  await kamailio 5 tcp_listening "$KAM_PORT"
  await kamailio 5 tcp_listening "$KAM_TLS_PORT"
  await kamailio 5 kamcmd_lab core.version
}

start_peer() {
  local p=$1 dir="$RUN/baresip/$1" user=${PEER_USER[$1]} rtp=${PEER_RTP[$1]} trace=()
  mkdir -p "$dir/rec"
  sed -e "s#@NAME@#$p#g" -e "s#@IP@#$LAB_IP#g" -e "s#@SIPPORT@#${PEER_SIP[$p]}#" -e "s#@CTRLPORT@#${PEER_CTRL[$p]}#" \
    -e "s#@TONE@#${PEER_TONE[$p]}#" -e "s#@RECDIR@#$dir/rec#" \
    -e "s#@RTPMIN@#$rtp#" -e "s#@RTPMAX@#$((rtp + 99))#" \
    "$HERE/baresip/config.template" >"$dir/config"
  sed -e "s#@USER@#$user#" -e "s#@DOMAIN@#$DOMAIN#" -e "s#@PASSWORD@#$(password_for "$user")#" \
    "$HERE/baresip/accounts.template" >"$dir/accounts"
  : >"$dir/contacts"
  [[ ${SB_LAB_SIP_TRACE:-0} == 1 ]] && trace=(-s)
  spawn "baresip-$p" baresip -f "$dir" "${trace[@]}"
  await "baresip-$p" 10 tcp_listening "${PEER_CTRL[$p]}"
  await "baresip-$p" 15 registered "$user"
}

write_env() {
  local p P
  {
    echo "SB_LAB_DIR=$RUN"
    echo "SB_SIP_DOMAIN=$DOMAIN"
    echo "SB_LAB_IP=$LAB_IP"
    echo "SB_KAMAILIO_HOST=$LAB_IP"
    echo "SB_KAMAILIO_PORT=$KAM_PORT"
    echo "SB_KAMAILIO_TLS_PORT=$KAM_TLS_PORT"
    echo "SB_TLS_CA_FILE=$RUN/tls/ca.pem"
    echo "SB_TLS_DIR=$RUN/tls"
    echo "SB_KAMCMD_SOCKET=$KAM_CTL"
    echo "SB_USER_PASSWORD_PATTERN=$PASSWORD_PATTERN"
    echo "PULSE_SERVER=unix:$PULSE_SOCKET"
    echo "PULSE_CLIENTCONFIG=$RUN/pulse/client.conf"
    echo "SB_PULSE_MIC_SINK=mic"
    echo "SB_PULSE_SPEAKER_SINK=spk"
    echo "SB_PULSE_SOURCE=micsrc"
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

# --- commands --------------------------------------------------------------------------------

cmd_stop() {
  [[ -d $RUN/pids ]] || return 0
  rm -f "$RUN/lab.env"
  # baresip first: with Kamailio gone its un-REGISTER would wait ~30 s.
  stop_services "${PEERS[@]/#/baresip-}"
  stop_services kamailio pulseaudio
  log "stopped"
}

cmd_start() {
  local cmd p
  for cmd in kamailio kamcmd baresip pulseaudio pactl timeout md5sum openssl; do
    command -v "$cmd" >/dev/null || die "$cmd is missing; bash .ci/run installs the lab's packages"
  done
  [[ $RUN == /* && $RUN != / ]] || die "SB_LAB_DIR must be an absolute directory, not '$RUN'"
  cmd_stop
  rm -rf "$RUN"
  mkdir -p "$RUN/pids" "$RUN/logs"
  # Whatever fails from here on, leave nothing half-started behind.
  trap 'rc=$?; if ((rc != 0)); then log "start failed; stopping what was started"; cmd_stop; fi' EXIT
  start_pulseaudio
  start_kamailio
  for p in "${PEERS[@]}"; do start_peer "$p"; done
  write_env
  trap - EXIT
  log "up: Kamailio udp+tcp $LAB_IP:$KAM_PORT and tls :$KAM_TLS_PORT, PulseAudio $PULSE_SOCKET," \
    "baresip a (${PEER_USER[a]}) and b (${PEER_USER[b]}); coordinates in $RUN/lab.env"
}

cmd_status() {
  local name rc=0
  for name in "${SERVICES[@]}"; do
    if is_running "$name"; then
      echo "$name: up (pid $(pid_of "$name"))"
    else
      echo "$name: down"
      rc=1
    fi
  done
  if [[ -f $RUN/lab.env ]]; then echo "lab.env: $RUN/lab.env"; else echo "lab.env: none"; fi
  return $rc
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  *)
    echo "usage: $0 start|stop|status" >&2
    exit 2
    ;;
esac
