package org.lexcheck.manoeuvre;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.lexcheck.TestSupport;
import org.lexcheck.assessment.Assessment;
import org.lexcheck.assessment.FindingKey;
import org.lexcheck.assessment.MeasureAssessment;
import org.lexcheck.engine.ConformityEngine;
import org.lexcheck.engine.IncrementalCheck;
import org.lexcheck.knowledge.FindingKind;
import org.lexcheck.proposal.Measure;
import org.lexcheck.proposal.Proposal;
import org.lexcheck.referencecase.ReferenceCase;
import org.lexcheck.referencecase.ReferenceCaseLoader;
import org.lexcheck.system.Checker;

/**
 * Remedies and alternatives are verified by swapping the candidate measure into one incremental
 * session of the proposal, one candidate after another (RemedyFinder, AlternativeFinder). Over every reference case, each remedy's
 * amended measure and each passing alternative must conclude in that session exactly what a fresh
 * check of the whole amended proposal concludes: the candidate's findings and kinds, and the conflicts of every other
 * measure. Drools' truth maintenance withdrawing and re-deriving findings is what makes the
 * session cheap; this is what makes it trustworthy.
 */
class IncrementalCandidatesTest {
    @Test
    void everyCandidateInTheSharedSessionConcludesWhatAFreshCheckOfTheAmendedProposalConcludes() throws Exception {
        Checker checker = TestSupport.checker();
        int compared = 0;
        List<String> departures = new ArrayList<>();
        for (Path file : ReferenceCaseLoader.files(Path.of("test-cases"))) {
            ReferenceCase c = ReferenceCaseLoader.load(file);
            Checker.Pinned pinned = c.withPending() ? checker.pin().withPending() : checker.pin();
            ConformityEngine engine = pinned.version().engine();
            Proposal proposal = pinned.validate(c.proposal());
            LocalDate date = c.date();
            Assessment assessment = engine.check(proposal, date);
            RoomForManoeuvre room = RoomForManoeuvre.analyse(engine, assessment, true);
            // Every remedy's amended measure, then every passing alternative: more swaps between measures than the
            // finders make.
            Map<Measure, String> candidates = new java.util.LinkedHashMap<>();
            room.remedies()
                    .values()
                    .forEach(rs -> rs.stream()
                            .filter(r -> r.amendedMeasure() != null)
                            .forEach(r -> candidates.put(r.amendedMeasure(), "remedy " + r.changes())));
            room.alternatives()
                    .forEach(f -> f.passing()
                            .forEach(a -> candidates.put(
                                    a.measure(), "alternative " + a.measure().type())));
            if (candidates.isEmpty()) continue;
            try (IncrementalCheck session = engine.incremental(assessment.proposal(), date)) {
                for (var candidate : candidates.entrySet()) {
                    Measure amended = candidate.getKey();
                    IncrementalCheck.Replacement inSession = session.replacing(amended);
                    Assessment fresh = engine.check(with(assessment.proposal(), amended), date);
                    String where = file.getFileName() + " " + amended.id() + " " + candidate.getValue();
                    if (!outcome(inSession.candidate().measure(amended.id()))
                            .equals(outcome(fresh.measure(amended.id()))))
                        departures.add(where + ": the amended measure's findings differ");
                    if (!keys(inSession.conflictsElsewhere()).equals(conflictsElsewhere(fresh, amended.id())))
                        departures.add(where + ": the other measures' conflicts differ");
                    compared++;
                }
            }
        }
        assertThat(departures)
                .as("remedies re-checked in the session against fresh checks")
                .isEmpty();
        assertThat(compared).as("remedies compared").isGreaterThan(300);
    }

    private static Map<String, FindingKind> outcome(MeasureAssessment m) {
        Map<String, FindingKind> out = new TreeMap<>();
        m.findings().forEach(f -> out.put(f.key().toString(), f.kind()));
        return out;
    }

    private static Set<String> conflictsElsewhere(Assessment a, String measureId) {
        Set<String> out = new TreeSet<>();
        for (FindingKey k : a.conflicts()) if (!k.measureId().equals(measureId)) out.add(k.toString());
        return out;
    }

    private static Set<String> keys(Set<FindingKey> keys) {
        Set<String> out = new TreeSet<>();
        keys.forEach(k -> out.add(k.toString()));
        return out;
    }

    private static Proposal with(Proposal p, Measure amended) {
        return new Proposal(
                p.id(),
                p.title(),
                p.jurisdiction(),
                p.entryIntoForce(),
                p.measures().stream()
                        .map(m -> m.id().equals(amended.id()) ? amended : m)
                        .toList());
    }
}
