package org.lexcheck.execution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Reads the act kinds, what demands them and the agencies from the (SHACL-checked) ontology into an
 * {@link ExecutionCatalogue}. Safeguards and areas are named by their codes ({@code skos:notation}),
 * norms by IRI.
 */
public final class ExecutionReader {
    static final String LX = "https://w3id.org/lexcheck/ontology#";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";

    private ExecutionReader() {}

    public static ExecutionCatalogue read(Model model) {
        Property notation = model.createProperty(SKOS + "notation");
        Map<String, ActKind> kinds = new TreeMap<>();
        model.listResourcesWithProperty(RDF.type, model.createResource(LX + "ActKind"))
                .forEachRemaining(r -> {
                    String code = r.getProperty(notation).getString();
                    kinds.put(
                            code,
                            new ActKind(
                                    code,
                                    texts(r, model.createProperty(SKOS + "prefLabel")),
                                    texts(r, model.createProperty(SKOS + "definition"))));
                });
        Property demands = model.createProperty(LX + "demandsAct");
        Resource safeguard = model.createResource(LX + "Safeguard");
        Map<String, Set<String>> ofSafeguard = new HashMap<>();
        Map<String, Set<String>> ofNorm = new HashMap<>();
        model.listStatements(null, demands, (RDFNode) null).forEachRemaining(s -> {
            Resource subject = s.getSubject();
            String act = code(s.getResource(), notation);
            if (subject.hasProperty(RDF.type, safeguard))
                ofSafeguard
                        .computeIfAbsent(code(subject, notation), k -> new TreeSet<>())
                        .add(act);
            else ofNorm.computeIfAbsent(subject.getURI(), k -> new TreeSet<>()).add(act);
        });
        List<Agency> agencies = new ArrayList<>();
        model.listResourcesWithProperty(RDF.type, model.createResource(LX + "Agency"))
                .forEachRemaining(r -> agencies.add(agency(model, r, notation)));
        agencies.sort((a, b) -> a.iri().compareTo(b.iri()));
        return new ExecutionCatalogue(kinds, lists(ofSafeguard), lists(ofNorm), agencies);
    }

    private static Agency agency(Model m, Resource r, Property notation) {
        List<Agency.Role> roles = new ArrayList<>();
        r.listProperties(m.createProperty(LX + "performs")).forEachRemaining(s -> {
            Resource role = s.getResource();
            Set<String> areas = new HashSet<>();
            role.listProperties(m.createProperty(LX + "area"))
                    .forEachRemaining(a -> areas.add(code(a.getResource(), notation)));
            Set<String> types = new HashSet<>();
            role.listProperties(m.createProperty(LX + "measureType"))
                    .forEachRemaining(a -> types.add(code(a.getResource(), notation)));
            roles.add(new Agency.Role(
                    code(role.getPropertyResourceValue(m.createProperty(LX + "actKind")), notation),
                    areas,
                    types,
                    texts(role, m.createProperty(LX + "scopeNote"))));
        });
        roles.sort((a, b) -> a.actKind().compareTo(b.actKind()));
        Resource website = r.getPropertyResourceValue(m.createProperty(LX + "website"));
        Resource status = r.getPropertyResourceValue(m.createProperty(LX + "verificationStatus"));
        return new Agency(
                r.getURI(),
                string(r, m.createProperty(LX + "state")),
                string(r, m.createProperty(LX + "shortName")),
                string(r, RDFS.label),
                texts(r, m.createProperty(LX + "nationalName")),
                website == null ? null : website.getURI(),
                date(r, m.createProperty(LX + "from")),
                date(r, m.createProperty(LX + "until")),
                roles,
                status(status == null ? null : status.getLocalName()));
    }

    private static String status(String local) {
        if (local == null) return "UNVERIFIED";
        return switch (local) {
            case "Verified" -> "VERIFIED";
            case "PartlyVerified" -> "PARTLY_VERIFIED";
            default -> "UNVERIFIED";
        };
    }

    private static Map<String, List<String>> lists(Map<String, Set<String>> sets) {
        Map<String, List<String>> out = new HashMap<>();
        sets.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    private static String code(Resource r, Property notation) {
        Statement s = r.getProperty(notation);
        return s == null ? r.getLocalName() : s.getString();
    }

    /** Language-tagged texts by tag; an untagged one counts as English. */
    private static Map<String, String> texts(Resource r, Property p) {
        Map<String, String> out = new HashMap<>();
        r.listProperties(p).forEachRemaining(s -> {
            String lang = s.getLanguage();
            out.putIfAbsent(lang == null || lang.isEmpty() ? "en" : lang, s.getString());
        });
        return out;
    }

    private static String string(Resource r, Property p) {
        Statement s = r.getProperty(p);
        return s == null ? null : s.getString();
    }

    private static LocalDate date(Resource r, Property p) {
        Statement s = r.getProperty(p);
        return s == null ? null : LocalDate.parse(s.getLiteral().getLexicalForm());
    }
}
