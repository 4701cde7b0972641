package org.lexcheck.knowledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;

/**
 * Maps the (SHACL-valid) knowledge graph to plain Java facts. Runs once per knowledge version;
 * nothing here is called per check.
 */
final class KnowledgeMapper {
    private final Model model;

    KnowledgeMapper(Graph graph) {
        this.model = ModelFactory.createModelForGraph(graph);
    }

    KnowledgeBase map(String version) {
        Map<String, Set<String>> stateGroups = stateGroups();
        Map<String, Instrument> instruments = new LinkedHashMap<>();
        Map<String, Resource> pendingResources = new LinkedHashMap<>();
        for (Resource r : subjectsOfType(LX.Instrument)) {
            Instrument i = instrument(r, stateGroups);
            instruments.put(i.iri(), i);
            String status = iri(r, LX.legislativeStatus);
            if (status != null && !status.equals(LX.Adopted)) pendingResources.put(i.iri(), r);
        }
        Map<String, CaseLaw> caseLaw = new LinkedHashMap<>();
        for (Resource r : subjectsOfType(LX.CaseLaw)) {
            CaseLaw c = caseLaw(r);
            caseLaw.put(c.iri(), c);
        }
        Map<String, String> codeOf = conceptCodes();
        List<Norm> norms = new ArrayList<>();
        for (Resource r : subjectsOfType(LX.Norm)) {
            norms.add(norm(r, instruments, caseLaw, codeOf));
        }
        norms.sort(Comparator.comparing(Norm::iri));
        // Pending law (issue 11, item 7) is kept apart: no check sees it unless asked to assume it.
        List<PendingLaw> pending = new ArrayList<>();
        for (var e : pendingResources.entrySet()) {
            Resource r = e.getValue();
            List<Norm> own = norms.stream()
                    .filter(n -> n.instrumentIris().contains(e.getKey()))
                    .toList();
            pending.add(new PendingLaw(
                    instruments.get(e.getKey()),
                    PendingLaw.Status.fromIri(iri(r, LX.legislativeStatus)),
                    text(r, LX.pendingLabel),
                    iris(r, LX.wouldRepeal),
                    own));
        }
        for (PendingLaw p : pending) {
            instruments.remove(p.instrument().iri());
            norms.removeAll(p.norms());
        }
        PersonPath.Paths paths = paths(instruments, caseLaw, codeOf);
        return new KnowledgeBase(
                version,
                instruments,
                norms,
                caseLaw,
                hierarchy(codeOf),
                vocabulary(codeOf, stateGroups.getOrDefault(LX.ISO_3166, Set.of())),
                org.lexcheck.country.CountryFactsReader.read(model),
                policyAims(codeOf),
                paths,
                org.lexcheck.execution.ExecutionReader.read(model),
                successions(instruments),
                pending);
    }

    // ------------------------------------------------------------ policy aims and alternatives

    private PolicyAims policyAims(Map<String, String> codeOf) {
        Map<String, LocalizedText> labels = new HashMap<>();
        for (Resource a : subjectsOfType(LX.PolicyAim)) labels.put(codeOf.get(a.getURI()), text(a, LX.skosPrefLabel));
        Map<String, List<String>> aimsByType = new HashMap<>();
        for (Resource m : subjectsOfType(LX.MeasureType))
            aimsByType.put(
                    codeOf.get(m.getURI()),
                    codes(m, LX.policyAim, codeOf).stream().sorted().toList());
        List<AlternativeDesign> designs = new ArrayList<>();
        for (Resource d : subjectsOfType(LX.AlternativeDesign)) {
            Map<String, Object> settings = new HashMap<>();
            Set<String> premises = new HashSet<>();
            for (Resource s : resources(d, LX.setting)) {
                if ("true".equals(string(s, LX.premise))) premises.add(string(s, LX.name));
                Literal v = s.getProperty(p(LX.value)).getObject().asLiteral();
                Object value = v.getValue() instanceof Boolean b
                        ? b
                        : v.getValue() instanceof Number n
                                ? new java.math.BigDecimal(n.toString())
                                : v.getLexicalForm();
                settings.put(string(s, LX.name), value);
            }
            Map<String, AlternativeDesign.Side> atLimit = new HashMap<>();
            for (Resource l : resources(d, LX.atEffectiveLimit))
                atLimit.put(
                        string(l, LX.name),
                        LX.Floor.equals(iri(l, LX.limitSide))
                                ? AlternativeDesign.Side.FLOOR
                                : AlternativeDesign.Side.CEILING);
            designs.add(new AlternativeDesign(
                    d.getURI(),
                    codes(d, LX.pursues, codeOf),
                    codeOf.get(iri(d, LX.measureType)),
                    Integer.parseInt(string(d, LX.closeness)),
                    text(d, LX.label),
                    settings,
                    atLimit,
                    codes(d, LX.withSafeguard, codeOf).stream().sorted().toList(),
                    codes(d, LX.withExemption, codeOf).stream().sorted().toList(),
                    premises));
        }
        return new PolicyAims(aimsByType, labels, designs);
    }

