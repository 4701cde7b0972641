package org.lexcheck.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.lexcheck.assessment.InstrumentStatus;
import org.lexcheck.assessment.NotAssessed;
import org.lexcheck.knowledge.FindingKind;
import org.lexcheck.obligation.ProposalObligations;

/**
 * The report on one proposal (contract section 4): verdicts per measure, every finding with
 * its citations and case law, the instruments checked, and the versions that produced it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Report(
        ProposalRef proposal,
        String jurisdiction,
        String referenceDate,
        String language,
        Summary summary,
        List<MeasureVerdict> measures,
        List<ReportFinding> findings,
        List<EffectiveLimitRef> effectiveLimits,
        List<OptionRef> options,
        List<ObligationRef> obligations,
        List<AlternativesRef> alternatives,
        List<AssumptionRef> assumptions,
        List<InstrumentRef> instrumentsChecked,
        List<InstrumentRef> instrumentsNotApplied,
        List<TimelineRef> timelines,
        List<Execution.MeasureActs> execution,
        List<PendingRef> pendingLaw,
        Provenance provenance) {

    public record ProposalRef(String id, String title) {}

    public record Summary(Verdict verdict, int conflicts, int risks, int measures, int notAssessed) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    /**
     * A measure's verdict; for NOT_ASSESSED, {@code reason} says why (no rule for the type, no
     * binding law here, no group concerned, no check applying) and {@code note} says it in words.
     * {@code nationalities} and {@code destinationCountry} echo whom the measure targets (absent
     * when it names no country).
     */
    public record MeasureVerdict(
            String id,
            String type,
            Verdict verdict,
            NotAssessed.Reason reason,
            String note,
            List<String> nationalities,
            String destinationCountry) {}

    /**
     * An instrument, and for one not applied, why: NOT_BINDING, NOT_YET_BINDING (with
     * {@code bindingFrom}, the day from which the state is bound), NOT_YET_APPLICABLE,
     * NO_LONGER_APPLICABLE. {@code code} is stable for machines; {@code label} (short name) and
     * {@code title} are in the report's language.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InstrumentRef(
            String code, String label, String title, String iri, InstrumentStatus.Status reason, String bindingFrom) {}

    public record Provenance(String rulesVersion, String ontologyVersion, String engineVersion) {}

    /**
     * A pending instrument the report assumed applies from the reference date (check
     * {@code --with-pending}): {@code label} how findings name it ("proposal COM(2025) 101"),
     * {@code status} its stage, {@code replaces} the codes of the instruments it would repeal (not
     * applied in this report), {@code verification} of what is known of it.
     */
    public record PendingRef(
            String code,
            String label,
            String title,
            String iri,
            org.lexcheck.knowledge.PendingLaw.Status status,
            List<String> replaces,
            String verification) {}

    /** The norm that sets a bound, with what it cites. */
    public record SetBy(String norm, String title, List<ReportFinding.Citation> citations) {}

    /**
     * The strictest bound on a parameter (contract section 4); {@code conditions} say how a
     * safeguard moves it. {@code strict}: the bound itself is excluded.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EffectiveLimitRef(
            String measure,
            String parameter,
            Number proposed,
            Number min,
            Number max,
            Boolean strict,
            String unit,
            Number headroom,
            FindingKind breachKind,
            SetBy setBy,
            List<String> conditions) {}

    /**
     * A fact the assessment rests on (contract section 4): the value the measure states for a
     * parameter that asserts a fact ({@code stated}; null when not stated), the measure's
     * verdict as assessed, and its verdict when re-checked with {@code alternative}, with the
     * findings that change ("title: COMPLIANT -> CONFLICT") and a sentence saying it. A value the
     * country facts gave the measure carries it in {@code derived} (as text: "3", "false") with
     * the {@code sources} of the facts used; where the proposal stated the value itself,
     * {@code stated}-free text says it won over the facts.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AssumptionRef(
            String measure,
            String parameter,
            Boolean stated,
            Verdict verdict,
            Boolean alternative,
            Verdict verdictIfAlternative,
            List<String> changes,
            String text,
            String derived,
            List<String> sources) {}

    /**
     * An obligation of the state in a policy area the proposal touches (contract section 4):
     * {@code status} says whether a measure leaves it unmet (UNMET: a conflict; AT_RISK), keeps
     * within it (RESPECTED) or does not reach it (NOT_TOUCHED); {@code measures} are those that reach it.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ObligationRef(
            String area,
            String norm,
            String title,
            List<ReportFinding.Citation> citations,
            ProposalObligations.Status status,
            List<String> measures) {}

    /**
     * The alternatives to one conflicting measure (contract section 9): the policy aims it serves
     * ({@code aims}, labels in the report's language), the alternatives of other measure types that
     * pursue them and pass, closest first, and where none passes, {@code none} says why.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AlternativesRef(
            String measure, String type, List<String> aims, List<AlternativeRef> alternatives, String none) {}

    /**
     * One alternative: the design it follows ({@code design} IRI, {@code title}), how close it stays
     * to the aim ({@code closeness}, 1 closest), its verdict on re-check (COMPATIBLE or RISK), the
     * measure as checked (bounds set at the effective limits), the norms that permit it or set its
     * bounds, and the facts the state must have for it ({@code needs}, sentences).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AlternativeRef(
            String design,
            String title,
            int closeness,
            Verdict verdict,
            org.lexcheck.proposal.Measure measure,
            List<SetBy> permittedBy,
            List<String> needs) {}

    /** A permission the proposal does not use yet (contract section 4). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OptionRef(
            String area,
            String norm,
            String title,
            List<ReportFinding.Citation> citations,
            String description,
            String bounds,
            List<String> forWhom) {}
}
