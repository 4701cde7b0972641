package org.lexcheck.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import org.lexcheck.engine.CheckLimitExceededException;
import org.lexcheck.knowledge.KnowledgeException;
import org.lexcheck.proposal.InvalidProposalException;
import org.lexcheck.rules.RuleBuildException;
import org.lexcheck.system.EngineVersion;

/** The command line of contract section 2: dispatches to check, diff, obligations, verify, coverage, lint and publish. */
public final class Cli {
    private Cli() {}

    /** True only for {@code serve}: no other first argument, and no argument at all, starts the service. */
    public static boolean startsServer(List<String> args) {
        return !args.isEmpty() && args.get(0).equals("serve");
    }

    /** Runs one command; an unknown or missing command prints the usage on standard error and returns 2. */
    public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        try {
            if (args.isEmpty()) throw new UsageException("a command is required\n" + Options.USAGE);
            String command = args.get(0);
            switch (command) {
                case "help", "--help", "-h" -> {
                    out.println(Options.USAGE);
                    return 0;
                }
                case "--version", "version" -> {
                    out.println("lexcheck " + EngineVersion.get());
                    return 0;
                }
                default -> {}
            }
            if (!Options.isCommand(command))
                throw new UsageException("unknown command '" + command + "'\n" + Options.USAGE);
            Options options = Options.parse(command, args.subList(1, args.size()));
            return switch (command) {
                case "check" -> CheckCommand.run(options, in, out, err);
                case "diff" -> DiffCommand.run(options, in, out, err);
                case "obligations" -> ObligationsCommand.run(options, out);
                case "verify" -> VerifyCommand.run(options, out, err);
                case "coverage" -> VerifyCommand.coverage(options, out);
                case "lint" -> LintCommand.run(options, out);
                case "publish" -> PublishCommand.run(options, out, err);
                default -> throw new UsageException("unknown command '" + command + "'\n" + Options.USAGE);
            };
        } catch (UsageException e) {
            err.println(e.getMessage());
            return 2;
        } catch (InvalidProposalException e) {
            err.println(e.describe());
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
