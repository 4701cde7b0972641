package org.lexcheck.cli;

/** The command line run in this JVM, for tests in other packages (the same as {@link CliTest#run}). */
public final class CliRunner {
    private CliRunner() {}

    /** Exit status, standard output and standard error of one run. */
    public record Run(int exit, String out, String err) {}

    public static Run run(String stdin, String... args) {
        CliTest.Run r = CliTest.run(stdin, args);
        return new Run(r.exit(), r.out(), r.err());
    }
}
