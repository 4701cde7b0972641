package org.lexcheck.web;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lexcheck.knowledge.ParameterSpec;
import org.lexcheck.knowledge.Vocabulary;
import org.lexcheck.proposal.InvalidProposalException;
import org.lexcheck.report.ReportWriter;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The compose form: the proposal's id and title, the states and dates to check it for, and its
 * measures ({@code m0.type}, {@code m0.groups}, {@code m0.p.months}, ...). Turned into the
 * proposal format (JSON) for the validator, so that the page says exactly what the API would.
 */
public final class ProposalForm {
    /** At most this many measures on the form. */
    static final int MAX_MEASURES = 20;

    private final String id;
    private final String title;
    private final String states;
    private final String dates;
    private final List<MeasureForm> measures;

    ProposalForm(String id, String title, String states, String dates, List<MeasureForm> measures) {
        this.id = id == null ? "" : id.strip();
        this.title = title == null ? "" : title.strip();
        this.states = states == null ? "" : states.strip();
        this.dates = dates == null ? "" : dates.strip();
        this.measures = List.copyOf(measures);
    }

    /** A new form: one measure of the first type. */
    public static ProposalForm blank(Vocabulary vocabulary) {
        String first =
                vocabulary.measureTypes().keySet().stream().sorted().findFirst().orElse("");
        return new ProposalForm("proposal-1", "", "NL", "", List.of(MeasureForm.empty(first)));
    }

    /** The form as posted. */
    public static ProposalForm read(HttpServletRequest request) {
        int count = 0;
        try {
            count = Math.max(0, Math.min(MAX_MEASURES, Integer.parseInt(request.getParameter("count"))));
        } catch (NumberFormatException e) {
            // no count: no measures
        }
        List<MeasureForm> measures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String prefix = "m" + i + ".";
            Map<String, String> parameters = new LinkedHashMap<>();
            String paramPrefix = prefix + "p.";
            request.getParameterMap().forEach((name, values) -> {
                if (name.startsWith(paramPrefix) && values.length > 0)
                    parameters.put(name.substring(paramPrefix.length()), values[0].strip());
            });
            measures.add(new MeasureForm(
                    request.getParameter(prefix + "type"),
                    list(request, prefix + "groups"),
                    list(request, prefix + "safeguards"),
                    list(request, prefix + "exemptions"),
                    parameters,
                    request.getParameter(prefix + "description")));
        }
        return new ProposalForm(
                request.getParameter("id"),
                request.getParameter("title"),
                request.getParameter("states"),
                request.getParameter("dates"),
                measures);
    }

    private static List<String> list(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null
                ? List.of()
                : Arrays.stream(values).filter(v -> !v.isBlank()).toList();
    }

    public ProposalForm withMeasure(MeasureForm measure) {
        if (measures.size() >= MAX_MEASURES) return this;
        List<MeasureForm> more = new ArrayList<>(measures);
        more.add(measure);
        return new ProposalForm(id, title, states, dates, more);
    }

    public ProposalForm withoutMeasure(int index) {
        if (index < 0 || index >= measures.size()) return this;
        List<MeasureForm> fewer = new ArrayList<>(measures);
        fewer.remove(index);
        return new ProposalForm(id, title, states, dates, fewer);
    }

    /**
     * The proposal in the proposal format, for the validator: the first state is its jurisdiction;
     * only the parameters of each measure's type are taken, a number where the type declares one
     * and the text is a number, a boolean likewise, else the text as typed (which the validator
     * then refuses, naming the field).
     */
    public ObjectNode toJson(Vocabulary vocabulary) {
        ObjectNode root = ReportWriter.json().createObjectNode();
        root.put("id", id);
        if (!title.isEmpty()) root.put("title", title);
        String first = states.split(",", -1)[0].strip();
        root.put("jurisdiction", first);
        ArrayNode list = root.putArray("measures");
        for (int i = 0; i < measures.size(); i++) {
            MeasureForm m = measures.get(i);
            ObjectNode node = list.addObject();
            node.put("id", "m" + (i + 1));
            node.put("type", m.type());
            array(node.putArray("targetGroups"), m.groups());
            ObjectNode parameters = node.putObject("parameters");
            Map<String, ParameterSpec> specs = vocabulary.parameters(m.type());
            for (var p : m.parameters().entrySet()) {
                ParameterSpec spec = specs.get(p.getKey());
                if (spec == null || p.getValue().isEmpty()) continue;
                put(parameters, p.getKey(), p.getValue(), spec.type());
            }
            array(node.putArray("safeguards"), m.safeguards());
            array(node.putArray("exemptions"), m.exemptions());
            if (!m.description().isBlank())
                node.put("description", m.description().strip());
        }
        return root;
    }

    private static void array(ArrayNode target, List<String> values) {
        values.forEach(target::add);
    }

    private static void put(ObjectNode parameters, String name, String text, ParameterSpec.Type type) {
        switch (type) {
            case NUMBER -> {
                try {
                    parameters.put(name, new BigDecimal(text));
                } catch (NumberFormatException e) {
                    parameters.put(name, text);
                }
            }
            case BOOLEAN -> {
                if (text.equals("true") || text.equals("false")) parameters.put(name, Boolean.parseBoolean(text));
                else parameters.put(name, text);
            }
            default -> parameters.put(name, text);
        }
    }

    /** The reference dates, in the order given; none means the proposal's entry into force, else today. */
    public List<LocalDate> referenceDates() {
        return dates(dates);
    }

    public static List<LocalDate> dates(String text) {
        List<LocalDate> out = new ArrayList<>();
        if (text == null || text.isBlank()) return out;
        for (String raw : text.split(",", -1)) {
            String d = raw.strip();
            try {
                LocalDate date = LocalDate.parse(d);
                if (!out.contains(date)) out.add(date);
            } catch (DateTimeParseException e) {
                throw new InvalidProposalException(
                        "dates",
                        "expected a date such as 2027-01-01, got '" + (d.length() > 20 ? d.substring(0, 20) + "..." : d)
                                + "'");
            }
        }
        if (out.size() > 10) throw new InvalidProposalException("dates", "at most 10 dates at once");
        return out;
    }

    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getStates() {
        return states;
    }

    public String getDates() {
        return dates;
    }

    public List<MeasureForm> getMeasures() {
        return measures;
    }
}
