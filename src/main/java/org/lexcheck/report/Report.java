package org.lexcheck.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.lexcheck.assessment.InstrumentStatus;
import org.lexcheck.assessment.NotAssessed;
import org.lexcheck.knowledge.FindingKind;

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
        List<AssumptionRef> assumptions,
        List<InstrumentRef> instrumentsChecked,
        List<InstrumentRef> instrumentsNotApplied,
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
