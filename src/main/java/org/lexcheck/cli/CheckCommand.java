package org.lexcheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lexcheck.proposal.InvalidProposalException;
import org.lexcheck.proposal.Proposal;
import org.lexcheck.proposal.ProposalFormat;
import org.lexcheck.report.Messages;
import org.lexcheck.report.Report;
import org.lexcheck.report.ReportFormat;
import org.lexcheck.report.WhatIf;
import org.lexcheck.report.ReportWriter;
import org.lexcheck.report.Verdict;
import org.lexcheck.system.Checker;

/**
 * {@code check FILE...}: one report per file on standard output, nothing else. Exit 0 when no
 * measure conflicts, 1 when one does, 2 when a file is unreadable or invalid (its message on
 * standard error, nothing on standard output for that file).
 */
final class CheckCommand {
    private CheckCommand() {}

    static int run(Options options, InputStream stdin, PrintStream out, PrintStream err) {
        if (options.arguments().isEmpty()) throw new UsageException("check: at least one FILE is required\n" + Options.USAGE);
        Checker checker = Checker.load(options.ontology(), options.rules());
        if (options.dates().size() > 1) return whatIf(checker, options, stdin, out, err);
        List<Report> reports = new ArrayList<>();
        boolean invalid = false;
        for (String file : options.arguments()) {
            try {
                reports.add(checker.check(parse(checker, file, stdin), options.date(), options.language(), options.explain()));
            } catch (InvalidProposalException e) {
                err.println(file + ": " + e.describe());
                invalid = true;
            }
        }
        if (!reports.isEmpty()) out.print(ReportWriter.writeAll(reports, options.format()));
        out.flush();
        if (invalid) return 2;
        return reports.stream().anyMatch(r -> r.summary().verdict() == Verdict.CONFLICT) ? 1 : 0;
    }

    /** Several --date: each file on each date, with what changes from one date to the next (JSON or text). */
    private static int whatIf(Checker checker, Options options, InputStream stdin, PrintStream out, PrintStream err) {
        List<WhatIf> results = new ArrayList<>();
        for (String file : options.arguments()) {
            try {
                var proposal = parse(checker, file, stdin);
                results.add(WhatIf.of(options.dates().stream().map(d -> checker.check(proposal, d, options.language())).toList()));
            } catch (InvalidProposalException e) {
                err.println(file + ": " + e.describe());
                return 2;
            }
        }
        if (options.format() == ReportFormat.JSON && results.size() > 1) {
            out.print(ReportWriter.json().writeValueAsString(results));
        } else {
            results.forEach(w -> out.print(ReportWriter.write(w, options.format(), new Messages(options.language()))));
        }
        out.flush();
        return results.stream().flatMap(w -> w.reports().stream()).anyMatch(r -> r.summary().verdict() == Verdict.CONFLICT) ? 1 : 0;
    }

    /** The proposal in a file ("-": standard input), parsed and validated; unreadable files are invalid input too. */
    static Proposal parse(Checker checker, String file, InputStream stdin) {
        return checker.parse(read(file, stdin), ProposalFormat.ofFileName(file));
    }

    static byte[] read(String file, InputStream stdin) {
        try {
            return file.equals("-") ? stdin.readAllBytes() : Files.readAllBytes(Path.of(file));
        } catch (NoSuchFileException e) {
            throw new InvalidProposalException("file", "no such file " + file);
        } catch (IOException e) {
            throw new InvalidProposalException("file", "cannot read " + file + ": " + e.getMessage());
        }
    }
}