    // ------------------------------------------------------------ cumulative timelines

    /** The paths of ontology/paths.ttl, their stages in order, and the bounds on their totals (mapped as norms). */
    private PersonPath.Paths paths(
            Map<String, Instrument> instruments, Map<String, CaseLaw> caseLaw, Map<String, String> codeOf) {
        List<PersonPath> paths = new ArrayList<>();
        for (Resource r : subjectsOfType(LX.PersonPath)) {
            List<PersonPath.Stage> stages = new ArrayList<>();
            for (Resource s : resources(r, LX.stage)) {
                String personAs = iri(s, LX.personAs);
                stages.add(new PersonPath.Stage(
                        s.getURI(),
                        s.getURI().substring(s.getURI().lastIndexOf('/') + 1),
                        text(s, LX.label),
                        Integer.parseInt(string(s, LX.order)),
                        personAs == null ? codeOf.get(iri(r, LX.person)) : codeOf.get(personAs),
                        codes(s, LX.measureType, codeOf).stream().sorted().toList(),
                        string(s, LX.parameter)));
            }
            stages.sort(Comparator.comparingInt(PersonPath.Stage::order));
            paths.add(new PersonPath(r.getURI(), text(r, LX.label), codeOf.get(iri(r, LX.person)), stages));
        }
        List<PersonPath.Bound> bounds = new ArrayList<>();
        for (Resource r : subjectsOfType(LX.CumulativeBound)) {
            bounds.add(new PersonPath.Bound(
                    norm(r, instruments, caseLaw, codeOf),
                    iris(r, LX.boundsCumulativeDuration),
                    iris(r, LX.coversStage),
                    iris(r, LX.alsoHeldBy)));
        }
        return new PersonPath.Paths(paths, bounds);
    }

    /** The successions across the Pact (ontology/successions.ttl), SHACL-valid by now. */
    private Successions successions(Map<String, Instrument> instruments) {
        List<Successions.Succession> list = new ArrayList<>();
        for (Resource r : subjectsOfType(LX.Succession)) {
            List<Provision> successors = new ArrayList<>();
            for (Resource s : resources(r, LX.successor)) successors.add(provision(s, instruments));
            successors.sort(Comparator.comparing(Provision::iri));
            Resource basis = resources(r, LX.successionBasis).get(0);
            list.add(new Successions.Succession(
                    r.getURI(),
                    provision(resources(r, LX.predecessor).get(0), instruments),
                    successors,
                    basis.getLocalName(),
                    verification(r)));
        }
        return new Successions(list);
    }

    // ------------------------------------------------------------ instruments and states

    private Map<String, Set<String>> stateGroups() {
        Map<String, Set<String>> groups = new HashMap<>();
        for (Resource g : subjectsOfType(LX.StateGroup)) groups.put(g.getURI(), strings(g, LX.member));
        return groups;
    }

