#!/usr/bin/env bash
# How close a check comes to the framework's own limit (issue 13): starts the service once from
# target/lexcheck.jar with the Spring profile "benchmark", then measures with wrk on loopback, in
# one run, POST /api/v1/checks with the full report (the 36-month example: engine, room for
# manoeuvre with remedies and alternatives, JSON, the check stored in TDB2) and
# POST /api/v1/benchmark/trivial (the same sign-in and the same body parsed, a fixed small JSON
# answered). The last line is "checks/trivial throughput ratio: R".
#
#   benchmarks/compare.sh [--quick]      (--quick: 5 s warm-up and 15 s per endpoint, under 3 minutes)
#
# Needs wrk (apt-get install -y wrk) and a built jar (mvn -B -DskipTests package). Environment:
# PORT (default 18091), THREADS and CONNECTIONS for wrk (default 2 and 16), JAVA_OPTS (default -Xmx1g).
set -euo pipefail
cd "$(dirname "$0")/.."
WARM=10 RUN=30
[[ "${1:-}" == "--quick" ]] && WARM=5 RUN=15
PORT=${PORT:-18091}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
BODY=examples/nl-subsidiary-protection-waiting-36-months.json
command -v wrk >/dev/null || { echo "compare.sh: wrk is not installed (apt-get install -y wrk)" >&2; exit 2; }
[[ -f target/lexcheck.jar ]] || { echo "compare.sh: no target/lexcheck.jar (mvn -B -DskipTests package)" >&2; exit 2; }
DATA=$(mktemp -d)
PASSWORD=compare-$RANDOM$RANDOM
LEXCHECK_ADMIN_PASSWORD="$PASSWORD" java ${JAVA_OPTS:--Xmx1g} -XX:+ExitOnOutOfMemoryError -jar target/lexcheck.jar serve \
  --server.port="$PORT" --spring.profiles.active=benchmark --lexcheck.reload.watch=false --lexcheck.data="$DATA" \
  > target/compare-service.log 2>&1 &
PID=$!
LUA=$(mktemp)
trap 'kill $PID 2>/dev/null || true; rm -rf "$DATA" "$LUA"' EXIT
for _ in $(seq 1 90); do curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null && break; sleep 1; done
curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null || { echo "compare.sh: the service did not start" >&2; exit 1; }
cat > "$LUA" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Basic $(printf 'admin:%s' "$PASSWORD" | base64 -w0)"
wrk.body = io.open("$BODY"):read("*a")
done = function(summary, latency, requests)
  io.write(string.format("requests/s %.1f p50 %.2f ms p99 %.2f ms errors %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
LUA
measure() { # $1 path; prints the requests/s line
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARM}s" -s "$LUA" "http://127.0.0.1:$PORT$1" > /dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${RUN}s" -s "$LUA" "http://127.0.0.1:$PORT$1" | grep '^requests/s'
}
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); wrk -t$THREADS -c$CONNECTIONS, ${RUN}s per endpoint"
CHECKS=$(measure /api/v1/checks)
echo "POST /api/v1/checks (full report, stored):  $CHECKS"
TRIVIAL=$(measure /api/v1/benchmark/trivial)
echo "POST /api/v1/benchmark/trivial (parse only): $TRIVIAL"
echo "service resident memory: $(ps -o rss= -p $PID | awk '{printf "%.0f MiB", $1/1024}')"
awk -v c="$(echo "$CHECKS" | awk '{print $2}')" -v t="$(echo "$TRIVIAL" | awk '{print $2}')" \
  'BEGIN { printf "checks/trivial throughput ratio: %.2f\n", c / t }'
