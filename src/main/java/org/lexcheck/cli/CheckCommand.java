package org.lexcheck.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.lexcheck.proposal.InvalidProposalException;
import org.lexcheck.report.Messages;
import org.lexcheck.report.Report;
import org.lexcheck.report.ReportFormat;
import org.lexcheck.report.ReportWriter;
import org.lexcheck.report.StateComparison;
import org.lexcheck.report.Verdict;
import org.lexcheck.report.WhatIf;
import org.lexcheck.system.Checker;

/**
 * {@code check FILE...}: one report per file on standard output, nothing else. Exit 0 when no
 * measure conflicts, 1 when one does, 2 when a file is unreadable or invalid (its message on
 * standard error, nothing on standard output for that file). Files are read and their syntax and
 * structure checked before the knowledge base loads, so that bad input fails in a moment.
 */
final class CheckCommand {
    private CheckCommand() {}

    static int run(Options options, InputStream stdin, PrintStream out, PrintStream err) {
        if (options.arguments().isEmpty())
            throw new UsageException("check: at least one FILE is required\n" + Options.USAGE);
        if (options.batch()) return BatchCheck.run(options, out, err);
        if (options.threads() > 0) throw new UsageException("--threads: only with --batch");
        boolean whatIf = options.dates().size() > 1;
        if (whatIf && options.jurisdictions() != null)
            throw new UsageException("--jurisdictions: compares states on one date; give --date once");
        if (whatIf && !ReportWriter.COMPARISON_FORMATS.contains(options.format())) {
            throw new UsageException("--format: several --date give a what-if, which has no "
                    + options.format().name().toLowerCase() + " form (allowed: json, xml, text)");
        }
        // The law loads while the proposals are read and parsed: at a cold start both take a while.
        var loading = Checker.loadInBackground(options.ontology(), options.rules());
        List<InputFile> inputs = InputFile.readAll(options.arguments(), stdin, err);
        boolean invalid = inputs.size() < options.arguments().size();
        if (whatIf && invalid) return 2;
        if (inputs.isEmpty()) return 2;
        Checker.Pinned pinned = Checker.await(loading).pin();
        // --with-pending: the same version read as if pending law applied (issue 11, item 7).
        Checker.Pinned checker = options.withPending() ? pinned.withPending() : pinned;
        int status = whatIf
                ? whatIf(checker, inputs, options, out, err)
                : options.jurisdictions() != null
                        ? sideBySide(checker, inputs, options, out, err)
                        : reports(checker, inputs, options, out, err);
        return invalid ? 2 : status;
    }

    private static int reports(
            Checker.Pinned checker, List<InputFile> inputs, Options options, PrintStream out, PrintStream err) {
        List<Report> reports = new ArrayList<>();
        boolean invalid = false;
        for (InputFile input : inputs) {
            try {
                reports.add(
                        checker.check(input.validate(checker), options.date(), options.language(), options.explain()));
            } catch (InvalidProposalException e) {
                err.println(input.name() + ": " + e.describe());
                invalid = true;
            }
        }
        if (!reports.isEmpty()) out.print(ReportWriter.writeAll(reports, options.format()));
        out.flush();
        if (invalid) return 2;
        return reports.stream().anyMatch(r -> r.summary().verdict() == Verdict.CONFLICT) ? 1 : 0;
    }

    /** Several --date: each file on each date, all on one pinned version, with what changes from one date to the next. */
    private static int whatIf(
            Checker.Pinned checker, List<InputFile> inputs, Options options, PrintStream out, PrintStream err) {
        List<WhatIf> results = new ArrayList<>();
        for (InputFile input : inputs) {
            try {
                var proposal = input.validate(checker);
                results.add(WhatIf.of(
                        options.dates().stream()
                                .map(d -> checker.check(proposal, d, options.language(), options.explain()))
                                .toList(),
                        checker.successions()));
            } catch (InvalidProposalException e) {
                err.println(input.name() + ": " + e.describe());
                return 2;
            }
        }
        out.print(ReportWriter.writeAll(results, options.format(), new Messages(options.language())));
        out.flush();
        return results.stream()
                        .flatMap(w -> w.reports().stream())
                        .anyMatch(r -> r.summary().verdict() == Verdict.CONFLICT)
                ? 1
                : 0;
    }

    /** {@code --jurisdictions}: each file checked for every state on one date, as a matrix per file. */
    private static int sideBySide(
            Checker.Pinned checker, List<InputFile> inputs, Options options, PrintStream out, PrintStream err) {
        List<StateComparison> comparisons = new ArrayList<>();
        for (InputFile input : inputs) {
            try {
                comparisons.add(checker.compare(
                        input.validate(checker),
                        "--jurisdictions",
                        options.jurisdictions(),
                        options.date(),
                        options.language()));
            } catch (InvalidProposalException e) {
                if (e.field().equals("--jurisdictions")) throw e;
                err.println(input.name() + ": " + e.describe());
                return 2;
            }
        }
        out.print(ReportWriter.writeComparisons(comparisons, options.format(), new Messages(options.language())));
        out.flush();
        return comparisons.stream().anyMatch(StateComparison::anyConflict) ? 1 : 0;
    }

    static boolean isComparable(ReportFormat format) {
        return ReportWriter.COMPARISON_FORMATS.contains(format);
    }
}
