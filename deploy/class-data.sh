#!/bin/sh
# Prepares a faster start of the lexcheck service: class-data sharing (AppCDS), a JVM feature
# since Java 10 (dynamic archives since 13). The JVM keeps the classes a start loads, already
# parsed and verified, in an archive file and maps it at the next start instead of reading and
# verifying each class from the jars again (docs/performance.md, "Service start": about half the
# CPU time of a start).
#
#   deploy/class-data.sh JAR FOLDER
#
# writes FOLDER/lexcheck.jar and FOLDER/lib/ (the jar unpacked by Spring Boot's own
# `-Djarmode=tools extract`: CDS cannot archive classes from the jars nested in the executable
# jar) and FOLDER/lexcheck.jsa (the archive, from one training start that stops as soon as the
# application context has started: -Dspring.context.exit=onRefresh). Start with
#
#   java -XX:SharedArchiveFile=FOLDER/lexcheck.jsa -jar FOLDER/lexcheck.jar serve ...
#
# The training start uses the law packed in the jar, an embedded store in a throwaway folder, a
# random loopback port and no settings of the environment that reach anything outside (no SPARQL
# server, no given administrator password): it only has to load the same classes. The archive
# is valid only for the same JVM and the same unpacked jars (the JVM checks both and ignores an
# archive that does not match, with a warning, starting as without): it is made in FOLDER
# itself, which must not move afterwards. Used by deploy/lexcheck.sh (first start
# after a new jar) and the Dockerfile (at image build). Exit status non-zero when it failed; the
# service then starts without (slower, the same behaviour).
set -eu

if [ $# -ne 2 ]; then
    echo "usage: class-data.sh JAR FOLDER" >&2
    exit 2
fi
jar=$1
folder=$2
JAVA=${JAVA:-java}
mkdir -p "$(dirname "$folder")"
# One preparation at a time for a folder; another start meanwhile goes on without the archive.
# A lock older than 15 minutes is left over from a preparation that was killed.
find "$folder.lock" -maxdepth 0 -type d -mmin +15 -exec rmdir {} \; 2>/dev/null || true
if ! mkdir "$folder.lock" 2>/dev/null; then
    echo "class-data.sh: $folder is being prepared by another start" >&2
    exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work" "$folder.lock"' EXIT
mkdir -p "$work/cwd" "$work/data"

# Unpacked where it will be used: the archive records the paths of the jars it was made from
# and is refused with any other. lexcheck.jsa is written last, so that a folder without it is
# known to be incomplete.
rm -rf "$folder"
"$JAVA" -Djarmode=tools -jar "$jar" extract --destination "$folder" > "$work/extract.log" 2>&1 || {
    cat "$work/extract.log" >&2
    exit 1
}
# The extracted application jar keeps the executable jar's name; lexcheck.jar whatever it was.
app=$(find "$folder" -maxdepth 1 -name '*.jar' | head -1)
[ "$app" = "$folder/lexcheck.jar" ] || mv "$app" "$folder/lexcheck.jar"

# The training start: in an empty folder (no ontology/ or rules/ beside it), its own data folder,
# nothing from the environment that names a server or a password, nothing kept in the cache.
(
    cd "$work/cwd"
    unset LEXCHECK_ADMIN_PASSWORD LEXCHECK_KNOWLEDGE_SPARQL LEXCHECK_STORE LEXCHECK_STORE_SPARQL \
        LEXCHECK_STORE_SPARQL_UPDATE LEXCHECK_ONTOLOGY LEXCHECK_RULES SERVER_PORT SERVER_ADDRESS
    export LEXCHECK_CACHE=off
    # LEXCHECK_JAVA_OPTS (heap size and the like) is split into words on purpose.
    # shellcheck disable=SC2086
    exec "$JAVA" ${LEXCHECK_JAVA_OPTS:-} -XX:ArchiveClassesAtExit="$folder/lexcheck.jsa.new" \
        -Dspring.context.exit=onRefresh -jar "$folder/lexcheck.jar" serve \
        --server.address=127.0.0.1 --server.port=0 --lexcheck.data="$work/data" \
        --lexcheck.store=tdb2 --lexcheck.knowledge.sparql= --lexcheck.reload.watch=false \
        --lexcheck.retention-days=0
) > "$work/training.log" 2>&1 || {
    tail -30 "$work/training.log" >&2
    exit 1
}
if [ ! -s "$folder/lexcheck.jsa.new" ]; then
    echo "class-data.sh: the training start wrote no archive" >&2
    tail -30 "$work/training.log" >&2
    exit 1
fi
mv "$folder/lexcheck.jsa.new" "$folder/lexcheck.jsa"
