package org.lexcheck.country;

import java.util.List;

/**
 * A parameter value of one measure that the country facts give (contract section 4,
 * assumptions): {@code value} is what the assessment uses; {@code stated} says the proposal gave
 * it itself, in which case it wins and {@code fromFacts} is what the facts would have given
 * (null: nothing). {@code basis} are the facts used, {@code missing} the listed countries for
 * which no fact of the kind needed holds on the reference date.
 */
public record DerivedValue(
        String measure,
        String parameter,
        Object value,
        boolean stated,
        Object fromFacts,
        List<CountryFact> basis,
        List<String> missing)
        implements java.io.Serializable {

    public DerivedValue {
        basis = List.copyOf(basis);
        missing = List.copyOf(missing);
    }

    /** The source URLs of the facts used, each once. */
    public List<String> sources() {
        return basis.stream()
                .flatMap(f -> f.sources().stream())
                .distinct()
                .sorted()
                .toList();
    }
}
