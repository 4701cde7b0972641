package org.lexcheck.system;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.lexcheck.engine.CheckResult;
import org.lexcheck.knowledge.SourceFiles;
import org.lexcheck.manoeuvre.RoomForManoeuvre;
import org.lexcheck.proposal.InvalidProposalException;
import org.lexcheck.proposal.Proposal;
import org.lexcheck.proposal.ProposalFormat;
import org.lexcheck.proposal.ProposalReader;
import org.lexcheck.report.Messages;
import org.lexcheck.report.Report;

/**
 * The whole flow of one check, shared by the REST service and the command line: parse and
 * validate the proposal, settle the reference date, run the engine, build the report. Holds
 * the current {@link LoadedVersion}; a check uses the version it started with.
 */
public final class Checker {
    private final AtomicReference<LoadedVersion> current;

    public Checker(LoadedVersion version) {
        this.current = new AtomicReference<>(version);
    }

    /**
     * Loads the ontology and compiles the rules from the given folders (defaults when null),
     * reusing what this JVM already built from the same content ({@link BuiltVersions}).
     */
    public static Checker load(Path ontologyDir, Path rulesDir) {
        return new Checker(BuiltVersions.version(SourceFiles.locate(ontologyDir, "ontology", ".ttl"),
                SourceFiles.locate(rulesDir, "rules", ".drl")));
    }

    public LoadedVersion current() {
        return current.get();
    }

    /** Puts a new version in service; checks already running finish on the version they started with. */
    public void swap(LoadedVersion version) {
        current.set(version);
    }

    public Proposal parse(byte[] content, ProposalFormat format) {
        return parse(current.get(), content, format);
    }

    public Report check(Proposal proposal, LocalDate date, String language) {
        return check(current.get(), proposal, date, language, false).report();
    }

    /** With {@code explain}, every finding carries its derivation. */
    public Report check(Proposal proposal, LocalDate date, String language, boolean explain) {
        return check(current.get(), proposal, date, language, explain).report();
    }

    /** A report together with the engine's raw result (which rules fired), for coverage. */
    public record Traced(Report report, CheckResult result) {}

    public Traced checkTraced(Proposal proposal, LocalDate date, String language) {
        return check(current.get(), proposal, date, language, false);
    }

    /** Parses and checks on one version, even if another is swapped in meanwhile. */
    public Report check(byte[] content, ProposalFormat format, LocalDate date, String language) {
        return check(content, format, date, language, false);
    }

    public Report check(byte[] content, ProposalFormat format, LocalDate date, String language, boolean explain) {
        LoadedVersion version = current.get();
        return check(version, parse(version, content, format), date, language, explain).report();
    }

    private static Proposal parse(LoadedVersion version, byte[] content, ProposalFormat format) {
        return version.validator().validate(ProposalReader.readTree(content, format));
    }

    private static Traced check(LoadedVersion version, Proposal proposal, LocalDate date, String language, boolean explain) {
        if (!Messages.LANGUAGES.contains(language)) {
            throw new InvalidProposalException("lang", "unsupported language '" + language + "'", Messages.LANGUAGES);
        }
        LocalDate referenceDate = date != null ? date : proposal.entryIntoForce() != null ? proposal.entryIntoForce() : LocalDate.now();
        CheckResult result = version.engine().check(proposal, referenceDate);
        RoomForManoeuvre room = RoomForManoeuvre.analyse(version.engine(), result);
        return new Traced(version.reports().build(result, room, language, explain), result);
    }
}
