package org.lexcheck.knowledge;

/** The lexcheck vocabulary's namespaces and terms, one constant per term (see ontology/vocabulary.ttl). */
public final class LX {
    public static final String NS = "https://w3id.org/lexcheck/ontology#";
    public static final String CONCEPT_NS = "https://w3id.org/lexcheck/concept/";
    public static final String STATES_NS = "https://w3id.org/lexcheck/states/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";

    public static final String Instrument = NS + "Instrument";
    public static final String Norm = NS + "Norm";
    public static final String Succession = NS + "Succession";
    public static final String legislativeStatus = NS + "legislativeStatus";
    public static final String Adopted = NS + "Adopted";
    public static final String pendingLabel = NS + "pendingLabel";
    public static final String wouldRepeal = NS + "wouldRepeal";
    public static final String predecessor = NS + "predecessor";
    public static final String successor = NS + "successor";
    public static final String successionBasis = NS + "successionBasis";
    public static final String CaseLaw = NS + "CaseLaw";
    public static final String StateGroup = NS + "StateGroup";
    public static final String MeasureType = NS + "MeasureType";
    public static final String TargetGroup = NS + "TargetGroup";
    public static final String Safeguard = NS + "Safeguard";

    public static final String code = NS + "code";
    public static final String abbreviation = NS + "abbreviation";
    public static final String appliesFrom = NS + "appliesFrom";
    public static final String appliesUntil = NS + "appliesUntil";
    public static final String repealedBy = NS + "repealedBy";
    public static final String bindsGroup = NS + "bindsGroup";
    public static final String bindsState = NS + "bindsState";
    public static final String notBinding = NS + "notBinding";
    public static final String member = NS + "member";
    public static final String accession = NS + "accession";
    public static final String party = NS + "party";
    public static final String state = NS + "state";
    public static final String from = NS + "from";
    public static final String until = NS + "until";
    public static final String allowedValue = NS + "allowedValue";

    public static final String instrument = NS + "instrument";
    public static final String article = NS + "article";
    public static final String paragraph = NS + "paragraph";
    public static final String point = NS + "point";
    public static final String eli = NS + "eli";

    public static final String provision = NS + "provision";
    public static final String readWith = NS + "readWith";
    public static final String modality = NS + "modality";
    public static final String derogable = NS + "derogable";
    public static final String severity = NS + "severity";
    public static final String regulates = NS + "regulates";
    public static final String appliesTo = NS + "appliesTo";
    public static final String excludes = NS + "excludes";
    public static final String protectedGroup = NS + "protectedGroup";
    public static final String requiresInstrument = NS + "requiresInstrument";
    public static final String unlessInstrument = NS + "unlessInstrument";
    public static final String barsMeasure = NS + "barsMeasure";
    public static final String breachKind = NS + "breachKind";
    public static final String unlessSafeguard = NS + "unlessSafeguard";
    public static final String onlyWithSafeguard = NS + "onlyWithSafeguard";
    public static final String limit = NS + "limit";
    public static final String safeguardRequirement = NS + "safeguardRequirement";
    public static final String caseLaw = NS + "caseLaw";
    public static final String explanation = NS + "explanation";
    public static final String remedy = NS + "remedy";

    public static final String parameter = NS + "parameter";
    public static final String max = NS + "max";
    public static final String strict = NS + "strict";
    public static final String onlyWhenStated = NS + "onlyWhenStated";
    public static final String andWhen = NS + "andWhen";
    public static final String min = NS + "min";
    public static final String requiredValue = NS + "requiredValue";
    public static final String unit = NS + "unit";
    public static final String safeguard = NS + "safeguard";
    public static final String whenParameter = NS + "whenParameter";
    public static final String whenValue = NS + "whenValue";
    public static final String whenOperator = NS + "whenOperator";
    public static final String cumulativeWith = NS + "cumulativeWith";
    public static final String maxTimes = NS + "maxTimes";
    public static final String timesParameter = NS + "timesParameter";
    public static final String justifyAbove = NS + "justifyAbove";
    public static final String statesFact = NS + "statesFact";
    public static final String expresses = NS + "expresses";

    public static final String caseNumber = NS + "caseNumber";
    public static final String ecli = NS + "ecli";
    public static final String court = NS + "court";
    public static final String holding = NS + "holding";

    public static final String area = NS + "area";
    public static final String coveredByNarrower = NS + "coveredByNarrower";
    public static final String parameterSpec = NS + "parameterSpec";
    public static final String name = NS + "name";
    public static final String PolicyAim = NS + "PolicyAim";
    public static final String policyAim = NS + "policyAim";
    public static final String AlternativeDesign = NS + "AlternativeDesign";
    public static final String pursues = NS + "pursues";
    public static final String measureType = NS + "measureType";
    public static final String closeness = NS + "closeness";
    public static final String setting = NS + "setting";
    public static final String value = NS + "value";
    public static final String atEffectiveLimit = NS + "atEffectiveLimit";
    public static final String limitSide = NS + "limitSide";
    public static final String Floor = NS + "Floor";
    public static final String withSafeguard = NS + "withSafeguard";
    public static final String premise = NS + "premise";
    public static final String withExemption = NS + "withExemption";
    public static final String datatype = NS + "datatype";
    public static final String verificationStatus = NS + "verificationStatus";

    public static final String Permission = NS + "Permission";
    public static final String AbsoluteProhibition = NS + "AbsoluteProhibition";

    public static final String skosNotation = SKOS + "notation";
    public static final String skosBroader = SKOS + "broader";
    public static final String skosPrefLabel = SKOS + "prefLabel";
    public static final String title = DCTERMS + "title";
    public static final String date = DCTERMS + "date";
    public static final String label = RDFS + "label";

    // Cumulative timelines (ontology/paths.ttl)
    public static final String PersonPath = NS + "PersonPath";
    public static final String CumulativeBound = NS + "CumulativeBound";
    public static final String person = NS + "person";
    public static final String stage = NS + "stage";
    public static final String order = NS + "order";
    public static final String personAs = NS + "personAs";
    public static final String boundsCumulativeDuration = NS + "boundsCumulativeDuration";
    public static final String coversStage = NS + "coversStage";
    public static final String alsoHeldBy = NS + "alsoHeldBy";

    /** The state group that lists every valid jurisdiction code. */
    public static final String ISO_3166 = STATES_NS + "ISO_3166";

    private LX() {}
}
