# lexcheck as a container: the service (`serve`) with the packaged law and the embedded store.
#   docker build -t lexcheck .
#   docker run -p 8080:8080 -v lexcheck-data:/data -e LEXCHECK_ADMIN_PASSWORD=choose-one lexcheck
# With a reverse proxy in front: deploy/compose.yaml. Everything else: docs/deployment.md.

# --- Build stage: Maven on the Eclipse Temurin 17 JDK --------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
# Dependencies first, so that a change of the sources does not download them again.
COPY pom.xml .
RUN mvn -B -q dependency:go-offline -Dmaven.test.skip=true || true
# The jar packs the knowledge (ontology/) and the rules (rules/) as its fallback copies.
COPY src ./src
COPY ontology ./ontology
COPY rules ./rules
# The tests run in CI (`mvn -B verify`, .ci/run), not in the image build.
RUN mvn -B -q -Dmaven.test.skip=true package && test -f target/lexcheck.jar

# --- Runtime stage: the Eclipse Temurin 17 JRE, a non-root user ---------------------------
FROM eclipse-temurin:17-jre
# curl for the HEALTHCHECK only.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 lexcheck \
    && useradd --system --uid 10001 --gid lexcheck --home-dir /home/lexcheck --create-home lexcheck \
    && mkdir -p /app /data \
    && chown lexcheck:lexcheck /data
# /app holds only the jar (and its unpacked copy, below): with no ontology/ and rules/ beside it
# the service uses the law packed in the jar (and watches nothing). Mount both folders at
# /app/ontology and /app/rules to serve a rules repository of your own instead
# (docs/deployment.md).
WORKDIR /app
COPY --from=build /build/target/lexcheck.jar /app/lexcheck.jar

# The data folder (property lexcheck.data): users.txt and the stored checks (TDB2, reports/).
ENV LEXCHECK_DATA=/data \
    SERVER_PORT=8080 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=60 -XX:+ExitOnOutOfMemoryError"
VOLUME ["/data"]
EXPOSE 8080
# Class-data sharing for a faster start (docs/performance.md, "Service start"): the jar unpacked
# into /app/class-data/ and an archive of the classes a start loads, made by one training start
# at image build with the JVM options above (deploy/class-data.sh: the packed law, a throwaway
# data folder, nothing reached outside). The JVM of this image maps it at every start; were it
# ever not to match, the JVM says so and starts without it.
COPY deploy/class-data.sh /tmp/class-data.sh
RUN sh /tmp/class-data.sh /app/lexcheck.jar /app/class-data && rm /tmp/class-data.sh
USER lexcheck:lexcheck

# Ready only when a version of the knowledge and the rules is loaded (KnowledgeHealth); public.
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
    CMD curl -fsS -o /dev/null "http://127.0.0.1:${SERVER_PORT}/actuator/health/readiness" || exit 1

# -XX:+ExitOnOutOfMemoryError here as well as in JAVA_TOOL_OPTIONS, so that overriding the heap
# setting cannot drop it: a JVM out of memory exits and the container restarts, rather than
# serving on half broken. Arguments after the image name go to Spring, e.g.
# `--lexcheck.retention-days=365`.
ENTRYPOINT ["java", "-XX:+ExitOnOutOfMemoryError", "-XX:SharedArchiveFile=/app/class-data/lexcheck.jsa", "-jar", "/app/class-data/lexcheck.jar", "serve"]
