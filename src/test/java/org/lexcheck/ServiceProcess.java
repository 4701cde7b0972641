package org.lexcheck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code lexcheck serve} as a real child process on this test's class path (the jar is built only
 * at {@code package}, after the tests), on a free port, with its standard output and error in a
 * log file. For tests of what only a real process shows: a SIGKILL, an exit status.
 */
public final class ServiceProcess implements AutoCloseable {
    private static final Pattern SERVING = Pattern.compile("lexcheck: serving on (http://localhost:\\d+)/");

    /** The child's JVM: one short-lived service, started often, gains nothing from the C2 compiler. */
    private static final List<String> JVM = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m");

    private final Process process;
    private final Path log;
    private final String base;

    private ServiceProcess(Process process, Path log, String base) {
        this.process = process;
        this.log = log;
        this.base = base;
    }

    /** Starts {@code serve ARGS} in {@code workDir}, output appended to {@code log}; the process, not waited for (port 8080 unless ARGS say). */
    public static Process launch(Path workDir, Path log, List<String> args) throws IOException {
        List<String> serve = new ArrayList<>();
        serve.add("serve");
        serve.addAll(args);
        return new ProcessBuilder(command(serve))
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }

    /** {@code java ... org.lexcheck.LexcheckApplication ARGS} on this test's class path: the jar's command line. */
    public static List<String> command(List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.lexcheck.LexcheckApplication");
        command.addAll(args);
        return command;
    }

    /**
     * Starts {@code serve ARGS} on a free port and waits until it says where it serves ({@code
     * lexcheck: serving on URL}, contract section 1); fails with the log's tail when it exits or
     * does not say so in time.
     */
    public static ServiceProcess start(Path workDir, Path log, List<String> args, Duration timeout)
            throws IOException, InterruptedException {
        long before = Files.exists(log) ? Files.size(log) : 0;
        List<String> onAFreePort = new ArrayList<>(args);
        onAFreePort.add(0, "--server.port=0");
        Process process = launch(workDir, log, onAFreePort);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher m = SERVING.matcher(since(log, before));
            if (m.find()) return new ServiceProcess(process, log, m.group(1));
            if (!process.isAlive())
                throw new AssertionError("the service exited with " + process.exitValue() + ":\n" + tail(log));
            Thread.sleep(50);
        }
        process.destroyForcibly().waitFor();
        throw new AssertionError("the service did not start within " + timeout + ":\n" + tail(log));
    }

    /** {@code http://localhost:PORT} */
    public String base() {
        return base;
    }

    public Process process() {
        return process;
    }

    /** SIGKILL (on Linux, {@link Process#destroyForcibly()} sends it): no shutdown hook, no close, no flush. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) throw new AssertionError("the killed service did not end");
    }

    /** SIGTERM, the orderly stop. */
    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) return;
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) kill();
    }

    /** The last lines of the log, for a failure message. */
    public static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    public String tail() {
        return tail(log);
    }

    private static String since(Path log, long offset) throws IOException {
        if (!Files.exists(log)) return "";
        byte[] all = Files.readAllBytes(log);
        int from = (int) Math.min(offset, all.length);
        return new String(all, from, all.length - from, StandardCharsets.UTF_8);
    }
}
