package org.lexcheck.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.lexcheck.knowledge.KnowledgeBase;
import org.lexcheck.knowledge.OntologyLoader;
import org.lexcheck.knowledge.SourceFiles;
import org.lexcheck.rules.CompiledRules;
import org.lexcheck.rules.RuleBaseBuilder;

/**
 * Run by the build after compiling ({@code process-classes}): loads and SHACL-validates the
 * packaged {@code ontology/}, compiles the packaged {@code rules/} with the executable model, and
 * writes both under {@code lexcheck/precompiled/} of the class folder with the
 * {@link CodeFingerprint} of the classes, so that the jar starts with the law already built. An
 * invalid ontology or rule file fails the build here, with the same messages as at run time. When
 * the classes and the law are those of the last run, there is nothing to do.
 */
public final class Precompile {
    private Precompile() {}

    /** {@code Precompile CLASSES_FOLDER [ONTOLOGY_FOLDER RULES_FOLDER]}. */
    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        SourceFiles ontology = SourceFiles.fromDirectory(Path.of(args.length > 1 ? args[1] : "ontology"), ".ttl");
        SourceFiles rules = SourceFiles.fromDirectory(Path.of(args.length > 2 ? args[2] : "rules"), ".drl");
        Path out = classes.resolve(KeptVersions.PRECOMPILED);
        String code = CodeFingerprint.of(classes);
        Path knowledgeFile = out.resolve("knowledge-" + ontology.version() + ".bin");
        Path rulesFile = out.resolve("rules-" + rules.version() + ".jar");
        Path fingerprint = classes.resolve(CodeFingerprint.RESOURCE);
        if (Files.isRegularFile(knowledgeFile)
                && Files.isRegularFile(rulesFile)
                && Files.isRegularFile(fingerprint)
                && Files.readString(fingerprint).strip().equals(code)) {
            System.out.println("lexcheck: precompiled law is current (ontology " + ontology.version() + ", rules "
                    + rules.version() + ")");
            return;
        }
        long start = System.nanoTime();
        KnowledgeBase knowledge = OntologyLoader.load(ontology);
        CompiledRules compiled = RuleBaseBuilder.compile(rules);
        compiled.load(); // what the jar will do at start: it must work here first
        if (Files.isDirectory(out)) {
            try (Stream<Path> old = Files.list(out)) {
                for (Path p : old.toList()) Files.delete(p);
            }
        }
        Files.createDirectories(out);
        Files.write(knowledgeFile, KeptVersions.serialized(knowledge));
        Files.write(rulesFile, compiled.jar());
        Files.writeString(fingerprint, code + "\n", StandardCharsets.UTF_8);
        System.out.printf(
                "lexcheck: precompiled ontology %s and rules %s for classes %s in %d ms%n",
                ontology.version(), rules.version(), code, (System.nanoTime() - start) / 1_000_000);
    }
}
