package org.lexcheck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.lexcheck.referencecase.Coverage;
import org.lexcheck.referencecase.ReferenceCase;
import org.lexcheck.referencecase.ReferenceCaseLoader;
import org.lexcheck.referencecase.ReferenceCaseRunner;
import org.lexcheck.system.Checker;

/**
 * {@code verify [DIR]}: runs every reference case; one line per problem, exit 1 on any failure.
 * {@code coverage [DIR]} runs them too and prints what they and the knowledge base cover;
 * exit 1 when a measure type has no norm or no case.
 */
final class VerifyCommand {
    private VerifyCommand() {}

    static int run(Options options, PrintStream out, PrintStream err) throws IOException {
        return run(options, out, false);
    }

    static int coverage(Options options, PrintStream out) throws IOException {
        return run(options, out, true);
    }

    private static int run(Options options, PrintStream out, boolean coverage) throws IOException {
        Path dir = Path.of(
                options.arguments().isEmpty()
                        ? "test-cases"
                        : options.arguments().get(0));
        if (!Files.isDirectory(dir)) throw new UsageException("verify: no such directory " + dir);
        Checker checker = Checker.load(options.ontology(), options.rules());
        ReferenceCaseRunner runner = new ReferenceCaseRunner(checker);
        Coverage cover = new Coverage(checker.current().knowledge());
        int passed = 0;
        int failed = 0;
        for (Path file : ReferenceCaseLoader.files(dir)) {
            List<String> problems;
            try {
                ReferenceCase c = ReferenceCaseLoader.load(file);
                ReferenceCaseRunner.Outcome outcome = runner.run(c);
                cover.add(outcome);
                problems = outcome.mismatches();
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
        if (coverage) {
            out.print(cover.render(checker.current().rules().rules().stream()
                    .map(r -> r.name())
                    .toList()));
            out.println("Not fully verified (kind | status | item | what was not seen)");
            org.lexcheck.knowledge.VerificationReport.lines(
                            org.lexcheck.knowledge.SourceFiles.locate(options.ontology(), "ontology", ".ttl"))
                    .forEach(l -> out.println("  " + l));
            cover.gaps().forEach(g -> out.println("gap: " + g));
            out.println(passed + " passed, " + failed + " failed");
            return failed == 0 && passed > 0 && cover.gaps().isEmpty() ? 0 : 1;
        }
        List<String> ruleNames =
                checker.current().rules().rules().stream().map(r -> r.name()).toList();
        out.print(cover.renderRules(ruleNames));
        List<String> unfired =
                ruleNames.stream().filter(r -> cover.casesOfRule(r).isEmpty()).toList();
        unfired.forEach(r -> out.println("rules: rule \"" + r + "\" fires in no reference case"));
        out.println(passed + " passed, " + failed + " failed");
        return failed == 0 && passed > 0 && unfired.isEmpty() ? 0 : 1;
    }
}