    private Instrument instrument(Resource r, Map<String, Set<String>> stateGroups) {
        Set<String> bound = new HashSet<>(strings(r, LX.bindsState));
        for (String group : iris(r, LX.bindsGroup)) bound.addAll(stateGroups.getOrDefault(group, Set.of()));
        bound.removeAll(strings(r, LX.notBinding));
        List<Instrument.Accession> accessions = new ArrayList<>();
        List<Resource> windows = new ArrayList<>(resources(r, LX.accession));
        windows.addAll(resources(r, LX.party));
        for (Resource a : windows) {
            accessions.add(new Instrument.Accession(string(a, LX.state), date(a, LX.from), date(a, LX.until)));
            bound.remove(string(a, LX.state));
        }
        return new Instrument(
                r.getURI(),
                string(r, LX.code),
                text(r, LX.abbreviation),
                text(r, LX.title),
                date(r, LX.appliesFrom),
                date(r, LX.appliesUntil),
                iri(r, LX.repealedBy),
                bound,
                accessions,
                verification(r));
    }

    // ------------------------------------------------------------ case law and provisions

    private CaseLaw caseLaw(Resource r) {
        return new CaseLaw(
                r.getURI(),
                string(r, LX.caseNumber),
                string(r, LX.ecli),
                text(r, LX.title),
                string(r, LX.court),
                date(r, LX.date),
                text(r, LX.holding),
                verification(r));
    }

    private Provision provision(Resource r, Map<String, Instrument> instruments) {
        String instrumentIri = iri(r, LX.instrument);
        Instrument instrument = instruments.get(instrumentIri);
        return new Provision(
                r.getURI(),
                iri(r, LX.eli),
                instrumentIri,
                instrument == null ? "?" : instrument.code(),
                string(r, LX.article),
                string(r, LX.paragraph),
                string(r, LX.point),
                verification(r),
                date(r, LX.appliesFrom),
                date(r, LX.appliesUntil));
    }

    // ------------------------------------------------------------ norms

