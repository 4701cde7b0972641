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
#   JAVA                the java command (default: java; Java 17 or later)
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

# -XX:+ExitOnOutOfMemoryError: a JVM out of memory exits (and systemd restarts it) rather than
# serving on half broken. LEXCHECK_JAVA_OPTS is split into words on purpose.
# shellcheck disable=SC2086
exec "$JAVA" -XX:+ExitOnOutOfMemoryError $LEXCHECK_JAVA_OPTS -jar "$LEXCHECK_JAR" serve "$@"
