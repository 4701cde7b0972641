package org.lexcheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lexcheck.knowledge.SourceFiles;
import org.lexcheck.system.BuiltVersions;
import org.lexcheck.system.Checker;

/**
 * The fixture ontology of {@code src/test/resources/fixture/ontology} (made-up law, see its
 * README) with the production vocabulary.ttl and shapes.ttl, and the production generic rules alone. Tests of
 * the generic rules and of the command line run over it instead of the real law.
 */
public final class Fixture {
    public static final Path ONTOLOGY = Path.of("src/test/resources/fixture/ontology");
    public static final Path CASES = Path.of("src/test/resources/fixture/test-cases");
    /** The schema, not the law: the classes, properties and closed lists, and the SHACL shapes. */
    private static final List<String> SCHEMA = List.of("vocabulary.ttl", "shapes.ttl");

    private static final Path GENERIC_RULES = Path.of("rules/generic.drl");

    private Fixture() {}

    /** A checker over the fixture ontology and rules/generic.drl, built once per JVM. */
    public static Checker checker() {
        return new Checker(BuiltVersions.version(ontology(), rules()));
    }

    /** The fixture's Turtle files plus the production vocabulary.ttl and shapes.ttl, as the loader reads a folder. */
    public static SourceFiles ontology() {
        SourceFiles fixture = SourceFiles.fromDirectory(ONTOLOGY, ".ttl");
        List<SourceFiles.SourceFile> files = new ArrayList<>(fixture.files());
        for (String name : SCHEMA) files.add(new SourceFiles.SourceFile(name, read(Path.of("ontology", name))));
        files.sort((a, b) -> a.name().compareTo(b.name()));
        return new SourceFiles(ONTOLOGY.toString(), files);
    }

    public static SourceFiles rules() {
        return new SourceFiles("rules", List.of(new SourceFiles.SourceFile("generic.drl", read(GENERIC_RULES))));
    }

    /** Writes the fixture ontology (with vocabulary.ttl and shapes.ttl) to {@code dir}/ontology and the generic rules to {@code dir}/rules, for the CLI. */
    public static Path[] writeTo(Path dir) {
        Path ontology = dir.resolve("ontology");
        Path rules = dir.resolve("rules");
        write(ontology(), ontology);
        write(rules(), rules);
        return new Path[] {ontology, rules};
    }

    private static void write(SourceFiles source, Path dir) {
        try {
            for (SourceFiles.SourceFile f : source.files()) {
                Path p = dir.resolve(f.name());
                Files.createDirectories(p.getParent());
                Files.write(p, f.content());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
