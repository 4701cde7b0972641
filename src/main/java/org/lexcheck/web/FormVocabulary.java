package org.lexcheck.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.lexcheck.knowledge.Language;
import org.lexcheck.knowledge.ParameterSpec;
import org.lexcheck.knowledge.Vocabulary;
import org.springframework.context.MessageSource;

/**
 * What the compose form offers, generated from the loaded version's vocabulary in the page's
 * language: measure types grouped by policy area, each type's parameters (label, unit, kind of
 * value), target groups (also the exemptions), safeguards and the states.
 */
public final class FormVocabulary {
    public record Option(String code, String label) {}

    public record Area(String label, List<Option> types) {}

    /** A parameter's input: {@code kind} NUMBER, BOOLEAN or CODE; {@code help} says unit and range. */
    public record Field(String name, String label, String unit, String kind, boolean statesFact) {}

    private final Vocabulary vocabulary;
    private final Language language;

    private final MessageSource texts;

    FormVocabulary(Vocabulary vocabulary, Language language, MessageSource texts) {
        this.vocabulary = vocabulary;
        this.language = language;
        this.texts = texts;
    }

    /** The page's text for a key, the code itself where the page has none. */
    private String text(String key, String code) {
        return texts.getMessage(key + code, null, code, Locale.forLanguageTag(language.code()));
    }

    public List<Area> areas() {
        Map<String, List<Option>> byArea = new TreeMap<>();
        for (String type : vocabulary.measureTypes().keySet()) {
            String area = vocabulary.measureTypeAreas().getOrDefault(type, "");
            String areaLabel = area.isEmpty() ? "" : text("page.area.", area);
            byArea.computeIfAbsent(areaLabel, a -> new ArrayList<>()).add(option(type));
        }
        List<Area> areas = new ArrayList<>();
        byArea.forEach((label, types) -> {
            types.sort(Comparator.comparing(Option::label));
            areas.add(new Area(label, types));
        });
        return areas;
    }

    public List<Field> fields(String type) {
        List<Field> fields = new ArrayList<>();
        for (ParameterSpec spec : vocabulary.parameters(type).values()) {
            String label = spec.label(language);
            fields.add(new Field(
                    spec.name(),
                    label.equals(spec.name()) ? spec.name() : label + " (" + spec.name() + ")",
                    spec.unit() == null
                                    || spec.unit().equals("BOOLEAN")
                                    || spec.unit().equals("CODE")
                            ? ""
                            : text("page.unit.", spec.unit()),
                    spec.type().name(),
                    spec.statesFact()));
        }
        return fields;
    }

    public List<Option> groups() {
        return vocabulary.targetGroups().stream().map(this::option).toList();
    }

    public List<Option> safeguards() {
        return vocabulary.safeguards().stream().map(this::option).toList();
    }

    public List<String> states() {
        return vocabulary.jurisdictions().stream().sorted().toList();
    }

    private Option option(String code) {
        return new Option(code, vocabulary.label(code).in(language));
    }
}
