#!/usr/bin/env bash
# Load test of POST /api/v1/checks with wrk on loopback (bounded: 2 threads, 16 connections,
# 30 s per run). Starts the service from target/lexcheck.jar, measures, prints the resident
# memory of the service, stops it. Needs: wrk (Debian package), a built jar.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18090}
BODY=examples/nl-subsidiary-protection-waiting-36-months.json
# Users in a throwaway data folder; the first administrator signs the load in (HTTP Basic).
DATA=$(mktemp -d)
PASSWORD=load-test-$RANDOM$RANDOM
LEXCHECK_ADMIN_PASSWORD="$PASSWORD" java -Xmx1g -jar target/lexcheck.jar serve --server.port="$PORT" \
  --lexcheck.reload.watch=false --lexcheck.data="$DATA" > target/load-service.log 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; rm -rf "$DATA"' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && break; sleep 1; done
LUA=$(mktemp)
cat > "$LUA" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Basic $(printf 'admin:%s' "$PASSWORD" | base64 -w0)"
wrk.body = io.open("$BODY"):read("*a")
LUA
wrk -t2 -c16 -d10s -s "$LUA" "http://127.0.0.1:$PORT/api/v1/checks" > /dev/null   # warm-up
wrk -t2 -c16 -d30s --latency -s "$LUA" "http://127.0.0.1:$PORT/api/v1/checks"
echo "service resident memory: $(ps -o rss= -p $PID | awk '{printf "%.0f MiB", $1/1024}')"
rm -f "$LUA"
