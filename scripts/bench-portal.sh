#!/usr/bin/env bash
# Load-test the patient portal with wrk over HTTPS keep-alive on loopback.
#
#   scripts/bench-portal.sh            # defaults below
#   DURATION=30s CONNS=64 scripts/bench-portal.sh
#
# 1. landing page (GET /s/{token}) at full speed, and two minimal fasthttp
#    handlers over the same TLS setup: one serving the same body and content
#    type, one serving the same body and every header line (security
#    headers and cookie) too; the landing runs before and after them and the
#    ratios use the mean of the two;
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
RATE_DELAY_MS=${RATE_DELAY_MS:-18}  # per-connection pause between requests

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
echo; echo "== landing page again (the three runs above share the machine's load unevenly)"
wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --latency "$PORTAL/s/$TOKEN" | tee "$work/landing2"
l=$(awk '/Requests\/sec/ {print $2}' "$work/landing")
l2=$(awk '/Requests\/sec/ {print $2}' "$work/landing2")
m=$(awk '/Requests\/sec/ {print $2}' "$work/minimal")
ms=$(awk '/Requests\/sec/ {print $2}' "$work/same")
echo; echo "landing ${l} and ${l2} req/s; minimal (same body) ${m} req/s; minimal (same body and headers) ${ms} req/s"
echo "ratio to minimal (same body):             $(awk -v a="$l" -v c="$l2" -v b="$m" 'BEGIN {printf "%.2f", (a+c)/2/b}')"
echo "ratio to minimal (same body and headers): $(awk -v a="$l" -v c="$l2" -v b="$ms" 'BEGIN {printf "%.2f", (a+c)/2/b}')"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"

echo; echo "== message view paced: wrk -t$THREADS -c$RATE_CONNS -d$DURATION --latency -s paced.lua (delay ${RATE_DELAY_MS} ms) \$PORTAL/m"
wrk -t"$THREADS" -c"$RATE_CONNS" -d"$DURATION" --latency -s "$work/paced.lua" "$PORTAL/m"

img=$(curl -sk -H "Cookie: $COOKIE" "$PORTAL/m" | grep -o '/m/[A-Za-z0-9_-]*/part/[0-9]*' | head -1 || true)
if [ -n "$img" ]; then
	echo; echo "== photo (decrypt + strip metadata), full speed: wrk -t$THREADS -c16 -d$DURATION --latency -s cookie.lua \$PORTAL$img"
	wrk -t"$THREADS" -c16 -d"$DURATION" --latency -s "$work/cookie.lua" "$PORTAL$img"
fi
