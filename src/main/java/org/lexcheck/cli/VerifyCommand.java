package org.lexcheck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.lexcheck.referencecase.ReferenceCase;
import org.lexcheck.referencecase.ReferenceCaseLoader;
import org.lexcheck.referencecase.ReferenceCaseRunner;
import org.lexcheck.system.Checker;

/** {@code verify [DIR]}: runs every reference case; one line per problem, exit 1 on any failure. */
final class VerifyCommand {
    private VerifyCommand() {}

    static int run(Options options, PrintStream out, PrintStream err) throws IOException {
        Path dir = Path.of(options.arguments().isEmpty() ? "test-cases" : options.arguments().get(0));
        if (!Files.isDirectory(dir)) throw new UsageException("verify: no such directory " + dir);
        ReferenceCaseRunner runner = new ReferenceCaseRunner(Checker.load(options.ontology(), options.rules()));
        int passed = 0;
        int failed = 0;
        for (Path file : ReferenceCaseLoader.files(dir)) {
            List<String> problems;
            try {
                ReferenceCase c = ReferenceCaseLoader.load(file);
                problems = runner.run(c).mismatches();
            } catch (RuntimeException e) {
                problems = List.of("cannot read the case: " + e.getMessage());
            }
            if (problems.isEmpty()) {
                passed++;
            } else {
                failed++;
                for (String p : problems) out.println(file + ":1: " + p);
            }
        }
        out.println(passed + " passed, " + failed + " failed");
        return failed == 0 && passed > 0 ? 0 : 1;
    }
}
