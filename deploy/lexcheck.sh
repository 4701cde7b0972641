#!/bin/sh
# Starts the lexcheck service on a plain host (no container), in the foreground; for systemd see
# deploy/lexcheck.service, for everything else docs/deployment.md.
#
#   LEXCHECK_ADMIN_PASSWORD='choose-one' deploy/lexcheck.sh [SPRING ARGUMENTS...]
#
# Arguments go to the service, e.g. --server.port=9090, --lexcheck.retention-days=365,
# --ontology DIR --rules DIR (a rules repository of your own, reloaded when edited).
# Settings (environment):
#   LEXCHECK_JAR        the jar (default: target/lexcheck.jar beside this script's folder)
#   LEXCHECK_DATA       the data folder: users.txt and the stored checks (default: /var/lib/lexcheck)
#   LEXCHECK_WORKDIR    working directory (default: the jar's folder); ontology/ and rules/ there
#                       are served instead of the law packed in the jar
#   LEXCHECK_JAVA_OPTS  JVM options (default: -Xmx1g)
#   LEXCHECK_CACHE      the cache folder (default: $XDG_CACHE_HOME/lexcheck, else ~/.cache/lexcheck;
#                       "off": nothing kept); class-data/ there holds the class-data archive
#   LEXCHECK_CDS        "off": start without class-data sharing (default: on)
#   JAVA                the java command (default: java; Java 17 or later)
#
# Class-data sharing: the first start after a new jar (or a new java) unpacks the jar and makes a
# class-data archive of the classes a start loads (class-data.sh beside this script: about 20 s
# of CPU once, ~150 MB under the cache folder); every later start maps it and is ready in about
# half the CPU time (docs/performance.md, "Service start"). When that fails, or class-data.sh is
# not beside this script, the service starts without it.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
LEXCHECK_JAR=${LEXCHECK_JAR:-$here/../target/lexcheck.jar}
LEXCHECK_DATA=${LEXCHECK_DATA:-/var/lib/lexcheck}
LEXCHECK_JAVA_OPTS=${LEXCHECK_JAVA_OPTS:--Xmx1g}
JAVA=${JAVA:-java}

if [ ! -f "$LEXCHECK_JAR" ]; then
    echo "lexcheck.sh: no jar at $LEXCHECK_JAR (build it: mvn -B -DskipTests package, or set LEXCHECK_JAR)" >&2
    exit 2
fi
mkdir -p "$LEXCHECK_DATA"
# The data folder holds password hashes and confidential proposals: owner only.
chmod 700 "$LEXCHECK_DATA" 2>/dev/null || true
LEXCHECK_JAR=$(cd "$(dirname "$LEXCHECK_JAR")" && pwd)/$(basename "$LEXCHECK_JAR")
LEXCHECK_DATA=$(cd "$LEXCHECK_DATA" && pwd)
export LEXCHECK_DATA
cd "${LEXCHECK_WORKDIR:-$(dirname "$LEXCHECK_JAR")}"

# The class-data archive for this jar and this java, made once (deploy/class-data.sh).
start_jar=$LEXCHECK_JAR
cds_opts=
cache=${LEXCHECK_CACHE:-${XDG_CACHE_HOME:-${HOME:-/nonexistent}/.cache}/lexcheck}
if [ "${LEXCHECK_CDS:-on}" != off ] && [ "$cache" != off ]; then
    java_path=$(command -v "$JAVA" || true)
    java_bin=$(readlink -f "$java_path" 2>/dev/null || echo "$java_path")
    key=$( (stat -c '%s %Y' "$LEXCHECK_JAR"; echo "$java_bin"; stat -c '%Y' "$java_bin" 2>/dev/null) | cksum | cut -d' ' -f1)
    cds=$cache/class-data/$key
    if [ ! -f "$here/class-data.sh" ]; then
        echo "lexcheck.sh: no class-data.sh beside this script; starting without class-data sharing" >&2
    elif [ ! -s "$cds/lexcheck.jsa" ] && mkdir -p "$cache/class-data" 2>/dev/null; then
        echo "lexcheck.sh: preparing class-data sharing for this jar (once; the next starts are faster)" >&2
        # The folders of other jars or javas are left alone: a service still running from one
        # loads classes from its jars until it stops (docs/deployment.md says when to remove them).
        JAVA=$JAVA LEXCHECK_JAVA_OPTS=$LEXCHECK_JAVA_OPTS sh "$here/class-data.sh" "$LEXCHECK_JAR" "$cds" ||
            echo "lexcheck.sh: class-data sharing not prepared; starting without it" >&2
    fi
    if [ -s "$cds/lexcheck.jsa" ] && [ -f "$cds/lexcheck.jar" ]; then
        start_jar=$cds/lexcheck.jar
        cds_opts=-XX:SharedArchiveFile=$cds/lexcheck.jsa
    fi
fi

# -XX:+ExitOnOutOfMemoryError: a JVM out of memory exits (and systemd restarts it) rather than
# serving on half broken. LEXCHECK_JAVA_OPTS is split into words on purpose.
# shellcheck disable=SC2086
exec "$JAVA" -XX:+ExitOnOutOfMemoryError $LEXCHECK_JAVA_OPTS $cds_opts -jar "$start_jar" serve "$@"
