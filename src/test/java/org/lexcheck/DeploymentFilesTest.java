package org.lexcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The deployment files (Dockerfile, deploy/) say what the code does: there is no Docker daemon
 * where the tests run, so they are read, and the launch script is run with a stand-in for java.
 * Each name they use (the jar, the {@code serve} command, the properties) is checked against
 * the build and the sources, so that a rename there breaks here rather than in a deployment.
 */
class DeploymentFilesTest {
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private static String read(String path) throws IOException {
        return Files.readString(Path.of(path), StandardCharsets.UTF_8);
    }

    /** Every source file of the service, concatenated: to find the properties it reads. */
    private static String mainSources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            StringBuilder all = new StringBuilder();
            for (Path f : files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".properties"))
                    .toList())
                all.append(Files.readString(f, StandardCharsets.ISO_8859_1)).append('\n');
            return all.toString();
        }
    }

    @Test
    void theJarTheServeCommandAndThePropertiesTheFilesNameExist() throws IOException {
        assertThat(read("pom.xml")).contains("<finalName>lexcheck</finalName>");
        assertThat(read("src/main/java/org/lexcheck/cli/Cli.java")).contains("args.get(0).equals(\"serve\")");
        String sources = mainSources();
        // LEXCHECK_DATA, LEXCHECK_ADMIN_PASSWORD, LEXCHECK_RETENTION_DAYS bind to these (relaxed binding).
        assertThat(sources)
                .contains("${lexcheck.data:")
                .contains("${lexcheck.admin-password:")
                .contains("${lexcheck.retention-days:")
                .contains("server.port=8080")
                .contains("management.endpoint.health.probes.enabled=true");
    }

    @Test
    void theDockerfileBuildsWithTheJdkRunsOnTheJreAsNonRootWithTheDataVolume() throws IOException {
        String dockerfile = read("Dockerfile");
        List<String> from = lines(dockerfile, "FROM ");
        assertThat(from).hasSize(2);
        assertThat(from.get(0)).contains("eclipse-temurin-17").contains("maven").endsWith("AS build");
        assertThat(from.get(1)).isEqualTo("FROM eclipse-temurin:17-jre");
        assertThat(dockerfile)
                .contains("package && test -f target/lexcheck.jar")
                .contains("COPY --from=build /build/target/lexcheck.jar /app/lexcheck.jar")
                .contains("VOLUME [\"/data\"]")
                .contains("LEXCHECK_DATA=/data")
                .contains("EXPOSE 8080")
                .contains("-XX:MaxRAMPercentage=")
                .containsPattern("HEALTHCHECK [^\\n]*\\n\\s+CMD curl -fsS [^\\n]*/actuator/health/readiness");
        assertThat(lines(dockerfile, "USER ")).containsExactly("USER lexcheck:lexcheck");
        assertThat(lines(dockerfile, "ENTRYPOINT "))
                .containsExactly("ENTRYPOINT [\"java\", \"-XX:+ExitOnOutOfMemoryError\","
                        + " \"-XX:SharedArchiveFile=/app/class-data/lexcheck.jsa\", \"-jar\","
                        + " \"/app/class-data/lexcheck.jar\", \"serve\"]");
        // The class-data archive is made at image build, by the script the launch script uses.
        assertThat(dockerfile).contains("RUN sh /tmp/class-data.sh /app/lexcheck.jar /app/class-data");
        // What the build stage copies is in the repository and not left out of the build context.
        List<String> ignored = lines(read(".dockerignore"), "").stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .toList();
        Matcher copy = Pattern.compile("(?m)^COPY (?!--from)(\\S+) ").matcher(dockerfile);
        List<String> copied = new ArrayList<>();
        while (copy.find()) copied.add(copy.group(1));
        assertThat(copied).containsExactly("pom.xml", "src", "ontology", "rules", "deploy/class-data.sh");
        for (String c : copied) {
            assertThat(Path.of(c)).exists();
            assertThat(ignored).doesNotContain(c);
        }
        assertThat(ignored).contains("target", "data", ".git");
        // deploy/ is left out but for the one script, excepted after it (the last matching line wins).
        assertThat(ignored.indexOf("!deploy/class-data.sh")).isGreaterThan(ignored.indexOf("deploy"));
    }

    @Test
    void composePublishesOnlyTheProxyAndKeepsTheDataInAVolume() throws IOException {
        JsonNode compose = YAML.readTree(read("deploy/compose.yaml"));
        JsonNode services = compose.get("services");
        assertThat(fieldNames(services)).containsExactlyInAnyOrder("lexcheck", "proxy");
        List<String> published = new ArrayList<>();
        for (String name : fieldNames(services)) if (services.get(name).has("ports")) published.add(name);
        assertThat(published).containsExactly("proxy");
        assertThat(texts(services.at("/proxy/ports"))).containsExactlyInAnyOrder("80:80", "443:443");

        JsonNode service = services.get("lexcheck");
        assertThat(service.at("/build/context").asString()).isEqualTo("..");
        assertThat(service.at("/build/dockerfile").asString()).isEqualTo("Dockerfile");
        assertThat(texts(service.get("expose"))).containsExactly("8080");
        assertThat(texts(service.get("volumes"))).containsExactly("lexcheck-data:/data");
        assertThat(fieldNames(compose.get("volumes"))).contains("lexcheck-data");
        JsonNode env = service.get("environment");
        assertThat(env.get("LEXCHECK_DATA").asString()).isEqualTo("/data");
        assertThat(env.get("SERVER_FORWARD_HEADERS_STRATEGY").asString()).isEqualTo("native");
        assertThat(env.get("JAVA_TOOL_OPTIONS").asString()).contains("-XX:+ExitOnOutOfMemoryError");
        assertThat(env.get("LEXCHECK_ADMIN_PASSWORD").asString()).isEqualTo("${LEXCHECK_ADMIN_PASSWORD:-}");
        assertThat(services.at("/proxy/depends_on/lexcheck/condition").asString())
                .isEqualTo("service_healthy");

        // The proxy's configuration is mounted from deploy/ and sends everything to the service.
        assertThat(texts(services.at("/proxy/volumes"))).contains("./Caddyfile:/etc/caddy/Caddyfile:ro");
        String caddyfile = read("deploy/Caddyfile");
        assertThat(lines(caddyfile, "reverse_proxy "))
                .containsExactly("reverse_proxy {$LEXCHECK_UPSTREAM:lexcheck:8080} {");
        assertThat(lines(caddyfile, "header_up ")).containsExactly("header_up X-Forwarded-Port {http.request.port}");
        assertThat(caddyfile).contains("respond /actuator/prometheus 404");
    }

    @Test
    void theLaunchScriptRunsServeWithExitOnOutOfMemoryAndTheDataFolder(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
        Path jar = Files.writeString(dir.resolve("lexcheck.jar"), "not a jar");
        // A stand-in for java: prints the environment it gets, its directory and its arguments.
        Path java = dir.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho \"data=$LEXCHECK_DATA\"\necho \"dir=$(pwd)\"\necho \"args=$*\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwx------"));
        Path data = dir.resolve("data");
        ProcessBuilder pb =
                new ProcessBuilder("/bin/sh", "deploy/lexcheck.sh", "--server.port=9090").redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("JAVA", java.toString());
        env.put("LEXCHECK_JAR", jar.toString());
        env.put("LEXCHECK_DATA", data.toString());
        env.remove("LEXCHECK_JAVA_OPTS");
        env.remove("LEXCHECK_WORKDIR");
        env.put("LEXCHECK_CDS", "off");
        Process p = pb.start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out.lines().toList())
                .containsExactly(
                        "data=" + data.toRealPath(),
                        "dir=" + dir.toRealPath(),
                        "args=-XX:+ExitOnOutOfMemoryError -Xmx1g -jar " + jar.toRealPath()
                                + " serve --server.port=9090");
        assertThat(data).isDirectory();

        String unit = read("deploy/lexcheck.service");
        assertThat(lines(unit, "ExecStart=")).containsExactly("ExecStart=/opt/lexcheck/lexcheck.sh");
        assertThat(unit).contains("Environment=LEXCHECK_DATA=/var/lib/lexcheck");
    }

    @Test
    void theLaunchScriptPreparesClassDataSharingOnceAndStartsWithIt(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
        Path jar = Files.writeString(dir.resolve("lexcheck.jar"), "not a jar");
        // A stand-in for java: unpacks (-Djarmode=tools ... extract --destination DIR), writes the
        // archive of a training start (-XX:ArchiveClassesAtExit=FILE), else prints its arguments.
        Path java = dir.resolve("java");
        Files.writeString(java, """
                #!/bin/sh
                for a in "$@"; do
                  case "$a" in
                    -XX:ArchiveClassesAtExit=*) echo archive > "${a#-XX:ArchiveClassesAtExit=}"; exit 0 ;;
                  esac
                done
                if [ "$1" = -Djarmode=tools ]; then mkdir -p "$6" && echo jar > "$6/lexcheck.jar"; exit 0; fi
                echo "args=$*"
                """);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwx------"));
        Path cache = dir.resolve("cache");
        for (int start = 1; start <= 2; start++) {
            ProcessBuilder pb =
                    new ProcessBuilder("/bin/sh", "deploy/lexcheck.sh", "--server.port=9090").redirectErrorStream(true);
            Map<String, String> env = pb.environment();
            env.put("JAVA", java.toString());
            env.put("LEXCHECK_JAR", jar.toString());
            env.put("LEXCHECK_DATA", dir.resolve("data").toString());
            env.put("LEXCHECK_CACHE", cache.toString());
            env.remove("LEXCHECK_CDS");
            env.remove("LEXCHECK_JAVA_OPTS");
            env.remove("LEXCHECK_WORKDIR");
            Process p = pb.start();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as(out).isZero();
            // Prepared at the first start only.
            assertThat(out.contains("preparing class-data sharing")).as(out).isEqualTo(start == 1);
            List<Path> prepared;
            try (var folders = Files.list(cache.resolve("class-data"))) {
                prepared = folders.filter(Files::isDirectory).toList();
            }
            assertThat(prepared).hasSize(1);
            Path folder = prepared.get(0).toRealPath();
            assertThat(folder.resolve("lexcheck.jsa")).hasContent("archive");
            assertThat(out.lines().filter(l -> l.startsWith("args=")).toList())
                    .containsExactly("args=-XX:+ExitOnOutOfMemoryError -Xmx1g -XX:SharedArchiveFile="
                            + folder.resolve("lexcheck.jsa") + " -jar " + folder.resolve("lexcheck.jar")
                            + " serve --server.port=9090");
        }
    }

    private static List<String> lines(String text, String prefix) {
        return text.lines().map(String::strip).filter(l -> l.startsWith(prefix)).collect(Collectors.toList());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        for (JsonNode v : array) values.add(v.asString());
        return values;
    }
}
