#!/usr/bin/env bash
# Load-test the patient portal with wrk over HTTPS keep-alive on loopback.
#
#   scripts/bench-portal.sh            # defaults below
#   DURATION=30s CONNS=64 scripts/bench-portal.sh
#
# 1. landing page (GET /s/{token}) at full speed, and two minimal fasthttp
#    handlers over the same TLS setup: one serving the same body and content
#    type, one serving the same body and every header line (security
#    headers and cookie) too; then the ratios from alternating short rounds
#    of the three (median of the per-round ratios);
# 2. the verified message view (decrypt + parse + sanitise + render a ~10 KB
#    message with one ~200 KB photo, plus its audit event) paced to about
#    500 requests/s with wrk's Lua delay(); wrk's latency excludes the delay;
# 3. the photo itself (decrypt + metadata strip) at full speed.
# Needs: go, wrk (Debian: apt-get install -y wrk).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-20s}
THREADS=${THREADS:-2}
CONNS=${CONNS:-64}
RATE_CONNS=${RATE_CONNS:-10}   # connections for the paced run
RATE_DELAY_MS=${RATE_DELAY_MS:-16}  # per-connection pause between requests
ROUNDS=${ROUNDS:-7}             # alternating rounds for the ratio
ROUND=${ROUND:-4s}

command -v wrk >/dev/null || { echo "wrk not installed (apt-get install -y wrk)" >&2; exit 1; }

work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
go build -o "$work/benchserver" ./portal/internal/benchserver
"$work/benchserver" -dir "$work/data" >"$work/env" 2>"$work/err" &
pid=$!
for _ in $(seq 100); do grep -q MESSAGE_BYTES "$work/env" 2>/dev/null && break; sleep 0.1; done
grep -q MESSAGE_BYTES "$work/env" || { cat "$work/err" >&2; exit 1; }
# shellcheck disable=SC1091
. "$work/env"
echo "portal $PORTAL  minimal $MINIMAL  landing ${LANDING_BYTES} B  message ${MESSAGE_BYTES} B"
echo "go $(go env GOVERSION), $(nproc) CPUs, $(wrk -v 2>&1 | head -1)"

cat >"$work/paced.lua" <<LUA
wrk.headers["Cookie"] = "$COOKIE"
wrk.headers["Accept-Language"] = "en"
function delay() return $RATE_DELAY_MS end
LUA
cat >"$work/cookie.lua" <<LUA
wrk.headers["Cookie"] = "$COOKIE"
LUA

# warm up both servers
wrk -t1 -c8 -d2s "$PORTAL/s/$TOKEN" >/dev/null
wrk -t1 -c8 -d2s "$MINIMAL/" >/dev/null
wrk -t1 -c8 -d2s "$MINIMAL_SAME/" >/dev/null
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"

echo; echo "== landing page: wrk -t$THREADS -c$CONNS -d$DURATION --latency \$PORTAL/s/\$TOKEN"
wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --latency "$PORTAL/s/$TOKEN" | tee "$work/landing"
echo; echo "== minimal fasthttp handler, same bytes, same TLS: wrk -t$THREADS -c$CONNS -d$DURATION --latency \$MINIMAL/"
wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --latency "$MINIMAL/" | tee "$work/minimal"
echo; echo "== minimal handler, same body AND the same headers (security headers, cookie): wrk -t$THREADS -c$CONNS -d$DURATION --latency \$MINIMAL_SAME/"
wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --latency "$MINIMAL_SAME/" | tee "$work/same"

# The ratio: other work on the machine comes and goes within seconds, so
# the three servers are measured in alternating short rounds and the ratio
# is the median of the per-round ratios.
rps() { wrk -t"$THREADS" -c"$CONNS" -d"$ROUND" "$1" | awk '/Requests\/sec/ {print $2}'; }
echo; echo "== ratio: $ROUNDS rounds of $ROUND each, landing / minimal / minimal with the same headers, alternating"
: >"$work/rounds"
for i in $(seq "$ROUNDS"); do
	a=$(rps "$PORTAL/s/$TOKEN"); b=$(rps "$MINIMAL/"); c=$(rps "$MINIMAL_SAME/")
	echo "$a $b $c" | tee -a "$work/rounds" | awk '{printf "round: landing %s  minimal %s  minimal-same %s  ratios %.2f %.2f\n", $1, $2, $3, $1/$2, $1/$3}'
done
median() { sort -g | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
r1=$(awk '{print $1/$2}' "$work/rounds" | median)
r2=$(awk '{print $1/$3}' "$work/rounds" | median)
echo "median ratio to minimal (same body):             $(printf %.2f "$r1")"
echo "median ratio to minimal (same body and headers): $(printf %.2f "$r2")"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"

echo; echo "== message view paced: wrk -t$THREADS -c$RATE_CONNS -d$DURATION --latency -s paced.lua (delay ${RATE_DELAY_MS} ms) \$PORTAL/m"
wrk -t"$THREADS" -c"$RATE_CONNS" -d"$DURATION" --latency -s "$work/paced.lua" "$PORTAL/m"

img=$(curl -sk -H "Cookie: $COOKIE" "$PORTAL/m" | grep -o '/m/[A-Za-z0-9_-]*/part/[0-9]*' | head -1 || true)
if [ -n "$img" ]; then
	echo; echo "== photo (decrypt + strip metadata), full speed: wrk -t$THREADS -c16 -d$DURATION --latency -s cookie.lua \$PORTAL$img"
	wrk -t"$THREADS" -c16 -d"$DURATION" --latency -s "$work/cookie.lua" "$PORTAL$img"
fi
