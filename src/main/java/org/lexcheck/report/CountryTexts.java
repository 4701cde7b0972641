package org.lexcheck.report;

import java.util.List;
import java.util.stream.Collectors;
import org.lexcheck.assessment.Assessment;
import org.lexcheck.assessment.Numbers;
import org.lexcheck.country.CountryDerivation;
import org.lexcheck.country.CountryFact;
import org.lexcheck.country.DerivedValue;
import org.lexcheck.knowledge.Language;
import org.lexcheck.knowledge.Vocabulary;

/** The sentences that say where a value derived from the country facts comes from (assumptions section). */
final class CountryTexts {
    private final Messages messages;
    private final Vocabulary vocabulary;
    private final Language language;
    private final Assessment assessment;

    CountryTexts(Messages messages, Vocabulary vocabulary, Language language, Assessment assessment) {
        this.messages = messages;
        this.vocabulary = vocabulary;
        this.language = language;
        this.assessment = assessment;
    }

    /** The value derived (or stated over the facts) for that parameter of that measure, or null. */
    DerivedValue derived(String measure, String parameter) {
        return assessment.derived().stream()
                .filter(d -> d.measure().equals(measure) && d.parameter().equals(parameter))
                .findFirst()
                .orElse(null);
    }

    String text(DerivedValue d) {
        String type = assessment.measure(d.measure()).measure().type();
        String parameter = vocabulary.parameterLabel(type, d.parameter(), language);
        String date = assessment.referenceDate().toString();
        String missing = String.join(", ", d.missing());
        if (d.stated())
            return d.fromFacts() == null
                    ? messages.get("country.stated.none", d.measure(), parameter, show(d.value()))
                    : messages.get(
                            "country.stated",
                            d.measure(),
                            parameter,
                            show(d.value()),
                            show(d.fromFacts()),
                            facts(d.basis()));
        return switch (d.parameter()) {
            case CountryDerivation.HIGHEST_RATE ->
                messages.get("country.rate", d.measure(), show(d.value()), facts(d.basis()))
                        + (d.missing().isEmpty() ? "" : " " + messages.get("country.rate.missing", missing, date));
            case CountryDerivation.RATE_KNOWN ->
                Boolean.TRUE.equals(d.value())
                        ? messages.get("country.rateKnown", d.measure(), facts(d.basis()))
                        : messages.get("country.rateUnknown", d.measure(), missing, date);
            case CountryDerivation.DESIGNATED ->
                Boolean.TRUE.equals(d.value())
                        ? messages.get("country.designated", d.measure(), facts(d.basis()), date)
                        : messages.get(
                                "country.notDesignated",
                                d.measure(),
                                missing,
                                assessment.jurisdiction(),
                                date,
                                d.basis().isEmpty() ? "-" : facts(d.basis()));
            case CountryDerivation.DESTINATION_UNSAFE ->
                Boolean.TRUE.equals(d.value())
                        ? messages.get(
                                "country.unsafe",
                                d.measure(),
                                d.basis().get(0).country(),
                                d.basis().stream()
                                        .map(f -> f.act() + (f.from() == null ? "" : " (" + f.from() + ")"))
                                        .collect(Collectors.joining("; ")))
                        : messages.get("country.noFinding", d.measure(), missing, date);
            default -> messages.get("country.derived", d.measure(), parameter, show(d.value()), facts(d.basis()));
        };
    }

    /** "BD 3 % (2025; EU+ ...)" or "RW: R (AAA) v SSHD [2023] UKSC 42, from 2023-11-15". */
    private String facts(List<CountryFact> basis) {
        return basis.stream().map(this::fact).collect(Collectors.joining("; "));
    }

    private String fact(CountryFact f) {
        StringBuilder s = new StringBuilder(f.country());
        if (f.percent() != null) {
            s.append(' ').append(Numbers.format(f.percent())).append(" %");
            String period = f.referencePeriod() == null ? "" : f.referencePeriod();
            String basis = f.basis(language.code()) == null ? "" : f.basis(language.code());
            if (!period.isEmpty() || !basis.isEmpty())
                s.append(" (")
                        .append(period)
                        .append(period.isEmpty() || basis.isEmpty() ? "" : ", ")
                        .append(basis)
                        .append(')');
        } else if (f.kind() == CountryFact.Kind.SAFE_COUNTRY_OF_ORIGIN) {
            s.append(" (").append(f.designatedBy());
            if (f.from() != null) s.append(", ").append(f.from());
            s.append(')');
            return s.toString();
        } else if (f.act() != null) {
            s.append(": ").append(f.act());
        }
        if (f.percent() == null && f.from() != null)
            s.append(" (").append(f.from()).append(')');
        return s.toString();
    }

    private static String show(Object value) {
        return value instanceof Number n ? Numbers.format(n.doubleValue()) : String.valueOf(value);
    }
}
