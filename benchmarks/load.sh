#!/usr/bin/env bash
# Load test of the REST service with wrk on loopback (bounded: 2 threads, 16 connections).
# Starts the service from target/lexcheck.jar with a throwaway data folder, signs in as the first
# administrator (HTTP Basic), and measures in one run:
#   1. POST /api/v1/checks, the 36-month example (full report; every check is stored in TDB2), 30 s
#   2. GET /api/v1/admin/versions: signed in, a trivial answer (the cost of sign-in alone), 15 s
#   3. GET /actuator/health: public, the framework's trivial baseline, 15 s
# then the resident memory of the service and the size of its data folder. Needs: wrk (Debian
# package), a built jar. The machine's load (uptime) is printed before each run: other
# processes on the same cores change the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18090}
DURATION=${DURATION:-30s}
BASELINE=${BASELINE:-15s}
BODY=examples/nl-subsidiary-protection-waiting-36-months.json
# Users and stored checks in a throwaway data folder; the first administrator signs the load in.
DATA=$(mktemp -d)
PASSWORD=load-test-$RANDOM$RANDOM
LEXCHECK_ADMIN_PASSWORD="$PASSWORD" java -XX:+ExitOnOutOfMemoryError -Xmx1g -jar target/lexcheck.jar serve \
  --server.port="$PORT" --lexcheck.reload.watch=false --lexcheck.data="$DATA" > target/load-service.log 2>&1 &
PID=$!
LUA=$(mktemp)
GET_LUA=$(mktemp)
trap 'kill $PID 2>/dev/null || true; rm -rf "$DATA" "$LUA" "$GET_LUA"' EXIT
for _ in $(seq 1 90); do curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && break; sleep 1; done
AUTH="Basic $(printf 'admin:%s' "$PASSWORD" | base64 -w0)"
cat > "$LUA" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "$AUTH"
wrk.body = io.open("$BODY"):read("*a")
LUA
cat > "$GET_LUA" <<LUA
wrk.headers["Authorization"] = "$AUTH"
LUA
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
wrk -t2 -c16 -d10s -s "$LUA" "http://127.0.0.1:$PORT/api/v1/checks" > /dev/null   # warm-up
echo "== POST /api/v1/checks (signed in, stored), $DURATION; load before:$(uptime | sed 's/.*load average://')"
wrk -t2 -c16 -d"$DURATION" --latency -s "$LUA" "http://127.0.0.1:$PORT/api/v1/checks"
STORED=$(grep -c 'POST \\/api\\/v1\\/checks 201' target/load-service.log || true)
KIB=$(du -sk "$DATA/reports" | cut -f1)
echo "stored checks: $STORED (warm-up included), store folder $((KIB / 1024)) MiB, $((KIB / (STORED > 0 ? STORED : 1))) KiB per check"
echo "service resident memory after the checks: $(ps -o rss= -p $PID | awk '{printf "%.0f MiB", $1/1024}')"
echo "== GET /api/v1/admin/versions (signed in, trivial), $BASELINE; load before:$(uptime | sed 's/.*load average://')"
wrk -t2 -c16 -d"$BASELINE" --latency -s "$GET_LUA" "http://127.0.0.1:$PORT/api/v1/admin/versions"
echo "== GET /actuator/health (public, trivial), $BASELINE; load before:$(uptime | sed 's/.*load average://')"
wrk -t2 -c16 -d"$BASELINE" --latency "http://127.0.0.1:$PORT/actuator/health"
echo "service resident memory at the end: $(ps -o rss= -p $PID | awk '{printf "%.0f MiB", $1/1024}')"
