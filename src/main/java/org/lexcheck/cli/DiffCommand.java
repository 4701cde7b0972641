package org.lexcheck.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import org.lexcheck.proposal.InvalidProposalException;
import org.lexcheck.report.Messages;
import org.lexcheck.report.Report;
import org.lexcheck.report.ReportDiff;
import org.lexcheck.report.ReportWriter;
import org.lexcheck.report.Verdict;
import org.lexcheck.system.Checker;

/**
 * {@code diff OLD NEW}: checks two versions of a proposal on the same date and on one pinned
 * version of the knowledge, and lists the findings that appear, disappear or change. Exit 1 when
 * the new version still has a conflict.
 */
final class DiffCommand {
    private DiffCommand() {}

    static int run(Options options, InputStream stdin, PrintStream out, PrintStream err) {
        if (options.arguments().size() != 2)
            throw new UsageException("diff: exactly two files are required, OLD and NEW\n" + Options.USAGE);
        if (!CheckCommand.isComparable(options.format())) {
            throw new UsageException("--format: a diff has no "
                    + options.format().name().toLowerCase() + " form (allowed: json, xml, text)");
        }
        List<InputFile> inputs = InputFile.readAll(options.arguments(), stdin, err);
        if (inputs.size() != 2) return 2;
        Checker.Pinned checker =
                Checker.load(options.ontology(), options.rules()).pin();
        Report[] reports = new Report[2];
        for (int i = 0; i < 2; i++) {
            InputFile input = inputs.get(i);
            try {
                reports[i] = checker.check(input.validate(checker), options.date(), options.language(), false);
            } catch (InvalidProposalException e) {
                err.println(input.name() + ": " + e.describe());
                return 2;
            }
        }
        ReportDiff diff = ReportDiff.between(reports[0], reports[1], checker.successions());
        out.print(ReportWriter.write(diff, options.format(), new Messages(options.language())));
        out.flush();
        return reports[1].summary().verdict() == Verdict.CONFLICT ? 1 : 0;
    }
}
