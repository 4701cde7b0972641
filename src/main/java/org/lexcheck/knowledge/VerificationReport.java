package org.lexcheck.knowledge;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ModelFactory;

/**
 * Lists every instrument, provision and judgment of the ontology that is not fully verified,
 * with what was not seen: the rule author's to-do list and the closing note's source.
 */
public final class VerificationReport {
    private static final String QUERY = """
            PREFIX lx: <https://w3id.org/lexcheck/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT DISTINCT ?item ?kind ?label ?status ?note WHERE {
              VALUES ?kind { lx:Instrument lx:Provision lx:CaseLaw }
              ?item a ?kind ; lx:verificationStatus ?status .
              FILTER (?status != lx:Verified)
              OPTIONAL { ?item rdfs:label ?l1 FILTER (lang(?l1) IN ("", "en")) } OPTIONAL { ?item lx:code ?l2 }
              OPTIONAL { ?item dcterms:title ?l3 FILTER (lang(?l3) IN ("", "en")) } OPTIONAL { ?item lx:caseNumber ?n }
              OPTIONAL { ?item lx:verificationNote ?note }
              BIND (COALESCE(?l1, ?l2, CONCAT(STR(?l3), " (", STR(?n), ")")) AS ?label)
            } ORDER BY ?kind ?status ?label""";

    private VerificationReport() {}

    /** One line per item: kind, status, label, and the note saying what was not seen. */
    public static List<String> lines(SourceFiles ontology) {
        var graphs = OntologyLoader.parse(ontology);
        List<String> lines = new ArrayList<>();
        try (QueryExecution q = QueryExecution.model(ModelFactory.createModelForGraph(graphs.data()))
                .query(QUERY)
                .build()) {
            q.execSelect().forEachRemaining(s -> lines.add(line(s)));
        }
        return lines;
    }

    private static String line(QuerySolution s) {
        String kind = local(s.getResource("kind").getURI());
        String status =
                VerificationStatus.fromIri(s.getResource("status").getURI()).name();
        String note = s.contains("note") ? s.getLiteral("note").getLexicalForm() : "(no note)";
        return kind + " | " + status + " | " + s.getLiteral("label").getLexicalForm() + " | " + note;
    }

    private static String local(String iri) {
        return iri.substring(iri.indexOf('#') + 1);
    }
}
