package org.lexcheck.system;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.lexcheck.assessment.Assessment;
import org.lexcheck.knowledge.Language;
import org.lexcheck.knowledge.SourceFiles;
import org.lexcheck.manoeuvre.RoomForManoeuvre;
import org.lexcheck.proposal.Proposal;
import org.lexcheck.proposal.ProposalFormat;
import org.lexcheck.proposal.ProposalReader;
import org.lexcheck.report.Report;
import tools.jackson.databind.JsonNode;

/**
 * The whole flow of one check, shared by the REST service and the command line: parse and
 * validate the proposal, settle the reference date, run the engine, build the report. Holds
 * the current {@link LoadedVersion}; a check uses the version it started with, and a request
 * that checks several times (a diff, a what-if) pins one version with {@link #pin()}.
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
        return new Checker(BuiltVersions.version(
                SourceFiles.locate(ontologyDir, "ontology", ".ttl"), SourceFiles.locate(rulesDir, "rules", ".drl")));
    }

    /** {@link #load} on another thread, for a caller that has other work to do meanwhile. */
    public static java.util.concurrent.CompletableFuture<Checker> loadInBackground(Path ontologyDir, Path rulesDir) {
        return java.util.concurrent.CompletableFuture.supplyAsync(() -> load(ontologyDir, rulesDir));
    }

    /** The checker {@link #loadInBackground} loaded; its failure as {@link #load} would have thrown it. */
    public static Checker await(java.util.concurrent.CompletableFuture<Checker> loading) {
        try {
            return loading.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    public LoadedVersion current() {
        return current.get();
    }

    /** Puts a new version in service; checks already running finish on the version they started with. */
    public void swap(LoadedVersion version) {
        current.set(version);
    }

    /** The version serving now, held for the whole of one request so that a reload cannot mix versions in it. */
    public Pinned pin() {
        return new Pinned(current.get());
    }

    public Proposal parse(byte[] content, ProposalFormat format) {
        return pin().parse(content, format);
    }

    public Report check(Proposal proposal, LocalDate date, Language language) {
        return pin().check(proposal, date, language, false);
    }

    /** With {@code explain}, every finding carries its derivation. */
    public Report check(Proposal proposal, LocalDate date, Language language, boolean explain) {
        return pin().check(proposal, date, language, explain);
    }

    /** A report together with the assessment it renders (which rules fired), for coverage. */
    public record Traced(Report report, Assessment assessment) {}

    public Traced checkTraced(Proposal proposal, LocalDate date, Language language) {
        return pin().traced(proposal, date, language, false);
    }

    /** As {@link #checkTraced(Proposal, LocalDate, Language)}, as if pending law applied when {@code withPending}. */
    public Traced checkTraced(Proposal proposal, LocalDate date, Language language, boolean withPending) {
        Pinned pinned = pin();
        return (withPending ? pinned.withPending() : pinned).traced(proposal, date, language, false);
    }

    /** Parses and checks on one version, even if another is swapped in meanwhile. */
    public Report check(byte[] content, ProposalFormat format, LocalDate date, Language language) {
        return check(content, format, date, language, false);
    }

    public Report check(byte[] content, ProposalFormat format, LocalDate date, Language language, boolean explain) {
        Pinned pinned = pin();
        return pinned.check(pinned.parse(content, format), date, language, explain);
    }

    /** One version of knowledge and rules, fixed for every parse and check made through it. */
    public record Pinned(LoadedVersion version) {

        public Proposal parse(byte[] content, ProposalFormat format) {
            return validate(ProposalReader.readTree(content, format));
        }

        /** Checks an already parsed tree against this version's vocabulary. */
        public Proposal validate(JsonNode tree) {
            return version.validator().validate(tree);
        }

        public Report check(Proposal proposal, LocalDate date, Language language, boolean explain) {
            return traced(proposal, date, language, explain).report();
        }

        /**
         * The proposal checked for each state on one date, side by side (the first state the reference
         * column); {@code jurisdictions} is the raw comma-separated list, checked here against the
         * vocabulary's states under {@code field}.
         */
        public org.lexcheck.report.StateComparison compare(
                Proposal proposal, String field, String jurisdictions, LocalDate date, Language language) {
            return org.lexcheck.report.StateComparison.of(
                    checkEach(proposal, field, jurisdictions, date, language),
                    new org.lexcheck.report.Messages(language));
        }

        /** The proposal checked for each of the comma-separated states on one date, in their order. */
        public List<Report> checkEach(
                Proposal proposal, String field, String jurisdictions, LocalDate date, Language language) {
            List<String> states = Jurisdictions.parse(
                    field, jurisdictions, version.knowledge().vocabulary().jurisdictions());
            return states.stream()
                    .map(state -> check(proposal.in(state), date, language, false))
                    .toList();
        }

        /** The same version read as if its pending law (proposed, provisionally agreed) applied from the reference date. */
        public Pinned withPending() {
            return new Pinned(version.withPending());
        }

        /** The provisions of the acts the Pact repealed and their successors, for diffs across 12 June 2026. */
        public org.lexcheck.knowledge.Successions successions() {
            return version.knowledge().successions();
        }

        /** What the law of this version requires of a state on a date, all areas when {@code area} is null. */
        public org.lexcheck.report.ObligationsReport obligations(
                String jurisdiction, LocalDate date, String area, Language language) {
            var listing = org.lexcheck.obligation.StateObligations.of(
                    version.knowledge(), version.engine().selector(), jurisdiction, date, area);
            return new org.lexcheck.report.ObligationsReportBuilder(version.knowledge(), EngineVersion.get())
                    .build(listing, version.rules().version(), language);
        }

        Traced traced(Proposal proposal, LocalDate date, Language language, boolean explain) {
            LocalDate referenceDate = date != null
                    ? date
                    : proposal.entryIntoForce() != null ? proposal.entryIntoForce() : LocalDate.now();
            Assessment assessment = version.engine().check(proposal, referenceDate);
            RoomForManoeuvre room = RoomForManoeuvre.analyse(version.engine(), assessment);
            return new Traced(version.reports().build(assessment, room, language, explain), assessment);
        }
    }
}
