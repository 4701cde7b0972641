package org.lexcheck.knowledge;

import java.util.List;
import java.util.Set;

/**
 * The way one person goes through the measures of a proposal (ontology/paths.ttl): ordered
 * stages, each filled by measures of the types it names, and the bounds the law sets on the
 * total. {@code person} is the group the person belongs to at the end of the path (the sponsor's
 * status); a stage's {@code personAs} the group during that stage.
 */
public record PersonPath(String iri, LocalizedText label, String person, List<Stage> stages)
        implements java.io.Serializable {

    public PersonPath {
        stages = List.copyOf(stages);
    }

    /** One stage: the measure types that set how long it lasts, by their parameter in months. */
    public record Stage(
            String iri,
            String code,
            LocalizedText label,
            int order,
            String personAs,
            List<String> measureTypes,
            String parameter)
            implements java.io.Serializable {
        public Stage {
            measureTypes = List.copyOf(measureTypes);
        }
    }

    /**
     * A bound on the total of some stages of some paths: {@code norm} carries its title,
     * provisions, case law, persons, limit, explanation and remedy as a norm does (it regulates no
     * measure type); {@code stages} are the stage IRIs it adds up (empty: every stage);
     * {@code heldBy} the IRIs of norms that already hold part of the total measure by measure.
     */
    public record Bound(Norm norm, Set<String> paths, Set<String> stages, Set<String> heldBy)
            implements java.io.Serializable {
        public Bound {
            paths = Set.copyOf(paths);
            stages = Set.copyOf(stages);
            heldBy = Set.copyOf(heldBy);
        }

        /** Whether the bound adds up this stage. */
        public boolean covers(Stage stage) {
            return stages.isEmpty() || stages.contains(stage.iri());
        }
    }

    /** The paths of the knowledge base and the bounds on them. */
    public record Paths(List<PersonPath> paths, List<Bound> bounds) implements java.io.Serializable {
        public static final Paths NONE = new Paths(List.of(), List.of());

        public Paths {
            paths = List.copyOf(paths);
            bounds = List.copyOf(bounds);
        }

        /** The bounds on one path, in IRI order. */
        public List<Bound> boundsOn(PersonPath path) {
            return bounds.stream().filter(b -> b.paths().contains(path.iri())).toList();
        }
    }
}
