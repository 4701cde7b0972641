package org.lexcheck.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import org.lexcheck.engine.CheckLimitExceededException;
import org.lexcheck.knowledge.KnowledgeException;
import org.lexcheck.rules.RuleBuildException;

/** The command line of contract section 2: dispatches to check, verify and lint. */
public final class Cli {
    private Cli() {}

    public static boolean isCommand(String arg) {
        return List.of("check", "diff", "verify", "coverage", "lint", "help", "--help", "-h").contains(arg);
    }

    public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        try {
            String command = args.get(0);
            Options options = Options.parse(args.subList(1, args.size()));
            return switch (command) {
                case "check" -> CheckCommand.run(options, in, out, err);
                case "diff" -> DiffCommand.run(options, in, out, err);
                case "verify" -> VerifyCommand.run(options, out, err);
                case "coverage" -> VerifyCommand.coverage(options, out);
                case "lint" -> LintCommand.run(options, out);
                default -> {
                    out.println(Options.USAGE);
                    yield 0;
                }
            };
        } catch (UsageException e) {
            err.println(e.getMessage());
            return 2;
        } catch (KnowledgeException | RuleBuildException e) {
            err.println(e.getMessage());
            return 2;
        } catch (CheckLimitExceededException e) {
            err.println(e.getMessage());
            return 2;
        } catch (java.io.IOException e) {
            err.println("cannot read: " + e.getMessage());
            return 2;
        }
    }
}
