#!/usr/bin/env bash
# The email-path benchmark (issue 2), anchored on Postfix in the same run:
#
#  (a) smtp-source → Postfix → smtp-sink
#  (b) smtp-source → phigate → smtp-sink   (every message names a procedure,
#      so every one is sealed and rewritten; fsync before every 250)
#      end-to-end messages/s until the sink has them all, and the ratio b/a;
#  (c) p50/p99 from end of DATA to 250 at half of phigate's peak rate;
#  (d) phigate with STARTTLS + AUTH, driven by scripts/smtpload;
#  (e) peak RSS of phigate while it accepts one 30 MB message.
#
# Needs root (it configures and starts the system Postfix on loopback:
# run it on a scratch machine). Results go to $OUT (default bench-out/).
#
#   scripts/bench-smtp.sh                 # 5,000 × 10 KB, 20 sessions
#   N=20000 SESSIONS=20 scripts/bench-smtp.sh
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-5000}
SESSIONS=${SESSIONS:-20}
SIZE=${SIZE:-10240}
OUT=${OUT:-bench-out}
SINK=127.0.0.1:2526
PF=127.0.0.1:2525
PG_SMTP=127.0.0.1:2587
SUBJECT="Your Botox follow-up"
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)

if ! command -v smtp-source >/dev/null || ! command -v postfix >/dev/null; then
  apt-get update -qq
  echo "postfix postfix/main_mailer_type select Local only" | debconf-set-selections
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postfix >/dev/null
fi

pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  postfix stop >/dev/null 2>&1 || true
}
trap cleanup EXIT

now() { date +%s.%N; }
sink_count() { grep -ao 'mesg=[0-9]*' "$OUT/sink.log" 2>/dev/null | tail -1 | cut -d= -f2 || echo 0; }
wait_sink() { # wait until the sink has counted $1 messages
  local want=$1 deadline=$(( $(date +%s) + 900 ))
  while [ "$(sink_count)" -lt "$want" ]; do
    [ "$(date +%s)" -gt "$deadline" ] && { echo "sink stuck at $(sink_count) of $want" >&2; return 1; }
    sleep 0.01
  done
}
rate() { awk -v n="$1" -v t0="$2" -v t1="$3" 'BEGIN { printf "%.0f", n / (t1 - t0) }'; }

echo "== machine: $(nproc) cores, $(uname -r), $(go version | cut -d' ' -f3), Postfix $(postconf -h mail_version)"
echo "== load before start: $(cut -d' ' -f1-3 /proc/loadavg)"

# The sink both systems relay to.
smtp-sink -c -u nobody "$SINK" 1024 > "$OUT/sink.log" 2>&1 &
pids+=($!)
sleep 0.3

# (a) Postfix: loopback only, relaying everything from 127/8 to the sink,
# no TLS on either side (the sink speaks none), default concurrency (20).
postfix stop >/dev/null 2>&1 || true
postconf -e "inet_interfaces = loopback-only" "inet_protocols = ipv4" "mydestination =" \
  "relayhost = [127.0.0.1]:2526" "mynetworks = 127.0.0.0/8" \
  "smtp_tls_security_level = none" "smtpd_tls_security_level = none" \
  "smtpd_relay_restrictions = permit_mynetworks reject"
postconf -X maillog_file 2>/dev/null || true # no syslog here: Postfix logs nowhere, like phigate at log_level warn
postconf -Me "127.0.0.1:2525/inet=127.0.0.1:2525 inet n - n - - smtpd"
postfix start >/dev/null 2>&1
sleep 1

base=$(sink_count)
t0=$(now)
smtp-source -d -s "$SESSIONS" -m "$N" -l "$SIZE" -S "$SUBJECT" -f ehr@practice.test -t patient@patient.test "$PF"
wait_sink $((base + N))
t1=$(now)
pf_rate=$(rate "$N" "$t0" "$t1")
echo "(a) Postfix:  $N × ${SIZE} B, $SESSIONS sessions: $pf_rate msg/s end to end"
postfix stop >/dev/null 2>&1 || true

