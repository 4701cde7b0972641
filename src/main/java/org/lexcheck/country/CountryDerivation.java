package org.lexcheck.country;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.lexcheck.proposal.Measure;
import org.lexcheck.proposal.Proposal;
import org.lexcheck.proposal.Targets;

/**
 * Before the rules run, turns the country facts that hold on the reference date into parameter
 * values of the measures that name nationalities or a destination country, so that the generic
 * limit rules check them like any other value (a ceiling of 20 on the highest recognition rate,
 * a required value on a boolean). Why this way rather than rules that read country facts: the
 * limit machinery already gives findings, effective limits, remedies and the other-branch
 * re-check of the assumptions; a derived value is just a value the proposal did not have to
 * state, and every derived value is listed with its sources in the report.
 *
 * <p>A value is derived only for a parameter the measure type declares, and only where the
 * proposal does not state it: a stated value wins and the report says what the facts would have
 * given. A listed nationality without a recognition rate makes {@link #RATE_KNOWN} false, never
 * silently compliant; no court finding on a destination makes {@link #DESTINATION_UNSAFE} false,
 * which the report states as the absence of a known finding, not as safety.
 */
public final class CountryDerivation {
    /** The highest recognition rate of the listed nationalities, in per cent. */
    public static final String HIGHEST_RATE = "highestRecognitionRatePercent";
    /** Whether a recognition rate is known for every listed nationality. */
    public static final String RATE_KNOWN = "recognitionRateKnown";
    /** Whether every listed nationality is designated a safe country of origin (EU list or the state's own). */
    public static final String DESIGNATED = "designatedSafeCountryOfOrigin";
    /** Whether a court has found the destination country not safe for transfers. */
    public static final String DESTINATION_UNSAFE = "destinationFoundUnsafe";

    /** Whether the country facts give this parameter (where the measure names the countries it needs). */
    public static boolean derives(String parameter) {
        return parameter.equals(HIGHEST_RATE)
                || parameter.equals(RATE_KNOWN)
                || parameter.equals(DESIGNATED)
                || parameter.equals(DESTINATION_UNSAFE);
    }

    /** The proposal with the derived values in its measures' parameters, and what was derived. */
    public record Result(Proposal proposal, List<DerivedValue> derived) implements java.io.Serializable {
        public Result {
            derived = List.copyOf(derived);
        }
    }

    private CountryDerivation() {}

    /** {@code parametersOf} gives the parameter names a measure type declares. */
    public static Result derive(
            Proposal proposal, LocalDate date, CountryFacts facts, Function<String, Set<String>> parametersOf) {
        List<DerivedValue> derived = new ArrayList<>();
        List<Measure> measures = new ArrayList<>();
        boolean changed = false;
        for (Measure m : proposal.measures()) {
            Targets t = m.targets();
            Set<String> declared = parametersOf.apply(m.type());
            Map<String, Object> params = new LinkedHashMap<>(m.parameters());
            if (!t.nationalities().isEmpty()) rates(m, date, facts, declared, params, derived);
            if (!t.nationalities().isEmpty())
                designations(m, proposal.jurisdiction(), date, facts, declared, params, derived);
            if (t.destinationCountry() != null) destination(m, date, facts, declared, params, derived);
            if (params.equals(m.parameters())) {
                measures.add(m);
            } else {
                measures.add(m.withParameters(params));
                changed = true;
            }
        }
        Proposal out = changed
                ? new Proposal(
                        proposal.id(), proposal.title(), proposal.jurisdiction(), proposal.entryIntoForce(), measures)
                : proposal;
        return new Result(out, derived);
    }

    private static void rates(
            Measure m,
            LocalDate date,
            CountryFacts facts,
            Set<String> declared,
            Map<String, Object> params,
            List<DerivedValue> derived) {
        if (!declared.contains(HIGHEST_RATE) && !declared.contains(RATE_KNOWN)) return;
        List<CountryFact> basis = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String c : m.targets().nationalities()) {
            Optional<CountryFact> rate = facts.on(c, CountryFact.Kind.RECOGNITION_RATE, date);
            if (rate.isPresent() && rate.get().percent() != null) basis.add(rate.get());
            else missing.add(c);
        }
        BigDecimal highest = basis.stream()
                .map(f -> BigDecimal.valueOf(f.percent()))
                .max(BigDecimal::compareTo)
                .orElse(null);
        Object statedRate = m.parameters().get(HIGHEST_RATE);
        if (declared.contains(HIGHEST_RATE)) use(m, HIGHEST_RATE, highest, basis, missing, params, derived);
        // A rate the proposal states is a rate it asserts to know.
        if (declared.contains(RATE_KNOWN))
            use(m, RATE_KNOWN, missing.isEmpty() || statedRate != null, basis, missing, params, derived);
    }

    /**
     * Takes a value from the facts as the parameter's, unless the proposal states one: a stated value
     * wins, and the report says what the facts would have given. No value from the facts, none taken.
     */
    private static void use(
            Measure m,
            String parameter,
            Object fromFacts,
            List<CountryFact> basis,
            List<String> missing,
            Map<String, Object> params,
            List<DerivedValue> derived) {
        Object stated = m.parameters().get(parameter);
        if (stated != null) {
            derived.add(new DerivedValue(m.id(), parameter, stated, true, fromFacts, basis, missing));
        } else if (fromFacts != null) {
            params.put(parameter, fromFacts);
            derived.add(new DerivedValue(m.id(), parameter, fromFacts, false, null, basis, missing));
        }
    }

    /**
     * Designated when the EU list or the list of the proposal's own state designates every listed
     * nationality on the date. Another state's national list does not count.
     */
    private static void designations(
            Measure m,
            String jurisdiction,
            LocalDate date,
            CountryFacts facts,
            Set<String> declared,
            Map<String, Object> params,
            List<DerivedValue> derived) {
        if (!declared.contains(DESIGNATED)) return;
        List<CountryFact> basis = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String c : m.targets().nationalities()) {
            List<CountryFact> lists = facts.allOn(c, CountryFact.Kind.SAFE_COUNTRY_OF_ORIGIN, date).stream()
                    .filter(f -> "EU".equals(f.designatedBy()) || jurisdiction.equals(f.designatedBy()))
                    .toList();
            if (lists.isEmpty()) missing.add(c);
            else basis.addAll(lists);
        }
        use(m, DESIGNATED, missing.isEmpty(), basis, missing, params, derived);
    }

    private static void destination(
            Measure m,
            LocalDate date,
            CountryFacts facts,
            Set<String> declared,
            Map<String, Object> params,
            List<DerivedValue> derived) {
        if (!declared.contains(DESTINATION_UNSAFE)) return;
        String country = m.targets().destinationCountry();
        List<CountryFact> findings = facts.allOn(country, CountryFact.Kind.NOT_SAFE_FOR_TRANSFERS, date);
        boolean unsafe = !findings.isEmpty();
        Object stated = m.parameters().get(DESTINATION_UNSAFE);
        if (stated != null) {
            derived.add(new DerivedValue(m.id(), DESTINATION_UNSAFE, stated, true, unsafe, findings, List.of()));
        } else {
            params.put(DESTINATION_UNSAFE, unsafe);
            derived.add(new DerivedValue(
                    m.id(), DESTINATION_UNSAFE, unsafe, false, null, findings, unsafe ? List.of() : List.of(country)));
        }
    }
}
