package org.lexcheck.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import org.lexcheck.report.ObligationsReport;
import org.lexcheck.report.ObligationsReportBuilder;
import org.lexcheck.report.ReportFormat;
import org.lexcheck.report.ReportWriter;
import org.lexcheck.system.Checker;

/**
 * {@code obligations --jurisdiction STATE [--date D] [--area AREA]}: the positive obligations that
 * bind the state on the date (today when no date is given), independent of any proposal, as JSON
 * or text. Exit 0; 2 for an unknown state, area or format (the allowed values named).
 */
final class ObligationsCommand {
    private static final List<ReportFormat> FORMATS = List.of(ReportFormat.JSON, ReportFormat.TEXT);

    private ObligationsCommand() {}

    static int run(Options options, PrintStream out) {
        if (!options.arguments().isEmpty())
            throw new UsageException(
                    "obligations: takes no FILE (got " + options.arguments().get(0) + ")\n" + Options.USAGE);
        if (options.jurisdiction() == null)
            throw new UsageException("obligations: --jurisdiction is required (a state code such as NL)");
        if (!FORMATS.contains(options.format()))
            throw new UsageException("--format: obligations are written as json or text, not "
                    + options.format().name().toLowerCase());
        LocalDate date = options.date() != null ? options.date() : LocalDate.now();
        ObligationsReport report = Checker.load(options.ontology(), options.rules())
                .pin()
                .obligations(options.jurisdiction(), date, options.area(), options.language());
        out.print(
                options.format() == ReportFormat.TEXT
                        ? ObligationsReportBuilder.text(report)
                        : ReportWriter.json().writeValueAsString(report) + "\n");
        out.flush();
        return 0;
    }
}