# (b) phigate on a fresh data dir, trusted network (smtp-source cannot AUTH),
# relaying in the clear to the same sink with the same concurrency.
go build -o "$OUT/phigate" ./cmd/phigate
go build -o "$OUT/smtpload" ./scripts/smtpload
start_phigate() {
  rm -rf "$OUT/data"
  mkdir -p "$OUT/data"
  cat > "$OUT/phigate.yaml" <<EOF
data_dir: $OUT/data
log_level: warn
smtp:
  listen: $PG_SMTP
  trusted_networks: [127.0.0.0/8]
  per_ip_per_minute: 100000000
  per_user_per_minute: 100000000
  auth_fail_delay: 1ms
portal:
  listen: 127.0.0.1:0
  reminder_after: 0s
upstream:
  address: $SINK
  tls: none
  max_connections: $SESSIONS
delivery:
  workers: $SESSIONS
EOF
  : > "$OUT/phigate.out" # the last run's banner must not pass for this one's
  PHIGATE_MASTER_KEY=$(head -c32 /dev/urandom | base64) "$OUT/phigate" serve --config "$OUT/phigate.yaml" > "$OUT/phigate.out" 2> "$OUT/phigate.err" &
  PG_PID=$!
  pids+=($PG_PID)
  for _ in $(seq 100); do grep -q "SMTP submission" "$OUT/phigate.out" 2>/dev/null && return; sleep 0.1; done
  echo "phigate did not start" >&2; cat "$OUT/phigate.err" >&2; exit 1
}
stop_phigate() { kill "$PG_PID"; wait "$PG_PID" 2>/dev/null || true; }

start_phigate
base=$(sink_count)
t0=$(now)
smtp-source -d -s "$SESSIONS" -m "$N" -l "$SIZE" -S "$SUBJECT" -f ehr@practice.test -t patient@patient.test "$PG_SMTP"
wait_sink $((base + N))
t1=$(now)
pg_rate=$(rate "$N" "$t0" "$t1")
echo "(b) phigate:  $N × ${SIZE} B, $SESSIONS sessions, every message rewritten: $pg_rate msg/s end to end"
echo "    ratio phigate / Postfix = $(awk -v a="$pg_rate" -v b="$pf_rate" 'BEGIN { printf "%.2f", a / b }')"

# (c) latency at half the peak rate.
half=$(( pg_rate / 2 ))
echo "(c) phigate at $half msg/s (half of peak), trusted network:"
"$OUT/smtpload" -addr "$PG_SMTP" -n $(( half * 20 )) -c "$SESSIONS" -size "$SIZE" -rate "$half" | sed 's/^/    /'
stop_phigate

# (d) STARTTLS + AUTH, as staff mail clients submit.
start_phigate
echo 'bench passphrase 0123456789' | "$OUT/phigate" users add --config "$OUT/phigate.yaml" --email load@practice.test --role staff --password-stdin >/dev/null
echo "(d) phigate with STARTTLS + AUTH PLAIN (scripts/smtpload, $SESSIONS sessions):"
SMTPLOAD_PASSWORD='bench passphrase 0123456789' "$OUT/smtpload" -addr "$PG_SMTP" -starttls -user load@practice.test \
  -n "$N" -c "$SESSIONS" -size "$SIZE" -sink-log "$OUT/sink.log" | sed 's/^/    /'
stop_phigate

# (e) peak RSS while accepting one 30 MB message: a photo (base64
# attachment, 30 MB on the wire) and a plain-text body of 30 MiB.
for kind in photo text; do
  start_phigate
  sleep 2 # let start-up allocation settle before the baseline
  rss0=$(awk '/VmHWM/ {print $2}' /proc/$PG_PID/status)
  if [ "$kind" = photo ]; then
    "$OUT/smtpload" -addr "$PG_SMTP" -n 1 -c 1 -size 2000 -attach 22800000 >/dev/null
  else
    "$OUT/smtpload" -addr "$PG_SMTP" -n 1 -c 1 -size $((30 << 20)) >/dev/null
  fi
  rss=$(awk '/VmHWM/ {print $2}' /proc/$PG_PID/status)
  echo "(e) peak RSS, one 30 MB $kind message: $((rss0 / 1024)) MB after start, $((rss / 1024)) MB peak"
  stop_phigate
done
echo "== load after: $(cut -d' ' -f1-3 /proc/loadavg)"