    private Norm norm(
            Resource r, Map<String, Instrument> instruments, Map<String, CaseLaw> caseLaw, Map<String, String> codeOf) {
        List<Provision> provisions = provisions(r, LX.provision, instruments);
        List<Limit> limits = new ArrayList<>();
        for (Resource l : resources(r, LX.limit)) limits.add(limit(l, codeOf));
        limits.sort(Comparator.comparing((Limit l) -> l.parameter())
                .thenComparing(l -> String.valueOf(l.max()))
                .thenComparing(l -> String.valueOf(l.min()))
                .thenComparing(Limit::breachKind)
                .thenComparing(l -> String.valueOf(l.condition())));
        List<SafeguardRequirement> requirements = new ArrayList<>();
        for (Resource s : resources(r, LX.safeguardRequirement)) {
            requirements.add(new SafeguardRequirement(
                    codeOf.get(iri(s, LX.safeguard)), kind(s, FindingKind.RISK), condition(s)));
        }
        requirements.sort(Comparator.comparing((SafeguardRequirement s) -> s.safeguard())
                .thenComparing(s -> String.valueOf(s.condition())));
        List<CaseLaw> cases = iris(r, LX.caseLaw).stream()
                .map(caseLaw::get)
                .sorted(Comparator.comparing(CaseLaw::date, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        String severity = string(r, LX.severity);
        Modality modality = Modality.fromIri(iri(r, LX.modality));
        String obligation = iri(r, LX.expresses);
        return new Norm(
                r.getURI(),
                obligation != null ? obligation : r.getURI(),
                text(r, LX.label),
                provisions,
                provisions(r, LX.readWith, instruments),
                modality,
                !"false".equals(string(r, LX.derogable)),
                severity != null
                        ? Severity.valueOf(severity)
                        : modality == Modality.ABSOLUTE_PROHIBITION ? Severity.ABSOLUTE : Severity.HIGH,
                codes(r, LX.regulates, codeOf),
                codes(r, LX.appliesTo, codeOf),
                codes(r, LX.excludes, codeOf),
                codes(r, LX.protectedGroup, codeOf),
                iris(r, LX.requiresInstrument),
                iris(r, LX.unlessInstrument),
                "true".equals(string(r, LX.barsMeasure)),
                kind(r, FindingKind.CONFLICT),
                codes(r, LX.unlessSafeguard, codeOf),
                limits,
                requirements,
                cases,
                text(r, LX.explanation),
                text(r, LX.remedy));
    }

    private List<Provision> provisions(Resource norm, String property, Map<String, Instrument> instruments) {
        List<Provision> list = new ArrayList<>();
        for (Resource p : resources(norm, property)) list.add(provision(p, instruments));
        list.sort(Comparator.comparing(Provision::instrumentCode).thenComparing(p -> articleKey(p.article())));
        return list;
    }

    private Limit limit(Resource l, Map<String, String> codeOf) {
        String required = string(l, LX.requiredValue);
        String unit = iri(l, LX.unit);
        return new Limit(
                string(l, LX.parameter),
                number(l, LX.max),
                number(l, LX.min),
                "true".equals(string(l, LX.strict)),
                required == null ? null : Boolean.valueOf(required),
                strings(l, LX.allowedValue),
                unit == null ? null : unit.substring(unit.indexOf('#') + 1),
                kind(l, FindingKind.CONFLICT),
                codes(l, LX.unlessSafeguard, codeOf),
                codes(l, LX.onlyWithSafeguard, codeOf),
                "true".equals(string(l, LX.onlyWhenStated)),
                condition(l),
                iris(l, LX.cumulativeWith),
                number(l, LX.maxTimes),
                string(l, LX.timesParameter),
                number(l, LX.justifyAbove));
    }

    /** The condition on another parameter of a limit or safeguard requirement (with the further one of {@code lx:andWhen}), or null. */
    private Condition condition(Resource r) {
        String parameter = string(r, LX.whenParameter);
        if (parameter == null) return null;
        Statement and = r.getProperty(r.getModel().createProperty(LX.andWhen));
        return new Condition(
                parameter,
                Condition.Operator.of(string(r, LX.whenOperator)),
                string(r, LX.whenValue),
                and == null ? null : condition(and.getResource()));
    }

    private FindingKind kind(Resource r, FindingKind fallback) {
        String k = string(r, LX.breachKind);
        return k == null ? fallback : FindingKind.valueOf(k);
    }

    /** Sorts "4", "5", "12" numerically, then by suffix ("12a"). */
    private static String articleKey(String article) {
        String digits = article.replaceAll("\\D.*", "");
        return String.format(
                "%05d%s", digits.isEmpty() ? 0 : Integer.parseInt(digits), article.substring(digits.length()));
    }

    // ------------------------------------------------------------ vocabulary

    private Map<String, String> conceptCodes() {
        Map<String, String> codes = new HashMap<>();
        model.listStatements(null, p(LX.skosNotation), (RDFNode) null)
                .forEachRemaining(s -> codes.put(s.getSubject().getURI(), s.getString()));
        return codes;
    }

    private GroupHierarchy hierarchy(Map<String, String> codeOf) {
        Map<String, Set<String>> broader = new HashMap<>();
        Set<String> covered = new HashSet<>();
        for (Resource g : subjectsOfType(LX.TargetGroup)) {
            broader.put(codeOf.get(g.getURI()), codes(g, LX.skosBroader, codeOf));
            if ("true".equals(string(g, LX.coveredByNarrower))) covered.add(codeOf.get(g.getURI()));
        }
        return new GroupHierarchy(broader, covered);
    }

    private Vocabulary vocabulary(Map<String, String> codeOf, Set<String> jurisdictions) {
        Map<String, LocalizedText> labels = new HashMap<>();
        TreeSet<String> groups = new TreeSet<>();
        for (Resource g : subjectsOfType(LX.TargetGroup)) groups.add(label(g, codeOf, labels));
        TreeSet<String> safeguards = new TreeSet<>();
        for (Resource s : subjectsOfType(LX.Safeguard)) safeguards.add(label(s, codeOf, labels));
        Map<String, Map<String, ParameterSpec>> measureTypes = new HashMap<>();
        Map<String, String> areas = new HashMap<>();
        for (Resource m : subjectsOfType(LX.MeasureType)) {
            String code = label(m, codeOf, labels);
            Map<String, ParameterSpec> params = new LinkedHashMap<>();
            for (Resource spec : resources(m, LX.parameterSpec)) {
                String name = string(spec, LX.name);
                String unit = iri(spec, LX.unit);
                params.put(
                        name,
                        new ParameterSpec(
                                name,
                                parameterType(iri(spec, LX.datatype)),
                                unit == null ? null : unit.substring(unit.indexOf('#') + 1),
                                text(spec, LX.label),
                                "true".equals(string(spec, LX.statesFact))));
            }
            // Sorted by name: Map.copyOf iterates in an order that changes from one JVM to the next, and
            // reports list a measure's effective limits in the order of its parameters.
            measureTypes.put(code, java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(params)));
            areas.put(code, codeOf.get(iri(m, LX.area)));
        }
        return new Vocabulary(
                groups,
                safeguards,
                Map.copyOf(measureTypes),
                Map.copyOf(areas),
                Set.copyOf(jurisdictions),
                Map.copyOf(labels));
    }

    private String label(Resource concept, Map<String, String> codeOf, Map<String, LocalizedText> labels) {
        String code = codeOf.get(concept.getURI());
        labels.put(code, text(concept, LX.skosPrefLabel));
        return code;
    }

    private static ParameterSpec.Type parameterType(String datatype) {
        if (datatype.endsWith("#boolean")) return ParameterSpec.Type.BOOLEAN;
        if (datatype.endsWith("#string")) return ParameterSpec.Type.CODE;
        return ParameterSpec.Type.NUMBER;
    }

    // ------------------------------------------------------------ small graph accessors

    private List<Resource> subjectsOfType(String type) {
        List<Resource> list = model.listSubjectsWithProperty(p(LX.RDF_TYPE), model.createResource(type))
                .toList();
        list.sort(Comparator.comparing(r -> String.valueOf(r.getURI())));
        return list;
    }

    private Property p(String iri) {
        return model.createProperty(iri);
    }

    private String string(Resource r, String property) {
        Statement s = r.getProperty(p(property));
        if (s == null) return null;
        RDFNode o = s.getObject();
        return o.isLiteral() ? o.asLiteral().getLexicalForm() : o.toString();
    }

    private Set<String> strings(Resource r, String property) {
        Set<String> values = new HashSet<>();
        r.listProperties(p(property))
                .forEachRemaining(s -> values.add(s.getObject().asLiteral().getLexicalForm()));
        return values;
    }

    private String iri(Resource r, String property) {
        Statement s = r.getProperty(p(property));
        return s == null || !s.getObject().isURIResource()
                ? null
                : s.getObject().asResource().getURI();
    }

    private Set<String> iris(Resource r, String property) {
        Set<String> values = new HashSet<>();
        r.listProperties(p(property))
                .forEachRemaining(s -> values.add(s.getObject().asResource().getURI()));
        return values;
    }

    private List<Resource> resources(Resource r, String property) {
        List<Resource> values = new ArrayList<>();
        r.listProperties(p(property))
                .forEachRemaining(s -> values.add(s.getObject().asResource()));
        return values;
    }

    private Set<String> codes(Resource r, String property, Map<String, String> codeOf) {
        Set<String> values = new HashSet<>();
        for (String iri : iris(r, property)) values.add(codeOf.getOrDefault(iri, iri));
        return values;
    }

    private Double number(Resource r, String property) {
        String s = string(r, property);
        return s == null ? null : Double.valueOf(s);
    }

    private LocalDate date(Resource r, String property) {
        String s = string(r, property);
        return s == null ? null : LocalDate.parse(s);
    }

    private LocalizedText text(Resource r, String property) {
        Map<String, String> byLanguage = new HashMap<>();
        r.listProperties(p(property)).forEachRemaining(s -> {
            Literal l = s.getObject().asLiteral();
            byLanguage.put(l.getLanguage(), l.getLexicalForm());
        });
        return new LocalizedText(byLanguage);
    }

    private VerificationStatus verification(Resource r) {
        String status = iri(r, LX.verificationStatus);
        return status == null ? VerificationStatus.UNVERIFIED : VerificationStatus.fromIri(status);
    }
}
