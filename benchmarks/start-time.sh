#!/usr/bin/env bash
# Time from `java -jar target/lexcheck.jar serve` until /actuator/health/readiness answers 200 (UP:
# a version of the law is loaded), repeated, with the median. Each run: a free port on loopback,
# an empty working directory (so the law packed in the jar serves, as in the image), a fresh
# throwaway data folder (the first administrator and the report store are created, as at a first
# start) unless KEEP_DATA=1 (one folder for all runs: every run after the first is a restart) or
# DATA=FOLDER (that folder, kept: a restart once it holds a store),
# readiness polled every 50 ms, the service's CPU time (user + system, /proc/PID/stat; all
# threads, and the main thread that runs Spring's start alone) read at that moment, then the
# service stopped. On a busy machine the CPU times vary less than the wall time.
#
#   benchmarks/start-time.sh [RUNS]            (default 5)
#   JAVA_OPTS='-XX:SharedArchiveFile=...' benchmarks/start-time.sh
#   JAR=/path/to/lexcheck.jar benchmarks/start-time.sh
#   CDS=1 benchmarks/start-time.sh             (as deploy/lexcheck.sh and the image start: the jar
#                                              unpacked with a class-data archive, made first by
#                                              deploy/class-data.sh and not timed)
#   SERVE_ARGS='--spring.main.lazy-initialization=false' benchmarks/start-time.sh
#
# The machine's load (uptime) is printed before the runs: other processes on the same cores
# change the figures, hence the repetition.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-${RUNS:-5}}
DATA_FOLDER=${DATA:-}
JAR=$(realpath "${JAR:-target/lexcheck.jar}")
JAVA_OPTS=${JAVA_OPTS:-}
SERVE_ARGS=${SERVE_ARGS:-}
TICKS=$(getconf CLK_TCK)
[ -f "$JAR" ] || { echo "start-time.sh: no jar at $JAR (mvn -B -DskipTests package)" >&2; exit 2; }

WORK=$(mktemp -d)
PID=
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null; rm -rf "$WORK"' EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

if [ "${CDS:-0}" = 1 ]; then
    echo "preparing class-data sharing (deploy/class-data.sh, not timed) ..."
    sh deploy/class-data.sh "$JAR" "$WORK/class-data"
    JAR=$WORK/class-data/lexcheck.jar
    JAVA_OPTS="-XX:SharedArchiveFile=$WORK/class-data/lexcheck.jsa $JAVA_OPTS"
fi
echo "jar: $JAR ($(java -version 2>&1 | head -1)), $(nproc) cores"
echo "java options: ${JAVA_OPTS:-(none)}; serve arguments: ${SERVE_ARGS:-(none)}"
echo "load before:$(uptime | sed 's/.*load average://')"
walls=()
cpus=()
mains=()
for run in $(seq 1 "$RUNS"); do
    PORT=$(free_port)
    if [ -n "${DATA_FOLDER:-}" ]; then
        DATA=$DATA_FOLDER
    else
        DATA=$WORK/data
        [ "${KEEP_DATA:-0}" = 1 ] || rm -rf "$DATA"
    fi
    mkdir -p "$DATA" "$WORK/cwd"
    start=$(date +%s.%N)
    # shellcheck disable=SC2086
    (cd "$WORK/cwd" && LEXCHECK_ADMIN_PASSWORD=start-time-$RANDOM exec java $JAVA_OPTS -jar "$JAR" serve \
        --server.address=127.0.0.1 --server.port="$PORT" --lexcheck.data="$DATA" $SERVE_ARGS \
        > "$WORK/service-$run.log" 2>&1) &
    PID=$!
    ready=
    for _ in $(seq 1 1200); do
        if curl -sf -o /dev/null "http://127.0.0.1:$PORT/actuator/health/readiness"; then
            ready=$(date +%s.%N)
            break
        fi
        kill -0 "$PID" 2>/dev/null || break
        sleep 0.05
    done
    if [ -z "$ready" ]; then
        echo "run $run: not ready (log: last lines below)" >&2
        tail -20 "$WORK/service-$run.log" >&2
        exit 1
    fi
    read -r utime stime < <(awk '{print $14, $15}' "/proc/$PID/stat")
    # The thread that runs main() (Spring's start) keeps the name "java"; the compilers, the
    # collector and the request threads have names of their own.
    main_ticks=$(for t in /proc/"$PID"/task/*; do if [ "$(cat "$t/comm")" = java ]; then awk '{print $14 + $15}' "$t/stat"; fi; done | sort -n | tail -1)
    wall=$(echo "$ready - $start" | bc -l)
    cpu=$(echo "($utime + $stime) / $TICKS" | bc -l)
    main_cpu=$(echo "$main_ticks / $TICKS" | bc -l)
    started=$(grep -o 'Started LexcheckApplication in [0-9.]* seconds' "$WORK/service-$run.log" | grep -o '[0-9.]* seconds' || echo '?')
    printf 'run %d: ready after %.2f s, %.2f s of CPU (main thread %.2f s; Spring: started in %s)\n' \
        "$run" "$wall" "$cpu" "$main_cpu" "$started"
    walls+=("$wall")
    cpus+=("$cpu")
    mains+=("$main_cpu")
    kill "$PID"
    wait "$PID" 2>/dev/null || true
    PID=
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f", m}'; }
echo "load after:$(uptime | sed 's/.*load average://')"
echo "median of $RUNS: ready after $(median "${walls[@]}") s, $(median "${cpus[@]}") s of CPU (main thread $(median "${mains[@]}") s)"
