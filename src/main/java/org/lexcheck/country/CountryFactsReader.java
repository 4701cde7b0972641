package org.lexcheck.country;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;

/**
 * Reads the {@code lx:CountryFact} resources of the ontology (files under
 * {@code ontology/countries/}, already checked by the SHACL shapes) into {@link CountryFacts}.
 */
public final class CountryFactsReader {
    static final String NS = "https://w3id.org/lexcheck/ontology#";

    private CountryFactsReader() {}

    public static CountryFacts read(Model model) {
        List<CountryFact> facts = new ArrayList<>();
        model.listResourcesWithProperty(RDF.type, model.createResource(NS + "CountryFact"))
                .forEachRemaining(r -> facts.add(fact(model, r)));
        return new CountryFacts(facts);
    }

    private static CountryFact fact(Model m, Resource r) {
        return new CountryFact(
                r.getURI(),
                string(m, r, "country"),
                kind(localName(m, r, "factKind")),
                number(m, r, "percent"),
                string(m, r, "referencePeriod"),
                texts(m, r, "basis"),
                string(m, r, "designatedBy"),
                string(m, r, "act"),
                date(m, r, "from"),
                date(m, r, "to"),
                strings(m, r, "source"),
                status(localName(m, r, "verificationStatus")));
    }

    private static CountryFact.Kind kind(String local) {
        return switch (local == null ? "" : local) {
            case "RecognitionRate" -> CountryFact.Kind.RECOGNITION_RATE;
            case "SafeCountryOfOriginDesignation" -> CountryFact.Kind.SAFE_COUNTRY_OF_ORIGIN;
            case "NotSafeForTransfers" -> CountryFact.Kind.NOT_SAFE_FOR_TRANSFERS;
            default -> throw new IllegalStateException("unknown lx:factKind " + local);
        };
    }

    private static String status(String local) {
        if (local == null) return "UNVERIFIED";
        return switch (local) {
            case "Verified" -> "VERIFIED";
            case "PartlyVerified" -> "PARTLY_VERIFIED";
            default -> local.toUpperCase(Locale.ROOT);
        };
    }

    private static Property p(Model m, String name) {
        return m.createProperty(NS + name);
    }

    private static String string(Model m, Resource r, String name) {
        Statement s = r.getProperty(p(m, name));
        return s == null
                ? null
                : s.getObject().isLiteral() ? s.getString() : s.getResource().getURI();
    }

    /** Literals by language tag; an untagged literal is English. */
    private static java.util.Map<String, String> texts(Model m, Resource r, String name) {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        r.listProperties(p(m, name)).forEachRemaining(s -> {
            String lang = s.getLanguage() == null || s.getLanguage().isEmpty() ? "en" : s.getLanguage();
            out.put(lang, s.getString());
        });
        return out;
    }

    private static List<String> strings(Model m, Resource r, String name) {
        List<String> out = new ArrayList<>();
        r.listProperties(p(m, name)).forEachRemaining(s -> {
            RDFNode o = s.getObject();
            out.add(o.isLiteral() ? o.asLiteral().getString() : o.asResource().getURI());
        });
        out.sort(String::compareTo);
        return out;
    }

    private static Double number(Model m, Resource r, String name) {
        Statement s = r.getProperty(p(m, name));
        if (s == null) return null;
        Literal l = s.getLiteral();
        return Double.valueOf(l.getLexicalForm());
    }

    private static LocalDate date(Model m, Resource r, String name) {
        String s = string(m, r, name);
        return s == null ? null : LocalDate.parse(s);
    }

    private static String localName(Model m, Resource r, String name) {
        Statement s = r.getProperty(p(m, name));
        return s == null || !s.getObject().isResource() ? null : s.getResource().getLocalName();
    }
}
