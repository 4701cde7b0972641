package org.lexcheck.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;

/** Validates the knowledge graph against the SHACL shapes; one line per violation, naming node and file. */
public final class ShaclCheck {
    private ShaclCheck() {}

    public static List<String> violations(Graph shapesGraph, Graph data, Map<String, String> fileOfSubject) {
        Shapes shapes;
        try {
            shapes = Shapes.parse(shapesGraph);
        } catch (org.apache.jena.shacl.parser.ShaclParseException e) {
            return List.of(OntologyLoader.SHAPES_FILE + ": "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<String> lines = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            Node focus = owner(e.focusNode(), data);
            String node = focus.isURI() ? focus.getURI() : focus.toString();
            String file = focus.isURI() ? fileOfSubject.getOrDefault(focus.getURI(), "?") : "?";
            String path = e.resultPath() == null ? "" : " " + e.resultPath();
            lines.add(file + ": " + node + path + ": " + e.message());
        }
        lines.sort(String::compareTo);
        return lines;
    }

    /** A blank node (a limit, a parameter spec) is reported by the IRI of the node that holds it. */
    private static Node owner(Node node, Graph data) {
        Node current = node;
        for (int depth = 0; current.isBlank() && depth < 5; depth++) {
            var holders = data.find(Node.ANY, Node.ANY, current);
            if (!holders.hasNext()) break;
            current = holders.next().getSubject();
        }
        return current;
    }
}
