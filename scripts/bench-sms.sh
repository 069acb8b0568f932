#!/usr/bin/env bash
# Load-test the SMS front end (gateway/sms) with wrk over plain HTTP on
# loopback (TLS is the reverse proxy's job in front of sms.listen).
#
#   scripts/bench-sms.sh                  # defaults below
#   DURATION=30s CONNS=128 scripts/bench-sms.sh
#
# 1. signed inbound webhooks, POST /twilio/sms: signature verified with
#    twilio-go's RequestValidator, replay check, text scanned and sealed,
#    replay marker + queue item + audit event in one fsynced commit, TwiML
#    answer. Every request is a distinct pre-signed webhook (replays are
#    refused), read by wrk's Lua from files the bench server writes (one
#    per run and wrk thread, so no line is ever sent twice).
# 2. the send API with PHI bodies, POST /2010-04-01/Accounts/{sid}/Messages.json:
#    Basic auth (API key), consent lookup, scan, seal, link, notice, queue
#    item, message state and audit in one fsynced commit, 201 JSON.
# 3. (PACED=1) both again at about their floor rates (3,000 and 2,000/s)
#    with wrk's Lua delay(), to read p99 at the required load rather than
#    at saturation; wrk's latency excludes the delay.
# Needs: go, wrk (Debian: apt-get install -y wrk).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-20s}
THREADS=${THREADS:-2}
CONNS=${CONNS:-64}
WEBHOOKS=${WEBHOOKS_PER_THREAD:-150000}
PACED=${PACED:-1}              # also run both at about the floor rate, for p99 there
PACE_DELAY_MS=${PACE_DELAY_MS:-55}
# connections for the paced runs: rate ≈ conns / (delay + latency)
PACE_CONNS_WEBHOOK=${PACE_CONNS_WEBHOOK:-200}
PACE_CONNS_SEND=${PACE_CONNS_SEND:-128}

command -v wrk >/dev/null || { echo "wrk not installed (apt-get install -y wrk)" >&2; exit 1; }

work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; [ -n "$pid" ] && wait "$pid" 2>/dev/null; rm -rf "$work"' EXIT
go build -o "$work/benchserver" ./gateway/sms/internal/benchserver
"$work/benchserver" -dir "$work/data" -runs 2 -threads "$THREADS" -webhooks "$WEBHOOKS" >"$work/env" 2>"$work/err" &
pid=$!
for _ in $(seq 600); do grep -q READY "$work/env" 2>/dev/null && break; sleep 0.1; done
grep -q READY "$work/env" || { cat "$work/err" >&2; exit 1; }
# shellcheck disable=SC1091
. "$work/env"
echo "sms $SMS  account $ACCOUNT"
echo "go $(go env GOVERSION), $(nproc) CPUs, $(wrk -v 2>&1 | head -1)"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"

cat >"$work/webhook.lua" <<LUA
local n = 0
local pace = tonumber(os.getenv("PACE") or "0")
if pace > 0 then
  function delay() return pace end
end
function setup(thread)
  thread:set("id", n)
  n = n + 1
end
function init(args)
  f = assert(io.open("$WEBHOOKS/webhooks-" .. os.getenv("RUN") .. "-" .. id .. ".txt", "r"))
end
function request()
  local line = f:read("*l")
  if not line then
    f:seek("set", 0)
    line = f:read("*l")
  end
  local sig, body = line:match("^([^\t]+)\t(.*)$")
  return wrk.format("POST", "/twilio/sms",
    {["Content-Type"] = "application/x-www-form-urlencoded", ["X-Twilio-Signature"] = sig}, body)
end
LUA

cat >"$work/send.lua" <<LUA
wrk.method = "POST"
wrk.path = "/2010-04-01/Accounts/$ACCOUNT/Messages.json"
wrk.headers["Authorization"] = "$AUTH"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.body = "To=%2B15550100001&From=%2B15550100000&Body=Hi+Jane%2C+your+Botox+touch-up+is+booked+for+Tuesday+at+3pm.+Please+avoid+ibuprofen+for+48+hours+before."
local pace = tonumber(os.getenv("PACE") or "0")
if pace > 0 then
  function delay() return pace end
end
LUA

# warm up through the send API (spends no pre-signed webhook)
wrk -t1 -c4 -d2s -s "$work/send.lua" "$SMS" >/dev/null

echo; echo "== signed inbound webhooks: wrk -t$THREADS -c$CONNS -d$DURATION --latency -s webhook.lua \$SMS"
RUN=0 wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --latency -s "$work/webhook.lua" "$SMS" | tee "$work/webhook"

echo; echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo; echo "== send API, PHI bodies: wrk -t$THREADS -c$CONNS -d$DURATION --latency -s send.lua \$SMS"
wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --latency -s "$work/send.lua" "$SMS" | tee "$work/send"
echo; echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"

if [ "$PACED" = 1 ]; then
	echo; echo "== webhooks paced near 3,000/s: PACE=$PACE_DELAY_MS wrk -t$THREADS -c$PACE_CONNS_WEBHOOK -d$DURATION --latency -s webhook.lua \$SMS"
	RUN=1 PACE=$PACE_DELAY_MS wrk -t"$THREADS" -c"$PACE_CONNS_WEBHOOK" -d"$DURATION" --latency -s "$work/webhook.lua" "$SMS" | tee "$work/webhook-paced"
	echo; echo "== send API paced near 2,000/s: PACE=$PACE_DELAY_MS wrk -t$THREADS -c$PACE_CONNS_SEND -d$DURATION --latency -s send.lua \$SMS"
	PACE=$PACE_DELAY_MS wrk -t"$THREADS" -c"$PACE_CONNS_SEND" -d"$DURATION" --latency -s "$work/send.lua" "$SMS" | tee "$work/send-paced"
	echo; echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
fi

w=$(awk '/Requests\/sec/ {print $2}' "$work/webhook")
s=$(awk '/Requests\/sec/ {print $2}' "$work/send")
echo; echo "webhooks ${w} req/s (floor 3000), send API ${s} req/s (floor 2000)"
if grep -q "Non-2xx" "$work"/webhook* "$work"/send*; then
	echo "WARNING: some responses were not 2xx (see above)"
fi
